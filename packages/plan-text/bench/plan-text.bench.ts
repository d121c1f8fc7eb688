// Benchmark of the plan-text engine on a synthetic plan the size of a large Police and Crime Plan
// (300 paragraphs, about 60,000 words, as a PDF extraction with wrapped lines and page footers).
// Run: cd /work/main && node -r ./scripts/swc-register.cjs packages/plan-text/bench/plan-text.bench.ts
// Prints a table, then, last, one JSON line with the medians in milliseconds.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { findCitations, resolveCitations } from '../src/citations';
import { diffVersions } from '../src/diff';
import { assignProvisionKeys } from '../src/match';
import { parsePlanText } from '../src/parse';
import { renderPlanText } from '../src/render';
import type { KeyedProvision } from '../src/types';
import { createRandom, generatePlan, pick, toPdfLikeText, wordCount } from '../test/support/plan-generator';
import { VersionEditor, paragraphStarts } from '../test/support/versions';
import { at } from '../src/arrays';

const SEED = 2017;
const WARM_UP = 5;
const RUNS = 25;

interface Figure {
  name: string;
  medianMs: number;
  p90Ms: number;
  minMs: number;
  targetMs: number | null;
}

function measure(name: string, targetMs: number | null, work: () => unknown): Figure {
  for (let run = 0; run < WARM_UP; run++) work();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const quantile = (share: number) => at(times, Math.min(times.length - 1, Math.floor(times.length * share)));
  return { name, medianMs: quantile(0.5), p90Ms: quantile(0.9), minMs: at(times, 0), targetMs };
}

// The plan, as a PDF extraction.
const plan = generatePlan(SEED, { paragraphs: 300, sentencesPerParagraph: [14, 24], withTables: true });
const pdfText = toPdfLikeText(plan, SEED);
const parsed = parsePlanText(pdfText).provisions;
let counter = 0;
const base = assignProvisionKeys([], parsed, () => `k${counter++}`).provisions;

// The next version: about 10% of the paragraphs edited, inserted, moved, deleted, split or merged.
const editor = new VersionEditor(parsed, SEED);
const random = createRandom(SEED);
for (let edit = 0; edit < 12; edit++) editor.editProvision(pick(random, paragraphStarts(editor.items)), 0.05 + random() * 0.3);
for (let insert = 0; insert < 8; insert++) editor.insertParagraph();
for (let move = 0; move < 5; move++) editor.moveParagraph();
for (let remove = 0; remove < 3; remove++) editor.deleteParagraph();
editor.splitParagraph();
editor.mergeParagraphs();
const next = editor.result().provisions;
const nextKeyed: KeyedProvision[] = assignProvisionKeys(base, next, () => `n${counter++}`).provisions;

// 1,000 citations in every style the response letters use, in running prose.
const styles = [
  (n: number) => `Para ${n}`,
  (n: number) => `para ${n}(b) and ${n + 1}`,
  (n: number) => `paragraph ${n}.a`,
  (n: number) => `point ${n}.b`,
  (n: number) => `Para ${n}b`,
  (n: number) => `paras ${n} to ${n + 2}`,
  (n: number) => `section ${n}, F`,
  (n: number) => `Para ${n}, item ix`,
  (n: number) => `**Para ${n}(d)(ii)**`,
  (n: number) => `paragraphs ${n}–${n + 1} and ${n + 5}`,
];
const citationText = Array.from({ length: 1000 }, (_, index) => {
  const style = styles[index % styles.length] as (n: number) => string;
  return `The panel noted 13,250 referrals in 2017 and asked about ${style(1 + ((index * 7) % 290))} of the plan.`;
}).join(' ');
// A council report numbered in dotted decimals: 100 sections "n.0 HEADING" of 9 paragraphs
// "n.1" … "n.9" (1,000 numbered paragraphs), some with (a)/(b) points, wrapped like a PDF extraction.
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
const fillers = plan.filter((provision) => provision.kind === 'PARAGRAPH').map((provision) => provision.text.replace(/\s+/g, ' '));
const decimalLines: string[] = ['REPORT OF THE CHIEF FINANCE OFFICER', ''];
for (let section = 1; section <= 100; section++) {
  decimalLines.push(`${section}.0 SECTION ${section} OF THE REPORT`, '');
  for (let paragraph = 1; paragraph <= 9; paragraph++) {
    const filler = at(fillers, (section * 9 + paragraph) % fillers.length);
    const body = filler.slice(0, 300 + ((section * paragraph) % 400)).replace(/\s\S*$/, '.');
    decimalLines.push(...wrap(`${section}.${paragraph} ${body}`, 90));
    if (paragraph === 3) decimalLines.push('(a) the first point of the list; or', '(b) the second point of the list.');
    decimalLines.push('');
  }
  if (section % 3 === 0) decimalLines.push(`Page ${section / 3} of 34`, '');
}
const decimalReport = decimalLines.join('\n');
const decimalParsed = parsePlanText(decimalReport).provisions;

const keyedNumbers = nextKeyed.map((provision) => ({ number: provision.number, provisionKey: provision.provisionKey }));

const figures: Figure[] = [
  measure('parse (PDF text)', 100, () => parsePlanText(pdfText)),
  measure('parse 1,000 dotted decimals', 200, () => parsePlanText(decimalReport)),
  measure('render (canonical text)', null, () => renderPlanText(parsed)),
  measure('match (assignProvisionKeys)', null, () => assignProvisionKeys(base, next, () => 'x')),
  measure('diff (diffVersions)', 50, () => diffVersions(base, nextKeyed)),
  measure('resolve 1,000 citations', 20, () => resolveCitations(citationText, keyedNumbers)),
];

const changed = diffVersions(base, nextKeyed).filter((entry) => entry.change !== 'unchanged' && entry.change !== 'renumbered').length;
const citations = resolveCitations(citationText, keyedNumbers);
console.log(
  `plan: ${plan.filter((provision) => provision.kind === 'PARAGRAPH').length} paragraphs, ${wordCount(plan)} words, ${parsed.length} provisions, ${pdfText.length} characters of PDF text`,
);
console.log(
  `dotted-decimal report: ${decimalParsed.filter((provision) => provision.number !== null && /^\d+\.\d+$/.test(provision.number)).length} decimal paragraphs, ${decimalParsed.length} provisions, ${decimalReport.length} characters`,
);
console.log(
  `next version: ${next.length} provisions, ${changed} added/removed/modified; ${findCitations(citationText).length} citations resolving to ${citations.length} references`,
);
// Wall-clock times suffer when other processes share the CPUs; the fastest run shows the cost itself.
console.log(`machine: ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(2)}`);
console.log('');
console.log(`${'measure'.padEnd(30)} ${'median ms'.padStart(10)} ${'p90 ms'.padStart(10)} ${'min ms'.padStart(10)} ${'target ms'.padStart(10)}  result`);
for (const figure of figures) {
  const verdict = figure.targetMs === null ? '' : figure.medianMs <= figure.targetMs ? 'ok' : 'OVER TARGET';
  const cells = [figure.medianMs, figure.p90Ms, figure.minMs].map((value) => value.toFixed(2).padStart(10)).join(' ');
  console.log(`${figure.name.padEnd(30)} ${cells} ${(figure.targetMs === null ? '-' : String(figure.targetMs)).padStart(10)}  ${verdict}`);
}
const round = (value: number) => Math.round(value * 100) / 100;
console.log(
  JSON.stringify({
    bench: 'plan-text',
    words: wordCount(plan),
    provisions: parsed.length,
    parseMs: round(at(figures, 0).medianMs),
    parseDecimalMs: round(at(figures, 1).medianMs),
    renderMs: round(at(figures, 2).medianMs),
    matchMs: round(at(figures, 3).medianMs),
    diffMs: round(at(figures, 4).medianMs),
    resolve1000Ms: round(at(figures, 5).medianMs),
    loadAverage: round(loadavg()[0] ?? 0),
  }),
);
