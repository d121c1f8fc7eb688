// The HTTP cache of published public reads (src/common/http-cache.ts): ETags and 304s for the
// public, no-store for signed-in callers, never a draft in a cached answer, and never a stale
// answer after a write — through the API or straight into the database.
import type { Recommendation, RecommendationDetail } from '@psp/contracts';
import { createPrismaClient, type PrismaClient } from '@psp/db';
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from '../src/common/http-cache';
import { call, expectStatus, findRecord, PANEL, signInTeam, type Record_, type Team } from './fixtures';
import { createTestApp, type TestApp } from './harness';

describe('HTTP cache of published public reads', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;

  beforeAll(async () => {
    t = await createTestApp();
    prisma = createPrismaClient(t.databaseUrl, { max: 2 });
    team = await signInTeam(t);
    record = await findRecord(prisma);
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await t?.close();
  });

  /** Asks twice in a row until the second answer came from the cache. */
  async function untilHit(url: string) {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      await t.anonymous().get(url);
      const response = await t.anonymous().get(url);
      if (response.headers['x-cache'] === 'hit') return response;
    }
    throw new Error(`${url} never came from the cache`);
  }

  it('gives anonymous reads a weak ETag and public revalidation, and answers 304 to If-None-Match', async () => {
    const url = `/api/panels/${PANEL}/recommendations?status=RESPONDED&limit=50`;
    const first = await t.anonymous().get(url);
    expect(first.status).toBe(200);
    expect(first.headers.etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect(first.headers['cache-control']).toBe(PUBLIC_CACHE_CONTROL);
    expect(first.headers.vary).toMatch(/Cookie/);
    expect(first.headers['content-type']).toMatch(/^application\/json/);

    // Any write anywhere on the server (other test files run in parallel) ends the cache's
    // validity, so ask until two requests come back to back with no write between them.
    const again = await untilHit(url);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);

    const revalidated = await t
      .anonymous()
      .get(url)
      .set('If-None-Match', first.headers.etag as string);
    expect(revalidated.status).toBe(304);
    expect(revalidated.text ?? '').toBe('');

    const reloaded = await t.anonymous().get(url).set('Cache-Control', 'no-cache');
    expect(reloaded.status).toBe(200);
    expect(reloaded.headers['x-cache']).toBe('miss');
    expect(reloaded.headers.etag).toBe(first.headers.etag);
  });

  it('marks signed-in answers private, no-store', async () => {
    const response = await team.OPCC_OFFICER.agent.get(`/api/recommendations/${record.seededRecommendationId}`);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe(PRIVATE_CACHE_CONTROL);
  });

  it('never answers a signed-in caller from the cache, even on a URL the public has cached', async () => {
    const url = `/api/recommendations/${record.seededRecommendationId}`;
    await untilHit(url);
    const signedIn = await team.OPCC_OFFICER.agent.get(url);
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers['x-cache']).toBeUndefined();
    expect(signedIn.headers['cache-control']).toBe(PRIVATE_CACHE_CONTROL);
  });

  it('caches no errors and no unpublished version', async () => {
    const missing = await t.anonymous().get('/api/recommendations/no-such-recommendation');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).not.toBe(PUBLIC_CACHE_CONTROL);
  });

  it('never shows a draft, and shows a publication at once, on the same public URL', async () => {
    const created = expectStatus<Recommendation>(
      await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/recommendations`, {
        meetingId: record.februaryMeetingId,
        text: 'That the Commissioner publish quarterly figures on rural crime (http-cache test).',
        citedVersionId: record.publishedPlanVersionId,
      }),
      201,
    );
    const url = `/api/recommendations/${created.id}`;
    const listUrl = `/api/panels/${PANEL}/recommendations?limit=500`;
    const publicDetail = async () => expectStatus<RecommendationDetail>(await t.anonymous().get(url), 200);
    const publicStatus = async () => expectStatus<Recommendation[]>(await t.anonymous().get(listUrl), 200).find((r) => r.id === created.id)?.status;

    expect((await publicDetail()).responses).toEqual([]);
    const awaiting = await publicStatus();
    expect(['AWAITING_RESPONSE', 'OVERDUE']).toContain(awaiting);

    const draft = expectStatus<{ id: string }>(
      await call(t, team.OPCC_OFFICER, 'POST', `${url}/responses`, { outcome: 'ACCEPTED', text: 'We will publish the figures every quarter.' }),
      201,
    );
    // the officer sees the draft; the public, asking the same URL before and after, never does
    const officerView = expectStatus<RecommendationDetail>(await team.OPCC_OFFICER.agent.get(url), 200);
    expect(officerView.responses.map((r) => r.id)).toEqual([draft.id]);
    expect((await publicDetail()).responses).toEqual([]);

    expectStatus(await call(t, team.OPCC_OFFICER, 'POST', `/api/responses/${draft.id}/transitions`, { to: 'IN_REVIEW', version: 1 }), 200);
    expectStatus(await call(t, team.OPCC_APPROVER, 'POST', `/api/responses/${draft.id}/transitions`, { to: 'APPROVED', version: 2 }), 200);
    expect((await publicDetail()).responses).toEqual([]);
    expect(await publicStatus()).toBe(awaiting);

    expectStatus(await call(t, team.OPCC_APPROVER, 'POST', `/api/responses/${draft.id}/transitions`, { to: 'PUBLISHED', version: 3 }), 200);
    expect((await publicDetail()).responses.map((r) => [r.id, r.status])).toEqual([[draft.id, 'PUBLISHED']]);
    expect(await publicStatus()).toBe('RESPONDED');
  });

  it('sees a change written straight into the database at once', async () => {
    const url = `/api/panels/${PANEL}`;
    const before = expectStatus<{ name: string }>(await t.anonymous().get(url), 200);
    await untilHit(url);
    await prisma.panel.update({ where: { slug: PANEL }, data: { name: `${before.name} (renamed)` } });
    const response = await t.anonymous().get(url);
    expect(response.headers['x-cache']).toBe('miss');
    const after = expectStatus<{ name: string }>(response, 200);
    expect(after.name).toBe(`${before.name} (renamed)`);
    await prisma.panel.update({ where: { slug: PANEL }, data: { name: before.name } });
  });
});
