// Amending a plan as the OPCC does it in the browser: import a new draft, review how each paragraph
// follows the published version, correct a wrong match, link the changes, publish. The document
// here is a small plan of another panel's style, made by the test.
import type { DocumentSummary, ImportedVersion, VersionAmendments, VersionMatches } from '@psp/contracts';
import { createPrismaClient, type PrismaClient } from '@psp/db';
import { createTestApp, type DemoRole, type SignedIn, type TestApp } from './harness';

const PANEL = 'leicestershire';

const FIRST = [
  '1. Neighbourhood policing will remain the foundation of local policing across every district, with named officers for each ward.',
  '2. The Commissioner will publish quarterly figures for call answering times on the non-emergency 101 service, broken down by hour of day.',
  '3. Rural crime will be tackled through a dedicated rural crime team working with farmers, landowners and the National Farmers Union. The team will also work with neighbouring forces on the theft of agricultural machinery across county borders.',
  '4. Victims of crime will be referred to the victims service within two working days of reporting an offence.',
  '5. Victim satisfaction will be measured every quarter and reported to the Police and Crime Panel with the actions taken.',
  '6. The Commissioner will review this plan each year and consult the public on any change.',
].join('\n\n');

// Paragraph 2 is rewritten beyond recognition (the importer cannot tell it continues 2); 3 is
// split in two; 4 and 5 are merged; 6 is unchanged but renumbered; a paragraph is new.
const SECOND = [
  '1. Neighbourhood policing will remain the foundation of local policing across every district, with named officers for each ward.',
  '2. Residents phoning 101 should be answered promptly: the OPCC will set a target and report performance against it to every Panel meeting.',
  '3. Rural crime will be tackled through a dedicated rural crime team working with farmers, landowners and the National Farmers Union.',
  '4. The team will also work with neighbouring forces on the theft of agricultural machinery across county borders.',
  '5. Victims of crime will be referred to the victims service within two working days of reporting an offence. Victim satisfaction will be measured every quarter and reported to the Police and Crime Panel with the actions taken.',
  '6. A Victims’ Strategy will be published within six months of this plan.',
  '7. The Commissioner will review this plan each year and consult the public on any change.',
].join('\n\n');

describe('amending a plan: review the matches, correct one, link the changes, publish', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  const as = {} as Record<DemoRole, SignedIn>;
  const send = (who: DemoRole, method: 'post' | 'put', path: string) => as[who].agent[method](path).set('X-CSRF-Token', as[who].csrfToken);
  let documentId: string;
  let firstId: string;
  let draft: ImportedVersion;
  const matchesPath = () => `/api/document-versions/${draft.id}/matches`;
  const keyOf = (version: { provisions: Array<{ number: string | null; provisionKey: string }> }, number: string) => {
    const provision = version.provisions.find((p) => p.number === number);
    if (!provision) throw new Error(`no paragraph ${number}`);
    return provision.provisionKey;
  };
  const readMatches = async (who: DemoRole | 'anonymous' = 'OPCC_OFFICER') =>
    (await (who === 'anonymous' ? t.anonymous() : as[who].agent).get(matchesPath())) as { status: number; body: VersionMatches };
  const entryOf = (matches: VersionMatches, number: string) => matches.entries.find((entry) => entry.current?.number === number);

  beforeAll(async () => {
    t = await createTestApp();
    prisma = createPrismaClient(t.databaseUrl, { max: 2 });
    for (const role of ['PANEL_MEMBER', 'CLERK', 'OPCC_OFFICER', 'OPCC_APPROVER'] as const) as[role] = await t.signIn(role);
    const created = await send('OPCC_OFFICER', 'post', `/api/panels/${PANEL}/documents`).send({ kind: 'PLAN', title: 'Police and Crime Plan 2021–2025' });
    expect(created.status).toBe(201);
    documentId = (created.body as DocumentSummary).id;
    const first = await send('OPCC_OFFICER', 'post', `/api/documents/${documentId}/versions`).send({ label: 'Plan 2021', text: FIRST });
    expect(first.status).toBe(201);
    firstId = (first.body as ImportedVersion).id;
    expect(
      (await send('OPCC_APPROVER', 'post', `/api/document-versions/${firstId}/publish`).send({ version: (first.body as ImportedVersion).version })).status,
    ).toBe(200);
    const second = await send('OPCC_OFFICER', 'post', `/api/documents/${documentId}/versions`)
      .attach('file', Buffer.from(SECOND), { filename: 'plan-2022-draft.txt', contentType: 'text/plain' })
      .field('label', 'Refreshed plan 2022 (draft)');
    expect(second.status).toBe(201);
    draft = second.body as ImportedVersion;
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await t?.close();
  });

  it('reads back how each paragraph follows the published version, with the words that changed', async () => {
    const { status, body } = await readMatches();
    expect(status).toBe(200);
    expect(body).toMatchObject({ versionId: draft.id, status: 'DRAFT', fromVersion: { id: firstId, label: 'Plan 2021' } });
    expect(
      body.entries.map((entry) => [entry.relation, entry.current?.number ?? null, entry.previous?.number ?? null, entry.from.map((p) => p.number)]),
    ).toEqual([
      ['same', '1', '1', []],
      ['removed', null, '2', []],
      ['new', '2', null, []],
      ['edited', '3', '3', []],
      ['split', '4', null, ['3']],
      ['merged', '5', '5', ['4']],
      ['new', '6', null, []],
      ['renumbered', '7', '6', []],
    ]);
    expect(body.counts).toMatchObject({ same: 1, new: 2, removed: 1, edited: 1, split: 1, merged: 1, renumbered: 1, moved: 0 });
    const edited = entryOf(body, '3');
    expect(
      edited?.words
        ?.filter((w) => w.op === 'delete')
        .map((w) => w.text)
        .join(''),
    ).toMatch(/The team will also work with neighbouring forces/);
    expect(entryOf(body, '1')?.words).toBeNull();
  });

  it('keeps a draft’s matches from everyone who may not see the draft', async () => {
    for (const who of ['anonymous', 'PANEL_MEMBER', 'CLERK'] as const) expect((await readMatches(who)).status).toBe(404);
    expect((await readMatches('OPCC_APPROVER')).status).toBe(200);
  });

  it('corrects a wrong match: the rewritten paragraph 2 continues the published 2, and its link follows it', async () => {
    const before = await readMatches();
    const newTwoKey = keyOf(draft, '2');
    // A link made before the correction follows the paragraph to its corrected key.
    const linked = await send('OPCC_OFFICER', 'put', `/api/document-versions/${draft.id}/amendments`).send({
      amendments: [{ provisionKey: newTwoKey, responseId: null, note: 'The 101 commitment restated as a target.' }],
      version: before.body.version,
    });
    expect(linked.status).toBe(200);
    const version = (linked.body as VersionAmendments).version;
    const publishedTwo = before.body.entries.find((entry) => entry.relation === 'removed')?.previous?.provisionKey;
    if (!publishedTwo) throw new Error('no removed paragraph');

    const corrected = await send('OPCC_OFFICER', 'put', `${matchesPath()}/${newTwoKey}`).send({ previousKey: publishedTwo, version });
    expect(corrected.status).toBe(200);
    const after = corrected.body as VersionMatches;
    expect(entryOf(after, '2')).toMatchObject({ relation: 'edited', current: { provisionKey: publishedTwo }, previous: { number: '2' } });
    expect(entryOf(after, '2')?.words?.some((w) => w.op === 'insert' && /target/.test(w.text))).toBe(true);
    expect(after.entries.some((entry) => entry.relation === 'removed')).toBe(false);
    expect(after.version).toBe(version + 1);

    const amendments = (await as.OPCC_OFFICER.agent.get(`/api/document-versions/${draft.id}/amendments`)).body as VersionAmendments;
    expect(amendments.amendments).toEqual([expect.objectContaining({ provisionKey: publishedTwo, note: 'The 101 commitment restated as a target.' })]);
    // The paragraph's history now runs through both versions.
    const history = await as.OPCC_OFFICER.agent.get(`/api/provisions/${publishedTwo}/history`);
    expect((history.body as { versions: Array<{ change: string }> }).versions.map((v) => v.change)).toEqual(['unchanged', 'modified']);
    const audit = await prisma.auditEvent.findFirst({ where: { entityId: draft.id, action: 'documentVersion.rematched' } });
    expect(audit?.after).toMatchObject({ provisionKey: publishedTwo, continues: publishedTwo });
  });

  it('re-keys the paragraph that held the key it is given, which then reads as taken from it', async () => {
    const matches = (await readMatches()).body;
    const publishedOne = entryOf(matches, '1')?.current?.provisionKey;
    const newSix = entryOf(matches, '6')?.current?.provisionKey;
    if (!publishedOne || !newSix) throw new Error('no paragraphs 1 and 6');
    const wrong = await send('OPCC_OFFICER', 'put', `${matchesPath()}/${newSix}`).send({ previousKey: publishedOne, version: matches.version });
    expect(wrong.status).toBe(200);
    const after = wrong.body as VersionMatches;
    expect(entryOf(after, '6')).toMatchObject({ relation: 'edited', current: { provisionKey: publishedOne } });
    // Its words are still those of the published 1, so it reads as taken from it, not as continuing it.
    expect(entryOf(after, '1')).toMatchObject({ relation: 'split', previous: null, from: [{ provisionKey: publishedOne }] });
    const keys = after.entries.flatMap((entry) => (entry.current ? [entry.current.provisionKey] : []));
    expect(new Set(keys).size).toBe(keys.length);

    // And back: paragraph 6 is new, paragraph 1 continues the published 1.
    const undo6 = await send('OPCC_OFFICER', 'put', `${matchesPath()}/${publishedOne}`).send({ previousKey: null, version: after.version });
    expect(undo6.status).toBe(200);
    const one = entryOf(undo6.body as VersionMatches, '1')?.current?.provisionKey;
    if (!one) throw new Error('no paragraph 1');
    const undo1 = await send('OPCC_OFFICER', 'put', `${matchesPath()}/${one}`).send({
      previousKey: publishedOne,
      version: (undo6.body as VersionMatches).version,
    });
    expect(undo1.status).toBe(200);
    expect((undo1.body as VersionMatches).entries.map((entry) => entry.relation)).toEqual(['same', 'edited', 'edited', 'split', 'merged', 'new', 'renumbered']);
  });

  it('refuses a stale version, a paragraph of no earlier version, an unknown paragraph and other roles, changing nothing', async () => {
    const matches = (await readMatches()).body;
    const key = entryOf(matches, '6')?.current?.provisionKey ?? '';
    const stale = await send('OPCC_OFFICER', 'put', `${matchesPath()}/${key}`).send({ previousKey: null, version: matches.version - 1 });
    expect(stale.status).toBe(409);
    const unknownPrevious = await send('OPCC_OFFICER', 'put', `${matchesPath()}/${key}`).send({ previousKey: 'not-a-key', version: matches.version });
    expect(unknownPrevious.status).toBe(400);
    expect(unknownPrevious.body).toMatchObject({ errors: [{ path: 'previousKey' }] });
    const unknownParagraph = await send('OPCC_OFFICER', 'put', `${matchesPath()}/not-a-key`).send({ previousKey: null, version: matches.version });
    expect(unknownParagraph.status).toBe(404);
    const badBody = await send('OPCC_OFFICER', 'put', `${matchesPath()}/${key}`).send({ previousKey: 7, version: matches.version });
    expect(badBody.status).toBe(400);
    expect((await send('CLERK', 'put', `${matchesPath()}/${key}`).send({ previousKey: null, version: matches.version })).status).toBe(403);
    expect((await send('PANEL_MEMBER', 'put', `${matchesPath()}/${key}`).send({ previousKey: null, version: matches.version })).status).toBe(403);
    expect((await readMatches()).body).toEqual(matches);
  });

  it('is closed once the version is published', async () => {
    const matches = (await readMatches()).body;
    const published = await send('OPCC_APPROVER', 'post', `/api/document-versions/${draft.id}/publish`).send({ version: matches.version });
    expect(published.status).toBe(200);
    const key = entryOf(matches, '6')?.current?.provisionKey ?? '';
    const refused = await send('OPCC_OFFICER', 'put', `${matchesPath()}/${key}`).send({ previousKey: null, version: matches.version + 1 });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: expect.stringMatching(/version-published/) });
    // Published, the matches are anyone's to read.
    expect((await readMatches('anonymous')).status).toBe(200);
  });
});
