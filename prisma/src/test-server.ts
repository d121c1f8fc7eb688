// Test databases: one PostgreSQL server for the whole run (the service on 127.0.0.1:5432 when
// reachable, else an embedded one), a migrated template database built once per run, and a
// fresh copy of it for every test file — so test files are independent and can run in parallel.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { dropDatabase, ensureDatabase, withDatabase } from './database-url';
import { isReachable, startEmbeddedPostgres } from './embedded';
import { migrateDatabase } from './migrate';

export const TEST_ENV = {
  serverUrl: 'PSP_TEST_SERVER_URL',
  template: 'PSP_TEST_TEMPLATE_DB',
  seededTemplate: 'PSP_TEST_SEEDED_TEMPLATE_DB',
  runId: 'PSP_TEST_RUN_ID',
} as const;

/** Every database a test run makes is named psp_<kind>_<pid>_…, so a later run can tell the
 *  leftovers of a run that was killed (its process is gone) from those of a run still going. */
const RUN_DATABASE = /^psp_(?:template_seeded|template|test)_(\d+)_/;

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Drops test databases left by killed runs on this machine's server. */
export async function dropDatabasesOfDeadRuns(serverUrl: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  let names: string[];
  try {
    names = (await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'psp\\_%'`)).rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
  for (const name of names) {
    const pid = Number(RUN_DATABASE.exec(name)?.[1]);
    if (pid && !processIsAlive(pid)) await dropDatabase(withDatabase(serverUrl, name));
  }
}

export interface PreparedTestServer {
  serverUrl: string;
  runId: string;
  template: string;
  seededTemplate: string;
  teardown(): Promise<void>;
}

export type SeedTemplate = (databaseUrl: string) => Promise<void>;

async function resolveTestServer(): Promise<{ serverUrl: string; local: boolean; stop: () => Promise<void> }> {
  const explicit = process.env.TEST_DATABASE_URL;
  if (explicit) return { serverUrl: withDatabase(explicit, 'postgres'), local: false, stop: async () => undefined };
  if (await isReachable('127.0.0.1', 5432)) {
    return { serverUrl: 'postgresql://postgres@127.0.0.1:5432/postgres', local: true, stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(os.tmpdir(), `psp-test-postgres-${process.pid}`),
  });
  return { serverUrl: embedded.serverUrl, local: true, stop: embedded.stop };
}

/** Builds the run's templates: migrated, and migrated + the demo record when a seeder is given. */
export async function prepareTestServer(seed?: SeedTemplate): Promise<PreparedTestServer> {
  const { serverUrl, local, stop } = await resolveTestServer();
  // Process ids only mean something for a server on this machine.
  if (local) await dropDatabasesOfDeadRuns(serverUrl);
  const runId = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const template = `psp_template_${runId}`;
  const seededTemplate = `psp_template_seeded_${runId}`;
  const templateUrl = withDatabase(serverUrl, template);
  await ensureDatabase(templateUrl);
  await migrateDatabase(templateUrl);
  const seededUrl = withDatabase(serverUrl, seededTemplate);
  await ensureDatabase(seededUrl, template);
  if (seed) await seed(seededUrl);
  return {
    serverUrl,
    runId,
    template,
    seededTemplate,
    teardown: async () => {
      await dropDatabase(seededUrl);
      await dropDatabase(templateUrl);
      await stop();
    },
  };
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, copied from the run's template (call in beforeAll, drop
 * in afterAll). `seeded` copies the template holding the Leicestershire demo record.
 */
export async function createTestDatabase(options: { seeded?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env[TEST_ENV.serverUrl];
  const template = process.env[options.seeded ? TEST_ENV.seededTemplate : TEST_ENV.template];
  if (!serverUrl || !template) {
    throw new Error('Test database server not prepared: run tests through `npm test` (jest.db-setup.js).');
  }
  const url = newTestDatabaseUrl();
  await ensureDatabase(url, template);
  return { url, drop: () => dropDatabase(url) };
}

/** The address of a new, not yet created database of this test run. */
export function newTestDatabaseUrl(): string {
  const serverUrl = process.env[TEST_ENV.serverUrl];
  const runId = process.env[TEST_ENV.runId];
  if (!serverUrl || !runId) throw new Error('Test database server not prepared: run tests through `npm test` (jest.db-setup.js).');
  return withDatabase(serverUrl, `psp_test_${runId}_${randomBytes(6).toString('hex')}`);
}
