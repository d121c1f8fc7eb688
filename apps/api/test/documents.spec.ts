import type { DiffEntry, DocumentSummary, DocumentVersionDetail, ImportedVersion, ProvisionHistory, VersionPreview } from '@psp/contracts';
import { createPrismaClient, type PrismaClient } from '@psp/db';
import { AlignmentType, Document, Packer, Paragraph } from 'docx';
import { DRAFT_PLAN_V1, importDraftPlan, MINUTES, PANEL, PARA_32_KEY, PLAN, PUBLISHED_PLAN_V2, publishedPlanText, REPORT } from './documents.fixtures';
import { VersionDiffMemo } from '../src/documents/version-diff.memo';
import { createTestApp, type DemoRole, type SignedIn, type TestApp } from './harness';
import { documentsPermissionRows, type MatrixCaller } from './permission-matrix.rows.documents';
import { factories } from '@psp/db/src/factories';

const ROLES: DemoRole[] = ['PANEL_MEMBER', 'CLERK', 'OPCC_OFFICER', 'OPCC_APPROVER', 'ADMIN'];
/** Who may not see an unpublished plan version: the public, members, the clerk, and the admin. */
// Plan drafts are the OPCC's working papers; the admin, who may import on their behalf, sees them too.
const NOT_OPCC: Array<'anonymous' | DemoRole> = ['anonymous', 'PANEL_MEMBER', 'CLERK'];
const OPCC: DemoRole[] = ['OPCC_OFFICER', 'OPCC_APPROVER', 'ADMIN'];

describe('documents: versions, diff, citations, history, import, publishing, amendments', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  const as = {} as Record<DemoRole, SignedIn>;

  const client = (who: 'anonymous' | DemoRole) => (who === 'anonymous' ? t.anonymous() : as[who].agent);
  const post = (who: DemoRole, path: string) => as[who].agent.post(path).set('X-CSRF-Token', as[who].csrfToken);
  const put = (who: DemoRole, path: string) => as[who].agent.put(path).set('X-CSRF-Token', as[who].csrfToken);
  /** The version's current `version`, which a replacement of its links or its publication must carry. */
  const versionOf = async (id: string) => ((await as.OPCC_OFFICER.agent.get(`/api/document-versions/${id}`)).body as { version: number }).version;
  const versionCount = () => prisma.documentVersion.count({ where: { documentId: PLAN } });

  beforeAll(async () => {
    t = await createTestApp();
    prisma = createPrismaClient(t.databaseUrl, { max: 2 });
    for (const role of ROLES) as[role] = await t.signIn(role);
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await t?.close();
  });

  describe('GET /api/panels/:slug/documents', () => {
    it("lists the panel's plan, report and minutes with their published versions, in the shape of API.md", async () => {
      const response = await t.anonymous().get(`/api/panels/${PANEL}/documents`);
      expect(response.status).toBe(200);
      const documents = response.body as DocumentSummary[];
      expect(documents.map((d) => [d.id, d.kind])).toEqual(
        expect.arrayContaining([
          [PLAN, 'PLAN'],
          [REPORT, 'REPORT'],
          [MINUTES, 'MINUTES'],
        ]),
      );
      const plan = documents.find((d) => d.id === PLAN);
      expect(plan).toMatchObject({ title: 'Police and Crime Plan 2017–2021' });
      expect(plan?.versions).toEqual([
        {
          id: DRAFT_PLAN_V1,
          label: 'Draft v0.7 (20 January 2017)',
          status: 'PUBLISHED',
          publishedAt: expect.any(String),
          source: expect.stringMatching(/exposure draft v0\.7/),
          reconstructed: false,
          reconstructionNote: null,
        },
        {
          id: PUBLISHED_PLAN_V2,
          label: 'Published plan (reconstructed)',
          status: 'PUBLISHED',
          publishedAt: '2017-03-23T12:00:00.000Z',
          source: expect.stringMatching(/^Reconstructed from draft v0\.7 and the Commissioner's response letter of 2 March 2017/),
          reconstructed: true,
          reconstructionNote: expect.stringMatching(/The wording shown here is a reconstruction for demonstration/),
        },
      ]);
      expect(documents.find((d) => d.id === MINUTES)?.meetingId).toBe('llr-meeting-2016-12-07');
    });

    it('answers 404 for an unknown panel', async () => {
      const response = await t.anonymous().get('/api/panels/atlantis/documents');
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    });
  });

  describe('GET /api/document-versions/:id', () => {
    it('gives the provisions flat, in reading order, with stable keys and dotted numbers', async () => {
      const response = await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}`);
      expect(response.status).toBe(200);
      const version = response.body as DocumentVersionDetail;
      expect(version).toMatchObject({
        id: PUBLISHED_PLAN_V2,
        label: 'Published plan (reconstructed)',
        reconstructed: true,
        status: 'PUBLISHED',
        documentId: PLAN,
        kind: 'PLAN',
        basedOnId: DRAFT_PLAN_V1,
        sequence: 2,
      });
      const numbers = version.provisions.map((p) => p.number);
      const at = (n: string) => numbers.indexOf(n);
      expect(at('54')).toBeGreaterThan(-1);
      expect(at('54')).toBeLessThan(at('54.f'));
      expect(at('54.f')).toBeLessThan(at('55'));
      expect(at('55')).toBeLessThan(at('56'));
      const p54 = version.provisions[at('54')];
      expect(version.provisions[at('54.f')]).toMatchObject({ parentKey: p54?.provisionKey, depth: 1 });
      expect(version.provisions.find((p) => p.provisionKey === PARA_32_KEY)).toMatchObject({
        number: '32',
        depth: 0,
        kind: 'PARAGRAPH',
        text: expect.stringContaining('cyber'),
        reconstructed: true,
      });
      // Only the paragraphs the reconstruction changed are marked: the rest is the draft's text.
      expect(version.provisions.filter((p) => p.reconstructed).map((p) => p.number ?? p.heading)).toEqual([
        'Foreword',
        '32',
        '38',
        '40.a',
        '47.a',
        '49.b',
        '54',
        '54.f',
        'Review of this Plan',
        '71',
      ]);
    });

    it('answers 404 for an unknown version', async () => {
      expect((await t.anonymous().get('/api/document-versions/no-such-version')).status).toBe(404);
    });

    it('leaves the unchanged paragraphs out of a diff with ?only=changes', async () => {
      const all = (await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}/diff?base=${DRAFT_PLAN_V1}`)).body as DiffEntry[];
      const changes = (await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}/diff?base=${DRAFT_PLAN_V1}&only=changes`)).body as DiffEntry[];
      expect(all.some((entry) => entry.change === 'unchanged')).toBe(true);
      expect(changes).toEqual(all.filter((entry) => entry.change !== 'unchanged'));
      expect((await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}/diff?base=${DRAFT_PLAN_V1}&only=everything`)).status).toBe(400);
    });

    it('leaves the provisions out with ?provisions=none, for pages that need only the version', async () => {
      const full = (await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}`)).body as DocumentVersionDetail;
      const summary = await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}?provisions=none`);
      expect(summary.status).toBe(200);
      expect(full.provisions.length).toBeGreaterThan(0);
      expect(summary.body).toEqual({ ...full, provisions: [] });
      expect((await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}?provisions=some`)).status).toBe(400);
    });
  });

  describe('GET /api/document-versions/:id/diff', () => {
    let diff: DiffEntry[];
    const entryAt = (before: string | null, after: string | null) =>
      diff.find((e) => (e.before?.number ?? null) === before && (e.after?.number ?? null) === after);

    beforeAll(async () => {
      const response = await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}/diff?base=${DRAFT_PLAN_V1}`);
      expect(response.status).toBe(200);
      diff = response.body as DiffEntry[];
    });

    it('matches paragraphs by identity, so the Conclusion, draft 71, is the published 72, renumbered and unattributed', () => {
      expect(entryAt('71', '72')).toMatchObject({ change: 'renumbered', amendedBy: [] });
      // Nothing else moves: the reconstruction inserts only the section the letter names (para 71).
      expect(diff.filter((e) => e.change === 'renumbered').map((e) => [e.before?.number, e.after?.number])).toEqual([['71', '72']]);
    });

    it('attributes each modified paragraph to the recommendation and response that changed it, with the words that changed', () => {
      const expectations: Array<[string, number]> = [
        ['32', 8],
        ['38', 10],
        ['40.a', 5],
        ['47.a', 12],
        ['49.b', 13],
        ['54', 11],
      ];
      for (const [number, recommendation] of expectations) {
        const entry = entryAt(number, number);
        // The draft's words are the document's; the amended words are the reconstruction's, and say so.
        expect(entry).toMatchObject({ change: 'modified', before: { reconstructed: false }, after: { reconstructed: true } });
        expect(entry?.amendedBy).toEqual([
          {
            recommendationId: `llr-rec-${String(recommendation).padStart(2, '0')}`,
            responseId: `llr-response-${String(recommendation).padStart(2, '0')}`,
            recommendationNumber: recommendation,
            // What the attribution rests on: the letter's words.
            note: expect.stringMatching(/^The letter: "/),
          },
        ]);
        expect(entry?.words?.some((w) => w.op === 'insert' || w.op === 'delete')).toBe(true);
      }
      expect(
        entryAt('32', '32')
          ?.words?.filter((w) => w.op === 'insert')
          .map((w) => w.text)
          .join(''),
      ).toMatch(/Cyber-crime/);
      // The hate-crime paragraphs the letter's "Para 46(e) and 52" seems to name keep the draft's words.
      expect(entryAt('46.e', '46.e')).toMatchObject({ change: 'unchanged', amendedBy: [] });
      expect(entryAt('52', '52')).toMatchObject({ change: 'unchanged', amendedBy: [] });
    });

    it('shows the inserted point 54(f) and section 71 as added, caused by recommendations 11 and 14, and nothing invented for 7', () => {
      expect(entryAt(null, '54.f')).toMatchObject({ change: 'added', before: null, amendedBy: [expect.objectContaining({ recommendationId: 'llr-rec-11' })] });
      expect(entryAt(null, '71')).toMatchObject({ change: 'added', amendedBy: [expect.objectContaining({ recommendationId: 'llr-rec-14' })] });
      expect(diff.filter((e) => e.change === 'removed')).toEqual([]);
      expect(diff.filter((e) => e.amendedBy.some((a) => a.recommendationId === 'llr-rec-07'))).toEqual([]);
      expect(diff.filter((e) => e.change === 'unchanged').length).toBeGreaterThan(100);
    });

    it('refuses versions of different documents, a missing base, and an unknown base', async () => {
      const other = await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}/diff?base=${REPORT}-v1`);
      expect(other.status).toBe(400);
      expect(other.body.errors).toEqual([expect.objectContaining({ path: 'base' })]);
      const missing = await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}/diff`);
      expect(missing.status).toBe(400);
      expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'base' })]);
      expect((await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}/diff?base=nothing`)).status).toBe(404);
    });
  });

  describe('POST /api/document-versions/:id/resolve', () => {
    it('resolves the citations of API.md against the published plan, for anyone', async () => {
      const response = await t.anonymous().post(`/api/document-versions/${PUBLISHED_PLAN_V2}/resolve`).send({
        text: 'Please see Para 46(e) and 52; point 49.b; paragraphs 12 to 14; section 54, F; and para 99.',
      });
      expect(response.status).toBe(200);
      const plan = (await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}`)).body as DocumentVersionDetail;
      const keyOf = (n: string) => plan.provisions.find((p) => p.number === n)?.provisionKey;
      const linked = (cited: string, number: string) => {
        const key = keyOf(number) ?? null;
        return { cited, number, provisionKey: key, candidates: key ? [key] : [], reason: key ? null : 'notFound', otherDocument: null };
      };
      expect(response.body).toEqual({
        references: [
          linked('Para 46(e) and 52', '46.e'),
          linked('Para 46(e) and 52', '52'),
          linked('point 49.b', '49.b'),
          linked('paragraphs 12 to 14', '12'),
          linked('paragraphs 12 to 14', '13'),
          linked('paragraphs 12 to 14', '14'),
          linked('section 54, F', '54.f'),
          linked('para 99', '99'),
        ],
      });
      expect(response.body.references.at(-1).provisionKey).toBeNull();
      expect(keyOf('54.f')).toEqual(expect.any(String));
    });

    it('resolves the same words to other paragraphs in the draft, where 54.f did not exist yet', async () => {
      const response = await t.anonymous().post(`/api/document-versions/${DRAFT_PLAN_V1}/resolve`).send({ text: 'Para 54, section F' });
      expect(response.body.references).toEqual([
        { cited: 'Para 54, section F', number: '54.f', provisionKey: null, candidates: [], reason: 'notFound', otherDocument: null },
      ]);
    });

    it('validates the text', async () => {
      const response = await t.anonymous().post(`/api/document-versions/${PUBLISHED_PLAN_V2}/resolve`).send({ text: 42 });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ path: 'text' })]);
      expect((await t.anonymous().post('/api/document-versions/nothing/resolve').send({ text: 'para 1' })).status).toBe(404);
    });
  });

  describe('GET /api/provisions/:provisionKey/history', () => {
    it('follows paragraph 32 through both versions, with the recommendation that changed it', async () => {
      const response = await t.anonymous().get(`/api/provisions/${PARA_32_KEY}/history`);
      expect(response.status).toBe(200);
      const history = response.body as ProvisionHistory;
      expect(history).toMatchObject({ provisionKey: PARA_32_KEY, documentId: PLAN, documentTitle: 'Police and Crime Plan 2017–2021' });
      expect(history.versions).toEqual([
        {
          versionId: DRAFT_PLAN_V1,
          label: 'Draft v0.7 (20 January 2017)',
          status: 'PUBLISHED',
          versionReconstructed: false,
          reconstructionNote: null,
          reconstructed: false,
          number: '32',
          text: expect.any(String),
          change: 'unchanged',
          amendedBy: [],
        },
        {
          versionId: PUBLISHED_PLAN_V2,
          label: 'Published plan (reconstructed)',
          status: 'PUBLISHED',
          versionReconstructed: true,
          reconstructionNote: expect.stringMatching(/says which paragraphs changed and why, but not their final wording/),
          reconstructed: true,
          number: '32',
          text: expect.stringContaining('Cyber-crime'),
          change: 'modified',
          amendedBy: [
            {
              recommendationId: 'llr-rec-08',
              responseId: 'llr-response-08',
              recommendationNumber: 8,
              note: expect.stringContaining('"In response to your comments I have revised the Plan slightly in this regard. Please see Para 32."'),
            },
          ],
          words: expect.any(Array),
        },
      ]);
      // The amended version marks its words against the one before: the old text and the new one rebuild from them.
      const [before, after] = history.versions;
      const words = after?.words ?? [];
      expect(words.some((w) => w.op === 'insert')).toBe(true);
      expect(
        words
          .filter((w) => w.op !== 'insert')
          .map((w) => w.text)
          .join(''),
      ).toBe(before?.text);
      expect(
        words
          .filter((w) => w.op !== 'delete')
          .map((w) => w.text)
          .join(''),
      ).toBe(after?.text);
    });

    it('shows a renumbered paragraph with its number in each version', async () => {
      const diff = (await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}/diff?base=${DRAFT_PLAN_V1}`)).body as DiffEntry[];
      const renumbered = diff.find((e) => e.before?.number === '71' && e.after?.number === '72');
      const history = (await t.anonymous().get(`/api/provisions/${renumbered?.provisionKey}/history`)).body as ProvisionHistory;
      expect(history.versions.map((v) => [v.number, v.change, v.reconstructed])).toEqual([
        ['71', 'unchanged', false],
        ['72', 'renumbered', false],
      ]);
    });

    it('answers 404 for an unknown paragraph', async () => {
      expect((await t.anonymous().get('/api/provisions/no-such-key/history')).status).toBe(404);
    });
  });

  describe('an unpublished plan version', () => {
    let draft: DocumentVersionDetail;
    let draftOnlyKey: string;

    beforeAll(async () => {
      const imported = await importDraftPlan(as.OPCC_OFFICER, 'Quokkabridge');
      draft = imported.version;
      draftOnlyKey = imported.newParagraph.provisionKey;
    });

    it('is a DRAFT whose paragraphs keep the keys of the version it was based on', async () => {
      expect(draft).toMatchObject({ status: 'DRAFT', sequence: 3, basedOnId: PUBLISHED_PLAN_V2, publishedAt: null, version: 1, documentId: PLAN });
      const published = (await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}`)).body as DocumentVersionDetail;
      expect(draft.provisions.filter((p) => p.provisionKey !== draftOnlyKey).map((p) => p.provisionKey)).toEqual(
        published.provisions.map((p) => p.provisionKey),
      );
      expect(draft.provisions.find((p) => p.provisionKey === 'llr-plan-2017-0263')?.number).toBe('73');
      expect(draftOnlyKey.startsWith(`${PLAN}-`)).toBe(true);
      const audit = await prisma.auditEvent.findFirst({ where: { entityType: 'DocumentVersion', entityId: draft.id, action: 'documentVersion.imported' } });
      expect(audit).toMatchObject({ actorId: as.OPCC_OFFICER.userId, after: expect.objectContaining({ sequence: 3, status: 'DRAFT' }) });
    });

    it.each(NOT_OPCC)('does not exist for %s: get, diff, resolve, history and the documents list', async (who) => {
      const agent = client(who);
      expect((await agent.get(`/api/document-versions/${draft.id}`)).status).toBe(404);
      expect((await agent.get(`/api/document-versions/${draft.id}/diff?base=${PUBLISHED_PLAN_V2}`)).status).toBe(404);
      expect((await agent.get(`/api/document-versions/${PUBLISHED_PLAN_V2}/diff?base=${draft.id}`)).status).toBe(404);
      const resolve = who === 'anonymous' ? agent.post(`/api/document-versions/${draft.id}/resolve`) : post(who, `/api/document-versions/${draft.id}/resolve`);
      expect((await resolve.send({ text: 'para 72' })).status).toBe(404);
      expect((await agent.get(`/api/provisions/${draftOnlyKey}/history`)).status).toBe(404);
      const history = (await agent.get(`/api/provisions/${PARA_32_KEY}/history`)).body as ProvisionHistory;
      expect(history.versions.map((v) => v.versionId)).toEqual([DRAFT_PLAN_V1, PUBLISHED_PLAN_V2]);
      const plan = ((await agent.get(`/api/panels/${PANEL}/documents`)).body as DocumentSummary[]).find((d) => d.id === PLAN);
      expect(plan?.versions.map((v) => v.id)).toEqual([DRAFT_PLAN_V1, PUBLISHED_PLAN_V2]);
      expect((await agent.get(`/api/document-versions/${draft.id}/amendments`)).status).toBe(404);
    });

    it.each(OPCC)('is visible to the %s everywhere', async (who) => {
      const agent = client(who);
      expect((await agent.get(`/api/document-versions/${draft.id}`)).body).toMatchObject({ id: draft.id, status: 'DRAFT' });
      const diff = (await agent.get(`/api/document-versions/${draft.id}/diff?base=${PUBLISHED_PLAN_V2}`)).body as DiffEntry[];
      expect(diff.filter((e) => e.change !== 'unchanged')).toEqual([
        expect.objectContaining({
          provisionKey: draftOnlyKey,
          change: 'added',
          after: expect.objectContaining({ number: '72', text: expect.stringContaining('Quokkabridge') }),
        }),
        expect.objectContaining({
          provisionKey: 'llr-plan-2017-0263',
          change: 'renumbered',
          before: expect.objectContaining({ number: '72' }),
          after: expect.objectContaining({ number: '73' }),
        }),
      ]);
      const resolved = await post(who, `/api/document-versions/${draft.id}/resolve`).send({ text: 'para 72' });
      expect(resolved.body.references).toEqual([
        { cited: 'para 72', number: '72', provisionKey: draftOnlyKey, candidates: [draftOnlyKey], reason: null, otherDocument: null },
      ]);
      const history = (await agent.get(`/api/provisions/${draftOnlyKey}/history`)).body as ProvisionHistory;
      expect(history.versions).toEqual([expect.objectContaining({ versionId: draft.id, status: 'DRAFT', number: '72', change: 'added' })]);
      const plan = ((await agent.get(`/api/panels/${PANEL}/documents`)).body as DocumentSummary[]).find((d) => d.id === PLAN);
      expect(plan?.versions.map((v) => [v.id, v.status])).toContainEqual([draft.id, 'DRAFT']);
    });

    it('keeps a document whose only versions are unpublished out of the public list', async () => {
      const created = await post('OPCC_APPROVER', `/api/panels/${PANEL}/documents`).send({ kind: 'REPORT', title: 'Draft annual report' });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({ id: expect.any(String), kind: 'REPORT', title: 'Draft annual report', meetingId: null, versions: [] });
      const imported = await post('OPCC_APPROVER', `/api/documents/${created.body.id}/versions`).send({
        label: 'First draft',
        text: '1. The year in review.\n\n2. What comes next.',
      });
      expect(imported.status).toBe(201);
      expect(imported.body).toMatchObject({ sequence: 1, basedOnId: null, status: 'DRAFT' });
      const listed = (who: 'anonymous' | DemoRole) =>
        client(who)
          .get(`/api/panels/${PANEL}/documents`)
          .then((r) => (r.body as DocumentSummary[]).some((d) => d.id === created.body.id));
      expect(await listed('anonymous')).toBe(false);
      expect(await listed('CLERK')).toBe(false);
      expect(await listed('OPCC_OFFICER')).toBe(true);
      // Nobody outside the OPCC learns the document exists by trying to import into it.
      expect((await t.anonymous().post(`/api/documents/${created.body.id}/versions`).send({ label: 'x', text: '1. x' })).status).toBe(401);
      expect((await post('CLERK', `/api/documents/${created.body.id}/versions`).send({ label: 'x', text: '1. x' })).status).toBe(403);
    });
  });

  describe('POST /api/panels/:slug/documents', () => {
    it('creates plans and reports for OPCC roles and admins, with an audit entry', async () => {
      for (const role of ['OPCC_OFFICER', 'ADMIN'] as const) {
        const response = await post(role, `/api/panels/${PANEL}/documents`).send({ kind: 'PLAN', title: `  Police and Crime Plan 2021–2025 (${role})  ` });
        expect(response.status).toBe(201);
        expect(response.body.title).toBe(`Police and Crime Plan 2021–2025 (${role})`);
        const audit = await prisma.auditEvent.findFirst({ where: { entityType: 'Document', entityId: response.body.id, action: 'document.created' } });
        expect(audit?.actorId).toBe(as[role].userId);
      }
    });

    it('refuses minutes (they belong to a meeting), bad fields, unknown panels, and other roles', async () => {
      const minutes = await post('OPCC_OFFICER', `/api/panels/${PANEL}/documents`).send({ kind: 'MINUTES', title: 'Minutes' });
      expect(minutes.status).toBe(422);
      expect(minutes.body.errors).toEqual([expect.objectContaining({ path: 'kind' })]);
      const invalid = await post('OPCC_OFFICER', `/api/panels/${PANEL}/documents`).send({ kind: 'LETTER', title: ' ', extra: 1 });
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'kind' }),
          expect.objectContaining({ path: 'title' }),
          expect.objectContaining({ message: expect.stringContaining('extra') }),
        ]),
      );
      expect((await post('OPCC_OFFICER', '/api/panels/atlantis/documents').send({ kind: 'PLAN', title: 'x' })).status).toBe(404);
      expect((await post('CLERK', `/api/panels/${PANEL}/documents`).send({ kind: 'PLAN', title: 'x' })).status).toBe(403);
      expect((await t.anonymous().post(`/api/panels/${PANEL}/documents`).send({ kind: 'PLAN', title: 'x' })).status).toBe(401);
    });
  });

  describe('POST /api/documents/:id/versions (import)', () => {
    const importPath = `/api/documents/${PLAN}/versions`;

    it('imports a .txt upload, following the keys of the chosen basedOnId', async () => {
      const text = await publishedPlanText(as.OPCC_OFFICER);
      const response = await post('OPCC_OFFICER', importPath)
        .field('label', 'Uploaded text')
        .field('basedOnId', DRAFT_PLAN_V1)
        .attach('file', Buffer.from(text), { filename: 'plan.txt', contentType: 'text/plain' });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ label: 'Uploaded text', basedOnId: DRAFT_PLAN_V1, sourceName: 'plan.txt', status: 'DRAFT' });
      const version = response.body as DocumentVersionDetail;
      // Paragraph 32 continues from the draft; paragraph 71 (the review section) is new relative to the draft.
      expect(version.provisions.find((p) => p.number === '32')?.provisionKey).toBe(PARA_32_KEY);
      expect(version.provisions.find((p) => p.number === '71')?.provisionKey).toMatch(new RegExp(`^${PLAN}-`));
    });

    it('imports a Markdown upload and a Word document', async () => {
      const markdown = await post('OPCC_APPROVER', importPath)
        .field('label', 'Markdown')
        .attach('file', Buffer.from('## Priorities\n\n1. **Visible** policing.\n\n2. Victim services.\n\na. A victims’ hub.\n'), {
          filename: 'plan.md',
          contentType: 'text/markdown',
        });
      expect(markdown.status).toBe(201);
      expect((markdown.body as DocumentVersionDetail).provisions.map((p) => p.number)).toEqual(expect.arrayContaining(['1', '2', '2.a']));

      const word = await Packer.toBuffer(
        new Document({
          sections: [
            {
              children: [
                new Paragraph({ text: 'Police and Crime Plan', alignment: AlignmentType.CENTER }),
                new Paragraph('1. Neighbourhood policing will be visible in every community.'),
                new Paragraph('2. Victims will be supported from the first contact onwards.'),
              ],
            },
          ],
        }),
      );
      const docx = await post('OPCC_OFFICER', importPath)
        .field('label', 'Word')
        .attach('file', word, { filename: 'plan.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      expect(docx.status).toBe(201);
      expect((docx.body as DocumentVersionDetail).provisions.filter((p) => p.number).map((p) => [p.number, p.text])).toEqual([
        ['1', 'Neighbourhood policing will be visible in every community.'],
        ['2', 'Victims will be supported from the first contact onwards.'],
      ]);
    });

    it('stores markup and SQL verbatim and returns them as data', async () => {
      const text = `1. <script>alert("x")</script> and '; DROP TABLE "Provision"; --\n\n2. Robert'); DELETE FROM "DocumentVersion";--`;
      const response = await post('OPCC_OFFICER', importPath).send({ label: '<b>Label</b>', text });
      expect(response.status).toBe(201);
      const stored = await prisma.provision.findMany({ where: { versionId: response.body.id }, orderBy: { position: 'asc' } });
      expect(stored.map((p) => p.text)).toEqual([
        `<script>alert("x")</script> and '; DROP TABLE "Provision"; --`,
        `Robert'); DELETE FROM "DocumentVersion";--`,
      ]);
      const read = await as.OPCC_OFFICER.agent.get(`/api/document-versions/${response.body.id}`);
      expect(read.headers['content-type']).toMatch(/application\/json/);
      expect(read.body.label).toBe('<b>Label</b>');
      expect(read.body.provisions[0].text).toBe(stored[0]?.text);
      expect(await prisma.provision.count()).toBeGreaterThan(0);
    });

    const zipOf = (junk: number) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(junk, 7)]);
    const refusals: Array<[string, (agent: ReturnType<typeof post>) => ReturnType<typeof post>, number, string]> = [
      ['empty text', (r) => r.send({ label: 'x', text: '' }), 400, 'text'],
      ['whitespace text', (r) => r.send({ label: 'x', text: ' \n\t ' }), 400, 'text'],
      ['neither text nor file', (r) => r.send({ label: 'x' }), 400, 'text'],
      ['text without numbered paragraphs', (r) => r.send({ label: 'x', text: 'Just some prose, nothing numbered.' }), 422, 'text'],
      ['a missing label', (r) => r.send({ text: '1. A paragraph.' }), 400, 'label'],
      ['basedOnId from another document', (r) => r.send({ label: 'x', text: '1. A paragraph.', basedOnId: `${REPORT}-v1` }), 400, 'basedOnId'],
      [
        'binary junk named .docx',
        (r) =>
          r.field('label', 'x').attach('file', Buffer.from([0, 1, 2, 3, 255, 254, 0, 9]), {
            filename: 'plan.docx',
            contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          }),
        400,
        'file',
      ],
      [
        'a zip that is not a Word document',
        (r) => r.field('label', 'x').attach('file', zipOf(400), { filename: 'plan.docx', contentType: 'application/octet-stream' }),
        422,
        'file',
      ],
      [
        'an .exe',
        (r) => r.field('label', 'x').attach('file', Buffer.from('MZ\x90\x00\x03'), { filename: 'setup.exe', contentType: 'application/octet-stream' }),
        400,
        'file',
      ],
      [
        'a .txt declared as an image',
        (r) => r.field('label', 'x').attach('file', Buffer.from('1. A paragraph.'), { filename: 'plan.txt', contentType: 'image/png' }),
        400,
        'file',
      ],
      ['an empty file', (r) => r.field('label', 'x').attach('file', Buffer.alloc(0), { filename: 'plan.txt', contentType: 'text/plain' }), 400, 'file'],
      [
        'text that is not UTF-8',
        (r) => r.field('label', 'x').attach('file', Buffer.from([0x31, 0x2e, 0x20, 0xff, 0xfe, 0xfd]), { filename: 'plan.txt', contentType: 'text/plain' }),
        400,
        'file',
      ],
      [
        'a file in another field',
        (r) => r.field('label', 'x').attach('upload', Buffer.from('1. A paragraph.'), { filename: 'plan.txt', contentType: 'text/plain' }),
        400,
        'file',
      ],
      [
        'a file and text together',
        (r) =>
          r
            .field('label', 'x')
            .field('text', '1. A paragraph.')
            .attach('file', Buffer.from('1. A paragraph.'), { filename: 'plan.txt', contentType: 'text/plain' }),
        400,
        'text',
      ],
    ];

    it.each(refusals)('refuses %s (%#) with a problem naming the field, creating nothing', async (_name, send, status, path) => {
      const before = await versionCount();
      const response = await send(post('OPCC_OFFICER', importPath));
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
      expect(await versionCount()).toBe(before);
    });

    it('refuses unknown fields rather than ignoring them', async () => {
      const before = await versionCount();
      const response = await post('OPCC_OFFICER', importPath).send({ label: 'x', text: '1. A paragraph.', status: 'PUBLISHED' });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('status') })]);
      expect(await versionCount()).toBe(before);
    });

    it('refuses a file over 10 MB with 413, creating nothing', async () => {
      const before = await versionCount();
      const response = await post('OPCC_OFFICER', importPath)
        .field('label', 'x')
        .attach('file', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61), { filename: 'plan.txt', contentType: 'text/plain' });
      expect(response.status).toBe(413);
      expect(response.body.errors).toEqual([expect.objectContaining({ path: 'file' })]);
      expect(await versionCount()).toBe(before);
    });

    it("answers the parser's warnings and keeps every printed label", async () => {
      const text =
        '1.0 PURPOSE OF REPORT\n\n1.1 To seek views.\n\n1.2 To note.\n\nConclusions and recommendations\n\n1. We recommend action.\n\n2. We recommend more.';
      const response = await post('OPCC_OFFICER', importPath).send({ label: 'Labels and warnings', text });
      expect(response.status).toBe(201);
      const version = response.body as ImportedVersion;
      expect(version.provisions.filter((p) => p.number !== null).map((p) => [p.number, p.label])).toEqual([
        ['1', '1.0'],
        ['1.1', '1.1'],
        ['1.2', '1.2'],
        ['2', '1'],
        ['3', '2'],
      ]);
      expect(version.warnings).toEqual([
        {
          line: 9,
          found: 'a second numbered series starting again at 1 after paragraph 1.2',
          action: 'kept the printed numbers as labels; numbered on from 2',
        },
      ]);
      const stored = await prisma.provision.findMany({
        where: { versionId: version.id, number: { not: null } },
        orderBy: { position: 'asc' },
        select: { label: true },
      });
      expect(stored.map((row) => row.label)).toEqual(['1.0', '1.1', '1.2', '1', '2']);
    });

    it('previews an import (outline, identity, warnings) with its validation and permissions, saving nothing', async () => {
      const previewPath = `${importPath}/preview`;
      const text = await publishedPlanText(as.OPCC_OFFICER);
      const before = await versionCount();
      const auditsBefore = await prisma.auditEvent.count();
      const response = await post('OPCC_OFFICER', previewPath)
        .field('label', 'Preview')
        .field('basedOnId', DRAFT_PLAN_V1)
        .attach('file', Buffer.from(text), { filename: 'plan.txt', contentType: 'text/plain' });
      expect(response.status).toBe(200);
      const preview = response.body as VersionPreview;
      expect(preview.basedOnId).toBe(DRAFT_PLAN_V1);
      expect(preview.provisions.find((p) => p.number === '32')).toMatchObject({ provisionKey: PARA_32_KEY, label: '32', kind: 'PARAGRAPH' });
      expect(preview.provisions.find((p) => p.number === '71')).toMatchObject({ provisionKey: null, relation: 'new' });
      expect(Array.isArray(preview.warnings)).toBe(true);
      expect(await versionCount()).toBe(before);
      expect(await prisma.auditEvent.count()).toBe(auditsBefore);

      const empty = await post('OPCC_OFFICER', previewPath).send({ label: 'x', text: '  ' });
      expect(empty.status).toBe(400);
      const unnumbered = await post('OPCC_OFFICER', previewPath).send({ label: 'x', text: 'Just some words without numbers.' });
      expect(unnumbered.status).toBe(422);
      expect(unnumbered.body.errors).toEqual([expect.objectContaining({ path: 'text' })]);
      expect((await post('OPCC_OFFICER', `/api/documents/${MINUTES}/versions/preview`).send({ label: 'x', text: '1. x' })).status).toBe(422);
      expect((await post('OPCC_OFFICER', '/api/documents/nothing/versions/preview').send({ label: 'x', text: '1. x' })).status).toBe(404);
      expect((await post('CLERK', previewPath).send({ label: 'x', text: '1. x' })).status).toBe(403);
      expect(await versionCount()).toBe(before);
    });

    it('refuses minutes, unknown documents, and roles without plan:import', async () => {
      expect((await post('OPCC_OFFICER', `/api/documents/${MINUTES}/versions`).send({ label: 'x', text: '1. x' })).status).toBe(422);
      expect((await post('OPCC_OFFICER', '/api/documents/nothing/versions').send({ label: 'x', text: '1. x' })).status).toBe(404);
      expect((await post('CLERK', importPath).send({ label: 'x', text: '1. x' })).status).toBe(403);
      expect((await post('PANEL_MEMBER', importPath).send({ label: 'x', text: '1. x' })).status).toBe(403);
      expect((await t.anonymous().post(importPath).send({ label: 'x', text: '1. x' })).status).toBe(401);
    });
  });

  describe('POST /api/document-versions/:id/publish', () => {
    it('publishes a draft for the approver only, once, with the version it read', async () => {
      const { version: draft } = await importDraftPlan(as.OPCC_OFFICER, 'Wallabyford');
      const path = `/api/document-versions/${draft.id}/publish`;
      expect((await post('OPCC_OFFICER', path).send({ version: draft.version })).status).toBe(403);
      expect((await post('CLERK', path).send({ version: draft.version })).status).toBe(403);
      expect((await t.anonymous().post(path).send({ version: draft.version })).status).toBe(401);
      expect((await post('OPCC_APPROVER', path).send({})).status).toBe(400);

      const stale = await post('OPCC_APPROVER', path).send({ version: draft.version + 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.type).toBe('/problems/stale-version');
      expect(await prisma.documentVersion.findUnique({ where: { id: draft.id } })).toMatchObject({ status: 'DRAFT', version: draft.version });

      const published = await post('OPCC_APPROVER', path).send({ version: draft.version });
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ id: draft.id, status: 'PUBLISHED', publishedAt: expect.any(String), version: draft.version + 1 });
      expect((await t.anonymous().get(`/api/document-versions/${draft.id}`)).status).toBe(200);

      const again = await post('OPCC_APPROVER', path).send({ version: draft.version + 1 });
      expect(again.status).toBe(409);
      const audit = await prisma.auditEvent.findMany({ where: { entityType: 'DocumentVersion', entityId: draft.id, action: 'documentVersion.published' } });
      expect(audit).toEqual([expect.objectContaining({ actorId: as.OPCC_APPROVER.userId, before: { status: 'DRAFT', version: 1 } })]);
    });

    it('does not let an approver find out about draft minutes by trying to publish them', async () => {
      const meeting = await prisma.meeting.create({ data: { panelId: 'llr-panel', title: 'Scratch meeting', startsAt: new Date('2030-01-01T10:00:00Z') } });
      const minutes = await prisma.document.create({
        data: {
          panelId: 'llr-panel',
          kind: 'MINUTES',
          title: 'Scratch minutes',
          meetingId: meeting.id,
          versions: { create: { sequence: 1, label: 'Draft minutes' } },
        },
        include: { versions: true },
      });
      const versionId = minutes.versions[0]?.id;
      expect((await post('OPCC_APPROVER', `/api/document-versions/${versionId}/publish`).send({ version: 1 })).status).toBe(404);
      expect((await as.CLERK.agent.get(`/api/document-versions/${versionId}`)).status).toBe(200);
      expect((await as.OPCC_APPROVER.agent.get(`/api/document-versions/${versionId}`)).status).toBe(404);
    });
  });

  describe('amendments', () => {
    let draft: DocumentVersionDetail;
    let newKey: string;
    let draftResponseId: string;
    let otherPanelResponseId: string;
    const path = () => `/api/document-versions/${draft.id}/amendments`;

    beforeAll(async () => {
      const imported = await importDraftPlan(as.OPCC_OFFICER, 'Numbatvale');
      draft = imported.version;
      newKey = imported.newParagraph.provisionKey;
      // An unpublished answer to recommendation 1, and a response to another panel's recommendation.
      draftResponseId = (
        await prisma.response.create({ data: { recommendationId: 'llr-rec-01', outcome: 'ACCEPTED', text: 'A draft answer.', status: 'IN_REVIEW' } })
      ).id;
      const make = factories(prisma);
      const panel = await make.panel({ slug: 'elsewhere' });
      const meeting = await make.meeting({ panelId: panel.id, startsAt: new Date('2017-01-01T10:00:00Z') });
      const recommendation = await make.recommendation({ panelId: panel.id, meetingId: meeting.id });
      otherPanelResponseId = (await make.response({ recommendationId: recommendation.id, outcome: 'NOTED', status: 'PUBLISHED' })).id;
    });

    it('replaces the links into a version, idempotently, with an audit entry', async () => {
      const body = {
        amendments: [
          { provisionKey: newKey, responseId: 'llr-response-08', note: 'New pilot following the cyber-crime answer.' },
          { provisionKey: newKey, responseId: draftResponseId },
          { provisionKey: PARA_32_KEY, responseId: null, note: 'Editorial tidy-up.' },
        ],
      };
      const first = await put('OPCC_OFFICER', path()).send({ ...body, version: await versionOf(draft.id) });
      expect(first.status).toBe(200);
      expect(first.body).toEqual({
        versionId: draft.id,
        fromVersionId: PUBLISHED_PLAN_V2,
        version: expect.any(Number),
        amendments: expect.arrayContaining([
          {
            provisionKey: newKey,
            responseId: 'llr-response-08',
            recommendationId: 'llr-rec-08',
            recommendationNumber: 8,
            note: 'New pilot following the cyber-crime answer.',
          },
          { provisionKey: newKey, responseId: draftResponseId, recommendationId: 'llr-rec-01', recommendationNumber: 1, note: null },
          { provisionKey: PARA_32_KEY, responseId: null, recommendationId: null, recommendationNumber: null, note: 'Editorial tidy-up.' },
        ]),
      });
      // The same links again change nothing but the version; the version read before is now stale.
      const stale = await put('OPCC_OFFICER', path()).send({ ...body, version: first.body.version - 1 });
      expect(stale.status).toBe(409);
      const again = await put('OPCC_OFFICER', path()).send({ ...body, version: first.body.version });
      expect(again.status).toBe(200);
      expect(again.body.amendments).toHaveLength(3);
      expect(await prisma.amendment.count({ where: { toVersionId: draft.id } })).toBe(3);
      expect(await prisma.amendment.count({ where: { toVersionId: draft.id, fromVersionId: PUBLISHED_PLAN_V2, documentId: PLAN } })).toBe(3);
      const audit = await prisma.auditEvent.findMany({ where: { entityId: draft.id, action: 'documentVersion.amendmentsReplaced' }, orderBy: { id: 'asc' } });
      expect(audit).toHaveLength(2);
      expect(audit[1]?.before).toEqual({ amendments: expect.arrayContaining([expect.objectContaining({ responseId: 'llr-response-08' })]) });
    });

    it('attributes changes to unpublished responses only for the OPCC, once the version is public', async () => {
      expect((await post('OPCC_APPROVER', `/api/document-versions/${draft.id}/publish`).send({ version: await versionOf(draft.id) })).status).toBe(200);
      const attributionsFor = async (who: 'anonymous' | DemoRole) => {
        const diff = (await client(who).get(`/api/document-versions/${draft.id}/diff?base=${PUBLISHED_PLAN_V2}`)).body as DiffEntry[];
        return diff.find((e) => e.provisionKey === newKey)?.amendedBy.map((a) => a.responseId);
      };
      expect(await attributionsFor('anonymous')).toEqual(['llr-response-08']);
      expect(await attributionsFor('CLERK')).toEqual(['llr-response-08']);
      expect(await attributionsFor('OPCC_OFFICER')).toEqual([draftResponseId, 'llr-response-08']);
      // An editorial link (no response) attributes nothing, and carries its note to every reader.
      const diff = (await t.anonymous().get(`/api/document-versions/${draft.id}/diff?base=${PUBLISHED_PLAN_V2}`)).body as DiffEntry[];
      expect(diff.find((e) => e.provisionKey === PARA_32_KEY)).toEqual(expect.objectContaining({ amendedBy: [], editorial: ['Editorial tidy-up.'] }));
      expect(diff.filter((e) => e.editorial).map((e) => e.provisionKey)).toEqual([PARA_32_KEY]);
      const history = (await t.anonymous().get(`/api/provisions/${newKey}/history`)).body as ProvisionHistory;
      expect(history.versions.at(-1)?.amendedBy.map((a) => a.responseId)).toEqual(['llr-response-08']);
      const links = (await t.anonymous().get(path())).body;
      expect(links.amendments.map((a: { responseId: string | null }) => a.responseId)).toEqual(expect.arrayContaining([null, 'llr-response-08']));
      expect(links.amendments).toHaveLength(2);
      // A diff spanning several versions carries the attributions of every step.
      const span = (await t.anonymous().get(`/api/document-versions/${draft.id}/diff?base=${DRAFT_PLAN_V1}`)).body as DiffEntry[];
      expect(span.find((e) => e.after?.number === '71')?.amendedBy).toEqual([expect.objectContaining({ responseId: 'llr-response-14' })]);
    });

    it('refuses unknown paragraphs, responses of other panels, editorial links without a note, and first versions', async () => {
      const before = await prisma.amendment.count({ where: { toVersionId: draft.id } });
      const wrong = await put('OPCC_OFFICER', path()).send({
        amendments: [
          { provisionKey: 'no-such-paragraph', responseId: 'llr-response-08' },
          { provisionKey: PARA_32_KEY, responseId: otherPanelResponseId },
        ],
        version: await versionOf(draft.id),
      });
      expect(wrong.status).toBe(422);
      expect(wrong.body.errors).toEqual([
        { path: 'amendments.0.provisionKey', message: expect.any(String) },
        { path: 'amendments.1.responseId', message: expect.any(String) },
      ]);
      const noNote = await put('OPCC_OFFICER', path()).send({
        amendments: [{ provisionKey: PARA_32_KEY, responseId: null }],
        version: await versionOf(draft.id),
      });
      expect(noNote.status).toBe(400);
      expect(noNote.body.errors).toEqual([expect.objectContaining({ path: 'amendments.0.note' })]);
      expect(await prisma.amendment.count({ where: { toVersionId: draft.id } })).toBe(before);
      expect((await put('OPCC_OFFICER', `/api/document-versions/${DRAFT_PLAN_V1}/amendments`).send({ amendments: [], version: 1 })).status).toBe(422);
    });

    it('is the officer’s to edit', async () => {
      for (const role of ['OPCC_APPROVER', 'CLERK', 'ADMIN', 'PANEL_MEMBER'] as const) {
        expect((await put(role, path()).send({ amendments: [], version: 1 })).status).toBe(403);
      }
      expect((await t.anonymous().put(path()).send({ amendments: [], version: 1 })).status).toBe(401);
      expect((await put('OPCC_OFFICER', '/api/document-versions/nothing/amendments').send({ amendments: [], version: 1 })).status).toBe(404);
    });
  });

  describe('the memoised diff of published versions', () => {
    // Anonymous requests say no-cache, so the HTTP cache does not answer them: the handler does.
    const publicDiff = (id: string, base: string) => t.anonymous().get(`/api/document-versions/${id}/diff?base=${base}`).set('Cache-Control', 'no-cache');
    const memoSize = () => t.app.get(VersionDiffMemo).size;
    const amendedBy = (diff: DiffEntry[], provisionKey: string) => diff.find((e) => e.provisionKey === provisionKey)?.amendedBy.map((a) => a.responseId);

    it('is computed once per pair, and still shows the links added, hidden or removed after that', async () => {
      const { version: draft, newParagraph } = await importDraftPlan(as.OPCC_OFFICER, 'Bilbywood');
      expect((await post('OPCC_APPROVER', `/api/document-versions/${draft.id}/publish`).send({ version: draft.version })).status).toBe(200);
      const inReview = (
        await prisma.response.create({ data: { recommendationId: 'llr-rec-02', outcome: 'ACCEPTED', text: 'Still in review.', status: 'IN_REVIEW' } })
      ).id;

      const sizeBefore = memoSize();
      const first = await publicDiff(draft.id, PUBLISHED_PLAN_V2);
      expect(first.status).toBe(200);
      expect(memoSize()).toBe(sizeBefore + 1);
      expect(amendedBy(first.body, newParagraph.provisionKey)).toEqual([]);

      const links = {
        amendments: [
          { provisionKey: newParagraph.provisionKey, responseId: 'llr-response-08' },
          { provisionKey: newParagraph.provisionKey, responseId: inReview },
        ],
      };
      expect((await put('OPCC_OFFICER', `/api/document-versions/${draft.id}/amendments`).send({ ...links, version: await versionOf(draft.id) })).status).toBe(
        200,
      );
      const linked = await publicDiff(draft.id, PUBLISHED_PLAN_V2);
      expect(memoSize()).toBe(sizeBefore + 1);
      expect(amendedBy(linked.body, newParagraph.provisionKey)).toEqual(['llr-response-08']);
      // The same memoised pair, for the OPCC: the response in review is theirs to see.
      const forOpcc = (await as.OPCC_OFFICER.agent.get(`/api/document-versions/${draft.id}/diff?base=${PUBLISHED_PLAN_V2}`)).body as DiffEntry[];
      expect(amendedBy(forOpcc, newParagraph.provisionKey)).toEqual([inReview, 'llr-response-08']);
      // Everything but the attributions is the first answer.
      expect((linked.body as DiffEntry[]).map((e) => (e.provisionKey === newParagraph.provisionKey ? { ...e, amendedBy: [] } : e))).toEqual(first.body);

      expect(
        (await put('OPCC_OFFICER', `/api/document-versions/${draft.id}/amendments`).send({ amendments: [], version: await versionOf(draft.id) })).status,
      ).toBe(200);
      const unlinked = await publicDiff(draft.id, PUBLISHED_PLAN_V2);
      expect(unlinked.text).toBe(first.text);
    });

    it('answers a version re-made under the same id (its row changed) afresh', async () => {
      const { version: draft, newParagraph } = await importDraftPlan(as.OPCC_OFFICER, 'Potoroo Creek');
      expect((await post('OPCC_APPROVER', `/api/document-versions/${draft.id}/publish`).send({ version: draft.version })).status).toBe(200);
      expect((await publicDiff(draft.id, PUBLISHED_PLAN_V2)).status).toBe(200);
      // Nothing in the API edits a published version; a reload of the record straight into the database could.
      await prisma.provision.update({
        where: { versionId_provisionKey: { versionId: draft.id, provisionKey: newParagraph.provisionKey } },
        data: { text: 'Reloaded text.' },
      });
      await prisma.documentVersion.update({ where: { id: draft.id }, data: { label: `${draft.label} (reloaded)` } });
      const diff = (await publicDiff(draft.id, PUBLISHED_PLAN_V2)).body as DiffEntry[];
      expect(diff.find((e) => e.provisionKey === newParagraph.provisionKey)?.after?.text).toBe('Reloaded text.');
    });

    it('never holds a draft: a rewritten draft is diffed afresh, and only its readers see it', async () => {
      const meeting = await prisma.meeting.create({ data: { panelId: 'llr-panel', title: 'Memo meeting', startsAt: new Date('2020-02-01T10:00:00Z') } });
      const minutes = `/api/meetings/${meeting.id}/minutes`;
      const save = async (items: Array<{ number: string; text: string }>, version?: number) => {
        const response = await put('CLERK', minutes).send({ items, ...(version ? { version } : {}) });
        expect(response.status).toBe(200);
        return response.body as { versionId: string; version: number; status: string };
      };
      const move = async (to: 'APPROVED' | 'PUBLISHED', version: number) => {
        const response = await post('CLERK', `${minutes}/transitions`).send({ to, version });
        expect(response.status).toBe(200);
        return response.body as { versionId: string; version: number };
      };
      const first = await save([{ number: '1', text: 'Apologies were received.' }]);
      await move('APPROVED', first.version);
      const published = await move('PUBLISHED', first.version + 1);
      const correction = await save([{ number: '1', text: 'Apologies were received from two members.' }], published.version);
      expect(correction.status).toBe('DRAFT');

      const sizeBefore = memoSize();
      const clerkDiff = async () =>
        ((await as.CLERK.agent.get(`/api/document-versions/${correction.versionId}/diff?base=${published.versionId}`)).body as DiffEntry[])[0]?.after?.text;
      expect(await clerkDiff()).toBe('Apologies were received from two members.');
      for (const who of ['anonymous', 'PANEL_MEMBER', 'OPCC_APPROVER'] as const) {
        expect((await client(who).get(`/api/document-versions/${correction.versionId}/diff?base=${published.versionId}`)).status).toBe(404);
        expect((await client(who).get(`/api/document-versions/${published.versionId}/diff?base=${correction.versionId}`)).status).toBe(404);
      }
      const rewritten = await save([{ number: '1', text: 'Apologies were received from three members.' }], correction.version);
      expect(rewritten.versionId).toBe(correction.versionId);
      expect(await clerkDiff()).toBe('Apologies were received from three members.');
      expect(memoSize()).toBe(sizeBefore);

      // Once published, it is memoised like any published pair, with the text it was published with.
      await move('APPROVED', rewritten.version);
      await move('PUBLISHED', rewritten.version + 1);
      const publicAnswer = (await publicDiff(correction.versionId, published.versionId)).body as DiffEntry[];
      expect(publicAnswer[0]?.after?.text).toBe('Apologies were received from three members.');
      expect(memoSize()).toBe(sizeBefore + 1);
    });
  });

  it('lists its routes in the OpenAPI document', async () => {
    const paths = (await t.anonymous().get('/api/openapi.json')).body.paths as Record<string, Record<string, unknown>>;
    const routes: Array<[string, string]> = [
      ['/api/panels/{slug}/documents', 'get'],
      ['/api/panels/{slug}/documents', 'post'],
      ['/api/documents/{id}/versions', 'post'],
      ['/api/documents/{id}/versions/preview', 'post'],
      ['/api/document-versions/{id}', 'get'],
      ['/api/document-versions/{id}/diff', 'get'],
      ['/api/document-versions/{id}/resolve', 'post'],
      ['/api/document-versions/{id}/publish', 'post'],
      ['/api/document-versions/{id}/amendments', 'get'],
      ['/api/document-versions/{id}/amendments', 'put'],
      ['/api/provisions/{provisionKey}/history', 'get'],
    ];
    for (const [path, method] of routes) expect(paths[path]?.[method]).toBeDefined();
    const importOperation = paths['/api/documents/{id}/versions']?.post as { requestBody: { content: Record<string, unknown> } };
    expect(Object.keys(importOperation.requestBody.content)).toEqual(expect.arrayContaining(['application/json', 'multipart/form-data']));
  });

  it('answers the permission matrix rows of these routes as expected', async () => {
    const rows = await documentsPermissionRows(t);
    const failures: string[] = [];
    for (const row of rows) {
      for (const [who, expected] of Object.entries(row.expected) as Array<[MatrixCaller, number]>) {
        const agent = client(who);
        let request = agent[row.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](row.path);
        if (who !== 'anonymous' && row.method !== 'GET') request = request.set('X-CSRF-Token', as[who].csrfToken);
        const response = row.body ? await request.send(row.body) : await request;
        if (response.status !== expected) failures.push(`${row.method} ${row.path} as ${who}: ${response.status}, expected ${expected}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
