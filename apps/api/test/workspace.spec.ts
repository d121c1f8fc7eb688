// The work waiting for each role, counted on the caller's own panel: the clerk's meetings and
// minutes, the officer's responses to draft (overdue and due soon), the approver's reviews and
// letters, a councillor's waiting and newly answered recommendations, the admin's people without a role.
import type { WorkspaceSummary } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import { advanceResponse, call, createMeeting, createRecommendation, draftResponse, expectStatus, useSeededApp, type Record_, type Team } from './fixtures';
import type { SignedIn, TestApp } from './harness';

describe('GET /api/workspace', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;
  useSeededApp((app) => ({ t, prisma, team, record } = app));

  const summary = async (who: SignedIn) => {
    const body = expectStatus<WorkspaceSummary>(await call(t, who, 'GET', '/api/workspace'), 200);
    const [panel] = body.panels;
    if (!panel) throw new Error('no panel in the workspace');
    return panel;
  };

  it('answers only to someone signed in, and only with the sections of the roles they hold', async () => {
    expect((await call(t, null, 'GET', '/api/workspace')).status).toBe(401);
    const clerk = await summary(team.CLERK);
    expect(clerk.panel.slug).toBe('leicestershire');
    expect(Object.keys(clerk).sort()).toEqual(['clerk', 'panel']);
    expect(Object.keys(await summary(team.OPCC_APPROVER)).sort()).toEqual(['approver', 'panel']);
    expect(Object.keys(await summary(team.PANEL_MEMBER)).sort()).toEqual(['councillor', 'panel']);
    expect(Object.keys(await summary(team.ADMIN)).sort()).toEqual(['admin', 'panel']);
  });

  it('counts what waits for the clerk, the officer and the approver, and moves as the work is done', async () => {
    const before = {
      clerk: (await summary(team.CLERK)).clerk,
      officer: (await summary(team.OPCC_OFFICER)).officer,
      approver: (await summary(team.OPCC_APPROVER)).approver,
    };
    const held = await createMeeting(t, team.CLERK, { startsAt: '2026-01-15T10:00:00Z' });
    const next = await createMeeting(t, team.CLERK, { title: 'The very next meeting', startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString() });
    const overdue = await createRecommendation(t, team.CLERK, {
      meetingId: held.id,
      citedVersionId: record.publishedPlanVersionId,
      dueAt: '2026-02-01T12:00:00Z',
    });
    await createRecommendation(t, team.CLERK, {
      meetingId: held.id,
      citedVersionId: record.publishedPlanVersionId,
      dueAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });

    const clerk = (await summary(team.CLERK)).clerk;
    expect(clerk?.meetingsWithoutMinutes).toBe((before.clerk?.meetingsWithoutMinutes ?? 0) + 1);
    // The nearest meeting to come, whatever else the seed holds.
    const upcoming = await prisma.meeting.findFirst({ where: { startsAt: { gte: new Date() }, status: { not: 'CANCELLED' } }, orderBy: { startsAt: 'asc' } });
    expect(clerk?.nextMeeting?.id).toBe(upcoming?.id);
    expect(upcoming?.id).toBe(next.id);

    const officer = (await summary(team.OPCC_OFFICER)).officer;
    expect(officer).toMatchObject({
      toDraft: (before.officer?.toDraft ?? 0) + 2,
      overdue: (before.officer?.overdue ?? 0) + 1,
      dueSoon: (before.officer?.dueSoon ?? 0) + 1,
    });

    // Submitted for review, it leaves the officer's count for the approver's.
    const draft = await draftResponse(t, team.OPCC_OFFICER, overdue.id);
    const inReview = await advanceResponse(t, team, draft, 'IN_REVIEW');
    expect((await summary(team.OPCC_OFFICER)).officer?.toDraft).toBe((before.officer?.toDraft ?? 0) + 1);
    expect((await summary(team.OPCC_APPROVER)).approver?.toReview).toBe((before.approver?.toReview ?? 0) + 1);
    // Returned with a note, it is the officer's again, counted as returned.
    expectStatus(
      await call(t, team.OPCC_APPROVER, 'POST', `/api/responses/${draft.id}/transitions`, {
        to: 'DRAFT',
        version: inReview.version,
        comment: 'Cite the plan.',
      }),
      200,
    );
    expect((await summary(team.OPCC_OFFICER)).officer).toMatchObject({
      toDraft: (before.officer?.toDraft ?? 0) + 2,
      returned: (before.officer?.returned ?? 0) + 1,
    });
  });

  it('tells a councillor what was answered since the previous sitting, not since a moment ago', async () => {
    const member = team.PANEL_MEMBER;
    await summary(member);
    // The previous sitting was two hours ago.
    await prisma.user.update({ where: { email: 'member@demo.test' }, data: { lastWorkspaceVisitAt: new Date(Date.now() - 2 * 3_600_000) } });
    const quiet = (await summary(member)).councillor;
    expect(quiet?.answeredSinceLastVisit).toBe(0);
    expect(quiet?.lastVisitAt).not.toBeNull();

    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2026-01-20T10:00:00Z' });
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    await advanceResponse(t, team, await draftResponse(t, team.OPCC_OFFICER, recommendation.id), 'PUBLISHED');
    // Reading again in the same sitting keeps counting from the previous sitting.
    expect((await summary(member)).councillor?.answeredSinceLastVisit).toBe(1);
    expect((await summary(member)).councillor?.answeredSinceLastVisit).toBe(1);
  });

  it('counts the people without a role whom the admin manages', async () => {
    const before = (await summary(team.ADMIN)).admin?.peopleWithoutRole ?? 0;
    expectStatus(
      await call(t, team.ADMIN, 'POST', '/api/admin/users', {
        email: 'no.role.yet@example.test',
        name: 'No Role Yet',
        password: 'a long enough password',
        roles: [],
      }),
      201,
    );
    expect((await summary(team.ADMIN)).admin?.peopleWithoutRole).toBe(before + 1);
  });
});
