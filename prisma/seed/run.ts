// Loads the Leicestershire demo record into a database that does not hold it yet.
import { createPrismaClient } from '../src/client';
import { buildLeicestershireRecord, LLR_PANEL_SLUG } from './llr';

export interface SeedOptions {
  /** Adds the demo accounts of shared/API.md (password `demo-password`). Never in production. */
  demoUsers: boolean;
}

export async function seedDatabase(databaseUrl: string, options: SeedOptions): Promise<{ seeded: boolean }> {
  const prisma = createPrismaClient(databaseUrl, { max: 2 });
  try {
    const existing = await prisma.panel.findUnique({ where: { slug: LLR_PANEL_SLUG } });
    if (existing) return { seeded: false };
    await buildLeicestershireRecord(prisma, options);
    return { seeded: true };
  } finally {
    await prisma.$disconnect();
  }
}
