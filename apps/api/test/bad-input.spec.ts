// Bad input is refused field by field (400), unknown ids are 404, and a refused write changes
// nothing. Unknown fields are refused too, not silently dropped (see docs/ROUTES.md). Text that
// looks like SQL or HTML is just text: stored and returned exactly as sent.
import type { ProblemDetails, Recommendation } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import { createTestApp, type SignedIn, type TestApp } from './harness';
import {
  call,
  createMeeting,
  createRecommendation,
  draftResponse,
  expectStatus,
  findRecord,
  openDatabase,
  PANEL,
  parseCsv,
  signInTeam,
  type Method,
  type Record_,
  type Team,
} from './fixtures';

const SQL = `'; DROP TABLE "Recommendation"; --`;
const SCRIPT = '<script>alert(1)</script>';

describe('bad input', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;
  let meeting: { id: string };
  let recommendation: { id: string };
  let draft: { id: string; version: number };
  let letterResponse: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    prisma = openDatabase(t);
    team = await signInTeam(t);
    record = await findRecord(prisma);
    meeting = await createMeeting(t, team.CLERK);
    recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    draft = await draftResponse(t, team.OPCC_OFFICER, recommendation.id);
    letterResponse = await draftResponse(t, team.OPCC_OFFICER, recommendation.id);
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await t.close();
  });

  /** Every table a write of these routes touches, to prove a refused write touched none. */
  const snapshot = async () => ({
    meetings: await prisma.meeting.findMany({ orderBy: { id: 'asc' } }),
    agendaItems: await prisma.agendaItem.count(),
    documents: await prisma.document.count(),
    versions: await prisma.documentVersion.findMany({ select: { id: true, version: true, status: true }, orderBy: { id: 'asc' } }),
    provisions: await prisma.provision.count(),
    recommendations: await prisma.recommendation.findMany({ orderBy: { id: 'asc' } }),
    citations: await prisma.recommendationCitation.count(),
    responses: await prisma.response.findMany({ orderBy: { id: 'asc' } }),
    responseCitations: await prisma.responseCitation.count(),
    letters: await prisma.responseLetter.count(),
    audit: await prisma.auditEvent.count(),
  });

  interface Write {
    name: string;
    who: () => SignedIn;
    method: Method;
    path: () => string;
    valid: () => Record<string, unknown>;
    /** A text field and its limit, to send one character too many. */
    longText?: [string, number];
    /** A field that must be a date-time. */
    date?: string;
  }

  const writes: Write[] = [
    {
      name: 'create meeting',
      who: () => team.CLERK,
      method: 'POST',
      path: () => `/api/panels/${PANEL}/meetings`,
      valid: () => ({ title: 'Meeting', startsAt: '2030-01-01T10:00:00Z' }),
      longText: ['title', 300],
      date: 'startsAt',
    },
    {
      name: 'edit meeting',
      who: () => team.CLERK,
      method: 'PATCH',
      path: () => `/api/meetings/${meeting.id}`,
      valid: () => ({ title: 'Meeting', version: 1 }),
      longText: ['title', 300],
      date: 'startsAt',
    },
    {
      name: 'add agenda item',
      who: () => team.CLERK,
      method: 'POST',
      path: () => `/api/meetings/${meeting.id}/agenda-items`,
      valid: () => ({ number: '1', title: 'Item' }),
      longText: ['title', 300],
    },
    {
      name: 'save minutes',
      who: () => team.CLERK,
      method: 'PUT',
      path: () => `/api/meetings/${meeting.id}/minutes`,
      valid: () => ({ items: [{ number: '1', text: 'Minute' }] }),
    },
    {
      name: 'move minutes',
      who: () => team.CLERK,
      method: 'POST',
      path: () => `/api/meetings/${meeting.id}/minutes/transitions`,
      valid: () => ({ to: 'APPROVED', version: 1 }),
    },
    {
      name: 'record recommendation',
      who: () => team.CLERK,
      method: 'POST',
      path: () => `/api/panels/${PANEL}/recommendations`,
      valid: () => ({ meetingId: meeting.id, text: 'Recommendation', citedVersionId: record.publishedPlanVersionId }),
      longText: ['text', 20_000],
      date: 'dueAt',
    },
    {
      name: 'close recommendation',
      who: () => team.CLERK,
      method: 'POST',
      path: () => `/api/recommendations/${recommendation.id}/close`,
      valid: () => ({ reason: 'Done', version: 1 }),
      longText: ['reason', 5000],
    },
    {
      name: 'draft response',
      who: () => team.OPCC_OFFICER,
      method: 'POST',
      path: () => `/api/recommendations/${recommendation.id}/responses`,
      valid: () => ({ outcome: 'NOTED', text: 'Noted' }),
      longText: ['text', 50_000],
    },
    {
      name: 'edit response',
      who: () => team.OPCC_OFFICER,
      method: 'PATCH',
      path: () => `/api/responses/${draft.id}`,
      valid: () => ({ text: 'Edited', version: 1 }),
      longText: ['text', 50_000],
    },
    {
      name: 'move response',
      who: () => team.OPCC_OFFICER,
      method: 'POST',
      path: () => `/api/responses/${draft.id}/transitions`,
      valid: () => ({ to: 'IN_REVIEW', version: 1 }),
    },
    {
      name: 'create letter',
      who: () => team.OPCC_APPROVER,
      method: 'POST',
      path: () => `/api/panels/${PANEL}/letters`,
      valid: () => ({
        reference: 'REF/1',
        date: '2030-01-01T10:00:00Z',
        addressee: 'Chair',
        subject: 'Subject',
        signatory: 'PCC',
        responseIds: [letterResponse.id],
      }),
      longText: ['subject', 500],
      date: 'date',
    },
  ];

  it.each(writes.map((w) => [w.name, w] as const))('%s: refuses malformed bodies field by field and changes nothing', async (_name, write) => {
    const before = await snapshot();
    const send = (body: unknown) => call(t, write.who(), write.method, write.path(), body);
    const refused = async (body: unknown) => {
      const response = await send(body);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      return response.body as { errors?: Array<{ path: string; message: string }> };
    };

    expect((await refused({})).errors?.length).toBeGreaterThan(0);
    expect((await refused([])).errors?.length).toBeGreaterThan(0);
    expect((await refused({ ...write.valid(), bogus: 1, __proto__x: 'x' })).errors).toEqual([
      { path: 'bogus', message: 'Unknown field "bogus"' },
      { path: '__proto__x', message: 'Unknown field "__proto__x"' },
    ]);
    // Every field of the valid body, given the wrong type, is named.
    for (const [field, value] of Object.entries(write.valid())) {
      const wrong = typeof value === 'number' ? 'seven' : typeof value === 'string' ? 42 : 'not-a-list';
      const errors = (await refused({ ...write.valid(), [field]: wrong })).errors ?? [];
      expect(errors.map((e) => e.path)).toContain(field);
    }
    if (write.longText) {
      const [field, limit] = write.longText;
      expect((await refused({ ...write.valid(), [field]: 'x'.repeat(limit + 1) })).errors).toEqual([
        { path: field, message: `Must be ${limit} characters or fewer` },
      ]);
    }
    if (write.date) {
      for (const date of ['yesterday', '2017-13-01T10:00:00Z', '2017-02-30T10:00:00Z', '2017-02-03', '2017-02-03T25:00:00Z', '']) {
        expect((await refused({ ...write.valid(), [write.date]: date })).errors?.map((e) => e.path)).toEqual([write.date]);
      }
    }
    const malformed = await write
      .who()
      .agent[write.method.toLowerCase() as 'post'](write.path())
      .set('X-CSRF-Token', write.who().csrfToken)
      .set('Content-Type', 'application/json')
      .send('{"text": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.detail).toMatch(/not valid JSON/);

    expect(await snapshot()).toEqual(before);
  });

  it('answers 404 for ids that do not exist, on every route that takes one, and changes nothing', async () => {
    const before = await snapshot();
    const missing: Array<[SignedIn | null, Method, string, unknown?]> = [
      [null, 'GET', '/api/panels/no-such-panel'],
      [null, 'GET', '/api/panels/no-such-panel/deadlines'],
      [null, 'GET', '/api/panels/no-such-panel/meetings'],
      [null, 'GET', '/api/panels/no-such-panel/recommendations'],
      [null, 'GET', '/api/panels/no-such-panel/recommendations.csv'],
      [null, 'GET', '/api/panels/no-such-panel/letters'],
      [null, 'GET', '/api/meetings/no-such-meeting'],
      [null, 'GET', '/api/recommendations/no-such-recommendation'],
      [null, 'GET', '/api/letters/no-such-letter'],
      [null, 'GET', `/api/recommendations/${encodeURIComponent(SQL)}`],
      [team.CLERK, 'POST', '/api/panels/no-such-panel/meetings', { title: 'x', startsAt: '2030-01-01T10:00:00Z' }],
      [team.CLERK, 'PATCH', '/api/meetings/no-such-meeting', { title: 'x', version: 1 }],
      [team.CLERK, 'POST', '/api/meetings/no-such-meeting/agenda-items', { number: '1', title: 'x' }],
      [team.CLERK, 'PUT', '/api/meetings/no-such-meeting/minutes', { items: [{ number: '1', text: 'x' }] }],
      [team.CLERK, 'POST', '/api/meetings/no-such-meeting/minutes/transitions', { to: 'APPROVED', version: 1 }],
      [team.CLERK, 'POST', `/api/meetings/${meeting.id}/minutes/transitions`, { to: 'APPROVED', version: 1 }],
      [team.CLERK, 'POST', '/api/panels/no-such-panel/recommendations', { meetingId: meeting.id, text: 'x', citedVersionId: record.publishedPlanVersionId }],
      [team.CLERK, 'POST', '/api/recommendations/no-such-recommendation/close', { reason: 'x', version: 1 }],
      [team.OPCC_OFFICER, 'POST', '/api/recommendations/no-such-recommendation/responses', { outcome: 'NOTED', text: 'x' }],
      [team.OPCC_OFFICER, 'PATCH', '/api/responses/no-such-response', { text: 'x', version: 1 }],
      [team.OPCC_OFFICER, 'POST', '/api/responses/no-such-response/transitions', { to: 'IN_REVIEW', version: 1 }],
      [team.OPCC_OFFICER, 'GET', '/api/panels/no-such-panel/responses'],
      [
        team.OPCC_APPROVER,
        'POST',
        '/api/panels/no-such-panel/letters',
        { reference: 'R', date: '2030-01-01T10:00:00Z', addressee: 'a', subject: 's', signatory: 'p', responseIds: [draft.id] },
      ],
      [team.OPCC_APPROVER, 'POST', '/api/letters/no-such-letter/publish', { version: 1 }],
    ];
    for (const [who, method, path, body] of missing) {
      const response = await call(t, who, method, path, body);
      expect([method, path, response.status, response.body.status]).toEqual([method, path, 404, 404]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('stores SQL and HTML as the text they are, and returns them unchanged as JSON strings', async () => {
    const text = `${SQL} ${SCRIPT} "quotes" \\ backslash ünïcödé – £1.2m`;
    const created = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, text, theme: SCRIPT, citedVersionId: record.publishedPlanVersionId });
    expect(created).toMatchObject({ text, theme: SCRIPT });
    const raw = await call(t, null, 'GET', `/api/recommendations/${created.id}`);
    expect(raw.headers['content-type']).toMatch(/^application\/json/);
    expect(raw.body.text).toBe(text);
    expect(raw.text).toContain(JSON.stringify(SCRIPT));
    expect((await prisma.recommendation.findUniqueOrThrow({ where: { id: created.id } })).text).toBe(text);

    const response = await draftResponse(t, team.OPCC_OFFICER, created.id, { text: SCRIPT });
    expect(response.text).toBe(SCRIPT);
    const meetingWithScript = await createMeeting(t, team.CLERK, { title: SQL, location: SCRIPT });
    expect(meetingWithScript).toMatchObject({ title: SQL, location: SCRIPT });

    // As search words and filters too: text, not SQL.
    const found = expectStatus<Recommendation[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations?q=${encodeURIComponent(SQL)}`), 200);
    expect(found.map((r) => r.id)).toContain(created.id);
    expectStatus(
      await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations?theme=${encodeURIComponent(SCRIPT)}&provisionKey=${encodeURIComponent(SQL)}`),
      200,
    );
    const csv = parseCsv((await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations.csv?meetingId=${meeting.id}`)).text.slice(1));
    expect(csv.find((row) => row[11] === created.id)?.[1]).toBe(text);

    // And the table is still there.
    expect(await prisma.recommendation.count()).toBeGreaterThan(14);
  });

  it('refuses unknown and malformed query parameters', async () => {
    const unknown = expectStatus<ProblemDetails>(await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations?stauts=OVERDUE`), 400);
    expect(unknown.errors).toEqual([{ path: 'stauts', message: 'Unknown field "stauts"' }]);
    for (const query of ['status=LATE', 'outcome=MAYBE', 'limit=0', 'limit=501', 'limit=ten', 'offset=-1', `q=${'x'.repeat(501)}`]) {
      const [field] = query.split('=');
      expect([
        query,
        expectStatus<ProblemDetails>(await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations?${query}`), 400).errors?.map((e) => e.path),
      ]).toEqual([query, [field]]);
    }
  });
});
