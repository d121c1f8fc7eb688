// Creates honour an Idempotency-Key: a repeat gets the first answer and creates nothing, even when
// the repeats arrive at once; a key reused for another request is refused.
import type { MeetingDetail, ProblemDetails } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import { PANEL, useSeededApp, type Team } from './fixtures';

describe('Idempotency-Key', () => {
  let prisma: PrismaClient;
  let team: Team;
  useSeededApp((app) => ({ prisma, team } = app));

  const create = (key: string, title: string) =>
    team.CLERK.agent
      .post(`/api/panels/${PANEL}/meetings`)
      .set('X-CSRF-Token', team.CLERK.csrfToken)
      .set('Idempotency-Key', key)
      .send({ title, startsAt: '2032-04-01T10:00:00Z' });

  it('answers a repeat with the first answer and creates nothing more', async () => {
    const first = await create('key-0001-double-click', 'Once only');
    const second = await create('key-0001-double-click', 'Once only');
    expect([first.status, second.status]).toEqual([201, 201]);
    expect((second.body as MeetingDetail).id).toBe((first.body as MeetingDetail).id);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await prisma.meeting.count({ where: { title: 'Once only' } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: 'meeting.created', entityId: (first.body as MeetingDetail).id } })).toBe(1);
  });

  it('creates once when ten repeats arrive at once', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => create('key-0002-simultaneous', 'At once')));
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
    expect(answers.filter((a) => a.status === 201).length).toBeGreaterThan(0);
    expect(new Set(answers.filter((a) => a.status === 201).map((a) => (a.body as MeetingDetail).id)).size).toBe(1);
    expect(await prisma.meeting.count({ where: { title: 'At once' } })).toBe(1);
  });

  it('refuses a key reused for another request, and a key that is not usable', async () => {
    expect((await create('key-0003-reused', 'First use')).status).toBe(201);
    const reused = await create('key-0003-reused', 'Another meeting');
    expect(reused.status).toBe(422);
    expect((reused.body as ProblemDetails).errors).toEqual([{ path: 'Idempotency-Key', message: expect.any(String) }]);
    expect(await prisma.meeting.count({ where: { title: 'Another meeting' } })).toBe(0);
    expect((await create('short', 'Bad key')).status).toBe(400);
    // A refused request leaves its key free: the corrected retry creates.
    const refused = await team.CLERK.agent
      .post(`/api/panels/${PANEL}/meetings`)
      .set('X-CSRF-Token', team.CLERK.csrfToken)
      .set('Idempotency-Key', 'key-0004-retry')
      .send({ title: '', startsAt: '2032-04-01T10:00:00Z' });
    expect(refused.status).toBe(400);
    expect(
      (
        await team.CLERK.agent
          .post(`/api/panels/${PANEL}/meetings`)
          .set('X-CSRF-Token', team.CLERK.csrfToken)
          .set('Idempotency-Key', 'key-0004-retry')
          .send({ title: 'Corrected', startsAt: '2032-04-01T10:00:00Z' })
      ).status,
    ).toBe(201);
  });
});
