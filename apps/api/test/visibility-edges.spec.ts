// The edges of visibility: a published version based on a draft does not name the draft to those
// who may not see it, and the tracker's paragraph filter finds only citations of versions the
// caller may see.
import type { DocumentVersionDetail, Recommendation, VersionAmendments } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import { factories } from '@psp/db/src/factories';
import { call, expectStatus, findRecord, openDatabase, PANEL, signInTeam, type Team } from './fixtures';
import { createTestApp, type TestApp } from './harness';

describe('visibility edges', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let draftId: string;
  let publishedId: string;
  let recommendationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    prisma = openDatabase(t);
    team = await signInTeam(t);
    const record = await findRecord(prisma);
    const make = factories(prisma);
    const plan = await make.document({ panelId: record.panelId, kind: 'PLAN' });
    const draft = await make.version({
      documentId: plan.id,
      status: 'DRAFT',
      provisions: [{ provisionKey: 'draft-only-key', number: '1', text: 'A paragraph only the draft has.' }],
    });
    const published = await make.version({
      documentId: plan.id,
      status: 'PUBLISHED',
      basedOnId: draft.id,
      provisions: [{ provisionKey: 'kept-key', number: '1', text: 'The published paragraph.' }],
    });
    [draftId, publishedId] = [draft.id, published.id];
    const provision = await prisma.provision.findFirstOrThrow({ where: { versionId: draft.id } });
    recommendationId = (await make.recommendation({ panelId: record.panelId, meetingId: record.februaryMeetingId, provisionIds: [provision.id] })).id;
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await t.close();
  });

  it('names the draft a published version was based on only to those who may see drafts', async () => {
    expect(expectStatus<DocumentVersionDetail>(await call(t, null, 'GET', `/api/document-versions/${publishedId}`), 200).basedOnId).toBeNull();
    expect(expectStatus<DocumentVersionDetail>(await call(t, team.CLERK, 'GET', `/api/document-versions/${publishedId}`), 200).basedOnId).toBeNull();
    expect(expectStatus<DocumentVersionDetail>(await call(t, team.OPCC_OFFICER, 'GET', `/api/document-versions/${publishedId}`), 200).basedOnId).toBe(draftId);
    expect(expectStatus<VersionAmendments>(await call(t, null, 'GET', `/api/document-versions/${publishedId}/amendments`), 200).fromVersionId).toBeNull();
    expect(
      expectStatus<VersionAmendments>(await call(t, team.OPCC_APPROVER, 'GET', `/api/document-versions/${publishedId}/amendments`), 200).fromVersionId,
    ).toBe(draftId);
  });

  it('filters the tracker by a paragraph only through citations of versions the caller may see', async () => {
    const find = async (who: Team[keyof Team] | null) =>
      expectStatus<Recommendation[]>(await call(t, who, 'GET', `/api/panels/${PANEL}/recommendations?provisionKey=draft-only-key`), 200).map((r) => r.id);
    expect(await find(null)).toEqual([]);
    expect(await find(team.PANEL_MEMBER)).toEqual([]);
    expect(await find(team.OPCC_OFFICER)).toEqual([recommendationId]);
  });
});
