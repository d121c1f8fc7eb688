// Corrections of a recorded recommendation: edits with history (a reason once a response is
// public), and withdrawal of one recorded by mistake (kept, counted nowhere). Real PostgreSQL.
import type { PanelSummary, ProblemDetails, Recommendation, RecommendationDetail } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import type { TestApp } from './harness';
import {
  advanceResponse,
  call,
  createMeeting,
  createRecommendation,
  draftResponse,
  expectStatus,
  PANEL,
  type Record_,
  type Team,
  useSeededApp,
} from './fixtures';

describe('recommendation corrections', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;

  useSeededApp((app) => ({ t, prisma, team, record } = app));

  const detail = async (id: string) => expectStatus<RecommendationDetail>(await call(t, null, 'GET', `/api/recommendations/${id}`), 200);

  it('corrects text, theme, citations and due date, audited, and refuses a stale version', async () => {
    const meeting = await createMeeting(t, team.CLERK);
    const recorded = await createRecommendation(t, team.CLERK, {
      meetingId: meeting.id,
      text: 'The Panel recomends a typo.',
      citedVersionId: record.draftPlanVersionId,
    });
    const path = `/api/recommendations/${recorded.id}`;

    const corrected = expectStatus<Recommendation>(
      await call(t, team.CLERK, 'PATCH', path, {
        text: 'The Panel recommends a report on rural crime.',
        theme: 'Rural crime',
        citedVersionId: record.draftPlanVersionId,
        citation: 'point 24',
        dueAt: '2031-03-01T00:00:00.000Z',
        version: recorded.version,
      }),
      200,
    );
    expect(corrected).toMatchObject({
      text: 'The Panel recommends a report on rural crime.',
      theme: 'Rural crime',
      dueAt: '2031-03-01T00:00:00.000Z',
      version: (recorded.version ?? 0) + 1,
    });
    expect(corrected.provisions.map((p) => p.number)).toEqual(['24']);

    const stale = expectStatus<ProblemDetails>(await call(t, team.CLERK, 'PATCH', path, { text: 'Lost edit.', version: recorded.version }), 409);
    expect(stale.type).toBe('/problems/stale-version');
    expect((await prisma.recommendation.findUniqueOrThrow({ where: { id: recorded.id } })).text).toBe('The Panel recommends a report on rural crime.');
    expectStatus(await call(t, team.OPCC_OFFICER, 'PATCH', path, { text: 'Not theirs.', version: corrected.version }), 403);
    const bad = expectStatus<ProblemDetails>(
      await call(t, team.CLERK, 'PATCH', path, { text: '', dueAt: '1800-01-01T00:00:00Z', version: corrected.version }),
      400,
    );
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['dueAt', 'text']);

    const history = (await detail(recorded.id)).history.map((h) => h.summary);
    expect(history).toContain('The recommendation was corrected (text, theme, citations, due date).');
    const audit = await prisma.auditEvent.findMany({ where: { entityType: 'Recommendation', entityId: recorded.id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['recommendation.created', 'recommendation.corrected']);
  });

  it('after a response is published, corrects only with a reason, which the history shows', async () => {
    const meeting = await createMeeting(t, team.CLERK);
    const recorded = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.draftPlanVersionId });
    await advanceResponse(t, team, await draftResponse(t, team.OPCC_OFFICER, recorded.id), 'PUBLISHED');
    const current = await detail(recorded.id);
    const path = `/api/recommendations/${recorded.id}`;

    const refused = expectStatus<ProblemDetails>(await call(t, team.CLERK, 'PATCH', path, { text: 'A quiet change.', version: current.version }), 400);
    expect(refused.errors).toEqual([{ path: 'reason', message: 'Enter why the recommendation is corrected: a response to it has been published' }]);
    expect((await prisma.recommendation.findUniqueOrThrow({ where: { id: recorded.id } })).text).toBe(recorded.text);

    expectStatus(
      await call(t, team.CLERK, 'PATCH', path, {
        text: 'The Panel recommends what it agreed.',
        reason: 'The minutes record different words.',
        version: current.version,
      }),
      200,
    );
    expect((await detail(recorded.id)).history.map((h) => h.summary)).toContain('The recommendation was corrected (text): The minutes record different words.');
  });

  it('withdraws a recommendation recorded by mistake: kept with its reason, counted nowhere, taking no responses', async () => {
    const before = expectStatus<PanelSummary>(await call(t, null, 'GET', `/api/panels/${PANEL}`), 200);
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2020-01-15T13:00:00Z' });
    const recorded = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.draftPlanVersionId });
    expect(recorded.status).toBe('OVERDUE');
    const path = `/api/recommendations/${recorded.id}/withdraw`;

    expectStatus(await call(t, team.OPCC_OFFICER, 'POST', path, { reason: 'Not theirs.', version: recorded.version }), 403);
    expectStatus(await call(t, team.CLERK, 'POST', path, { reason: '', version: recorded.version }), 400);
    expectStatus(await call(t, team.CLERK, 'POST', path, { reason: 'Recorded twice.', version: (recorded.version ?? 0) + 5 }), 409);
    const withdrawn = expectStatus<Recommendation>(await call(t, team.CLERK, 'POST', path, { reason: 'Recorded twice.', version: recorded.version }), 200);
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', withdrawnReason: 'Recorded twice.', withdrawnAt: expect.any(String) });

    // Kept and readable, with the reason in its history; not overdue, and not in the counts.
    const read = await detail(recorded.id);
    expect(read.status).toBe('WITHDRAWN');
    expect(read.history.map((h) => h.summary)).toContain('The recommendation was withdrawn as recorded by mistake: Recorded twice.');
    const after = expectStatus<PanelSummary>(await call(t, null, 'GET', `/api/panels/${PANEL}`), 200);
    expect(after.counts).toEqual({ ...before.counts, WITHDRAWN: before.counts.WITHDRAWN + 1 });
    const overdue = expectStatus<Recommendation[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations?status=OVERDUE`), 200);
    expect(overdue.map((r) => r.id)).not.toContain(recorded.id);

    expectStatus(await call(t, team.CLERK, 'POST', path, { reason: 'Again.', version: withdrawn.version }), 409);
    expectStatus(await call(t, team.CLERK, 'PATCH', `/api/recommendations/${recorded.id}`, { text: 'Too late.', version: withdrawn.version }), 409);
    const response = expectStatus<ProblemDetails>(
      await call(t, team.OPCC_OFFICER, 'POST', `/api/recommendations/${recorded.id}/responses`, { outcome: 'NOTED', text: 'Noted.' }),
      409,
    );
    expect(response.type).toBe('/problems/recommendation-withdrawn');
  });

  it('lists the correction routes in the OpenAPI document', async () => {
    const paths = (await t.anonymous().get('/api/openapi.json')).body.paths as Record<string, Record<string, unknown>>;
    expect(paths['/api/recommendations/{id}']?.patch).toBeDefined();
    expect(paths['/api/recommendations/{id}/withdraw']?.post).toBeDefined();
  });
});
