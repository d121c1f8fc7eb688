// The whole portal in-process for a browser test: a fresh copy of the seeded database, the Nest
// API, and the built web app (apps/web/dist) on one origin, as in production.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createTestDatabase } from '@psp/db/src/test-server';

/**
 * The API is loaded at run time rather than imported for its types: the web app's type-check
 * then covers the web app only, and does not fail while the API's own sources are mid-change.
 * These are the few members the harness uses.
 */
interface ApiModules {
  createApp(
    config: unknown,
    databaseUrl: string,
    options: { logger: false },
  ): Promise<{ listen(port: number, host: string): Promise<unknown>; getHttpServer(): { address(): unknown }; close(): Promise<void> }>;
  loadConfig(env: Record<string, string>): unknown;
}

function loadApi(): ApiModules {
  /* eslint-disable @typescript-eslint/no-require-imports -- see ApiModules */
  const { createApp } = require('../../../api/src/app.factory') as Pick<ApiModules, 'createApp'>;
  const { loadConfig } = require('../../../api/src/config') as Pick<ApiModules, 'loadConfig'>;
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { createApp, loadConfig };
}

export const WEB_DIST_DIR = path.resolve(__dirname, '../../dist');

export interface RunningPortal {
  baseUrl: string;
  close(): Promise<void>;
}

export async function startPortal(): Promise<RunningPortal> {
  if (!existsSync(path.join(WEB_DIST_DIR, 'index.html'))) {
    throw new Error(`The web app is not built (no ${WEB_DIST_DIR}/index.html). Run \`npm run build -w @psp/web\` before the browser tests.`);
  }
  const { createApp, loadConfig } = loadApi();
  const database = await createTestDatabase({ seeded: true });
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, DEMO_USERS: '1', MIGRATE_ON_START: '0', DATABASE_POOL_SIZE: '4', WEB_DIST_DIR });
  const app = await createApp(config, database.url, { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
