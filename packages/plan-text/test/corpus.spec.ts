// The corpus: papers in the layouts UK public bodies print (council and panel reports, select
// committee reports, explanatory notes, legislation, minutes, letters, plans, guidance), each with
// a hand-checked expectation of the numbered paragraphs a reader sees and of where each citation
// in it, or of it, lands. corpus/README.md says what the corpus is and is not (written for this
// repository in those layouts, not copies of real documents).
import fs from 'node:fs';
import path from 'node:path';
import { findCitations, resolveCitations, type CitingDocumentKind } from '../src/citations';
import { parsePlanText } from '../src/parse';

interface Expectation {
  title: string;
  layout: string;
  kind: CitingDocumentKind;
  /** Every numbered provision, as printed, in reading order. */
  labels: string[];
  /** The import must warn at least this often (a second series, a jump in numbering). */
  warningsAtLeast?: number;
  /** Every citation found in the document's own text: [as cited, where each number lands…]. */
  ownCitations: string[][];
  /** Citations of the document as its readers write them. */
  citations: string[][];
  /** Citations resolved as if the document were a plan ("minute 6" is then another document's). */
  asPlan?: string[][];
  /** Page furniture (running headers, page numbers) that no numbered paragraph may keep. */
  textExcludes?: string[];
}

const corpusDirectory = path.join(__dirname, 'corpus');
const documents = fs
  .readdirSync(corpusDirectory)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => {
    const name = file.replace(/\.txt$/, '');
    const expectation = JSON.parse(fs.readFileSync(path.join(corpusDirectory, `${name}.expected.json`), 'utf8')) as Expectation;
    return { name, text: fs.readFileSync(path.join(corpusDirectory, file), 'utf8'), expectation };
  });

/** Where a reference lands: the label it prints ("2#2" for the second provision printing "2"), or why it does not. */
function landings(text: string, provisions: ReturnType<typeof keyed>, kind: CitingDocumentKind): string[][] {
  const references = resolveCitations(text, provisions, kind);
  let next = 0;
  // One row a citation: resolveCitations answers one reference a cited number, in order.
  return findCitations(text, kind).map((match) => [
    match.cited,
    ...match.numbers.map(() => {
      const reference = references[next++];
      const provision = provisions.find((candidate) => candidate.provisionKey === reference?.provisionKey);
      return provision ? provision.landing : (reference?.reason ?? 'missing');
    }),
  ]);
}

function keyed(text: string) {
  const provisions = parsePlanText(text).provisions;
  const seen = new Map<string, number>();
  return provisions.map((provision, index) => {
    const printed = provision.label ?? provision.number ?? '';
    const occurrence = (seen.get(printed) ?? 0) + 1;
    seen.set(printed, occurrence);
    const landing = occurrence === 1 ? printed : `${printed}#${occurrence}`;
    return { ...provision, provisionKey: `k${index}`, landing };
  });
}

describe('the corpus of public papers', () => {
  it('has at least 20 papers', () => {
    expect(documents.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(documents.map((document) => [document.name, document] as const))('%s', (_name, { text, expectation }) => {
    const provisions = keyed(text);

    it('imports the numbered paragraphs a reader sees, numbers unique', () => {
      const numbered = provisions.filter((provision) => provision.number !== null);
      expect(numbered.map((provision) => provision.label ?? provision.number)).toEqual(expectation.labels);
      expect(new Set(numbered.map((provision) => provision.number)).size).toBe(numbered.length);
    });

    it('keeps no page furniture in its paragraphs', () => {
      for (const furniture of expectation.textExcludes ?? []) {
        expect(provisions.filter((provision) => provision.number !== null && provision.text.includes(furniture)).map((provision) => provision.label)).toEqual(
          [],
        );
      }
    });

    it('warns where its numbering is unusual', () => {
      expect(parsePlanText(text).warnings.length).toBeGreaterThanOrEqual(expectation.warningsAtLeast ?? 0);
    });

    it('resolves the citations in its own text to the paragraph meant, or says why not', () => {
      expect(landings(text, provisions, expectation.kind)).toEqual(expectation.ownCitations);
    });

    it('resolves the citations its readers write', () => {
      for (const [cited, ...expected] of expectation.citations) {
        expect([cited, ...landings(cited ?? '', provisions, expectation.kind).flatMap(([, ...landed]) => landed)]).toEqual([cited, ...expected]);
      }
      for (const [cited, ...expected] of expectation.asPlan ?? []) {
        expect([cited, ...landings(cited ?? '', provisions, 'PLAN').flatMap(([, ...landed]) => landed)]).toEqual([cited, ...expected]);
      }
    });
  });
});
