// Response letters: the OPCC bundles responses into a letter; publishing the letter publishes them.
import type { ProblemDetails, RecommendationDetail, ResponseLetter, ResponseStatus } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import type { TestApp } from './harness';
import {
  advanceResponse,
  call,
  createMeeting,
  createRecommendation,
  draftResponse,
  expectStatus,
  PANEL,
  uniqueWord,
  type Record_,
  type Team,
  useSeededApp,
} from './fixtures';

describe('response letters', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;

  useSeededApp((app) => ({ t, prisma, team, record } = app));

  const letterBody = (responseIds: string[]) => ({
    reference: `OPCC/${uniqueWord()}`,
    date: '2030-07-01T12:00:00Z',
    addressee: 'Chair, Police and Crime Panel',
    salutation: 'Dear Chair',
    subject: 'Response to the Panel’s recommendations',
    signatory: 'Police and Crime Commissioner',
    responseIds,
  });

  /** A recommendation with a response taken to `until`. */
  async function answered(until: ResponseStatus) {
    const meeting = await createMeeting(t, team.CLERK);
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    const draft = await draftResponse(t, team.OPCC_OFFICER, recommendation.id);
    const response = until === 'DRAFT' ? draft : await advanceResponse(t, team, draft, until);
    return { recommendation, response };
  }

  it('serves the seeded letter OPCC/2/D/2017/1 with its fourteen answers in order', async () => {
    const letters = expectStatus<ResponseLetter[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/letters`), 200);
    expect(letters.map((l) => l.reference)).toEqual(['OPCC/2/D/2017/1']);
    const letter = expectStatus<ResponseLetter>(await call(t, null, 'GET', `/api/letters/${record.seededLetterId}`), 200);
    expect(letter).toMatchObject({ reference: 'OPCC/2/D/2017/1', status: 'PUBLISHED', date: '2017-03-02T12:00:00.000Z' });
    expect(letter.items.map((i) => i.recommendation.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(letter.items.length).toBeGreaterThan(0);
    expect(letter.items.every((i) => i.response.status === 'PUBLISHED' && i.response.letterId === letter.id)).toBe(true);
  });

  it('keeps a draft letter to the OPCC, and publishes its approved responses with it', async () => {
    const first = await answered('APPROVED');
    const second = await answered('PUBLISHED');
    const created = expectStatus<ResponseLetter>(
      await call(t, team.OPCC_APPROVER, 'POST', `/api/panels/${PANEL}/letters`, letterBody([first.response.id, second.response.id])),
      201,
    );
    expect(created).toMatchObject({ status: 'DRAFT', version: 1, publishedAt: null, salutation: 'Dear Chair', opening: null });
    expect(created.items.map((i) => i.response.id).sort()).toEqual([first.response.id, second.response.id].sort());

    for (const who of [null, team.PANEL_MEMBER, team.CLERK, team.ADMIN]) {
      expectStatus(await call(t, who, 'GET', `/api/letters/${created.id}`), 404);
      const listed = expectStatus<ResponseLetter[]>(await call(t, who, 'GET', `/api/panels/${PANEL}/letters`), 200);
      expect(listed.map((l) => l.id)).not.toContain(created.id);
    }
    expect(expectStatus<ResponseLetter>(await call(t, team.OPCC_OFFICER, 'GET', `/api/letters/${created.id}`), 200).id).toBe(created.id);

    expectStatus(await call(t, team.OPCC_APPROVER, 'POST', `/api/letters/${created.id}/publish`, { version: 9 }), 409);
    const published = expectStatus<ResponseLetter>(await call(t, team.OPCC_APPROVER, 'POST', `/api/letters/${created.id}/publish`, { version: 1 }), 200);
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 2 });
    const publicView = expectStatus<ResponseLetter>(await call(t, null, 'GET', `/api/letters/${created.id}`), 200);
    const firstItem = publicView.items.find((i) => i.response.id === first.response.id);
    expect(firstItem?.response).toMatchObject({ status: 'PUBLISHED', publishedAt: published.publishedAt });
    expect(firstItem?.recommendation).toMatchObject({ status: 'RESPONDED', latestOutcome: 'ACCEPTED' });

    // The response's own history tells of its publication, as when published alone.
    const history = expectStatus<RecommendationDetail>(await call(t, null, 'GET', `/api/recommendations/${first.recommendation.id}`), 200).history;
    expect(history.map((h) => h.action)).toEqual(['recommendation.created', 'response.published']);
    expectStatus(await call(t, team.OPCC_APPROVER, 'POST', `/api/letters/${created.id}/publish`, { version: 2 }), 409);
  });

  it('will not publish a letter while one of its responses is still a draft or under review', async () => {
    const approved = await answered('APPROVED');
    const inReview = await answered('IN_REVIEW');
    const letter = expectStatus<ResponseLetter>(
      await call(t, team.OPCC_APPROVER, 'POST', `/api/panels/${PANEL}/letters`, letterBody([approved.response.id, inReview.response.id])),
      201,
    );
    const refused = expectStatus<ProblemDetails>(await call(t, team.OPCC_APPROVER, 'POST', `/api/letters/${letter.id}/publish`, { version: 1 }), 409);
    expect(refused).toMatchObject({ type: '/problems/responses-not-approved' });
    expect(refused.detail).toContain(String(inReview.recommendation.number));
    expect((await prisma.response.findUniqueOrThrow({ where: { id: approved.response.id } })).status).toBe('APPROVED');
    expect((await prisma.responseLetter.findUniqueOrThrow({ where: { id: letter.id } })).status).toBe('DRAFT');
  });

  it('checks the responses a letter is made of', async () => {
    const answer = await answered('APPROVED');
    const before = await prisma.responseLetter.count();
    const errors = async (responseIds: string[]) =>
      expectStatus<ProblemDetails>(await call(t, team.OPCC_APPROVER, 'POST', `/api/panels/${PANEL}/letters`, letterBody(responseIds)), 400).errors;
    expect(await errors([answer.response.id, 'no-such-response'])).toEqual([{ path: 'responseIds.1', message: 'No such response in this panel' }]);
    // A seeded response already went out in OPCC/2/D/2017/1.
    const sent = await prisma.response.findFirstOrThrow({ where: { letterId: record.seededLetterId } });
    expect(await errors([sent.id])).toEqual([{ path: 'responseIds.0', message: 'This response is already in a letter' }]);
    expect(await prisma.responseLetter.count()).toBe(before);

    const body = letterBody([answer.response.id]);
    expectStatus(await call(t, team.OPCC_APPROVER, 'POST', `/api/panels/${PANEL}/letters`, body), 201);
    const other = await answered('APPROVED');
    const duplicate = expectStatus<ProblemDetails>(
      await call(t, team.OPCC_APPROVER, 'POST', `/api/panels/${PANEL}/letters`, { ...body, responseIds: [other.response.id] }),
      409,
    );
    expect(duplicate.type).toBe('/problems/duplicate-reference');
    expect((await prisma.response.findUniqueOrThrow({ where: { id: other.response.id } })).letterId).toBeNull();
  });

  it('corrects a draft letter and its responses, refusing stale edits, and discards a draft, freeing its responses', async () => {
    const first = await answered('APPROVED');
    const second = await answered('APPROVED');
    const created = expectStatus<ResponseLetter>(
      await call(t, team.OPCC_APPROVER, 'POST', `/api/panels/${PANEL}/letters`, letterBody([first.response.id])),
      201,
    );
    const path = `/api/letters/${created.id}`;

    const corrected = expectStatus<ResponseLetter>(
      await call(t, team.OPCC_APPROVER, 'PATCH', path, {
        subject: 'Response to the Panel’s recommendations of 3 February',
        closing: 'Yours sincerely,',
        responseIds: [second.response.id],
        version: created.version,
      }),
      200,
    );
    expect(corrected).toMatchObject({
      subject: 'Response to the Panel’s recommendations of 3 February',
      closing: 'Yours sincerely,',
      version: created.version + 1,
    });
    expect(corrected.items.map((i) => i.response.id)).toEqual([second.response.id]);
    expect((await prisma.response.findUniqueOrThrow({ where: { id: first.response.id } })).letterId).toBeNull();

    const stale = expectStatus<ProblemDetails>(await call(t, team.OPCC_APPROVER, 'PATCH', path, { subject: 'Lost', version: created.version }), 409);
    expect(stale.type).toBe('/problems/stale-version');
    expectStatus(await call(t, team.OPCC_OFFICER, 'PATCH', path, { subject: 'Not theirs', version: corrected.version }), 403);
    expectStatus(await call(t, team.OPCC_APPROVER, 'PATCH', path, { subject: '', version: corrected.version }), 400);
    // A response in another letter cannot be taken.
    const other = expectStatus<ResponseLetter>(await call(t, team.OPCC_APPROVER, 'POST', `/api/panels/${PANEL}/letters`, letterBody([first.response.id])), 201);
    const taken = expectStatus<ProblemDetails>(
      await call(t, team.OPCC_APPROVER, 'PATCH', path, { responseIds: [first.response.id], version: corrected.version }),
      400,
    );
    expect(taken.errors).toEqual([{ path: 'responseIds.0', message: 'This response is already in another letter' }]);

    // Discarding the other draft frees its response for the corrected letter.
    expectStatus(await call(t, team.OPCC_APPROVER, 'POST', `/api/letters/${other.id}/discard`, { version: other.version + 1 }), 409);
    expectStatus(await call(t, team.OPCC_APPROVER, 'POST', `/api/letters/${other.id}/discard`, { version: other.version }), 204);
    expectStatus(await call(t, team.OPCC_APPROVER, 'GET', `/api/letters/${other.id}`), 404);
    expect((await prisma.response.findUniqueOrThrow({ where: { id: first.response.id } })).letterId).toBeNull();
    const both = expectStatus<ResponseLetter>(
      await call(t, team.OPCC_APPROVER, 'PATCH', path, { responseIds: [first.response.id, second.response.id], version: corrected.version }),
      200,
    );
    expect(both.items.map((i) => i.response.id).sort()).toEqual([first.response.id, second.response.id].sort());

    const actions = await prisma.auditEvent.findMany({
      where: { entityType: 'ResponseLetter', entityId: { in: [created.id, other.id] } },
      orderBy: { id: 'asc' },
    });
    expect(actions.map((a) => a.action)).toEqual([
      'responseLetter.created',
      'responseLetter.updated',
      'responseLetter.created',
      'responseLetter.discarded',
      'responseLetter.updated',
    ]);

    // Once published, neither edits nor deletion.
    const published = expectStatus<ResponseLetter>(await call(t, team.OPCC_APPROVER, 'POST', `${path}/publish`, { version: both.version }), 200);
    expectStatus(await call(t, team.OPCC_APPROVER, 'PATCH', path, { subject: 'Too late', version: published.version }), 409);
    expectStatus(await call(t, team.OPCC_APPROVER, 'POST', `${path}/discard`, { version: published.version }), 409);
  });
});
