// Medium tests: the real Nest application on a fresh PostgreSQL database per test file.
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createTestDatabase, type TestDatabase } from '@psp/db/src/test-server';
import { createApp } from '../src/app.factory';
import { loadConfig, type AppConfig } from '../src/config';

export const DEMO_PASSWORD = 'demo-password';
export const DEMO_ACCOUNTS = {
  CLERK: 'clerk@demo.test',
  PANEL_MEMBER: 'member@demo.test',
  OPCC_OFFICER: 'officer@demo.test',
  OPCC_APPROVER: 'approver@demo.test',
  ADMIN: 'admin@demo.test',
} as const;
export type DemoRole = keyof typeof DEMO_ACCOUNTS;

export interface SignedIn {
  agent: TestAgent;
  csrfToken: string;
  userId: string;
}

export interface TestApp {
  app: NestExpressApplication;
  databaseUrl: string;
  config: AppConfig;
  /** A fresh cookie-less client: the public. */
  anonymous(): TestAgent;
  /** A client signed in as the demo account of a role; writes must send `csrfToken`. */
  signIn(role: DemoRole): Promise<SignedIn>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  seeded?: boolean;
  env?: Record<string, string>;
  /** The address the app connects to instead of the test database's own (a pooler in front of it). */
  connectThrough?: (databaseUrl: string) => string;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase({ seeded: options.seeded ?? true });
  const appUrl = options.connectThrough ? options.connectThrough(database.url) : database.url;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: appUrl,
    DATABASE_DIRECT_URL: database.url,
    DEMO_USERS: '1',
    MIGRATE_ON_START: '0',
    DATABASE_POOL_SIZE: '4',
    // The alert worker runs when a test calls it, never on a timer in the background.
    ALERTS_INTERVAL_MS: '0',
    ...options.env,
  });
  const app = await createApp(config, appUrl, { logger: false });
  const server = app.getHttpServer();
  return {
    app,
    databaseUrl: database.url,
    config,
    anonymous: () => request.agent(server),
    async signIn(role) {
      const agent = request.agent(server);
      const response = await agent.post('/api/auth/login').send({ email: DEMO_ACCOUNTS[role], password: DEMO_PASSWORD });
      if (response.status !== 200) throw new Error(`sign-in as ${role} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return { agent, csrfToken: response.body.csrfToken as string, userId: response.body.user.id as string };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
