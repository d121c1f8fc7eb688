// The corpus of papers (packages/plan-text/test/corpus) imported through the API as a panel's
// officer would, and cited through the resolve route as the papers' readers cite them: the
// route answers each citation with the paragraph meant, every candidate of a label printed
// twice, or the other document a reference names.
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentVersionDetail, ImportedVersion, ResolveResult } from '@psp/contracts';
import { call, expectStatus, PANEL } from './fixtures';
import { createTestApp, type SignedIn, type TestApp } from './harness';

const corpus = path.resolve(__dirname, '../../../packages/plan-text/test/corpus');
const PAPERS = ['county-cabinet-report', 'select-committee-report', 'explanatory-notes', 'statute-extract', 'inspection-report'];

interface Expectation {
  title: string;
  kind: 'PLAN' | 'REPORT' | 'MINUTES';
  labels: string[];
  citations: string[][];
}

describe('papers of other bodies, imported and cited through the API', () => {
  let t: TestApp;
  let officer: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.signIn('OPCC_APPROVER');
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(PAPERS)('%s', async (name) => {
    const expectation = JSON.parse(fs.readFileSync(path.join(corpus, `${name}.expected.json`), 'utf8')) as Expectation;
    const text = fs.readFileSync(path.join(corpus, `${name}.txt`), 'utf8');
    const document = expectStatus<{ id: string }>(
      await call(t, officer, 'POST', `/api/panels/${PANEL}/documents`, { kind: expectation.kind, title: expectation.title }),
      201,
    );
    const imported = expectStatus<ImportedVersion>(
      await call(t, officer, 'POST', `/api/documents/${document.id}/versions`, { label: 'As published', text }),
      201,
    );
    const version = expectStatus<DocumentVersionDetail>(await call(t, officer, 'GET', `/api/document-versions/${imported.id}`), 200);
    const numbered = version.provisions.filter((provision) => provision.number !== null);
    expect(numbered.map((provision) => provision.label ?? provision.number)).toEqual(expectation.labels);

    // Where each reference lands, as the corpus writes it: a printed label ("2#2" for its second printing) or the reason.
    const seen = new Map<string, number>();
    const landing = new Map<string, string>();
    for (const provision of numbered) {
      const printed = provision.label ?? provision.number ?? '';
      const occurrence = (seen.get(printed) ?? 0) + 1;
      seen.set(printed, occurrence);
      landing.set(provision.provisionKey, occurrence === 1 ? printed : `${printed}#${occurrence}`);
    }
    for (const [cited, ...expected] of expectation.citations) {
      const resolved = expectStatus<ResolveResult>(await call(t, officer, 'POST', `/api/document-versions/${imported.id}/resolve`, { text: cited }), 200);
      const landed = resolved.references.map((reference) => (reference.provisionKey ? landing.get(reference.provisionKey) : reference.reason));
      expect([cited, ...landed]).toEqual([cited, ...expected]);
      for (const reference of resolved.references.filter((r) => r.reason === 'ambiguous')) expect(reference.candidates.length).toBeGreaterThan(1);
      for (const reference of resolved.references.filter((r) => r.reason === 'otherDocument')) expect(reference.otherDocument).toEqual(expect.any(String));
    }
  });
});
