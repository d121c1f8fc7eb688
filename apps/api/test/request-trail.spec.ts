// Every change can be traced to the request that made it (its id, echoed to the client, and the
// client's address are in the audit log), the sign-in answer is never cached, and the public
// CSV is cached exactly like the public JSON.
import type { PrismaClient } from '@psp/db';
import { call, createMeeting, PANEL, useSeededApp, type Team } from './fixtures';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type TestApp } from './harness';

describe('request trail and caching headers', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;

  useSeededApp((app) => ({ t, prisma, team } = app));

  it('records the request id and client address of every audited change, and echoes the id', async () => {
    const response = await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/meetings`, { title: 'Traced meeting', startsAt: '2031-03-01T10:00:00Z' });
    expect(response.status).toBe(201);
    const requestId = response.headers['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'meeting.created', entityId: response.body.id } });
    expect(event.requestId).toBe(requestId);
    expect(event.clientAddress).toMatch(/127\.0\.0\.1|::1/);
    // Each request has its own id.
    const other = await createMeeting(t, team.CLERK);
    const otherEvent = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'meeting.created', entityId: other.id } });
    expect(otherEvent.requestId).not.toBe(requestId);
  });

  it('never lets a cache keep the sign-in answer or anything a signed-in person receives', async () => {
    const login = await t.anonymous().post('/api/auth/login').send({ email: DEMO_ACCOUNTS.CLERK, password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.headers['cache-control']).toBe('no-store');
    const failed = await t.anonymous().post('/api/auth/login').send({ email: DEMO_ACCOUNTS.CLERK, password: 'wrong' });
    expect(failed.status).toBe(401);
    const signedIn = await team.PANEL_MEMBER.agent.get(`/api/panels/${PANEL}/recommendations.csv`);
    expect(signedIn.headers['cache-control']).toBe('private, no-store');
  });

  it('gives the public CSV the public JSON caching: an ETag, public revalidation, 304 when unchanged', async () => {
    const first = await t.anonymous().get(`/api/panels/${PANEL}/recommendations.csv`);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/^text\/csv/);
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^W\//);
    const again = await t.anonymous().get(`/api/panels/${PANEL}/recommendations.csv`).set('If-None-Match', String(etag));
    expect(again.status).toBe(304);
  });
});
