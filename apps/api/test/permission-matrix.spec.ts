// Every route of the API, called as every role and as the public, with the status each must get.
// Writes are made for real (with the CSRF header), each case on data built for it alone, so no
// case depends on another. A last check compares the rows' routes with the OpenAPI document, so
// a route added without a row here fails the build.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Response as HttpResponse } from 'supertest';
import type { ResponseLetter, ResponseStatus } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import { createTestApp, type DemoRole, type SignedIn, type TestApp } from './harness';
import {
  advanceResponse,
  call,
  createMeeting,
  createRecommendation,
  draftResponse,
  expectStatus,
  findRecord,
  openDatabase,
  PANEL,
  signInTeam,
  uniqueWord,
  type Method,
  type Record_,
  type Team,
} from './fixtures';

type MatrixCaller = 'anonymous' | DemoRole;
const CALLERS: MatrixCaller[] = ['anonymous', 'PANEL_MEMBER', 'CLERK', 'OPCC_OFFICER', 'OPCC_APPROVER', 'ADMIN'];
type Expected = Record<MatrixCaller, number>;

const everyone = (status: number): Expected => ({
  anonymous: status,
  PANEL_MEMBER: status,
  CLERK: status,
  OPCC_OFFICER: status,
  OPCC_APPROVER: status,
  ADMIN: status,
});
const signedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });
/** Only `roles` get `status`; other signed-in callers 403, the public 401. */
const only = (roles: DemoRole[], status: number): Expected => ({
  ...signedIn(403),
  ...Object.fromEntries(roles.map((role) => [role, status])),
});
/** Unpublished material: the OPCC sees it, everyone else is told it does not exist. */
const opccOnlySees = (): Expected => ({ ...everyone(404), OPCC_OFFICER: 200, OPCC_APPROVER: 200 });

interface Context {
  t: TestApp;
  team: Team;
  record: Record_;
}
interface Case {
  path: string;
  body?: unknown;
}
interface Row {
  method: Method;
  /** What the row is about, for failure messages. */
  name: string;
  /** Builds what the case needs, fresh for every caller. */
  arrange: (ctx: Context) => Promise<Case>;
  expected: Expected;
  /** The call ends or replaces the caller's session, so it gets a session of its own. */
  ownSession?: boolean;
  /** The call ends every session of the caller's account: the shared sessions are renewed after it. */
  endsAllSessions?: boolean;
}

const fixed = (p: string, body?: unknown) => async (): Promise<Case> => ({ path: p, body });
const freshMeeting = (ctx: Context) => createMeeting(ctx.t, ctx.team.CLERK);
const freshRecommendation = async (ctx: Context) =>
  createRecommendation(ctx.t, ctx.team.CLERK, { meetingId: (await freshMeeting(ctx)).id, citedVersionId: ctx.record.publishedPlanVersionId });
const freshResponse = async (ctx: Context, until: ResponseStatus) => {
  const draft = await draftResponse(ctx.t, ctx.team.OPCC_OFFICER, (await freshRecommendation(ctx)).id);
  return until === 'DRAFT' ? draft : advanceResponse(ctx.t, ctx.team, draft, until);
};
const letterBody = (responseIds: string[]) => ({
  reference: `OPCC/${uniqueWord()}`,
  date: '2030-07-01T12:00:00Z',
  addressee: 'Chair',
  subject: 'Responses',
  signatory: 'Commissioner',
  responseIds,
});
const freshLetter = async (ctx: Context, until: 'DRAFT' | 'APPROVED') => {
  const response = await freshResponse(ctx, until);
  return expectStatus<ResponseLetter>(await call(ctx.t, ctx.team.OPCC_APPROVER, 'POST', `/api/panels/${PANEL}/letters`, letterBody([response.id])), 201);
};

const ROWS: Row[] = [
  // ── platform ──
  { method: 'GET', name: 'health', arrange: fixed('/api/health'), expected: everyone(200) },
  { method: 'GET', name: 'OpenAPI document', arrange: fixed('/api/openapi.json'), expected: everyone(200) },
  {
    method: 'POST',
    name: 'sign in',
    arrange: fixed('/api/auth/login', { email: 'member@demo.test', password: 'demo-password' }),
    expected: everyone(200),
    ownSession: true,
  },
  { method: 'GET', name: 'who am I', arrange: fixed('/api/auth/me'), expected: signedIn(200) },
  { method: 'POST', name: 'sign out', arrange: fixed('/api/auth/logout'), expected: signedIn(204), ownSession: true },
  {
    method: 'POST',
    name: 'sign out everywhere',
    arrange: fixed('/api/auth/logout-everywhere'),
    expected: signedIn(204),
    ownSession: true,
    endsAllSessions: true,
  },

  // ── panels ──
  { method: 'GET', name: 'panels', arrange: fixed('/api/panels'), expected: everyone(200) },
  { method: 'GET', name: 'panel summary', arrange: fixed(`/api/panels/${PANEL}`), expected: everyone(200) },
  { method: 'GET', name: 'precept timetable', arrange: fixed(`/api/panels/${PANEL}/deadlines?year=2017`), expected: everyone(200) },

  // ── meetings and minutes ──
  { method: 'GET', name: 'meetings', arrange: fixed(`/api/panels/${PANEL}/meetings`), expected: everyone(200) },
  {
    method: 'POST',
    name: 'schedule a meeting',
    arrange: fixed(`/api/panels/${PANEL}/meetings`, { title: 'Matrix meeting', startsAt: '2030-01-01T10:00:00Z' }),
    expected: only(['CLERK'], 201),
  },
  { method: 'GET', name: 'a meeting', arrange: async ({ record }) => ({ path: `/api/meetings/${record.februaryMeetingId}` }), expected: everyone(200) },
  {
    method: 'PATCH',
    name: 'edit a meeting',
    arrange: async (ctx) => ({ path: `/api/meetings/${(await freshMeeting(ctx)).id}`, body: { status: 'HELD', version: 1 } }),
    expected: only(['CLERK'], 200),
  },
  {
    method: 'POST',
    name: 'add an agenda item',
    arrange: async (ctx) => ({ path: `/api/meetings/${(await freshMeeting(ctx)).id}/agenda-items`, body: { number: '1', title: 'Apologies' } }),
    expected: only(['CLERK'], 201),
  },
  {
    method: 'PATCH',
    name: 'correct an agenda item',
    arrange: async (ctx) => {
      const meeting = await freshMeeting(ctx);
      const item = expectStatus<{ id: string }>(
        await call(ctx.t, ctx.team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { number: '1', title: 'A' }),
        201,
      );
      return { path: `/api/meetings/${meeting.id}/agenda-items/${item.id}`, body: { title: 'Apologies', version: 1 } };
    },
    expected: only(['CLERK'], 200),
  },
  {
    method: 'POST',
    name: 'remove an agenda item',
    arrange: async (ctx) => {
      const meeting = await freshMeeting(ctx);
      const item = expectStatus<{ id: string }>(
        await call(ctx.t, ctx.team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { number: '1', title: 'A' }),
        201,
      );
      return { path: `/api/meetings/${meeting.id}/agenda-items/${item.id}/remove`, body: { version: 1 } };
    },
    expected: only(['CLERK'], 200),
  },
  {
    method: 'PUT',
    name: 'reorder the agenda',
    arrange: async (ctx) => {
      const meeting = await freshMeeting(ctx);
      const item = expectStatus<{ id: string }>(
        await call(ctx.t, ctx.team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { number: '1', title: 'A' }),
        201,
      );
      return { path: `/api/meetings/${meeting.id}/agenda-order`, body: { itemIds: [item.id], version: 1 } };
    },
    expected: only(['CLERK'], 200),
  },
  {
    method: 'PUT',
    name: 'draft minutes',
    arrange: async (ctx) => ({
      path: `/api/meetings/${(await freshMeeting(ctx)).id}/minutes`,
      body: { items: [{ number: '1', text: 'Apologies were received.' }] },
    }),
    expected: only(['CLERK'], 200),
  },
  {
    method: 'POST',
    name: 'approve minutes',
    arrange: async (ctx) => {
      const meeting = await freshMeeting(ctx);
      expectStatus(await call(ctx.t, ctx.team.CLERK, 'PUT', `/api/meetings/${meeting.id}/minutes`, { items: [{ number: '1', text: 'Apologies.' }] }), 200);
      return { path: `/api/meetings/${meeting.id}/minutes/transitions`, body: { to: 'APPROVED', version: 1 } };
    },
    expected: only(['CLERK'], 200),
  },

  // ── recommendations ──
  { method: 'GET', name: 'the tracker', arrange: fixed(`/api/panels/${PANEL}/recommendations?status=RESPONDED`), expected: everyone(200) },
  { method: 'GET', name: 'the tracker as CSV', arrange: fixed(`/api/panels/${PANEL}/recommendations.csv`), expected: everyone(200) },
  {
    method: 'POST',
    name: 'record a recommendation',
    arrange: async ({ record }) => ({
      path: `/api/panels/${PANEL}/recommendations`,
      body: { meetingId: record.februaryMeetingId, text: 'Matrix recommendation', citedVersionId: record.draftPlanVersionId, citation: 'point 24' },
    }),
    expected: only(['CLERK'], 201),
  },
  {
    method: 'GET',
    name: 'a recommendation',
    arrange: async ({ record }) => ({ path: `/api/recommendations/${record.seededRecommendationId}` }),
    expected: everyone(200),
  },
  {
    method: 'POST',
    name: 'close a recommendation',
    arrange: async (ctx) => ({ path: `/api/recommendations/${(await freshRecommendation(ctx)).id}/close`, body: { reason: 'Done', version: 1 } }),
    expected: only(['CLERK'], 200),
  },
  {
    method: 'PATCH',
    name: 'correct a recommendation',
    arrange: async (ctx) => ({ path: `/api/recommendations/${(await freshRecommendation(ctx)).id}`, body: { text: 'Corrected.', version: 1 } }),
    expected: only(['CLERK'], 200),
  },
  {
    method: 'POST',
    name: 'withdraw a recommendation',
    arrange: async (ctx) => ({ path: `/api/recommendations/${(await freshRecommendation(ctx)).id}/withdraw`, body: { reason: 'Recorded twice', version: 1 } }),
    expected: only(['CLERK'], 200),
  },

  // ── responses ──
  {
    method: 'POST',
    name: 'draft a response',
    arrange: async (ctx) => ({ path: `/api/recommendations/${(await freshRecommendation(ctx)).id}/responses`, body: { outcome: 'NOTED', text: 'Noted.' } }),
    expected: only(['OPCC_OFFICER'], 201),
  },
  {
    method: 'PATCH',
    name: 'edit a draft response',
    arrange: async (ctx) => ({ path: `/api/responses/${(await freshResponse(ctx, 'DRAFT')).id}`, body: { text: 'Edited.', version: 1 } }),
    expected: only(['OPCC_OFFICER'], 200),
  },
  {
    method: 'POST',
    name: 'submit a draft response',
    arrange: async (ctx) => ({ path: `/api/responses/${(await freshResponse(ctx, 'DRAFT')).id}/transitions`, body: { to: 'IN_REVIEW', version: 1 } }),
    // The approver may see drafts but not submit them: 403, not 404.
    expected: only(['OPCC_OFFICER'], 200),
  },
  {
    method: 'POST',
    name: 'approve a response',
    arrange: async (ctx) => {
      const response = await freshResponse(ctx, 'IN_REVIEW');
      return { path: `/api/responses/${response.id}/transitions`, body: { to: 'APPROVED', version: response.version } };
    },
    expected: only(['OPCC_APPROVER'], 200),
  },
  {
    method: 'POST',
    name: 'publish a response',
    arrange: async (ctx) => {
      const response = await freshResponse(ctx, 'APPROVED');
      return { path: `/api/responses/${response.id}/transitions`, body: { to: 'PUBLISHED', version: response.version } };
    },
    expected: only(['OPCC_APPROVER'], 200),
  },
  {
    method: 'POST',
    name: 'move a published response back (illegal for everyone: 409 once past the role check)',
    arrange: async (ctx) => {
      const response = await freshResponse(ctx, 'PUBLISHED');
      return { path: `/api/responses/${response.id}/transitions`, body: { to: 'DRAFT', version: response.version } };
    },
    expected: only(['OPCC_OFFICER', 'OPCC_APPROVER'], 409),
  },
  { method: 'GET', name: 'the OPCC work queue', arrange: fixed(`/api/panels/${PANEL}/responses`), expected: only(['OPCC_OFFICER', 'OPCC_APPROVER'], 200) },

  // ── letters ──
  { method: 'GET', name: 'letters', arrange: fixed(`/api/panels/${PANEL}/letters`), expected: everyone(200) },
  { method: 'GET', name: 'a published letter', arrange: async ({ record }) => ({ path: `/api/letters/${record.seededLetterId}` }), expected: everyone(200) },
  {
    method: 'GET',
    name: 'a draft letter',
    arrange: async (ctx) => ({ path: `/api/letters/${(await freshLetter(ctx, 'DRAFT')).id}` }),
    expected: opccOnlySees(),
  },
  {
    method: 'POST',
    name: 'write a letter',
    arrange: async (ctx) => ({ path: `/api/panels/${PANEL}/letters`, body: letterBody([(await freshResponse(ctx, 'APPROVED')).id]) }),
    expected: only(['OPCC_APPROVER'], 201),
  },
  {
    method: 'POST',
    name: 'publish a letter',
    arrange: async (ctx) => ({ path: `/api/letters/${(await freshLetter(ctx, 'APPROVED')).id}/publish`, body: { version: 1 } }),
    // Officers see the draft letter but may not publish it: 403. Others are stopped at the role check.
    expected: only(['OPCC_APPROVER'], 200),
  },
  {
    method: 'PATCH',
    name: 'correct a draft letter',
    arrange: async (ctx) => ({ path: `/api/letters/${(await freshLetter(ctx, 'APPROVED')).id}`, body: { subject: 'Corrected subject', version: 1 } }),
    expected: only(['OPCC_APPROVER'], 200),
  },
  {
    method: 'POST',
    name: 'discard a draft letter',
    arrange: async (ctx) => ({ path: `/api/letters/${(await freshLetter(ctx, 'APPROVED')).id}/discard`, body: { version: 1 } }),
    expected: only(['OPCC_APPROVER'], 204),
  },
];

/** The other features' rows (documents, search, admin): fixed requests built once. */
interface SharedRow {
  method: Method;
  path: string;
  body?: Record<string, unknown>;
  expected: Expected;
}
async function loadSharedRows(t: TestApp): Promise<SharedRow[]> {
  const file = path.join(__dirname, 'permission-matrix.rows.documents.ts');
  if (!existsSync(file)) return [];
  // Loaded only when present: the documents feature is built alongside this one.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a static import would fail to compile while the file is absent
  const module = require(file) as { documentsPermissionRows?: (app: TestApp) => Promise<SharedRow[]> };
  return module.documentsPermissionRows ? module.documentsPermissionRows(t) : [];
}

describe('permission matrix: every route, every role', () => {
  let t: TestApp;
  let ctx: Context;
  let sessions: Record<MatrixCaller, SignedIn | null>;

  let prisma: PrismaClient;
  /** Every write leaves an audit event, so their count tells whether anything was written. */
  const prismaCount = () => prisma.auditEvent.count();

  beforeAll(async () => {
    t = await createTestApp();
    prisma = openDatabase(t);
    const record = await findRecord(prisma);
    const team = await signInTeam(t);
    ctx = { t, team, record };
    // The callers under test have sessions of their own, apart from those that arrange data.
    sessions = { anonymous: null, ...(await signInTeam(t)) };
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await t.close();
  });

  async function send(caller: MatrixCaller, method: Method, requestPath: string, body: unknown, ownSession: boolean): Promise<HttpResponse> {
    const who = caller === 'anonymous' ? null : ownSession ? await t.signIn(caller) : sessions[caller];
    return call(t, who, method, requestPath, body);
  }

  const describeMismatch = (caller: MatrixCaller, method: Method, requestPath: string, expected: number, response: HttpResponse) =>
    `${caller} ${method} ${requestPath}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;

  it.each(ROWS.map((row) => [`${row.method} ${row.name}`, row] as const))('%s', async (_name, row) => {
    const mismatches: string[] = [];
    for (const caller of CALLERS) {
      const { path: requestPath, body } = await row.arrange(ctx);
      const response = await send(caller, row.method, requestPath, body, !!row.ownSession);
      if (row.endsAllSessions && caller !== 'anonymous') {
        sessions[caller] = await t.signIn(caller);
        ctx.team[caller] = await t.signIn(caller);
      }
      if (response.status !== row.expected[caller]) mismatches.push(describeMismatch(caller, row.method, requestPath, row.expected[caller], response));
    }
    expect(mismatches).toEqual([]);
  });

  it.each(ROWS.filter((row) => row.method !== 'GET' && row.name !== 'sign in').map((row) => [`${row.method} ${row.name}`, row] as const))(
    '%s: refused without the CSRF header, even to the role allowed, changing nothing',
    async (_name, row) => {
      const allowed = CALLERS.find((caller) => caller !== 'anonymous' && row.expected[caller] !== 403) as DemoRole;
      const { path: requestPath, body } = await row.arrange(ctx);
      const who = await t.signIn(allowed);
      const auditBefore = await prismaCount();
      const verb = row.method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete';
      const response = await who.agent[verb](requestPath).send(body as object);
      expect([requestPath, response.status, response.body.detail]).toEqual([requestPath, 403, expect.stringContaining('X-CSRF-Token')]);
      expect(await prismaCount()).toBe(auditBefore);
    },
  );

  it("answers the documents, search and admin routes' rows", async () => {
    const rows = await loadSharedRows(t);
    const mismatches: string[] = [];
    for (const row of rows) {
      for (const caller of CALLERS) {
        const response = await send(caller, row.method, row.path, row.body, false);
        if (response.status !== row.expected[caller]) mismatches.push(describeMismatch(caller, row.method, row.path, row.expected[caller], response));
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('has a row for every route of the OpenAPI document', async () => {
    const document = expectStatus<{ paths: Record<string, Record<string, unknown>> }>(await t.anonymous().get('/api/openapi.json'), 200);
    const routes = Object.entries(document.paths).flatMap(([template, operations]) =>
      Object.keys(operations)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => ({
          route: `${method.toUpperCase()} ${template}`,
          method: method.toUpperCase(),
          pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
        })),
    );
    expect(routes.length).toBeGreaterThan(30);
    // The rows' own requests, arranged here, so this check stands alone whichever tests ran before it.
    const covered: Array<{ method: Method; path: string }> = [];
    for (const row of ROWS) covered.push({ method: row.method, path: (await row.arrange(ctx)).path });
    for (const row of await loadSharedRows(t)) covered.push({ method: row.method, path: row.path });
    const pathOf = (requestPath: string) => new URL(requestPath, 'http://portal.test').pathname;
    const uncovered = routes.filter((r) => !covered.some((c) => c.method === r.method && r.pattern.test(pathOf(c.path)))).map((r) => r.route);
    expect(uncovered).toEqual([]);
  });
});
