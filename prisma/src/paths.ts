import { existsSync } from 'node:fs';
import path from 'node:path';

// Works from both src/ (TypeScript, tests) and dist/src/ (compiled) because it walks up to
// the folder that holds schema.prisma.
function findPrismaDir(start: string): string {
  let dir = start;
  for (let i = 0; i < 6; i += 1) {
    if (existsSync(path.join(dir, 'schema.prisma'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`schema.prisma not found above ${start}`);
}

export const prismaDir = findPrismaDir(__dirname);
export const projectRoot = path.dirname(prismaDir);
export const schemaPath = path.join(prismaDir, 'schema.prisma');
export const migrationsDir = path.join(prismaDir, 'migrations');
/** The public LLR documents the demo record is built from (copies of shared/seeds). */
export const seedSourcesDir = path.join(prismaDir, 'seed', 'data', 'sources');
export const seedDataDir = path.join(prismaDir, 'seed', 'data');
