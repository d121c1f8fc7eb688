import { createPrismaClient } from '@psp/db';
import { createTestApp, type TestApp } from './harness';

describe('platform: health, OpenAPI, errors, sessions, CSRF', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports health once the database is reachable and migrated', async () => {
    const response = await t.anonymous().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('serves an OpenAPI 3 document generated from the code', async () => {
    const response = await t.anonymous().get('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/auth/login', '/api/auth/me', '/api/auth/logout']));
    expect(response.body.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('email');
  });

  it('answers unknown API paths with a 404 problem', async () => {
    const response = await t.anonymous().get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, title: 'Not found' });
  });

  it('rejects malformed JSON with a 400 problem', async () => {
    const response = await t.anonymous().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.detail).toMatch(/not valid JSON/);
  });

  it('rejects a body over 1 MB with 413', async () => {
    const response = await t
      .anonymous()
      .post('/api/auth/login')
      .send({ email: 'a@b.test', password: 'x'.repeat(1_100_000) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ status: 413 });
  });

  it('validates field by field', async () => {
    const response = await t.anonymous().post('/api/auth/login').send({ email: 'not-an-email', password: 42 });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'email' }), expect.objectContaining({ path: 'password' })]));
  });

  it('sets security headers', async () => {
    const response = await t.anonymous().get('/api/health');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('signs in with an httpOnly SameSite=Strict cookie, knows the user, and signs out', async () => {
    const agent = t.anonymous();
    const login = await agent.post('/api/auth/login').send({ email: 'clerk@demo.test', password: 'demo-password' });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ email: 'clerk@demo.test', roles: ['CLERK'] });
    expect(typeof login.body.csrfToken).toBe('string');
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect((await agent.get('/api/auth/me')).body).toMatchObject({ email: 'clerk@demo.test' });
    expect((await agent.post('/api/auth/logout')).status).toBe(403);
    expect((await agent.post('/api/auth/logout').set('X-CSRF-Token', login.body.csrfToken)).status).toBe(204);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });

  it('ends an expired session and clears expired sessions at the next sign-in', async () => {
    const signedIn = await t.signIn('PANEL_MEMBER');
    const prisma = createPrismaClient(t.databaseUrl, { max: 1 });
    try {
      const past = new Date(Date.now() - 60_000);
      await prisma.session.updateMany({ where: { userId: signedIn.userId }, data: { expiresAt: past, idleExpiresAt: past } });
      expect((await signedIn.agent.get('/api/auth/me')).status).toBe(401);
      const stale = await prisma.session.create({
        data: { id: 'stale-session', userId: signedIn.userId, csrfToken: 'x', idleExpiresAt: past, expiresAt: past },
      });
      await t.signIn('PANEL_MEMBER');
      expect(await prisma.session.findUnique({ where: { id: stale.id } })).toBeNull();
    } finally {
      await prisma.$disconnect();
    }
  });

  it('refuses wrong credentials with 401 without saying which part was wrong', async () => {
    const unknown = await t.anonymous().post('/api/auth/login').send({ email: 'nobody@demo.test', password: 'demo-password' });
    const wrong = await t.anonymous().post('/api/auth/login').send({ email: 'member@demo.test', password: 'wrong-password' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('rate-limits repeated failures on one account with 429 and Retry-After', async () => {
    const attempt = () => t.anonymous().post('/api/auth/login').send({ email: 'approver@demo.test', password: 'guess' });
    for (let i = 0; i < t.config.loginMaxFailures; i += 1) expect((await attempt()).status).toBe(401);
    const blocked = await attempt();
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password waits until the lock expires.
    const right = await t.anonymous().post('/api/auth/login').send({ email: 'approver@demo.test', password: 'demo-password' });
    expect(right.status).toBe(429);
  });
});
