import { spawnSync } from 'node:child_process';
import { Client } from 'pg';
import { dropDatabase, ensureDatabase, withDatabase } from '../src/database-url';
import { dropDatabasesOfDeadRuns, newTestDatabaseUrl, TEST_ENV } from '../src/test-server';

async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

describe('test databases', () => {
  it('drops the leftovers of killed runs and keeps those of live ones', async () => {
    const serverUrl = process.env[TEST_ENV.serverUrl];
    if (!serverUrl) throw new Error('run through npm test');
    // A process that has exited: its pid names a run that can no longer clean up after itself.
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
    const dead = `psp_test_${deadPid}_leftover`;
    const live = new URL(newTestDatabaseUrl()).pathname.slice(1);
    await ensureDatabase(withDatabase(serverUrl, dead));
    await ensureDatabase(withDatabase(serverUrl, live));

    await dropDatabasesOfDeadRuns(serverUrl);

    expect(await databaseExists(serverUrl, dead)).toBe(false);
    expect(await databaseExists(serverUrl, live)).toBe(true);
    await dropDatabase(withDatabase(serverUrl, live));
  });
});
