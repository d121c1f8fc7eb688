// Read replicas against a real streaming-replication standby (prisma/src/standby.ts: initdb,
// pg_basebackup -R, pg_ctl): anonymous reads of published material are answered by the standby,
// staff reads and writes by the primary; a standby whose replay falls too far behind, or that
// stops, is skipped until it recovers; drafts stay invisible whichever server answers.
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Recommendation, RecommendationDetail } from '@psp/contracts';
import { createPrismaClient, ensureDatabase, migrateDatabase, seedDatabase, type PrismaClient } from '@psp/db';
import { factories } from '@psp/db/src/factories';
import { startReplicatedPair, type ReplicatedPair } from '@psp/db/src/standby';
import request from 'supertest';
import { createApp } from '../src/app.factory';
import { ReadReplicas } from '../src/common/read-replicas';
import { loadConfig } from '../src/config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './harness';
import { PANEL, uniqueWord } from './fixtures';

const MAX_LAG_MS = 4_000;

describe('read replicas on a real standby', () => {
  let pair: ReplicatedPair;
  let app: NestExpressApplication;
  let primary: PrismaClient;
  let replicas: ReadReplicas;

  beforeAll(async () => {
    pair = await startReplicatedPair();
    const primaryUrl = pair.withDatabase(pair.primaryUrl, 'portal');
    await ensureDatabase(primaryUrl);
    await migrateDatabase(primaryUrl);
    await seedDatabase(primaryUrl, { demoUsers: true });
    await pair.waitForReplay();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: primaryUrl,
      DATABASE_READ_URLS: pair.withDatabase(pair.standbyUrl, 'portal'),
      READ_REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
      DEMO_USERS: '1',
      MIGRATE_ON_START: '0',
      DATABASE_POOL_SIZE: '4',
    });
    app = await createApp(config, primaryUrl, { logger: false });
    replicas = app.get(ReadReplicas);
    primary = createPrismaClient(primaryUrl, { max: 2 });
  });
  afterAll(async () => {
    await primary?.$disconnect();
    await app?.close();
    await pair?.stop();
  });

  const anonymous = () => request(app.getHttpServer());
  const signIn = async (email: string) => {
    const agent = request.agent(app.getHttpServer());
    const response = await agent.post('/api/auth/login').send({ email, password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
    return { agent, csrfToken: String(response.body.csrfToken) };
  };
  const tracker = (q: string) => `/api/panels/${PANEL}/recommendations?q=${q}`;
  const found = (body: Recommendation[]) => body.map((r) => r.text);
  /** A recommendation written straight into the primary. */
  async function writeOnPrimary(word: string) {
    const meeting = await primary.meeting.findFirstOrThrow({ where: { panel: { slug: PANEL } } });
    return factories(primary).recommendation({ panelId: meeting.panelId, meetingId: meeting.id, text: `The Panel recommends ${word}.` });
  }
  async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`never: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('answers anonymous reads from the standby, staff reads and writes from the primary, and falls back when replay lags', async () => {
    expect(replicas.health()).toEqual([expect.objectContaining({ healthy: true })]);
    expect((await anonymous().get('/api/health')).body).toEqual({ status: 'ok', readReplicas: [expect.objectContaining({ healthy: true, reason: null })] });
    // The standby's last replayed commit is now, so its lag starts from zero when replay stops.
    await writeOnPrimary(uniqueWord('warmup'));
    await pair.waitForReplay();
    await pair.pauseReplay();
    try {
      const word = uniqueWord('lagging');
      await writeOnPrimary(word);
      // The public reads the standby, which has not replayed the write yet …
      const publicView = await anonymous().get(tracker(word));
      expect([publicView.status, found(publicView.body)]).toEqual([200, []]);
      // … a signed-in member reads the primary and sees it at once, and a write goes to the primary.
      const member = await signIn(DEMO_ACCOUNTS.PANEL_MEMBER);
      expect(found((await member.agent.get(tracker(word))).body)).toEqual([`The Panel recommends ${word}.`]);
      const clerk = await signIn(DEMO_ACCOUNTS.CLERK);
      const meeting = await primary.meeting.findFirstOrThrow({ where: { panel: { slug: PANEL } } });
      const created = await clerk.agent
        .post(`/api/panels/${PANEL}/recommendations`)
        .set('X-CSRF-Token', clerk.csrfToken)
        .send({
          meetingId: meeting.id,
          text: `The Panel recommends ${word} too.`,
          citedVersionId: (await primary.documentVersion.findFirstOrThrow({ where: { status: 'PUBLISHED' } })).id,
        });
      expect(created.status).toBe(201);
      // Once the replay lag passes the limit, the standby is skipped and the public reads the primary.
      await eventually(async () => found((await anonymous().get(tracker(word))).body).length === 2, 'the public reads the primary once the standby lags');
      expect(replicas.health()).toEqual([expect.objectContaining({ healthy: false, reason: expect.stringContaining('lag') })]);
    } finally {
      await pair.resumeReplay();
    }
    await pair.waitForReplay();
    await eventually(async () => replicas.health()[0]?.healthy === true, 'the standby is used again once it has caught up');
  });

  it('skips a standby that stops, and uses it again when it is back', async () => {
    await pair.stopStandby();
    try {
      const word = uniqueWord('failover');
      await writeOnPrimary(word);
      // Whatever the request was pinned to, it is answered (from the primary), never with an error.
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const response = await anonymous().get(tracker(word));
        expect([response.status, found(response.body)]).toEqual([200, [`The Panel recommends ${word}.`]]);
      }
      await eventually(async () => replicas.health()[0]?.healthy === false, 'the stopped standby is marked unhealthy');
    } finally {
      await pair.startStandby();
    }
    await eventually(async () => replicas.health()[0]?.healthy === true, 'the restarted standby is used again');
  });

  it('never shows a draft, whichever server answers, and never serves a cached body a write has superseded', async () => {
    const make = factories(primary);
    const recommendation = await writeOnPrimary(uniqueWord('drafted'));
    const draftWord = uniqueWord('secretdraft');
    await make.response({ recommendationId: recommendation.id, status: 'IN_REVIEW', text: `Unpublished ${draftWord}.` });
    await pair.waitForReplay();
    const check = async () => {
      const detail = await anonymous().get(`/api/recommendations/${recommendation.id}`);
      expect(detail.status).toBe(200);
      expect((detail.body as RecommendationDetail).responses).toEqual([]);
      expect(JSON.stringify(detail.body)).not.toContain(draftWord);
      const search = await anonymous().get(`/api/search?q=${draftWord}`);
      expect(search.body.hits).toEqual([]);
    };
    await check();
    await pair.stopStandby();
    try {
      await check();
    } finally {
      await pair.startStandby();
    }
    await eventually(async () => replicas.health()[0]?.healthy === true, 'the restarted standby is used again');

    // A cached public answer is served again only while the standby's state is unchanged.
    const word = uniqueWord('cached');
    expect((await anonymous().get(tracker(word))).body).toEqual([]);
    const hit = await anonymous().get(tracker(word));
    expect(hit.headers['x-cache']).toBe('hit');
    await writeOnPrimary(word);
    await pair.waitForReplay();
    const after = await anonymous().get(tracker(word));
    expect(found(after.body)).toEqual([`The Panel recommends ${word}.`]);
  });
});
