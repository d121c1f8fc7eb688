// End to end through the API: the clerk records a recommendation at a meeting, the OPCC drafts,
// submits, approves and publishes the answer, and the public sees exactly the published result.
import type { MeetingSummary, Recommendation, RecommendationDetail, Response } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import type { TestApp } from './harness';
import { call, createMeeting, expectStatus, PANEL, type Record_, type Team, useSeededApp } from './fixtures';

describe('recommendation workflow, end to end', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;

  useSeededApp((app) => ({ t, prisma, team, record } = app));

  it('takes a recommendation from the meeting to a published response the public can read', async () => {
    // The clerk schedules the meeting and records the panel's recommendation on point 24 of the draft.
    const meeting = await createMeeting(t, team.CLERK, { title: 'Police and Crime Panel – 5 June 2030', startsAt: '2030-06-05T13:00:00Z' });
    expect(meeting).toMatchObject({ title: 'Police and Crime Panel – 5 June 2030', status: 'SCHEDULED', version: 1, agendaItems: [], minutes: null });
    const meetings = expectStatus<MeetingSummary[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/meetings`), 200);
    expect(meetings[0]).toEqual({ id: meeting.id, title: meeting.title, startsAt: '2030-06-05T13:00:00.000Z', status: 'SCHEDULED', location: 'County Hall' });

    const point24 = await prisma.provision.findFirstOrThrow({ where: { versionId: record.draftPlanVersionId, number: '24' } });
    const inPublished = await prisma.provision.findFirstOrThrow({ where: { versionId: record.publishedPlanVersionId, provisionKey: point24.provisionKey } });
    const recommendation = expectStatus<Recommendation>(
      await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/recommendations`, {
        meetingId: meeting.id,
        text: 'The Panel recommends that point 24 says how rural communities will be engaged.',
        citedVersionId: record.draftPlanVersionId,
        citation: 'point 24',
        theme: 'Engagement',
      }),
      201,
    );
    const seededCount = await prisma.recommendation.count({ where: { panelId: record.panelId, id: { not: recommendation.id } } });
    expect(recommendation).toMatchObject({
      number: seededCount + 1,
      status: 'AWAITING_RESPONSE',
      meetingId: meeting.id,
      // No due date given: the meeting date plus the panel's 28 days.
      dueAt: '2030-07-03T13:00:00.000Z',
      provisions: [{ provisionKey: point24.provisionKey, number: '24', versionId: record.draftPlanVersionId, cited: 'point 24', source: 'AS_WRITTEN' }],
      latestOutcome: null,
      theme: 'Engagement',
    });

    // The officer drafts the answer citing the same paragraph in the published plan.
    const draft = expectStatus<Response>(
      await call(t, team.OPCC_OFFICER, 'POST', `/api/recommendations/${recommendation.id}/responses`, {
        outcome: 'ACCEPTED',
        text: 'I accept the recommendation; the published plan sets out rural engagement.',
        citedVersionId: record.publishedPlanVersionId,
        provisionKeys: [point24.provisionKey],
      }),
      201,
    );
    expect(draft).toEqual({
      id: expect.any(String),
      recommendationId: recommendation.id,
      outcome: 'ACCEPTED',
      outcomeReason: null,
      status: 'DRAFT',
      text: 'I accept the recommendation; the published plan sets out rural engagement.',
      // Chosen by key: a paragraph the officer linked, not one the response's words number.
      provisions: [
        { provisionKey: point24.provisionKey, number: inPublished.number, versionId: record.publishedPlanVersionId, cited: null, source: 'LINKED_BY_STAFF' },
      ],
      version: 1,
      publishedAt: null,
      letterId: null,
    });

    // Until it is published the public sees no response, and the status does not move.
    const beforePublication = expectStatus<RecommendationDetail>(await call(t, null, 'GET', `/api/recommendations/${recommendation.id}`), 200);
    expect(beforePublication).toMatchObject({ status: 'AWAITING_RESPONSE', latestOutcome: null, responses: [] });
    expect(beforePublication.history.map((h) => h.action)).toEqual(['recommendation.created']);

    const submitted = expectStatus<Response>(
      await call(t, team.OPCC_OFFICER, 'POST', `/api/responses/${draft.id}/transitions`, { to: 'IN_REVIEW', version: 1 }),
      200,
    );
    expect(submitted).toMatchObject({ status: 'IN_REVIEW', version: 2 });
    const approved = expectStatus<Response>(
      await call(t, team.OPCC_APPROVER, 'POST', `/api/responses/${draft.id}/transitions`, { to: 'APPROVED', version: 2 }),
      200,
    );
    expect(approved).toMatchObject({ status: 'APPROVED', version: 3, publishedAt: null });
    const published = expectStatus<Response>(
      await call(t, team.OPCC_APPROVER, 'POST', `/api/responses/${draft.id}/transitions`, { to: 'PUBLISHED', version: 3 }),
      200,
    );
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 4 });
    expect(Date.parse(published.publishedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);

    const stored = await prisma.response.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored.submittedAt).not.toBeNull();
    expect(stored.approvedAt).not.toBeNull();
    expect(stored.approvedById).toBe(team.OPCC_APPROVER.userId);

    // The public now sees the response, the derived status and the outcome.
    const seen = expectStatus<RecommendationDetail>(await call(t, null, 'GET', `/api/recommendations/${recommendation.id}`), 200);
    expect(seen).toMatchObject({ status: 'RESPONDED', latestOutcome: 'ACCEPTED' });
    // The recommendation page reads the citations its words make that link to no paragraph: none here.
    expect(seen.responses).toEqual([{ ...published, unresolvedCitations: [] }]);
    expect(seen.history.map((h) => h.action)).toEqual(['recommendation.created', 'response.published']);
    expect(seen.history[0]).toMatchObject({
      summary: `Recommendation ${recommendation.number} was recorded.`,
      actor: { id: team.CLERK.userId, name: 'Sarah Whitmore' },
    });
    expect(seen.history[1]).toMatchObject({ summary: "The Commissioner's response was published: accepted.", actor: { id: team.OPCC_APPROVER.userId } });

    const listed = expectStatus<Recommendation[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations?meetingId=${meeting.id}`), 200);
    expect(listed).toEqual([expect.objectContaining({ id: recommendation.id, status: 'RESPONDED', latestOutcome: 'ACCEPTED' })]);

    // The OPCC reads the whole workflow, each step with who took it.
    const forOfficer = expectStatus<RecommendationDetail>(await call(t, team.OPCC_OFFICER, 'GET', `/api/recommendations/${recommendation.id}`), 200);
    expect(forOfficer.history.map((h) => [h.action, h.actor?.id])).toEqual([
      ['recommendation.created', team.CLERK.userId],
      ['response.created', team.OPCC_OFFICER.userId],
      ['response.submitted', team.OPCC_OFFICER.userId],
      ['response.approved', team.OPCC_APPROVER.userId],
      ['response.published', team.OPCC_APPROVER.userId],
    ]);
    for (const entry of forOfficer.history) expect(entry.summary).toMatch(/^[A-Z].+\.$/);
  });

  it('shows a recommendation past its due date without an answer as OVERDUE, and CLOSED once the panel closes it', async () => {
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2019-11-01T13:00:00Z' });
    const created = expectStatus<Recommendation>(
      await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/recommendations`, {
        meetingId: meeting.id,
        text: 'The Panel recommends a report on custody provision.',
        citedVersionId: record.publishedPlanVersionId,
        dueAt: '2020-01-01T00:00:00Z',
      }),
      201,
    );
    expect(created).toMatchObject({ status: 'OVERDUE', dueAt: '2020-01-01T00:00:00.000Z', provisions: [] });
    const overdue = expectStatus<Recommendation[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations?status=OVERDUE`), 200);
    expect(overdue.map((r) => r.id)).toContain(created.id);
    expect(overdue.every((r) => r.status === 'OVERDUE')).toBe(true);

    // A stale version changes nothing.
    expect(
      expectStatus(await call(t, team.CLERK, 'POST', `/api/recommendations/${created.id}/close`, { reason: 'Superseded', version: 7 }), 409),
    ).toMatchObject({
      type: '/problems/stale-version',
    });
    // The clerk's view carries the version to edit with (the public's does not).
    if (created.version === undefined) throw new Error('the clerk should see the recommendation version');
    const closed = expectStatus<Recommendation>(
      await call(t, team.CLERK, 'POST', `/api/recommendations/${created.id}/close`, {
        reason: 'Superseded by the custody review agreed in March.',
        version: created.version,
      }),
      200,
    );
    expect(closed).toMatchObject({ status: 'CLOSED', closedReason: 'Superseded by the custody review agreed in March.', version: created.version + 1 });
    expect(closed.closedAt).toEqual(expect.any(String));
    expectStatus(await call(t, team.CLERK, 'POST', `/api/recommendations/${created.id}/close`, { reason: 'Again', version: closed.version }), 409);

    const detail = expectStatus<RecommendationDetail>(await call(t, team.PANEL_MEMBER, 'GET', `/api/recommendations/${created.id}`), 200);
    expect(detail.status).toBe('CLOSED');
    expect(detail.history.at(-1)).toMatchObject({
      action: 'recommendation.closed',
      summary: 'The panel closed the recommendation: Superseded by the custody review agreed in March.',
    });
    const closedList = expectStatus<Recommendation[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations?status=CLOSED`), 200);
    expect(closedList.map((r) => r.id)).toEqual([created.id]);

    // A closed recommendation takes no more responses.
    expectStatus(await call(t, team.OPCC_OFFICER, 'POST', `/api/recommendations/${created.id}/responses`, { outcome: 'NOTED', text: 'Noted.' }), 409);
  });

  it('lets the approver return a response to draft, and the officer edit it again', async () => {
    const meeting = await createMeeting(t, team.CLERK);
    const recommendation = expectStatus<Recommendation>(
      await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/recommendations`, {
        meetingId: meeting.id,
        text: 'The Panel recommends more neighbourhood officers.',
        citedVersionId: record.publishedPlanVersionId,
      }),
      201,
    );
    const draft = expectStatus<Response>(
      await call(t, team.OPCC_OFFICER, 'POST', `/api/recommendations/${recommendation.id}/responses`, { outcome: 'NOTED', text: 'First thoughts.' }),
      201,
    );
    const inReview = expectStatus<Response>(
      await call(t, team.OPCC_OFFICER, 'POST', `/api/responses/${draft.id}/transitions`, { to: 'IN_REVIEW', version: 1 }),
      200,
    );
    expectStatus(await call(t, team.OPCC_OFFICER, 'PATCH', `/api/responses/${draft.id}`, { text: 'Edited under review', version: inReview.version }), 409);
    const returned = expectStatus<Response>(
      await call(t, team.OPCC_APPROVER, 'POST', `/api/responses/${draft.id}/transitions`, {
        to: 'DRAFT',
        version: inReview.version,
        comment: 'Say which paragraphs of the plan change.',
      }),
      200,
    );
    expect(returned.status).toBe('DRAFT');
    const edited = expectStatus<Response>(
      await call(t, team.OPCC_OFFICER, 'PATCH', `/api/responses/${draft.id}`, {
        outcome: 'PARTIALLY_ACCEPTED',
        text: 'Second thoughts.',
        citedVersionId: record.publishedPlanVersionId,
        citation: 'Para 46(e) and 52',
        version: returned.version,
      }),
      200,
    );
    expect(edited).toMatchObject({ outcome: 'PARTIALLY_ACCEPTED', text: 'Second thoughts.', version: returned.version + 1 });
    expect(edited.provisions.map((p) => p.number)).toEqual(['46.e', '52']);
    const history = expectStatus<RecommendationDetail>(await call(t, team.OPCC_APPROVER, 'GET', `/api/recommendations/${recommendation.id}`), 200).history;
    expect(history.map((h) => h.action)).toEqual(['recommendation.created', 'response.created', 'response.submitted', 'response.returned', 'response.updated']);
    // The approver's note reaches the officer in the history; the public sees nothing of the drafting.
    expect(history.find((h) => h.action === 'response.returned')).toMatchObject({ comment: 'Say which paragraphs of the plan change.' });
    const officerView = expectStatus<RecommendationDetail>(await call(t, team.OPCC_OFFICER, 'GET', `/api/recommendations/${recommendation.id}`), 200);
    expect(officerView.history.find((h) => h.action === 'response.returned')?.comment).toBe('Say which paragraphs of the plan change.');
    const publicView = expectStatus<RecommendationDetail>(await call(t, null, 'GET', `/api/recommendations/${recommendation.id}`), 200);
    expect(JSON.stringify(publicView)).not.toContain('Say which paragraphs');
  });
});
