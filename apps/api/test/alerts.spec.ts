// Follow by email, through a real SMTP server running in the test (smtp-server), each message
// read back with mailparser: double opt-in for the public, alerts when something followed is
// published or changes status, one-click unsubscribe (RFC 8058), the daily digest, and never a
// word of anything unpublished.
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import type { PrismaClient } from '@psp/db';
import { AlertsWorker } from '../src/alerts/alerts.worker';
import { importDraftPlan } from './documents.fixtures';
import {
  advanceResponse,
  call,
  createMeeting,
  createRecommendation,
  draftResponse,
  expectStatus,
  openDatabase,
  signInTeam,
  uniqueWord,
  type Record_,
  type Team,
  findRecord,
} from './fixtures';
import { createTestApp, type TestApp } from './harness';

describe('alerts by email', () => {
  let smtp: SMTPServer;
  let inbox: ParsedMail[] = [];
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;
  let worker: AlertsWorker;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        simpleParser(stream)
          .then((mail) => {
            inbox.push(mail);
            done();
          })
          .catch(done);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, ALERTS_INTERVAL_MS: '0', PUBLIC_URL: 'https://panel.example.test' } });
    prisma = openDatabase(t);
    team = await signInTeam(t);
    record = await findRecord(prisma);
    worker = t.app.get(AlertsWorker);
    // The worker starts at the end of the audit trail: the seed's history alerts nobody.
    await worker.runOnce();
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await t?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const mailTo = (address: string) => inbox.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.value.some((v) => v.address === address));
  const linkIn = (mail: ParsedMail, pattern: RegExp) => {
    const found = pattern.exec(mail.text ?? '')?.[0];
    if (!found) throw new Error(`no link ${pattern} in ${mail.text ?? ''}`);
    return found;
  };
  const pathOf = (url: string) => url.replace('https://panel.example.test', '');

  it('asks the public to confirm first, alerts a confirmed follower on publication, and never tells of a draft', async () => {
    inbox = [];
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2026-01-15T10:00:00Z' });
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    const subscribed = await call(t, null, 'POST', '/api/subscriptions', {
      email: 'Resident@Example.org',
      target: 'RECOMMENDATION',
      targetId: recommendation.id,
    });
    expect(subscribed.status).toBe(202);
    expect(subscribed.body).toEqual({ status: 'CONFIRMATION_SENT', email: 'resident@example.org' });
    // Drafting tells nobody anything; before confirming, the follower gets only the confirmation.
    const draft = await draftResponse(t, team.OPCC_OFFICER, recommendation.id, { text: 'The Commissioner accepts. Measures will follow.' });
    await worker.runOnce();
    const [confirmation, ...rest] = mailTo('resident@example.org');
    expect(rest).toEqual([]);
    expect(confirmation?.subject).toBe(`Confirm you want alerts about recommendation ${recommendation.number}`);
    expect(confirmation?.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(false);
    const confirmed = await t
      .anonymous()
      .get(pathOf(linkIn(confirmation as ParsedMail, /https:\/\/panel\.example\.test\/api\/subscriptions\/confirm\?token=\S+/)));
    expect(confirmed.status).toBe(200);
    expect(confirmed.text).toContain('You are subscribed');

    // In review and approved: still nothing. Published: one alert, with the response's words.
    const approved = await advanceResponse(t, team, draft, 'APPROVED');
    await worker.runOnce();
    expect(mailTo('resident@example.org')).toHaveLength(1);
    expectStatus(await call(t, team.OPCC_APPROVER, 'POST', `/api/responses/${draft.id}/transitions`, { to: 'PUBLISHED', version: approved.version }), 200);
    await worker.runOnce();
    const alerts = mailTo('resident@example.org').slice(1);
    expect(alerts.map((mail) => mail.subject)).toEqual([`Recommendation ${recommendation.number}: the Commissioner's response is published (accepted)`]);
    const alert = alerts[0] as ParsedMail;
    expect(alert.text).toContain('The Commissioner accepts.');
    expect(alert.text).toContain(`https://panel.example.test/recommendations/${recommendation.id}`);
    // One-click unsubscribe headers (RFC 8058).
    const header = (name: string) => alert.headerLines.find((h) => h.key === name)?.line.replace(/\s+/g, ' ') ?? '';
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe')).toMatch(/^List-Unsubscribe: <https:\/\/panel\.example\.test\/api\/subscriptions\/unsubscribe\?token=[^>]+>/);
    // Running again sends nothing twice.
    await worker.runOnce();
    expect(mailTo('resident@example.org')).toHaveLength(2);
  });

  it('never mentions anything unpublished in any message sent', async () => {
    // A follower of the whole panel, while drafts, a response in review and a draft plan carry markers.
    expect((await call(t, team.CLERK, 'POST', '/api/subscriptions', { target: 'PANEL', targetId: 'leicestershire' })).status).toBe(202);
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2026-01-18T10:00:00Z' });
    const kept = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    const told = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    const secret = uniqueWord('secretdraft');
    await advanceResponse(t, team, await draftResponse(t, team.OPCC_OFFICER, kept.id, { text: `Not for publication: ${secret}.` }), 'APPROVED');
    await importDraftPlan(team.OPCC_OFFICER, uniqueWord('draftplan'));
    await advanceResponse(
      t,
      team,
      await draftResponse(t, team.OPCC_OFFICER, told.id, { text: 'The Commissioner notes the recommendation.', outcome: 'NOTED' }),
      'PUBLISHED',
    );
    await worker.runOnce();
    const clerkMail = mailTo('clerk@demo.test');
    expect(clerkMail.map((mail) => mail.subject)).toEqual(
      expect.arrayContaining([
        `Recommendation ${told.number}: the Commissioner's response is published (noted)`,
        `Recommendation ${kept.number} recorded at ${meeting.title}`,
      ]),
    );
    for (const mail of inbox) expect(`${mail.subject ?? ''}\n${mail.text ?? ''}`).not.toMatch(/secretdraft|draftplan/);
  });

  it('unsubscribes in one click (RFC 8058) and sends nothing more', async () => {
    const email = 'follower@example.org';
    const subscribed = await call(t, team.PANEL_MEMBER, 'POST', '/api/subscriptions', { target: 'PANEL', targetId: 'leicestershire' });
    expect(subscribed.body).toEqual({ status: 'SUBSCRIBED', email: 'member@demo.test' });
    expectStatus(await call(t, null, 'POST', '/api/subscriptions', { email, target: 'PANEL', targetId: 'leicestershire' }), 202);
    await worker.runOnce();
    const confirmation = mailTo(email).at(-1) as ParsedMail;
    await t.anonymous().get(pathOf(linkIn(confirmation, /https:\/\/panel\.example\.test\/api\/subscriptions\/confirm\?token=\S+/)));

    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2026-01-20T10:00:00Z' });
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    await worker.runOnce();
    const recorded = mailTo(email).at(-1) as ParsedMail;
    expect(recorded.subject).toBe(`Recommendation ${recommendation.number} recorded at ${meeting.title}`);
    expect(mailTo('member@demo.test').at(-1)?.subject).toBe(recorded.subject);

    const unsubscribeUrl = linkIn(recorded, /https:\/\/panel\.example\.test\/api\/subscriptions\/unsubscribe\?token=\S+/);
    // Opening the link only shows a button (mail scanners open links); the one-click POST unsubscribes.
    const pageOnly = await t.anonymous().get(pathOf(unsubscribeUrl));
    expect(pageOnly.text).toContain('Stop these emails?');
    const done = await t.anonymous().post(pathOf(unsubscribeUrl)).type('form').send('List-Unsubscribe=One-Click');
    expect(done.status).toBe(200);
    expect(done.text).toContain('You are unsubscribed');
    const sentBefore = mailTo(email).length;
    await advanceResponse(t, team, await draftResponse(t, team.OPCC_OFFICER, recommendation.id), 'PUBLISHED');
    await worker.runOnce();
    expect(mailTo(email)).toHaveLength(sentBefore);
    expect(mailTo('member@demo.test').at(-1)?.subject).toMatch(/the Commissioner's response is published/);
  });

  it('gathers a daily follower’s alerts into one digest the next morning', async () => {
    const email = 'digest@example.org';
    expectStatus(await call(t, null, 'POST', '/api/subscriptions', { email, target: 'PANEL', targetId: 'leicestershire', frequency: 'DAILY' }), 202);
    await worker.runOnce();
    await t.anonymous().get(pathOf(linkIn(mailTo(email).at(-1) as ParsedMail, /https:\/\/panel\.example\.test\/api\/subscriptions\/confirm\?token=\S+/)));
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2026-01-22T10:00:00Z' });
    const first = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    const second = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    await worker.runOnce();
    expect(mailTo(email)).toHaveLength(1);
    // The next morning: one digest carrying both.
    await worker.runOnce(new Date(Date.now() + 36 * 3_600_000));
    const digests = mailTo(email).slice(1);
    expect(digests).toHaveLength(1);
    expect(digests[0]?.subject).toBe('Your daily digest: 2 updates');
    expect(digests[0]?.text).toContain(`Recommendation ${first.number} recorded`);
    expect(digests[0]?.text).toContain(`Recommendation ${second.number} recorded`);
  });

  it('refuses a bad address or something that cannot be followed, field by field', async () => {
    const bad = await call(t, null, 'POST', '/api/subscriptions', { email: 'not-an-address', target: 'PANEL', targetId: 'leicestershire' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ errors: [{ path: 'email' }] });
    const missing = await call(t, null, 'POST', '/api/subscriptions', { target: 'PANEL', targetId: 'leicestershire' });
    expect(missing.body).toMatchObject({ errors: [{ path: 'email' }] });
    const nothing = await call(t, null, 'POST', '/api/subscriptions', { email: 'a@example.org', target: 'MEETING', targetId: 'no-such-meeting' });
    expect(nothing.status).toBe(400);
    expect(nothing.body).toMatchObject({ errors: [{ path: 'targetId' }] });
    expect((await t.anonymous().get('/api/subscriptions/confirm?token=nonexistent-token-123')).status).toBe(404);
  });

  it('takes the form as a browser without JavaScript posts it, answering with a page', async () => {
    const posted = await t
      .anonymous()
      .post('/api/subscriptions')
      .type('form')
      .send('email=nojs%40example.org&target=PANEL&targetId=leicestershire&frequency=IMMEDIATE');
    expect(posted.status).toBe(202);
    expect(posted.headers['content-type']).toMatch(/^text\/html/);
    expect(posted.text).toContain('We sent a link to nojs@example.org');
    await worker.runOnce();
    expect(mailTo('nojs@example.org').map((mail) => mail.subject)).toEqual([
      'Confirm you want alerts about Leicester, Leicestershire and Rutland Police and Crime Panel',
    ]);
  });
});
