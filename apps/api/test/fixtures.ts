// Helpers for the medium tests of panels, meetings, recommendations, responses and letters: they
// build what a test needs through the API, as the people who would build it.
import type { MeetingDetail, Recommendation, Response } from '@psp/contracts';
import type { Response as HttpResponse } from 'supertest';
import { createPrismaClient, type PrismaClient } from '@psp/db';
import { createTestApp, type DemoRole, type SignedIn, type TestApp } from './harness';

export const PANEL = 'leicestershire';
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request as `who` (null: the public), with the CSRF header on writes. */
export function call(t: TestApp, who: SignedIn | null, method: Method, path: string, body?: unknown): Promise<HttpResponse> {
  const agent = who ? who.agent : t.anonymous();
  const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  let request = agent[verb](path);
  if (who && method !== 'GET') request = request.set('X-CSRF-Token', who.csrfToken);
  return body === undefined ? request : request.send(body as object);
}

/** Asserts the status, showing the body when it differs, and returns the body. */
export function expectStatus<T = unknown>(response: HttpResponse, status: number): T {
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body).slice(0, 2000)}`);
  }
  return response.body as T;
}

export type Team = Record<DemoRole, SignedIn>;

export async function signInTeam(t: TestApp): Promise<Team> {
  const roles: DemoRole[] = ['CLERK', 'PANEL_MEMBER', 'OPCC_OFFICER', 'OPCC_APPROVER', 'ADMIN'];
  const sessions = await Promise.all(roles.map((role) => t.signIn(role)));
  return Object.fromEntries(roles.map((role, i) => [role, sessions[i]])) as Team;
}

/** The parts of the Leicestershire record the tests build on, found by what they are. */
export interface Record_ {
  panelId: string;
  draftPlanVersionId: string;
  publishedPlanVersionId: string;
  februaryMeetingId: string;
  seededRecommendationId: string;
  seededLetterId: string;
}

export async function findRecord(prisma: PrismaClient): Promise<Record_> {
  const panel = await prisma.panel.findUniqueOrThrow({ where: { slug: PANEL } });
  const plan = await prisma.document.findFirstOrThrow({ where: { panelId: panel.id, kind: 'PLAN' }, include: { versions: { orderBy: { sequence: 'asc' } } } });
  const february = await prisma.meeting.findFirstOrThrow({
    where: { panelId: panel.id, startsAt: { gte: new Date('2017-02-03'), lt: new Date('2017-02-04') } },
  });
  const recommendation = await prisma.recommendation.findFirstOrThrow({ where: { panelId: panel.id }, orderBy: { number: 'asc' } });
  const letter = await prisma.responseLetter.findFirstOrThrow({ where: { panelId: panel.id, status: 'PUBLISHED' } });
  const [draft, published] = plan.versions;
  if (!draft || !published) throw new Error('the seed should hold the draft and the published plan');
  return {
    panelId: panel.id,
    draftPlanVersionId: draft.id,
    publishedPlanVersionId: published.id,
    februaryMeetingId: february.id,
    seededRecommendationId: recommendation.id,
    seededLetterId: letter.id,
  };
}

export function openDatabase(t: TestApp): PrismaClient {
  return createPrismaClient(t.databaseUrl, { max: 2 });
}

let counter = 0;
/** A word no document of the record contains, to find exactly what a test wrote. */
export function uniqueWord(prefix = 'zq'): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}x${Math.random().toString(36).slice(2, 7)}`.replace(/[^a-z0-9]/g, '');
}

export async function createMeeting(t: TestApp, clerk: SignedIn, overrides: Record<string, unknown> = {}): Promise<MeetingDetail> {
  return expectStatus(
    await call(t, clerk, 'POST', `/api/panels/${PANEL}/meetings`, {
      title: `Panel meeting ${uniqueWord()}`,
      startsAt: '2030-06-01T13:00:00Z',
      location: 'County Hall',
      ...overrides,
    }),
    201,
  );
}

export async function createRecommendation(t: TestApp, clerk: SignedIn, body: Record<string, unknown>): Promise<Recommendation> {
  return expectStatus(await call(t, clerk, 'POST', `/api/panels/${PANEL}/recommendations`, { text: `The Panel recommends ${uniqueWord()}.`, ...body }), 201);
}

export async function draftResponse(t: TestApp, officer: SignedIn, recommendationId: string, body: Record<string, unknown> = {}): Promise<Response> {
  return expectStatus(
    await call(t, officer, 'POST', `/api/recommendations/${recommendationId}/responses`, {
      outcome: 'ACCEPTED',
      text: `The Commissioner accepts ${uniqueWord()}.`,
      ...body,
    }),
    201,
  );
}

export async function moveResponse(t: TestApp, who: SignedIn, response: { id: string; version: number }, to: string): Promise<Response> {
  return expectStatus(await call(t, who, 'POST', `/api/responses/${response.id}/transitions`, { to, version: response.version }), 200);
}

/** Takes a draft through review and approval, and publication when asked. */
export async function advanceResponse(
  t: TestApp,
  team: Team,
  draft: { id: string; version: number },
  until: 'IN_REVIEW' | 'APPROVED' | 'PUBLISHED',
): Promise<Response> {
  let response = await moveResponse(t, team.OPCC_OFFICER, draft, 'IN_REVIEW');
  if (until === 'IN_REVIEW') return response;
  response = await moveResponse(t, team.OPCC_APPROVER, response, 'APPROVED');
  if (until === 'APPROVED') return response;
  return moveResponse(t, team.OPCC_APPROVER, response, 'PUBLISHED');
}

export { parseCsv } from './csv-reader';

export interface SeededApp {
  t: TestApp;
  prisma: PrismaClient;
  team: Team;
  record: Record_;
}

/** The seeded app, a database client, every demo role signed in, and the seeded record's ids. */
export async function openSeededApp(): Promise<SeededApp> {
  const t = await createTestApp();
  const prisma = openDatabase(t);
  return { t, prisma, team: await signInTeam(t), record: await findRecord(prisma) };
}

export async function closeSeededApp(app: Pick<SeededApp, 't' | 'prisma'>): Promise<void> {
  await app.prisma.$disconnect();
  await app.t.close();
}

/**
 * Opens the seeded app before the enclosing block's tests and closes it after them; `receive`
 * hands its parts to the block's variables: `useSeededApp((app) => ({ t, prisma, team, record } = app))`.
 */
export function useSeededApp(receive: (app: SeededApp) => void): void {
  let app: SeededApp | undefined;
  beforeAll(async () => {
    app = await openSeededApp();
    receive(app);
  });
  afterAll(() => (app ? closeSeededApp(app) : undefined));
}
