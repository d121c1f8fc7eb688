// GET /api/recommendations/:id reads the recommendation, every response, every citation and the
// whole history at once, before it knows who may see what; these tests hold it to showing each
// caller exactly what they may see. Also the cache of panels by address (PanelsService).
import type { DocumentVersionDetail, RecommendationDetail } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import { importDraftPlan } from './documents.fixtures';
import type { SignedIn, TestApp } from './harness';
import {
  advanceResponse,
  call,
  useSeededApp,
  createMeeting,
  createRecommendation,
  draftResponse,
  expectStatus,
  PANEL,
  type Record_,
  type Team,
} from './fixtures';

describe('recommendation detail', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;

  useSeededApp((app) => ({ t, prisma, team, record } = app));

  const detail = async (who: SignedIn | null, id: string) => expectStatus<RecommendationDetail>(await call(t, who, 'GET', `/api/recommendations/${id}`), 200);

  it('shows each caller only the responses, citations and history they may see', async () => {
    const published = expectStatus<DocumentVersionDetail>(await call(t, team.CLERK, 'GET', `/api/document-versions/${record.publishedPlanVersionId}`), 200);
    const byNumber = (number: string) => {
      const provision = published.provisions.find((p) => p.number === number);
      if (!provision) throw new Error(`the published plan has no paragraph ${number}`);
      return provision;
    };
    const [p46e, p24, p32] = [byNumber('46.e'), byNumber('24'), byNumber('32')].map((p) => p.provisionKey);
    const meeting = await createMeeting(t, team.CLERK);
    // Cited out of reading order: the page keeps the order they were cited in.
    const recommendation = await createRecommendation(t, team.CLERK, {
      meetingId: meeting.id,
      citedVersionId: record.publishedPlanVersionId,
      provisionKeys: [p46e, p24, p32],
    });
    const citedKeys = [p46e, p24, p32];

    // The answer that will be published cites a draft plan only the OPCC may read.
    const { version: draftPlan, newParagraph } = await importDraftPlan(team.OPCC_OFFICER, 'Wallabyford');
    const draftP24 = draftPlan.provisions.find((p) => p.number === '24');
    if (!draftP24) throw new Error('the draft plan has no paragraph 24');
    const answer = await draftResponse(t, team.OPCC_OFFICER, recommendation.id, {
      citedVersionId: draftPlan.id,
      provisionKeys: [newParagraph.provisionKey, draftP24.provisionKey],
    });
    const publishedAnswer = await advanceResponse(t, team, answer, 'PUBLISHED');
    // A second answer stays in review, and a third is a draft: nothing of them is public.
    const inReview = await advanceResponse(
      t,
      team,
      await draftResponse(t, team.OPCC_OFFICER, recommendation.id, { citedVersionId: record.publishedPlanVersionId, provisionKeys: [p24] }),
      'IN_REVIEW',
    );
    const draft = await draftResponse(t, team.OPCC_OFFICER, recommendation.id, { outcome: 'NOTED' });
    // Another recommendation's answer is never told here.
    const other = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    await advanceResponse(t, team, await draftResponse(t, team.OPCC_OFFICER, other.id), 'PUBLISHED');

    for (const who of [null, team.PANEL_MEMBER, team.CLERK, team.ADMIN]) {
      const seen = await detail(who, recommendation.id);
      expect(seen.provisions.map((p) => p.provisionKey)).toEqual(citedKeys);
      expect(seen.responses.map((r) => [r.id, r.status])).toEqual([[publishedAnswer.id, 'PUBLISHED']]);
      // ADMIN may read draft plans; the others may not.
      const draftCitations = who === team.ADMIN ? [newParagraph.provisionKey, draftP24.provisionKey] : [];
      expect(seen.responses[0]?.provisions.map((p) => p.provisionKey)).toEqual(draftCitations);
      expect(seen.history.map((h) => h.action)).toEqual(['recommendation.created', 'response.published']);
    }

    for (const who of [team.OPCC_OFFICER, team.OPCC_APPROVER]) {
      const seen = await detail(who, recommendation.id);
      expect(seen.provisions.map((p) => p.provisionKey)).toEqual(citedKeys);
      expect(seen.responses.map((r) => [r.id, r.status])).toEqual([
        [draft.id, 'DRAFT'],
        [inReview.id, 'IN_REVIEW'],
        [publishedAnswer.id, 'PUBLISHED'],
      ]);
      expect(seen.responses.map((r) => r.provisions.map((p) => [p.provisionKey, p.versionId]))).toEqual([
        [],
        [[p24, record.publishedPlanVersionId]],
        [
          [newParagraph.provisionKey, draftPlan.id],
          [draftP24.provisionKey, draftPlan.id],
        ],
      ]);
      expect(seen.history.map((h) => h.action)).toEqual([
        'recommendation.created',
        'response.created',
        'response.submitted',
        'response.approved',
        'response.published',
        'response.created',
        'response.submitted',
        'response.created',
      ]);
    }
  });

  it('names the actor of each event, a deleted account as a former user, and none when there was none', async () => {
    const meeting = await createMeeting(t, team.CLERK);
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    const later = (seconds: number) => new Date(Date.now() + seconds * 1000);
    await prisma.auditEvent.createMany({
      data: [
        { actorId: 'an-account-since-deleted', action: 'recommendation.noted', entityType: 'Recommendation', entityId: recommendation.id, at: later(1) },
        { actorId: null, action: 'recommendation.imported', entityType: 'Recommendation', entityId: recommendation.id, at: later(2) },
      ],
    });
    const seen = await detail(null, recommendation.id);
    expect(seen.history.map((h) => [h.action, h.actor])).toEqual([
      ['recommendation.created', { id: team.CLERK.userId, name: 'Sarah Whitmore' }],
      ['recommendation.noted', { id: 'an-account-since-deleted', name: 'Former user' }],
      ['recommendation.imported', null],
    ]);
  });

  it('tells nothing of a response the caller may not see, whatever its events are', async () => {
    const meeting = await createMeeting(t, team.CLERK);
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    const draft = await draftResponse(t, team.OPCC_OFFICER, recommendation.id);
    // An event whose action the public may read, about a response they may not see.
    await prisma.auditEvent.create({
      data: { actorId: team.OPCC_APPROVER.userId, action: 'response.published', entityType: 'Response', entityId: draft.id, at: new Date(Date.now() + 1000) },
    });
    expect((await detail(null, recommendation.id)).history.map((h) => h.action)).toEqual(['recommendation.created']);
    expect((await detail(team.OPCC_OFFICER, recommendation.id)).history.map((h) => h.action)).toEqual([
      'recommendation.created',
      'response.created',
      'response.published',
    ]);
  });

  it("shows the seeded answers' outcome reasons, who made each citation, and the letter's citations left unlinked", async () => {
    const seven = await prisma.recommendation.findFirstOrThrow({ where: { panelId: record.panelId, number: 7 } });
    const [answer] = (await detail(null, seven.id)).responses;
    expect(answer).toMatchObject({
      outcome: 'ALREADY_ADDRESSED',
      outcomeReason: 'Reference to the Prevent Strategy can be found at para 57 under the Vulnerability section of the Plan.',
      provisions: [],
      unresolvedCitations: [
        {
          cited: 'para 57',
          versionId: record.publishedPlanVersionId,
          versionLabel: 'Published plan (reconstructed)',
          note: expect.stringMatching(/not linked/),
        },
      ],
    });
    const twelve = await prisma.recommendation.findFirstOrThrow({ where: { panelId: record.panelId, number: 12 } });
    expect((await detail(null, twelve.id)).responses[0]?.provisions).toEqual([
      { provisionKey: expect.any(String), number: '47.a', versionId: record.publishedPlanVersionId, cited: null, source: 'LINKED_BY_STAFF' },
    ]);
  });

  it('keeps the reason an officer gives for the outcome, and clears it when emptied', async () => {
    const meeting = await createMeeting(t, team.CLERK);
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.draftPlanVersionId });
    const draft = await draftResponse(t, team.OPCC_OFFICER, recommendation.id, {
      text: 'I accept this. The plan will say so.',
      outcomeReason: 'I accept this.',
    });
    expect(draft.outcomeReason).toBe('I accept this.');
    const edited = expectStatus<{ outcomeReason: string | null; version: number }>(
      await call(t, team.OPCC_OFFICER, 'PATCH', `/api/responses/${draft.id}`, { outcomeReason: '', version: draft.version }),
      200,
    );
    expect(edited.outcomeReason).toBeNull();
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: draft.id, action: 'response.updated' } });
    expect(audit.before).toMatchObject({ outcomeReason: 'I accept this.' });
    expect(audit.after).toMatchObject({ outcomeReason: null });
  });

  it('is 404 for a recommendation that does not exist', async () => {
    expectStatus(await call(t, null, 'GET', '/api/recommendations/no-such-recommendation'), 404);
    expectStatus(await call(t, team.OPCC_OFFICER, 'GET', '/api/recommendations/no-such-recommendation'), 404);
  });
});

describe('panels found by their address', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;

  useSeededApp((app) => ({ t, prisma, team, record } = app));

  it('finds a panel created in the database at once, even after its address answered 404', async () => {
    expectStatus(await call(t, null, 'GET', '/api/panels/created-later/recommendations'), 404);
    await prisma.panel.create({ data: { slug: 'created-later', name: 'Created later panel', forceArea: 'Elsewhere' } });
    expect(expectStatus(await call(t, null, 'GET', '/api/panels/created-later/recommendations'), 200)).toEqual([]);
    expect(expectStatus(await call(t, null, 'GET', '/api/panels/created-later'), 200)).toMatchObject({ slug: 'created-later', name: 'Created later panel' });
  });

  it("shows a panel's new name at once, though its other routes have just read it", async () => {
    const before = expectStatus<{ name: string }>(await call(t, null, 'GET', `/api/panels/${PANEL}`), 200);
    expectStatus(await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations?limit=1`), 200);
    await prisma.panel.update({ where: { slug: PANEL }, data: { name: `${before.name} (renamed)` } });
    try {
      expect(expectStatus<{ name: string }>(await call(t, null, 'GET', `/api/panels/${PANEL}`), 200).name).toBe(`${before.name} (renamed)`);
    } finally {
      await prisma.panel.update({ where: { slug: PANEL }, data: { name: before.name } });
    }
  });

  it('gives a new recommendation the days to respond the database holds now, though the panel was just read', async () => {
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2031-03-01T13:00:00Z' });
    // Read through the cache first, so the change below has something to replace.
    expect(await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId })).toMatchObject({
      dueAt: '2031-03-29T13:00:00.000Z',
    });
    await prisma.panel.update({ where: { id: record.panelId }, data: { responseDueDays: 10 } });
    try {
      expect(await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId })).toMatchObject({
        dueAt: '2031-03-11T13:00:00.000Z',
      });
    } finally {
      await prisma.panel.update({ where: { id: record.panelId }, data: { responseDueDays: 28 } });
    }
  });
});
