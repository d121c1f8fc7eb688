// An admin manages only the people of the panels they administer: a person shared with another
// panel can lose their roles here but not their account; a role-less account belongs to the panel
// whose admin made it; nobody grants themselves a role; and on a panel that separates duties
// (the default) whoever last edited a response cannot approve it.
import type { AdminUser, ProblemDetails, Response } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import { hashPassword } from '@psp/db';
import { factories } from '@psp/db/src/factories';
import {
  call,
  createMeeting,
  createRecommendation,
  draftResponse,
  expectStatus,
  findRecord,
  moveResponse,
  openDatabase,
  PANEL,
  signInTeam,
  type Record_,
  type Team,
} from './fixtures';
import { createTestApp, type TestApp } from './harness';

describe('admin scope and separation of duties', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;
  let elsewhereId: string;

  beforeAll(async () => {
    t = await createTestApp();
    prisma = openDatabase(t);
    team = await signInTeam(t);
    record = await findRecord(prisma);
    elsewhereId = (await factories(prisma).panel({ slug: 'elsewhere' })).id;
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await t.close();
  });

  const current = async (id: string) => expectStatus<AdminUser[]>(await call(t, team.ADMIN, 'GET', '/api/admin/users'), 200).find((u) => u.id === id);

  it('lets an admin remove a shared person’s roles on their own panel, but neither add roles nor deactivate the account', async () => {
    const shared = await prisma.user.create({
      data: {
        email: 'shared@example.test',
        name: 'Shared Person',
        memberships: {
          create: [
            { panelId: record.panelId, role: 'CLERK' },
            { panelId: elsewhereId, role: 'ADMIN' },
          ],
        },
      },
    });
    const before = await current(shared.id);
    if (!before) throw new Error('listed');
    const deactivate = expectStatus<ProblemDetails>(
      await call(t, team.ADMIN, 'PATCH', `/api/admin/users/${shared.id}`, { roles: [{ panel: PANEL, role: 'CLERK' }], active: false, version: before.version }),
      403,
    );
    expect(deactivate.detail).toContain('panels you do not administer');
    expectStatus(
      await call(t, team.ADMIN, 'PATCH', `/api/admin/users/${shared.id}`, {
        roles: [
          { panel: PANEL, role: 'CLERK' },
          { panel: PANEL, role: 'OPCC_APPROVER' },
        ],
        version: before.version,
      }),
      403,
    );
    const removed = expectStatus<AdminUser>(await call(t, team.ADMIN, 'PATCH', `/api/admin/users/${shared.id}`, { roles: [], version: before.version }), 200);
    expect(removed.active).toBe(true);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: shared.id }, include: { memberships: true } });
    expect(stored.active).toBe(true);
    expect(stored.memberships.map((m) => [m.panelId, m.role])).toEqual([[elsewhereId, 'ADMIN']]);
  });

  it('keeps a role-less account to the panel whose admin created it', async () => {
    const theirs = await prisma.user.create({ data: { email: 'retired-elsewhere@example.test', name: 'Retired Elsewhere', createdForPanelId: elsewhereId } });
    expect(await current(theirs.id)).toBeUndefined();
    expectStatus(await call(t, team.ADMIN, 'PATCH', `/api/admin/users/${theirs.id}`, { roles: [{ panel: PANEL, role: 'PANEL_MEMBER' }], version: 1 }), 404);
    const ours = expectStatus<AdminUser>(
      await call(t, team.ADMIN, 'POST', '/api/admin/users', {
        email: 'new-here@example.test',
        name: 'New Here',
        password: 'a-long-enough-password',
        roles: [],
      }),
      201,
    );
    expect(await current(ours.id)).toMatchObject({ email: 'new-here@example.test' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: ours.id } })).createdForPanelId).toBe(record.panelId);
  });

  it('lets nobody give themselves a role', async () => {
    const me = await current(team.ADMIN.userId);
    if (!me) throw new Error('listed');
    const problem = expectStatus<ProblemDetails>(
      await call(t, team.ADMIN, 'PATCH', `/api/admin/users/${team.ADMIN.userId}`, {
        roles: [
          { panel: PANEL, role: 'ADMIN' },
          { panel: PANEL, role: 'OPCC_APPROVER' },
        ],
        version: me.version,
      }),
      403,
    );
    expect(problem.detail).toContain('cannot give yourself a role');
  });

  it('does not let whoever last edited a response approve it', async () => {
    // One person who both drafts and approves, made by the admin for another.
    await prisma.user.create({
      data: {
        email: 'both@example.test',
        name: 'Drafts And Approves',
        passwordHash: await hashPassword('a-long-enough-password'),
        memberships: {
          create: [
            { panelId: record.panelId, role: 'OPCC_OFFICER' },
            { panelId: record.panelId, role: 'OPCC_APPROVER' },
          ],
        },
      },
    });
    const agent = t.anonymous();
    const login = await agent.post('/api/auth/login').send({ email: 'both@example.test', password: 'a-long-enough-password' });
    const both = { agent, csrfToken: String(login.body.csrfToken), userId: String(login.body.user.id) };

    const meeting = await createMeeting(t, team.CLERK);
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    const draft = await draftResponse(t, both, recommendation.id);
    const submitted = await moveResponse(t, both, draft, 'IN_REVIEW');
    const refused = expectStatus<ProblemDetails>(
      await call(t, both, 'POST', `/api/responses/${draft.id}/transitions`, { to: 'APPROVED', version: submitted.version }),
      403,
    );
    expect(refused.detail).toContain('someone else must approve it');
    // Another approver may; and a response someone else edited last, this person may approve.
    expect(
      expectStatus<Response>(
        await call(t, team.OPCC_APPROVER, 'POST', `/api/responses/${draft.id}/transitions`, { to: 'APPROVED', version: submitted.version }),
        200,
      ).status,
    ).toBe('APPROVED');
    const byOfficer = await moveResponse(t, team.OPCC_OFFICER, await draftResponse(t, team.OPCC_OFFICER, recommendation.id), 'IN_REVIEW');
    expect((await moveResponse(t, both, byOfficer, 'APPROVED')).status).toBe('APPROVED');
    // The panel setting turns the rule off.
    await prisma.panel.update({ where: { id: record.panelId }, data: { approverMustDifferFromEditor: false } });
    const own = await moveResponse(t, both, await draftResponse(t, both, recommendation.id), 'IN_REVIEW');
    expect((await moveResponse(t, both, own, 'APPROVED')).status).toBe('APPROVED');
    await prisma.panel.update({ where: { id: record.panelId }, data: { approverMustDifferFromEditor: true } });
  });
});
