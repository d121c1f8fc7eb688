// Commitments: the promises a response makes, marked by the OPCC in the response's own words,
// public only when the response is, and tracked until a published paper, a meeting item or a
// plan change fulfils them.
import type { Commitment, RecommendationDetail } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import { importDraftPlan } from './documents.fixtures';
import { advanceResponse, call, createMeeting, createRecommendation, draftResponse, expectStatus, useSeededApp, type Record_, type Team } from './fixtures';
import type { TestApp } from './harness';

describe('commitments', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;
  useSeededApp((app) => ({ t, prisma, team, record } = app));

  const commitmentsOf = async (who: keyof Team | null, recommendationId: string) => {
    const detail = expectStatus<RecommendationDetail>(await call(t, who ? team[who] : null, 'GET', `/api/recommendations/${recommendationId}`), 200);
    return detail.responses.flatMap((response) => response.commitments ?? []);
  };

  it("carries the letter's six promises, in its words, with no date the letter does not give", async () => {
    const seeded = await prisma.commitment.findMany({ include: { response: { select: { recommendationId: true } } }, orderBy: { id: 'asc' } });
    expect(seeded.map((c) => c.words)).toEqual([
      'I will also report annually to the Police and Crime Panel regarding the cost of my office',
      'a review of the allocations between the Force, the OPCC and Commissioning, the findings of which I will also report to the Panel',
      'The outcomes from this Action Plan will be shared with the Panel through the normal reporting mechanisms',
      "a Victims' Strategy which will incorporate the monitoring of victim satisfaction",
      'I agreed to submit a report to the Panel on the 101 service',
      'The Annual Report will describe quantitative goals where appropriate, supported by qualitative measures for scrutiny by the panel',
    ]);
    const report101 = seeded.find((c) => c.words.includes('101 service'));
    const shown = await commitmentsOf(null, report101?.response.recommendationId ?? '');
    expect(shown).toContainEqual(
      expect.objectContaining({
        words: report101?.words,
        owner: 'The Police and Crime Commissioner',
        dueAt: null,
        dueMeeting: null,
        state: 'OPEN',
        fulfilledAt: null,
      }),
    );
  });

  it('is marked by the officer in the words of the response, and public only when the response is', async () => {
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2030-09-01T13:00:00Z' });
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    const draft = await draftResponse(t, team.OPCC_OFFICER, recommendation.id, {
      text: 'I accept this. I will report to the Panel on the 101 service by its September meeting.',
    });
    const path = `/api/responses/${draft.id}/commitments`;

    const notQuoted = await call(t, team.OPCC_OFFICER, 'POST', path, { words: 'I will abolish the 101 service', owner: 'The Commissioner' });
    expect(notQuoted.status).toBe(400);
    expect(notQuoted.body.errors).toEqual([expect.objectContaining({ path: 'words' })]);
    const otherPanelMeeting = await call(t, team.OPCC_OFFICER, 'POST', path, {
      words: 'I will report to the Panel',
      owner: 'x',
      dueMeetingId: 'no-such-meeting',
    });
    expect(otherPanelMeeting.body.errors).toEqual([expect.objectContaining({ path: 'dueMeetingId' })]);
    expect((await call(t, team.CLERK, 'POST', path, { words: 'I will report to the Panel', owner: 'x' })).status).toBe(403);
    expect(await prisma.commitment.count({ where: { responseId: draft.id } })).toBe(0);

    const created = expectStatus<Commitment>(
      await call(t, team.OPCC_OFFICER, 'POST', path, {
        words: 'I will report to the Panel on the 101 service',
        owner: 'The Commissioner',
        dueMeetingId: meeting.id,
      }),
      201,
    );
    expect(created).toMatchObject({ responseId: draft.id, dueMeeting: { id: meeting.id }, state: 'OPEN', version: 1 });
    const audit = await prisma.auditEvent.findFirst({ where: { entityType: 'Commitment', entityId: created.id, action: 'commitment.created' } });
    expect(audit?.actorId).toBe(team.OPCC_OFFICER.userId);

    // A draft's promises are the OPCC's working papers.
    expect(await commitmentsOf(null, recommendation.id)).toEqual([]);
    expect(await commitmentsOf('CLERK', recommendation.id)).toEqual([]);
    expect((await commitmentsOf('OPCC_OFFICER', recommendation.id)).map((c) => c.id)).toEqual([created.id]);
    await advanceResponse(t, team, draft, 'PUBLISHED');
    expect((await commitmentsOf(null, recommendation.id)).map((c) => c.id)).toEqual([created.id]);
  });

  it('falls overdue when its meeting starts unfulfilled, and is fulfilled by a published paper or a meeting item', async () => {
    const past = await createMeeting(t, team.CLERK, { startsAt: '2017-01-10T10:00:00Z' });
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: past.id, citedVersionId: record.publishedPlanVersionId });
    const draft = await draftResponse(t, team.OPCC_OFFICER, recommendation.id, { text: 'I will publish a victims strategy before the January meeting.' });
    const made = expectStatus<Commitment>(
      await call(t, team.OPCC_OFFICER, 'POST', `/api/responses/${draft.id}/commitments`, {
        words: 'I will publish a victims strategy',
        owner: 'The Commissioner',
        dueMeetingId: past.id,
      }),
      201,
    );
    expect(made.state).toBe('OVERDUE');
    await advanceResponse(t, team, draft, 'PUBLISHED');

    const fulfil = (who: keyof Team | null, body: Record<string, unknown>) =>
      call(t, who ? team[who] : null, 'POST', `/api/commitments/${made.id}/fulfilment`, body);
    expect((await fulfil(null, { fulfilment: 'PAPER', versionId: record.publishedPlanVersionId, version: 1 })).status).toBe(401);
    expect((await fulfil('PANEL_MEMBER', { fulfilment: 'PAPER', versionId: record.publishedPlanVersionId, version: 1 })).status).toBe(403);
    expect((await fulfil('OPCC_OFFICER', { fulfilment: 'PAPER', version: 1 })).body.errors).toEqual([expect.objectContaining({ path: 'versionId' })]);
    // An unpublished paper cannot be what the public is told fulfilled a promise.
    const unpublished = (await importDraftPlan(team.OPCC_OFFICER, 'Numbatfield')).version;
    expect((await fulfil('OPCC_OFFICER', { fulfilment: 'PAPER', versionId: unpublished.id, version: 1 })).body.errors).toEqual([
      expect.objectContaining({ path: 'versionId' }),
    ]);
    expect((await fulfil('CLERK', { fulfilment: 'PLAN_CHANGE', versionId: record.publishedPlanVersionId, version: 9 })).status).toBe(409);

    const done = expectStatus<Commitment>(
      await fulfil('CLERK', { fulfilment: 'PLAN_CHANGE', versionId: record.publishedPlanVersionId, note: 'Para 40', version: 1 }),
      200,
    );
    expect(done).toMatchObject({
      state: 'FULFILLED',
      fulfilment: 'PLAN_CHANGE',
      fulfilledByVersionId: record.publishedPlanVersionId,
      fulfilmentNote: 'Para 40',
      version: 2,
    });
    expect((await fulfil('OPCC_OFFICER', { fulfilment: 'PAPER', versionId: record.publishedPlanVersionId, version: 2 })).status).toBe(409);
    expect(await prisma.auditEvent.count({ where: { entityType: 'Commitment', entityId: made.id, action: 'commitment.fulfilled' } })).toBe(1);
    expect((await commitmentsOf(null, recommendation.id))[0]).toMatchObject({ id: made.id, state: 'FULFILLED' });
  });
});
