// An unpublished response (draft, in review or approved) is the OPCC's working paper: invisible to
// the public, panel members, the clerk and the admin on every route — detail, history, tracker,
// counts, CSV, letters and search — and visible to the OPCC officer and approver.
import {
  ResponseStatus,
  type PanelSummary,
  type Recommendation,
  type RecommendationDetail,
  type ResponseLetter,
  type ResponseQueueItem,
  type SearchResult,
} from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import type { SignedIn, TestApp } from './harness';
import { createTestApp } from './harness';
import {
  advanceResponse,
  call,
  parseCsv,
  createMeeting,
  createRecommendation,
  draftResponse,
  expectStatus,
  findRecord,
  openDatabase,
  PANEL,
  signInTeam,
  uniqueWord,
  type Team,
} from './fixtures';

/** Every status before publication. */
const STAGES = ResponseStatus.options.filter((status) => status !== 'PUBLISHED');
type Stage = (typeof STAGES)[number];

describe('visibility of unpublished responses', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  const cases: Array<{ stage: Stage; word: string; recommendationId: string; responseId: string }> = [];
  let countsBefore: Record<string, number>;
  let draftLetterId: string;
  let seededNine: { id: string; draftId: string; word: string };

  beforeAll(async () => {
    t = await createTestApp();
    prisma = openDatabase(t);
    team = await signInTeam(t);
    const record = await findRecord(prisma);
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2040-01-10T10:00:00Z' });
    const recommendations = [];
    for (const stage of STAGES) {
      recommendations.push({
        stage,
        recommendation: await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId }),
      });
    }
    countsBefore = expectStatus<PanelSummary>(await call(t, null, 'GET', `/api/panels/${PANEL}`), 200).counts;
    for (const { stage, recommendation } of recommendations) {
      const word = uniqueWord('secret');
      const draft = await draftResponse(t, team.OPCC_OFFICER, recommendation.id, { text: `Unpublished answer mentioning ${word}.`, outcome: 'NOT_ACCEPTED' });
      const response = stage === 'DRAFT' ? draft : await advanceResponse(t, team, draft, stage);
      cases.push({ stage, word, recommendationId: recommendation.id, responseId: response.id });
    }
    const approved = cases.find((c) => c.stage === 'APPROVED');
    draftLetterId = expectStatus<ResponseLetter>(
      await call(t, team.OPCC_APPROVER, 'POST', `/api/panels/${PANEL}/letters`, {
        reference: `OPCC/${uniqueWord()}`,
        date: '2040-02-01T12:00:00Z',
        addressee: 'Chair',
        subject: `Letter about ${approved?.word}`,
        signatory: 'Commissioner',
        responseIds: [approved?.responseId],
      }),
      201,
    ).id;
    // A draft second answer to seeded recommendation 9, whose published answer was NOT_ACCEPTED.
    const nine = await prisma.recommendation.findFirstOrThrow({ where: { panelId: record.panelId, number: 9 } });
    const nineWord = uniqueWord('secret');
    const nineDraft = await draftResponse(t, team.OPCC_OFFICER, nine.id, { outcome: 'ACCEPTED', text: `A change of mind: ${nineWord}.` });
    seededNine = { id: nine.id, draftId: nineDraft.id, word: nineWord };
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await t.close();
  });

  const outsiders = (): Array<[string, SignedIn | null]> => [
    ['the public', null],
    ['a panel member', team.PANEL_MEMBER],
    ['the clerk', team.CLERK],
    ['the admin', team.ADMIN],
  ];
  const insiders = (): Array<[string, SignedIn]> => [
    ['the OPCC officer', team.OPCC_OFFICER],
    ['the OPCC approver', team.OPCC_APPROVER],
  ];
  const secrets = () => [...cases.flatMap((c) => [c.word, c.responseId]), seededNine.word, seededNine.draftId, draftLetterId];
  const expectNoSecret = (body: unknown) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    for (const secret of secrets()) expect(text).not.toContain(secret);
  };

  it.each(['the public', 'a panel member', 'the clerk', 'the admin'])('hides them from %s on the recommendation, its history and the tracker', async (name) => {
    const who = outsiders().find(([n]) => n === name)?.[1] ?? null;
    for (const c of cases) {
      const detail = expectStatus<RecommendationDetail>(await call(t, who, 'GET', `/api/recommendations/${c.recommendationId}`), 200);
      expect(detail).toMatchObject({ status: 'AWAITING_RESPONSE', latestOutcome: null, responses: [] });
      expect(detail.history.map((h) => h.action)).toEqual(['recommendation.created']);
      expectNoSecret(detail);
    }
    const nine = expectStatus<RecommendationDetail>(await call(t, who, 'GET', `/api/recommendations/${seededNine.id}`), 200);
    expect(nine.latestOutcome).toBe('NOT_ACCEPTED');
    expect(nine.responses.map((r) => r.status)).toEqual(['PUBLISHED']);
    expect(nine.history.filter((h) => h.action.startsWith('response.')).map((h) => h.action)).toEqual(['response.published']);
    expectNoSecret(nine);

    const tracker = expectStatus<Recommendation[]>(await call(t, who, 'GET', `/api/panels/${PANEL}/recommendations`), 200);
    for (const c of cases) expect(tracker.find((r) => r.id === c.recommendationId)).toMatchObject({ status: 'AWAITING_RESPONSE', latestOutcome: null });
    expectNoSecret(tracker);
    for (const query of ['outcome=NOT_ACCEPTED', 'status=RESPONDED']) {
      const filtered = expectStatus<Recommendation[]>(await call(t, who, 'GET', `/api/panels/${PANEL}/recommendations?${query}`), 200).map((r) => r.id);
      for (const c of cases) expect(filtered).not.toContain(c.recommendationId);
    }
    const accepted = expectStatus<Recommendation[]>(await call(t, who, 'GET', `/api/panels/${PANEL}/recommendations?outcome=ACCEPTED`), 200).map((r) => r.id);
    expect(accepted).not.toContain(seededNine.id);
  });

  it.each(['the public', 'a panel member', 'the clerk', 'the admin'])('hides them from %s in counts, CSV, letters and search', async (name) => {
    const who = outsiders().find(([n]) => n === name)?.[1] ?? null;
    expect(expectStatus<PanelSummary>(await call(t, who, 'GET', `/api/panels/${PANEL}`), 200).counts).toEqual(countsBefore);

    const csv = await call(t, who, 'GET', `/api/panels/${PANEL}/recommendations.csv`);
    expect(csv.status).toBe(200);
    expectNoSecret(csv.text);
    const rows = parseCsv(csv.text.slice(1));
    for (const c of cases) {
      const row = rows.find((r) => r[11] === c.recommendationId);
      expect([row?.[2], row?.[7]]).toEqual(['AWAITING_RESPONSE', '']);
    }

    expectStatus(await call(t, who, 'GET', `/api/letters/${draftLetterId}`), 404);
    expectNoSecret(expectStatus(await call(t, who, 'GET', `/api/panels/${PANEL}/letters`), 200));

    for (const secret of [...cases.map((c) => c.word), seededNine.word]) {
      const search = expectStatus<SearchResult>(await call(t, who, 'GET', `/api/search?q=${secret}`), 200);
      expect(search.hits).toEqual([]);
    }
    // The work queue is the OPCC's.
    expectStatus(await call(t, who, 'GET', `/api/panels/${PANEL}/responses`), who ? 403 : 401);
  });

  it('lets the public and other roles neither edit nor move them, without saying they exist', async () => {
    for (const [, who] of outsiders()) {
      for (const c of cases) {
        const edit = await call(t, who, 'PATCH', `/api/responses/${c.responseId}`, { text: 'Hijacked', version: 1 });
        const move = await call(t, who, 'POST', `/api/responses/${c.responseId}/transitions`, { to: 'PUBLISHED', version: 1 });
        expect([edit.status, move.status]).toEqual(who ? [403, 403] : [401, 401]);
        expectNoSecret(edit.body);
      }
    }
    // Answers about an id that does not exist and one that is unpublished are the same.
    const unknown = await call(t, team.OPCC_OFFICER, 'PATCH', '/api/responses/no-such-response', { text: 'x', version: 1 });
    expect(unknown.status).toBe(404);
    const stored = await prisma.response.findMany({ where: { id: { in: cases.map((c) => c.responseId) } } });
    expect(stored).toHaveLength(cases.length);
    expect(stored.every((r) => !r.text.includes('Hijacked'))).toBe(true);
  });

  it('leaves out citations of versions the caller may not see, even in a published response', async () => {
    const record = await findRecord(prisma);
    // The OPCC answers citing its amended plan before publishing it: a DRAFT version.
    const published = await prisma.documentVersion.findUniqueOrThrow({
      where: { id: record.publishedPlanVersionId },
      include: { provisions: { where: { number: '32' } } },
    });
    const paragraph = published.provisions[0];
    if (!paragraph) throw new Error('the published plan should have a paragraph 32');
    const amended = await prisma.documentVersion.create({
      data: {
        documentId: published.documentId,
        sequence: 50,
        label: 'Amended draft',
        status: 'DRAFT',
        provisions: { create: { provisionKey: paragraph.provisionKey, number: '33', text: paragraph.text, kind: 'PARAGRAPH', depth: 0, position: 0 } },
      },
    });
    const meeting = await createMeeting(t, team.CLERK);
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    // The clerk may not cite the OPCC's draft.
    expectStatus(
      await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/recommendations`, {
        meetingId: meeting.id,
        text: 'x',
        citedVersionId: amended.id,
        citation: 'para 33',
      }),
      400,
    );
    const draft = await draftResponse(t, team.OPCC_OFFICER, recommendation.id, { citedVersionId: amended.id, citation: 'para 33' });
    expect(draft.provisions).toEqual([
      { provisionKey: paragraph.provisionKey, number: '33', versionId: amended.id, cited: 'para 33', source: 'LINKED_BY_STAFF' },
    ]);
    const response = await advanceResponse(t, team, draft, 'PUBLISHED');

    // Plan drafts are seen by the OPCC and by the admin, who may import plans on its behalf.
    for (const [, who] of outsiders().filter(([name]) => name !== 'the admin')) {
      const seen = expectStatus<RecommendationDetail>(await call(t, who, 'GET', `/api/recommendations/${recommendation.id}`), 200);
      expect(seen.responses).toEqual([expect.objectContaining({ id: response.id, provisions: [] })]);
      expect(JSON.stringify(seen)).not.toContain(amended.id);
    }
    for (const who of [team.OPCC_APPROVER, team.ADMIN]) {
      const seen = expectStatus<RecommendationDetail>(await call(t, who, 'GET', `/api/recommendations/${recommendation.id}`), 200);
      expect(seen.responses[0]?.provisions).toEqual([
        { provisionKey: paragraph.provisionKey, number: '33', versionId: amended.id, cited: 'para 33', source: 'LINKED_BY_STAFF' },
      ]);
    }
  });

  it.each(['the OPCC officer', 'the OPCC approver'])('shows them to %s, everywhere the OPCC works', async (name) => {
    const who = insiders().find(([n]) => n === name)?.[1];
    if (!who) throw new Error(`no insider called ${name}`);
    for (const c of cases) {
      const detail = expectStatus<RecommendationDetail>(await call(t, who, 'GET', `/api/recommendations/${c.recommendationId}`), 200);
      // Still not an answer to the panel: status and outcome follow published responses only.
      expect(detail).toMatchObject({ status: 'AWAITING_RESPONSE', latestOutcome: null });
      expect(detail.responses).toEqual([expect.objectContaining({ id: c.responseId, status: c.stage, text: expect.stringContaining(c.word) })]);
      expect(detail.history.map((h) => h.action)).toContain('response.created');
    }
    const queue = expectStatus(await call(t, who, 'GET', `/api/panels/${PANEL}/responses`), 200);
    for (const c of cases)
      expect(queue).toContainEqual({
        recommendation: expect.objectContaining({ id: c.recommendationId }),
        response: expect.objectContaining({ id: c.responseId, status: c.stage }),
      });
    const inReview = expectStatus<ResponseQueueItem[]>(await call(t, who, 'GET', `/api/panels/${PANEL}/responses?status=IN_REVIEW`), 200);
    expect(inReview.length).toBeGreaterThan(0);
    expect(inReview.every((item) => item.response.status === 'IN_REVIEW')).toBe(true);
    expect(expectStatus<ResponseLetter>(await call(t, who, 'GET', `/api/letters/${draftLetterId}`), 200).status).toBe('DRAFT');

    const search = expectStatus<SearchResult>(await call(t, who, 'GET', `/api/search?q=${cases[0]?.word}`), 200);
    expect(search.hits).toContainEqual(expect.objectContaining({ kind: 'response', id: cases[0]?.responseId }));
  });
});
