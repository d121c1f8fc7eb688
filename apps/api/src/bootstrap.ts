// Start-up: pick the database (DATABASE_URL, else an embedded PostgreSQL in .data/), migrate it
// without Prisma's engine, load the demo record into an empty demo database, then serve.
import { Logger } from '@nestjs/common';
import { ensureDatabase, migrateDatabase, seedDatabase, startEmbeddedPostgres, withDatabase, type EmbeddedDatabase } from '@psp/db';

import type { AppConfig } from './config';

export interface Database {
  url: string;
  embedded: EmbeddedDatabase | null;
}

export async function prepareDatabase(config: AppConfig, logger = new Logger('Database')): Promise<Database> {
  let url = config.databaseUrl;
  let embedded: EmbeddedDatabase | null = null;
  if (!url) {
    logger.log('No DATABASE_URL: starting the embedded PostgreSQL (data in .data/postgres)');
    embedded = await startEmbeddedPostgres();
    url = withDatabase(embedded.serverUrl, 'panel_scrutiny');
  }
  // Behind a transaction-mode pooler, migrations (advisory-locked) and the seed go to the primary itself.
  const direct = config.databaseDirectUrl ?? url;
  await ensureDatabase(direct);
  if (config.migrateOnStart) {
    const report = await migrateDatabase(direct);
    if (report.applied.length) logger.log(`Applied migrations: ${report.applied.join(', ')}`);
  }
  if (config.demoUsers) {
    const { seeded } = await seedDatabase(direct, { demoUsers: true });
    if (seeded) logger.log('Loaded the Leicestershire demo record and demo accounts');
  }
  return { url, embedded };
}
