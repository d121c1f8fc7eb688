// Sign-in under attack: simultaneous guesses are checked no more often than the limit allows, an
// attacker cannot keep the owner out, foreign sites cannot sign a visitor in or write with their
// cookie, and "sign out everywhere" ends every session.
import type { ProblemDetails } from '@psp/contracts';
import request from 'supertest';
import { call, PANEL } from './fixtures';
import { createTestApp, DEMO_ACCOUNTS, DEMO_PASSWORD, type TestApp } from './harness';

describe('sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Behind one trusted proxy, so each test can speak from addresses of its own.
    t = await createTestApp({ env: { TRUST_PROXY: '1', LOGIN_MAX_FAILURES: '5', LOGIN_WINDOW_MINUTES: '15' } });
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string, from: string) =>
    request(t.app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password });

  it('checks at most the limit of 20 simultaneous wrong passwords for one account from one address', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => attempt(DEMO_ACCOUNTS.PANEL_MEMBER, 'wrong-guess', '203.0.113.10')));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    const refused = answers.find((a) => a.status === 429);
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(60);
    // That address may not try that account again, even with the right password, until the window passes.
    expect((await attempt(DEMO_ACCOUNTS.PANEL_MEMBER, DEMO_PASSWORD, '203.0.113.10')).status).toBe(429);
  });

  it('does not let an attacker keep the owner out: the owner signs in from their own address at once', async () => {
    for (let i = 0; i < 7; i += 1) await attempt(DEMO_ACCOUNTS.CLERK, 'wrong-guess', '198.51.100.7');
    expect((await attempt(DEMO_ACCOUNTS.CLERK, DEMO_PASSWORD, '192.0.2.44')).status).toBe(200);
  });

  it('slows guesses spread over many addresses with a growing delay, not a lockout', async () => {
    // Twice the limit of failures from ten addresses, then each further try waits 2, 4, 8 … seconds.
    for (let i = 0; i < 10; i += 1) expect((await attempt(DEMO_ACCOUNTS.OPCC_OFFICER, 'wrong-guess', `198.51.100.${100 + i}`)).status).toBe(401);
    const slowed = await attempt(DEMO_ACCOUNTS.OPCC_OFFICER, DEMO_PASSWORD, '192.0.2.200');
    expect(slowed.status).toBe(429);
    const wait = Number(slowed.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
  });

  it('takes JSON from this site only', async () => {
    const form = await request(t.app.getHttpServer()).post('/api/auth/login').type('form').send({ email: DEMO_ACCOUNTS.ADMIN, password: DEMO_PASSWORD });
    expect(form.status).toBe(415);
    const foreign = await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .set('Origin', 'https://attacker.example')
      .send({ email: DEMO_ACCOUNTS.ADMIN, password: DEMO_PASSWORD });
    expect([foreign.status, (foreign.body as ProblemDetails).detail]).toEqual([403, expect.stringContaining('attacker.example')]);
    const crossSite = await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ email: DEMO_ACCOUNTS.ADMIN, password: DEMO_PASSWORD });
    expect(crossSite.status).toBe(403);
    expect(foreign.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a cookie-authenticated write from another site even with the CSRF token, and accepts it from this one', async () => {
    const clerk = await t.signIn('CLERK');
    const body = { title: 'Origin check', startsAt: '2031-05-01T10:00:00Z' };
    const foreign = await clerk.agent
      .post(`/api/panels/${PANEL}/meetings`)
      .set('X-CSRF-Token', clerk.csrfToken)
      .set('Origin', 'https://attacker.example')
      .send(body);
    expect(foreign.status).toBe(403);
    const own = await clerk.agent
      .post(`/api/panels/${PANEL}/meetings`)
      .set('X-CSRF-Token', clerk.csrfToken)
      .set('Host', 'portal.example')
      .set('Origin', 'https://portal.example')
      .send(body);
    expect(own.status).toBe(201);
  });

  it('signs a person out everywhere', async () => {
    const here = await t.signIn('OPCC_APPROVER');
    const there = await t.signIn('OPCC_APPROVER');
    // The session's CSRF token comes with the user, so a page opened in a new tab can write.
    const me = await here.agent.get('/api/auth/me');
    expect([me.status, me.body.csrfToken]).toEqual([200, here.csrfToken]);
    expect((await call(t, here, 'POST', '/api/auth/logout-everywhere')).status).toBe(204);
    expect((await here.agent.get('/api/auth/me')).status).toBe(401);
    expect((await there.agent.get('/api/auth/me')).status).toBe(401);
  });

  it('sets a readable "signed in" hint beside the session cookie, returns the CSRF token from /api/auth/me, and clears both on sign-out', async () => {
    const agent = request.agent(t.app.getHttpServer());
    const login = await agent.post('/api/auth/login').set('X-Forwarded-For', '203.0.113.77').send({ email: DEMO_ACCOUNTS.CLERK, password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const cookies = ([] as string[]).concat(login.headers['set-cookie'] ?? []);
    const hint = cookies.find((c) => c.startsWith('psp_signed_in='));
    expect(hint).toBeDefined();
    expect(hint).not.toMatch(/HttpOnly/i);
    expect(hint).not.toMatch(/Expires=/i);
    expect(cookies.find((c) => c.startsWith('psp_session='))).toMatch(/HttpOnly/i);

    const me = await agent.get('/api/auth/me');
    expect(me.body).toMatchObject({ email: DEMO_ACCOUNTS.CLERK, csrfToken: (login.body as { csrfToken: string }).csrfToken });

    const logout = await agent.post('/api/auth/logout').set('X-CSRF-Token', (login.body as { csrfToken: string }).csrfToken);
    expect(logout.status).toBe(204);
    const cleared = ([] as string[]).concat(logout.headers['set-cookie'] ?? []);
    expect(cleared.some((c) => c.startsWith('psp_signed_in=;'))).toBe(true);
  });
});
