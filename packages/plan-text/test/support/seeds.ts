import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Copies of the LLR seed documents (/work/shared/seeds), kept with the tests so they run anywhere.
const fixtures = join(__dirname, '..', 'fixtures');

export function readFixture(name: 'draft-plan' | 'first-100-days' | 'response-letter'): string {
  const file = {
    'draft-plan': 'police-and-crime-plan-2017-2021-draft-v0.7.txt',
    'first-100-days': 'panel-report-2016-09-23-first-100-days.txt',
    'response-letter': 'pcc-response-to-panel-recommendations-2017-03-02.txt',
  }[name];
  return readFileSync(join(fixtures, file), 'utf8');
}

/**
 * An amended version of the draft plan written for these tests, not the published plan: it merges,
 * splits and inserts paragraphs beyond anything the Commissioner's letter describes, so that the
 * matcher meets every kind of change. The database seed does not load it.
 */
export function readPublishedPlan(): string {
  return readFileSync(join(fixtures, 'amended-plan-invented-splits-and-merges.txt'), 'utf8');
}

/** Words (letters and digits) of a text, lower-cased, counted. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}
