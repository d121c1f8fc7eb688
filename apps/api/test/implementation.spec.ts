// Implementation after the answer: an accepted recommendation is tracked, the OPCC reports dated
// progress with evidence, and only the panel (its clerk) records the verdict that closes it.
import type { ImplementationUpdate, Recommendation, RecommendationDetail } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import { IMPLEMENTATION_STATES } from '@psp/contracts/enums';
import {
  advanceResponse,
  call,
  createMeeting,
  createRecommendation,
  draftResponse,
  expectStatus,
  PANEL,
  parseCsv,
  useSeededApp,
  type Record_,
  type Team,
} from './fixtures';
import type { TestApp } from './harness';

describe('implementation tracking', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;
  useSeededApp((app) => ({ t, prisma, team, record } = app));

  const answered = async (outcome: 'ACCEPTED' | 'NOT_ACCEPTED') => {
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2026-02-01T10:00:00Z' });
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    await advanceResponse(t, team, await draftResponse(t, team.OPCC_OFFICER, recommendation.id, { outcome }), 'PUBLISHED');
    return { meeting, recommendation };
  };
  const detail = async (id: string) => expectStatus<RecommendationDetail>(await call(t, null, 'GET', `/api/recommendations/${id}`), 200);

  it('reports progress from the OPCC and takes the verdict from the panel only, which closes the recommendation', async () => {
    const { meeting, recommendation } = await answered('ACCEPTED');
    expect((await detail(recommendation.id)).implementationState).toBe('NOT_STARTED');
    const notStarted = expectStatus<Recommendation[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations?implementation=NOT_STARTED`), 200);
    expect(notStarted.map((r) => r.id)).toContain(recommendation.id);

    const progress = (who: keyof Team, body: Record<string, unknown>) => call(t, team[who], 'POST', `/api/recommendations/${recommendation.id}/progress`, body);
    expect((await progress('CLERK', { state: 'IN_PROGRESS', note: 'x' })).status).toBe(403);
    expect((await progress('OPCC_OFFICER', { state: 'IMPLEMENTED', note: 'Done, we say.' })).body.errors).toEqual([expect.objectContaining({ path: 'state' })]);
    expect((await progress('OPCC_OFFICER', { state: 'IN_PROGRESS', note: 'x', evidenceUrl: 'javascript:alert(1)' })).body.errors).toEqual([
      expect.objectContaining({ path: 'evidenceUrl' }),
    ]);
    const reported = expectStatus<ImplementationUpdate>(
      await progress('OPCC_OFFICER', { state: 'IN_PROGRESS', note: 'The review has begun.', evidenceUrl: 'https://www.example.org/review' }),
      201,
    );
    expect(reported).toMatchObject({ state: 'IN_PROGRESS', evidenceUrl: 'https://www.example.org/review', verdict: null });
    expect((await detail(recommendation.id)).implementationState).toBe('IN_PROGRESS');

    const verdict = (who: keyof Team, body: Record<string, unknown>) => call(t, team[who], 'POST', `/api/recommendations/${recommendation.id}/verdict`, body);
    const current = await detail(recommendation.id);
    const agreed = {
      verdict: 'IMPLEMENTED',
      meetingId: meeting.id,
      minute: '6(b)',
      note: 'The Panel agreed the review is complete.',
      version: current.version,
    };
    expect((await verdict('OPCC_OFFICER', agreed)).status).toBe(403);
    const future = await createMeeting(t, team.CLERK, { startsAt: '2031-01-01T10:00:00Z' });
    expect((await verdict('CLERK', { ...agreed, meetingId: future.id })).body.errors).toEqual([expect.objectContaining({ path: 'meetingId' })]);
    expect((await verdict('CLERK', { ...agreed, version: 999 })).status).toBe(409);
    const closed = expectStatus<ImplementationUpdate>(await verdict('CLERK', agreed), 201);
    expect(closed).toMatchObject({ state: 'IMPLEMENTED', verdict: { meetingId: meeting.id, minute: '6(b)' } });

    const after = await detail(recommendation.id);
    expect(after).toMatchObject({ status: 'CLOSED', implementationState: 'IMPLEMENTED', closedReason: expect.stringContaining('minute 6(b)') });
    expect(after.implementationUpdates?.map((u) => u.state)).toEqual(['IN_PROGRESS', 'IMPLEMENTED']);
    expect((await progress('OPCC_OFFICER', { state: 'IN_PROGRESS', note: 'More.' })).status).toBe(409);
    const csv = parseCsv((await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations.csv?implementation=IMPLEMENTED`)).text.slice(1));
    expect(csv[0]?.at(-1)).toBe('Implementation');
    expect(
      csv
        .slice(1)
        .find((row) => row[11] === recommendation.id)
        ?.at(-1),
    ).toBe('IMPLEMENTED');
    expect(
      await prisma.auditEvent.count({ where: { entityId: recommendation.id, action: { in: ['recommendation.progress', 'recommendation.verdict'] } } }),
    ).toBe(2);
  });

  it('tracks nothing for a recommendation that was not accepted', async () => {
    const { recommendation } = await answered('NOT_ACCEPTED');
    expect((await detail(recommendation.id)).implementationState).toBeNull();
    const refused = await call(t, team.OPCC_OFFICER, 'POST', `/api/recommendations/${recommendation.id}/progress`, { state: 'IN_PROGRESS', note: 'x' });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('/problems/not-tracked');
  });

  it('sorts the tracker by where implementation stands, untracked last, and keeps the newest-meeting order by default', async () => {
    const { recommendation } = await answered('ACCEPTED');
    expect(
      (await call(t, team.OPCC_OFFICER, 'POST', `/api/recommendations/${recommendation.id}/progress`, { state: 'IN_PROGRESS', note: 'Begun.' })).status,
    ).toBe(201);
    const rank = (state: string | null | undefined) => (state ? IMPLEMENTATION_STATES.indexOf(state as (typeof IMPLEMENTATION_STATES)[number]) : Infinity);
    const sorted = expectStatus<Recommendation[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations?sort=implementation&limit=500`), 200);
    const ranks = sorted.map((r) => rank(r.implementationState));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(sorted.map((r) => r.implementationState ?? null)).size).toBeGreaterThan(2);
    expect(sorted.find((r) => r.id === recommendation.id)?.implementationState).toBe('IN_PROGRESS');
    // Within one state, the newest meeting first, as the default order.
    const byDefault = expectStatus<Recommendation[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations?limit=500`), 200);
    const meetingTimes = byDefault.map((r) => Date.parse(r.meetingStartsAt ?? ''));
    expect(meetingTimes).toEqual([...meetingTimes].sort((a, b) => b - a));
    expect((await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations?sort=oldest`)).status).toBe(400);
  });
});
