import type { AdminUser } from '@psp/contracts';
import { createPrismaClient, type PrismaClient } from '@psp/db';
import { createTestApp, type SignedIn, type TestApp } from './harness';
import { factories } from '@psp/db/src/factories';

const PANEL = 'leicestershire';
const MEMBER_ID = 'llr-user-panel-member';

describe('admin: people and roles', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let admin: SignedIn;
  const post = (path: string) => admin.agent.post(path).set('X-CSRF-Token', admin.csrfToken);
  const patch = (path: string) => admin.agent.patch(path).set('X-CSRF-Token', admin.csrfToken);
  const signInAs = (email: string, password: string) => t.anonymous().post('/api/auth/login').send({ email, password });
  const newUser = (email: string, roles: Array<{ panel: string; role: string }> = [{ panel: PANEL, role: 'PANEL_MEMBER' }]) =>
    post('/api/admin/users').send({ email, name: 'Cllr Jo Example', password: 'correct horse battery staple', roles });

  beforeAll(async () => {
    t = await createTestApp();
    prisma = createPrismaClient(t.databaseUrl, { max: 2 });
    admin = await t.signIn('ADMIN');
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await t?.close();
  });

  it('lists the people of the panels the admin manages, with their roles', async () => {
    const response = await admin.agent.get('/api/admin/users');
    expect(response.status).toBe(200);
    const users = response.body as AdminUser[];
    expect(users.map((u) => u.email)).toEqual(
      expect.arrayContaining(['clerk@demo.test', 'member@demo.test', 'officer@demo.test', 'approver@demo.test', 'admin@demo.test']),
    );
    expect(users.find((u) => u.email === 'clerk@demo.test')).toEqual({
      id: 'llr-user-clerk',
      email: 'clerk@demo.test',
      name: expect.any(String),
      roles: ['CLERK'],
      panelRoles: [{ panel: PANEL, role: 'CLERK' }],
      active: true,
      version: 1,
    });
    expect(JSON.stringify(response.body)).not.toMatch(/argon2|passwordHash/);
  });

  it('is for admins only', async () => {
    expect((await t.anonymous().get('/api/admin/users')).status).toBe(401);
    for (const role of ['PANEL_MEMBER', 'CLERK', 'OPCC_OFFICER', 'OPCC_APPROVER'] as const) {
      const other = await t.signIn(role);
      expect((await other.agent.get('/api/admin/users')).status).toBe(403);
      expect(
        (
          await other.agent
            .post('/api/admin/users')
            .set('X-CSRF-Token', other.csrfToken)
            .send({ email: 'x@example.test', name: 'x', password: 'long enough password', roles: [] })
        ).status,
      ).toBe(403);
      expect((await other.agent.patch(`/api/admin/users/${MEMBER_ID}`).set('X-CSRF-Token', other.csrfToken).send({ roles: [], version: 1 })).status).toBe(403);
    }
  });

  it('creates a person who can sign in, with an argon2id hash that never reaches the audit log', async () => {
    const response = await newUser('  Jo.Example@Example.TEST ');
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      email: 'jo.example@example.test',
      name: 'Cllr Jo Example',
      roles: ['PANEL_MEMBER'],
      panelRoles: [{ panel: PANEL, role: 'PANEL_MEMBER' }],
      active: true,
      version: 1,
    });
    const stored = await prisma.user.findUnique({ where: { id: response.body.id } });
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    const login = await signInAs('jo.example@example.test', 'correct horse battery staple');
    expect(login.status).toBe(200);
    expect(login.body.user.roles).toEqual(['PANEL_MEMBER']);
    const audit = await prisma.auditEvent.findFirst({ where: { entityType: 'User', entityId: response.body.id, action: 'user.created' } });
    expect(audit).toMatchObject({ actorId: admin.userId, panelId: 'llr-panel', after: expect.objectContaining({ email: 'jo.example@example.test' }) });
    expect(JSON.stringify(audit?.after)).not.toMatch(/argon2|password/i);
  });

  it('refuses a duplicate email with 409, a short password with 400, and an unknown panel with 422', async () => {
    expect((await newUser('dup@example.test')).status).toBe(201);
    const duplicate = await newUser('DUP@example.test');
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.type).toBe('/problems/email-taken');
    const short = await post('/api/admin/users').send({ email: 'short@example.test', name: 'Short', password: 'tiny', roles: [] });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([expect.objectContaining({ path: 'password' })]);
    const nowhere = await newUser('nowhere@example.test', [{ panel: 'atlantis', role: 'CLERK' }]);
    expect(nowhere.status).toBe(422);
    expect(nowhere.body.errors).toEqual([{ path: 'roles.0.panel', message: expect.any(String) }]);
    expect(await prisma.user.count({ where: { email: { in: ['short@example.test', 'nowhere@example.test'] } } })).toBe(0);
  });

  describe('on panels the admin does not manage', () => {
    let otherPanelId: string;
    let outsiderId: string;

    beforeAll(async () => {
      const make = factories(prisma);
      otherPanelId = (await make.panel({ slug: 'elsewhere' })).id;
      const outsider = await make.member({ panelId: otherPanelId, role: 'CLERK', email: 'outsider@example.test', name: 'Outsider' });
      outsiderId = outsider.id;
    });

    it('grants no roles there (403), and neither sees nor edits their people (404)', async () => {
      const response = await newUser('someone@example.test', [{ panel: 'elsewhere', role: 'CLERK' }]);
      expect(response.status).toBe(403);
      expect(await prisma.user.count({ where: { email: 'someone@example.test' } })).toBe(0);
      const listed = (await admin.agent.get('/api/admin/users')).body as AdminUser[];
      expect(listed.some((u) => u.id === outsiderId)).toBe(false);
      expect((await patch(`/api/admin/users/${outsiderId}`).send({ roles: [], version: 1 })).status).toBe(404);
    });

    it("keeps a person's roles elsewhere when removing their roles here, adds none to a shared person, and does not show the others", async () => {
      await prisma.membership.create({ data: { userId: MEMBER_ID, panelId: otherPanelId, role: 'PANEL_MEMBER' } });
      const current = ((await admin.agent.get('/api/admin/users')).body as AdminUser[]).find((u) => u.id === MEMBER_ID);
      expect(current?.panelRoles).toEqual([{ panel: PANEL, role: 'PANEL_MEMBER' }]);
      // Shared with a panel this admin does not administer: no role may be added here …
      const grant = await patch(`/api/admin/users/${MEMBER_ID}`).send({
        roles: [
          { panel: PANEL, role: 'PANEL_MEMBER' },
          { panel: PANEL, role: 'CLERK' },
        ],
        version: current?.version,
      });
      expect(grant.status).toBe(403);
      // … but the roles here may be taken away, and the roles elsewhere stay.
      const response = await patch(`/api/admin/users/${MEMBER_ID}`).send({ roles: [], version: current?.version });
      expect(response.status).toBe(200);
      expect(response.body.panelRoles).toEqual([]);
      const memberships = await prisma.membership.findMany({ where: { userId: MEMBER_ID }, select: { panelId: true, role: true } });
      expect(memberships).toEqual([{ panelId: otherPanelId, role: 'PANEL_MEMBER' }]);
    });
  });

  describe('PATCH /api/admin/users/:id', () => {
    it('changes roles, signing the person out everywhere, and audits before and after', async () => {
      const created = (await newUser('roles@example.test')).body as AdminUser;
      const session = await signInAs('roles@example.test', 'correct horse battery staple');
      const cookie = String(session.headers['set-cookie']);
      expect((await t.anonymous().get('/api/auth/me').set('Cookie', cookie)).status).toBe(200);

      const response = await patch(`/api/admin/users/${created.id}`).send({ roles: [{ panel: PANEL, role: 'OPCC_OFFICER' }], version: created.version });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ roles: ['OPCC_OFFICER'], version: created.version + 1, active: true });
      expect((await t.anonymous().get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);
      expect(await prisma.session.count({ where: { userId: created.id } })).toBe(0);

      const audit = await prisma.auditEvent.findFirst({ where: { entityId: created.id, action: 'user.updated' } });
      expect(audit?.before).toMatchObject({ roles: [{ panel: PANEL, role: 'PANEL_MEMBER' }] });
      expect(audit?.after).toMatchObject({ roles: [{ panel: PANEL, role: 'OPCC_OFFICER' }], signedOut: true });
      expect(JSON.stringify([audit?.before, audit?.after])).not.toMatch(/argon2|password/i);
    });

    it('deactivates a person: their sessions end and they cannot sign in', async () => {
      const created = (await newUser('leaver@example.test')).body as AdminUser;
      const cookie = String((await signInAs('leaver@example.test', 'correct horse battery staple')).headers['set-cookie']);
      const response = await patch(`/api/admin/users/${created.id}`).send({ roles: [], active: false, version: created.version });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ active: false, roles: [], panelRoles: [] });
      expect((await t.anonymous().get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);
      expect((await signInAs('leaver@example.test', 'correct horse battery staple')).status).toBe(401);
      // With no roles anywhere they stay listed, so they can be given roles again.
      const listed = (await admin.agent.get('/api/admin/users')).body as AdminUser[];
      expect(listed.find((u) => u.id === created.id)).toMatchObject({ active: false, version: created.version + 1 });
    });

    it('keeps sessions when nothing about access changed', async () => {
      const created = (await newUser('steady@example.test')).body as AdminUser;
      const cookie = String((await signInAs('steady@example.test', 'correct horse battery staple')).headers['set-cookie']);
      const response = await patch(`/api/admin/users/${created.id}`).send({
        roles: [{ panel: PANEL, role: 'PANEL_MEMBER' }],
        active: true,
        version: created.version,
      });
      expect(response.status).toBe(200);
      expect((await t.anonymous().get('/api/auth/me').set('Cookie', cookie)).status).toBe(200);
    });

    it('refuses a stale version with 409 and changes nothing', async () => {
      const created = (await newUser('stale@example.test')).body as AdminUser;
      await patch(`/api/admin/users/${created.id}`).send({ roles: [{ panel: PANEL, role: 'CLERK' }], version: created.version });
      const stale = await patch(`/api/admin/users/${created.id}`).send({ roles: [], active: false, version: created.version });
      expect(stale.status).toBe(409);
      expect(stale.body.type).toBe('/problems/stale-version');
      expect(
        await prisma.user.findUnique({ where: { id: created.id }, select: { active: true, version: true, memberships: { select: { role: true } } } }),
      ).toEqual({
        active: true,
        version: created.version + 1,
        memberships: [{ role: 'CLERK' }],
      });
    });

    it('does not let admins lock themselves out, and 404s unknown people', async () => {
      const me = ((await admin.agent.get('/api/admin/users')).body as AdminUser[]).find((u) => u.id === admin.userId);
      const deactivate = await patch(`/api/admin/users/${admin.userId}`).send({
        roles: [{ panel: PANEL, role: 'ADMIN' }],
        active: false,
        version: me?.version,
      });
      expect(deactivate.status).toBe(422);
      const demote = await patch(`/api/admin/users/${admin.userId}`).send({ roles: [{ panel: PANEL, role: 'CLERK' }], version: me?.version });
      expect(demote.status).toBe(422);
      expect(demote.body.errors).toEqual([expect.objectContaining({ path: 'roles' })]);
      expect((await admin.agent.get('/api/auth/me')).status).toBe(200);
      expect((await patch('/api/admin/users/nobody').send({ roles: [], version: 1 })).status).toBe(404);
    });
  });

  it('lists its routes in the OpenAPI document', async () => {
    const paths = (await t.anonymous().get('/api/openapi.json')).body.paths;
    expect(paths['/api/admin/users']?.get).toBeDefined();
    expect(paths['/api/admin/users']?.post).toBeDefined();
    expect(paths['/api/admin/users/{id}']?.patch).toBeDefined();
  });
});
