// `npm run db:migrate` and `npm run db:seed` against DATABASE_DIRECT_URL (the primary itself, when
// DATABASE_URL goes through PgBouncer) or else DATABASE_URL, without Prisma's engine.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
require(path.join(root, 'scripts', 'swc-register.cjs'));
const db = require(path.join(root, 'prisma', 'src', 'index.ts'));

const command = process.argv[2];
const url = process.env.DATABASE_DIRECT_URL || process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to the PostgreSQL database to use (npm start uses an embedded one by itself).');
  process.exit(2);
}
try {
  await db.ensureDatabase(url);
  if (command === 'migrate') {
    const report = await db.migrateDatabase(url);
    console.log(report.applied.length ? `Applied: ${report.applied.join(', ')}` : 'Already up to date.');
  } else if (command === 'seed') {
    await db.migrateDatabase(url);
    const { seeded } = await db.seedDatabase(url, { demoUsers: process.env.DEMO_USERS === '1' });
    console.log(seeded ? 'Loaded the Leicestershire demo record.' : 'The demo record is already there.');
  } else {
    console.error('usage: node scripts/db.mjs migrate|seed');
    process.exit(2);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
