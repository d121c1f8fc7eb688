// The portal behind a real PgBouncer in transaction pooling (prisma/src/pgbouncer.ts), with fewer
// server connections than the app's pool, so every statement may land on another server
// connection: sessions, CSRF, row-locked numbering, the response workflow's transactions,
// optimistic locking, the HTTP cache's snapshot connection and search all work unchanged.
// Migrations hold a session-level advisory lock, so they go to DATABASE_DIRECT_URL instead.
import type { Recommendation, Response } from '@psp/contracts';
import { databaseName } from '@psp/db';
import { Client } from 'pg';
import { startPgBouncer, type PgBouncer } from '@psp/db/src/pgbouncer';
import { prepareDatabase } from '../src/bootstrap';
import {
  advanceResponse,
  call,
  createMeeting,
  createRecommendation,
  draftResponse,
  expectStatus,
  findRecord,
  openDatabase,
  PANEL,
  signInTeam,
  uniqueWord,
  type Team,
} from './fixtures';
import { createTestApp, type TestApp } from './harness';

describe('behind PgBouncer in transaction pooling', () => {
  let bouncer: PgBouncer;
  let t: TestApp;
  let team: Team;
  let planVersionId: string;

  beforeAll(async () => {
    const serverUrl = process.env.PSP_TEST_SERVER_URL;
    if (!serverUrl) throw new Error('run through npm test');
    // Two server connections for an app pool of four (and the cache's own connection).
    bouncer = await startPgBouncer(serverUrl, { poolSize: 2 });
    t = await createTestApp({ connectThrough: (url) => bouncer.url(databaseName(url)) });
    team = await signInTeam(t);
    const prisma = openDatabase(t);
    planVersionId = (await findRecord(prisma)).publishedPlanVersionId;
    await prisma.$disconnect();
  });
  afterAll(async () => {
    await t?.close();
    await bouncer?.stop();
  });

  it('prepares the database through DATABASE_DIRECT_URL (migrations are advisory-locked) and serves through the pooler', async () => {
    const database = await prepareDatabase({ ...t.config, migrateOnStart: true, demoUsers: false });
    expect(database.url).toBe(t.config.databaseUrl);
    expect(database.url).toContain(`:${bouncer.port}/`);
  });

  it('records, drafts, reviews, approves and publishes, with concurrent requests sharing two server connections', async () => {
    const meeting = await createMeeting(t, team.CLERK);
    // Numbering locks the panel row inside a transaction: concurrent recordings still number 1, 2, 3 …
    const recorded = await Promise.all(
      Array.from({ length: 6 }, () => createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: planVersionId })),
    );
    const numbers = recorded.map((r) => r.number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(6);
    expect((numbers.at(-1) ?? 0) - (numbers[0] ?? 0)).toBe(5);

    const [first, second] = recorded;
    if (!first || !second) throw new Error('recorded');
    const draft = await draftResponse(t, team.OPCC_OFFICER, first.id);
    const published = await advanceResponse(t, team, draft, 'PUBLISHED');
    expect(published.status).toBe('PUBLISHED');
    const detail = expectStatus<{ status: string; responses: Response[] }>(await call(t, null, 'GET', `/api/recommendations/${first.id}`), 200);
    expect(detail).toMatchObject({ status: 'RESPONDED', responses: [expect.objectContaining({ id: draft.id })] });

    // Two edits of one version at once: exactly one wins.
    const other = await draftResponse(t, team.OPCC_OFFICER, second.id);
    const edits = await Promise.all(
      ['first edit', 'second edit'].map((text) => call(t, team.OPCC_OFFICER, 'PATCH', `/api/responses/${other.id}`, { text, version: other.version })),
    );
    expect(edits.map((r) => r.status).sort()).toEqual([200, 409]);

    // Many signed-in reads at once, each checking its session and CSRF token.
    const reads = await Promise.all(
      Array.from({ length: 20 }, (_, i) => call(t, i % 2 ? team.PANEL_MEMBER : team.OPCC_APPROVER, 'GET', `/api/panels/${PANEL}/recommendations`)),
    );
    expect(reads.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 200));
    const without = await t
      .signIn('CLERK')
      .then((clerk) => clerk.agent.post(`/api/panels/${PANEL}/meetings`).send({ title: 'No token', startsAt: '2031-01-01T10:00:00Z' }));
    expect(without.status).toBe(403);
  });

  it('serves the public from the HTTP cache, and search, through the pooler', async () => {
    const word = uniqueWord('pooled');
    const path = `/api/panels/${PANEL}/recommendations?q=${word}`;
    expect(expectStatus<Recommendation[]>(await call(t, null, 'GET', path), 200)).toEqual([]);
    expect((await call(t, null, 'GET', path)).headers['x-cache']).toBe('hit');
    const meeting = await createMeeting(t, team.CLERK);
    await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: planVersionId, text: `The Panel recommends ${word}.` });
    const after = await call(t, null, 'GET', path);
    expect([after.headers['x-cache'], (after.body as Recommendation[]).length]).toEqual(['miss', 1]);
    const search = expectStatus<{ hits: unknown[] }>(await call(t, null, 'GET', `/api/search?q=${word}`), 200);
    expect(search.hits).toHaveLength(1);

    // PgBouncer itself counts the transactions it pooled for the test database.
    const admin = new Client({ connectionString: bouncer.url('pgbouncer') });
    await admin.connect();
    try {
      const stats = (await admin.query<{ database: string; total_xact_count: string }>('SHOW STATS')).rows;
      const ours = stats.find((row) => row.database === databaseName(t.databaseUrl));
      expect(Number(ours?.total_xact_count)).toBeGreaterThan(50);
    } finally {
      await admin.end();
    }
  });
});
