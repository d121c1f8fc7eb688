/**
 * Deterministic synthetic plans for tests and the benchmark: a provision tree (sections,
 * paragraphs with titles, lettered and roman sub-points, unnumbered text, tables), its canonical
 * text, a PDF-like rendering (wrapped lines, stray blank lines, page footers and running
 * headers), and edit operations that produce a next version with a known mapping.
 */
import { formatNumber, letterLabel, toRoman } from '../../src/numbering';
import { renderPlanText } from '../../src/render';
import type { ParsedProvision } from '../../src/types';
import { at } from '../../src/arrays';

export type Random = () => number;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return at(items, Math.floor(random() * items.length));
}

export function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'st', 'tr', 'pl', 'gr', 'sh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'm', 'nd', 'rt'];
// Real words the parser treats specially (line-end continuations); synthetic words must avoid them.
const RESERVED = new Set([
  'and',
  'the',
  'for',
  'with',
  'from',
  'that',
  'which',
  'who',
  'whose',
  'their',
  'into',
  'than',
  'between',
  'across',
  'under',
  'such',
  'these',
  'those',
  'upon',
  'via',
  'page',
]);

/** A vocabulary of pronounceable lower-case pseudo-words (at least four letters, no real function words). */
export function createVocabulary(random: Random, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = between(random, 2, 3);
    let word = '';
    for (let i = 0; i < syllables; i++) word += pick(random, ONSETS) + pick(random, VOWELS) + (i === syllables - 1 ? pick(random, CODAS) : '');
    if (word.length >= 4 && !RESERVED.has(word)) words.add(word);
  }
  return [...words];
}

function capitalise(word: string): string {
  return word[0]?.toUpperCase() + word.slice(1);
}

export class TextFactory {
  constructor(
    readonly random: Random,
    readonly vocabulary: readonly string[],
  ) {}

  words(count: number): string[] {
    return Array.from({ length: count }, () => pick(this.random, this.vocabulary));
  }

  sentence(low = 8, high = 18, end = '.'): string {
    const words = this.words(between(this.random, low, high));
    // Commas inside sentences, as in real prose; never at the end.
    for (let i = 2; i < words.length - 2; i += between(this.random, 4, 9)) words[i] = `${words[i]},`;
    return `${capitalise(words.join(' '))}${end}`;
  }

  sentences(count: number): string {
    return Array.from({ length: count }, () => this.sentence()).join(' ');
  }

  title(): string {
    return this.words(between(this.random, 2, 5))
      .map(capitalise)
      .join(' ');
  }
}

export interface PlanShape {
  paragraphs: number;
  /** Average words of a paragraph's own text. */
  sentencesPerParagraph?: [number, number];
  sectionEvery?: number;
  withTables?: boolean;
}

function parsed(fields: Partial<ParsedProvision> & Pick<ParsedProvision, 'kind' | 'text'>): ParsedProvision {
  const number = fields.number ?? null;
  // The label our canonical rendering prints: "12", "12(a)", "12(a)(ii)".
  return { number, label: number === null ? null : formatNumber(number, 'parenthesised'), heading: null, depth: 0, parentNumber: null, table: null, ...fields };
}

/** Generates a plan as provisions, shaped like the LLR plan. */
export function generatePlan(seed: number, shape: PlanShape): ParsedProvision[] {
  const random = createRandom(seed);
  const text = new TextFactory(random, createVocabulary(random, 1500));
  const [lowSentences, highSentences] = shape.sentencesPerParagraph ?? [2, 5];
  const sectionEvery = shape.sectionEvery ?? 10;
  const provisions: ParsedProvision[] = [parsed({ kind: 'TEXT', heading: 'Foreword', text: `${text.sentences(4)}\n\n${text.sentences(3)}` })];
  let section: string | null = null;
  for (let paragraph = 1; paragraph <= shape.paragraphs; paragraph++) {
    if ((paragraph - 1) % sectionEvery === 0) {
      section = text.title();
      provisions.push(parsed({ kind: 'SECTION', heading: section, text: section }));
    }
    const number = String(paragraph);
    const titled = random() < 0.15;
    const hasPoints = random() < 0.45;
    const intro = hasPoints ? `${text.sentences(between(random, 1, 2)).slice(0, -1)}:` : text.sentences(between(random, lowSentences, highSentences));
    provisions.push(parsed({ kind: 'PARAGRAPH', number, heading: titled ? text.title() : section, text: intro }));
    if (!hasPoints) continue;
    const letters = between(random, 2, 7);
    for (let letter = 1; letter <= letters; letter++) {
      const letterNumber = `${number}.${letterLabel(letter)}`;
      const hasRomans = random() < 0.2;
      provisions.push(
        parsed({
          kind: 'POINT',
          number: letterNumber,
          depth: 1,
          parentNumber: number,
          text: hasRomans ? text.sentence(6, 14, ':') : text.sentences(between(random, 1, 2)),
        }),
      );
      if (!hasRomans) continue;
      const romans = between(random, 1, 3);
      for (let roman = 1; roman <= romans; roman++) {
        provisions.push(
          parsed({ kind: 'POINT', number: `${letterNumber}.${toRoman(roman)}`, depth: 2, parentNumber: letterNumber, text: text.sentence(8, 20) }),
        );
      }
    }
    if (random() < 0.1) provisions.push(parsed({ kind: 'TEXT', depth: 1, parentNumber: number, text: text.sentences(2) }));
    if (shape.withTables && random() < 0.04) {
      const rows = [[text.title(), '£M', '%']];
      for (let row = 0; row < between(random, 3, 6); row++) {
        rows.push([text.title(), (random() * 200).toFixed(1), (random() * 100).toFixed(1)]);
      }
      provisions.push(
        parsed({
          kind: 'TABLE',
          depth: 1,
          parentNumber: number,
          text: rows.map((cells) => cells.join(' | ')).join('\n'),
          table: { rows },
        }),
      );
    }
  }
  return provisions;
}

export function wordCount(provisions: readonly ParsedProvision[]): number {
  return provisions.reduce((total, provision) => total + provision.text.split(/\s+/).filter(Boolean).length, 0);
}

/** PDF extractions print every level as "x." (the generator keeps letters to a–g, so "i." is always a numeral). */
function marker(provision: ParsedProvision): string {
  const segments = (provision.number as string).split('.');
  return `${at(segments, segments.length - 1)}.`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Prints provisions the way a PDF extraction does: lines wrapped at about `width` characters,
 * blank lines scattered inside sentences, items and headings separated by blank lines with stray
 * spaces, and a running header, stray page number and "Page x of y" footer every `pageLines` lines.
 */
export function toPdfLikeText(provisions: readonly ParsedProvision[], seed: number, width = 86, pageLines = 48): string {
  const random = createRandom(seed);
  const body: string[] = [];
  let section: string | null = null;
  const pushBlock = (lines: string[]) => {
    lines.forEach((line, index) => {
      // Extraction often leaves a blank line where a sentence carries on in lower case.
      const carriesOn = index > 0 && !/[.:]$/.test(at(lines, index - 1)) && /^[a-z]/.test(line);
      if (carriesOn && random() < 0.3) body.push(random() < 0.5 ? '' : ' ');
      body.push(random() < 0.2 ? ` ${line} ` : line);
    });
    body.push(random() < 0.5 ? ' ' : '');
    if (random() < 0.3) body.push('');
  };
  for (const provision of provisions) {
    if (provision.kind === 'SECTION') {
      section = provision.heading;
      pushBlock([provision.heading as string]);
      continue;
    }
    if (provision.kind === 'TABLE') {
      for (const row of provision.table?.rows ?? []) pushBlock([row.join(' ')]);
      continue;
    }
    if (provision.number === null) {
      if (provision.depth === 0 && provision.heading !== null && provision.heading !== section) {
        section = provision.heading;
        pushBlock([provision.heading]);
      }
      for (const block of provision.text.split('\n\n')) pushBlock(wrap(block, width));
      continue;
    }
    const prefix = marker(provision);
    const ownTitle = provision.depth === 0 && provision.heading !== null && provision.heading !== section;
    const blocks = provision.text.split('\n\n');
    if (ownTitle) {
      pushBlock([`${prefix} ${provision.heading}`]);
      for (const block of blocks) pushBlock(wrap(block, width));
    } else {
      blocks.forEach((block, index) => pushBlock(wrap(index === 0 ? `${prefix} ${block}` : block, width)));
    }
  }
  // Page breaks fall between blocks or inside a sentence, where a parser can still see the join.
  const breaks: number[] = [];
  let since = 0;
  for (let index = 1; index < body.length; index++) {
    since++;
    const before = at(body, index - 1).trim();
    const line = at(body, index).trim();
    const safe = line === '' || (!/[.:]$/.test(before) && /^[a-z]/.test(line));
    if (since >= pageLines && safe) {
      breaks.push(index);
      since = 0;
    }
  }
  const pages = breaks.length + 1;
  const out: string[] = [];
  let start = 0;
  [...breaks, body.length].forEach((end, page) => {
    out.push(...body.slice(start, end));
    if (page < pages - 1 || random() < 0.5) {
      out.push('', String(page + 7), '', '', 'Police and Crime Plan 2017-2021 EXPOSURE DRAFT v.0.7', '', `Page ${page + 1} of ${pages} `, ' ', '');
    }
    start = end;
  });
  return out.join('\n');
}

export function canonicalText(provisions: readonly ParsedProvision[]): string {
  return renderPlanText(provisions);
}

/** Recomputes paragraph numbers in reading order; sub-point numbers and parents follow. */
export function renumber(provisions: readonly ParsedProvision[]): ParsedProvision[] {
  const renamed = new Map<string, string>();
  let counter = 0;
  return provisions.map((provision) => {
    if (provision.number !== null && provision.depth === 0) {
      counter++;
      renamed.set(provision.number, String(counter));
      return { ...provision, number: String(counter), label: String(counter) };
    }
    const rename = (value: string | null) => {
      if (value === null) return null;
      const [head, ...rest] = value.split('.');
      return [renamed.get(head as string) ?? head, ...rest].join('.');
    };
    const number = rename(provision.number);
    return { ...provision, number, label: number === null ? null : formatNumber(number, 'parenthesised'), parentNumber: rename(provision.parentNumber) };
  });
}
