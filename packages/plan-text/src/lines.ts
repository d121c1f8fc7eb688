/**
 * First parsing stage: turns raw text (a PDF extraction, Markdown, or our own canonical form)
 * into clean source lines, with page furniture blanked out and table rows recognised.
 */
import type { ParseWarning } from './types';

import { firstLetterCase } from './shapes';
import { at } from './arrays';

export interface SourceLine {
  /** Trimmed text with single spaces and Markdown emphasis removed; '' for blank lines. */
  text: string;
  blank: boolean;
  /** A Markdown heading (`# …`) or a line that is bold from end to end. */
  explicitHeading: boolean;
  /** The line began with a bullet ("- ", "• ") that was removed from `text`. */
  bullet: boolean;
  /** Cells of a table row (a `| a | b |` line or a line ending in figures), else null. */
  cells: string[] | null;
  /** True for cells of a `| … |` row, whose column layout is explicit. */
  pipeRow: boolean;
  /** A numbered line whose words after the marker are all bold ("54. **Mental Health**"): an explicit title. */
  boldTitle: boolean;
}

export interface PreparedText {
  lines: SourceLine[];
  /** Lower-case words of the whole text, used to decide whether a line-end hyphen is real; computed on demand. */
  vocabulary: () => Set<string>;
  /** Length from which a PDF line counts as running to the right margin; null when the text is not wrapped. */
  fullLineLength: number | null;
}

/** "Page 22 of 23", "- 7 -", "[7]", or a number alone on its line (a stray page number). */
const PAGE_NUMBER_LINE = /^(?:page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|-\s*\d{1,4}\s*-|\d{1,3}|\[\s*\d{1,4}\s*\])$/i;
const FOOTER_KEYWORDS = /\b(?:DRAFT|CONFIDENTIAL|OFFICIAL|RESTRICTED|PROTECT|SENSITIVE|UNCLASSIFIED|NOT PROTECTIVELY MARKED)\b/;
const FOOTER_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;
const FOOTER_VERSION = /\bv\.?\s?\d+(?:\.\d+)+\b/i;
const BULLET_CHARACTERS = '-*•▪◦·‣●○■□➢►';
const BULLET = new RegExp(`^[${BULLET_CHARACTERS}]\\s+`);
const BULLET_START = new Set(BULLET_CHARACTERS);
const BULLETS_ONLY = new RegExp(`^[${BULLET_CHARACTERS}]+$`);
// Dotted decimals ("4.0 SECTION 4") too: a numbered heading next to a page number is no running header.
const MARKER_START = /^(?:\(?\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+\.?|\(\d{1,3}\)|\(?[a-z]{1,7}[.)]|\([a-zA-Z]{1,7}\)|[A-Z]\))(?:\s|$)/;
const BOLD_TITLE = /^(?:\(?[\da-zA-Z]{1,7}[.)]|\([\da-zA-Z]{1,7}\))\s+(\*\*|__)(?:\S.*\S|\S)\1$/;
const PIPE_SEPARATOR = /^\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?)?\s*$/;

/** A table cell value: an amount, a percentage, a unit heading or a financial year. */
const NUMERIC_CELL = /^(?:\(?[£$€]?[-−]?\d[\d,]*(?:\.\d+)?\)?%?(?:[mk]|bn)?|£[mk]|£|%|\d{4}\/\d{2,4})$/i;

const ODD_CHARACTERS = /\r\n?|[\f\v\u2028\u2029]|[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]|[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Line breaks to "\n", odd spaces to " ", invisible characters removed: one pass over the text. */
function normaliseCharacters(text: string): string {
  return text.replace(ODD_CHARACTERS, (found) => {
    const code = found.charCodeAt(0);
    if (code === 13 || code === 12 || code === 11 || code === 0x2028 || code === 0x2029) return '\n';
    if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return '';
    return ' ';
  });
}

/** Removes Markdown emphasis (**bold**, __bold__, *italic*), keeping the words. */
export function stripInlineMarkdown(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text;
  // Emphasis markers go wherever they touch a word, paired or not: a pair can be split over two
  // lines, and stripping it from one line but not from the joined line would read differently.
  // Repeated until nothing changes, because removing one marker can bring two others together.
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current
      .replace(/\*\*|__/g, '')
      .replace(/(^|[\s(["'“‘])[*_]+(?=\S)/g, '$1')
      .replace(/(?<=\S)[*_]+(?=$|[\s).,;:!?'"”’\]])/g, '');
  } while (current !== previous);
  return current;
}

function isBoldLine(text: string): boolean {
  const match = /^(\*\*|__)(\S.*\S|\S)\1$/.exec(text);
  return match !== null && !at(match, 2).includes(at(match, 1));
}

function splitPipeRow(text: string): string[] {
  const inner = text.replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((cell) => cell.trim());
}

/** At most `limit` words? Counted without splitting: this runs on every line of long documents. */
function hasFewWords(text: string, limit: number): boolean {
  let spaces = 0;
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1)) {
    if (++spaces >= limit) return false;
  }
  return true;
}

function isFooterLike(text: string): boolean {
  if (text.length > 100 || !hasFewWords(text, 12)) return false;
  // Cheap character checks guard the regular expressions: this runs on most lines of a long plan.
  return (
    FOOTER_KEYWORDS.test(text) ||
    (text.includes('/') && FOOTER_DATE.test(text)) ||
    (text.includes('.') && FOOTER_VERSION.test(text)) ||
    text.includes('©') ||
    /copyright/i.test(text)
  );
}

function blankLine(): SourceLine {
  return { text: '', blank: true, explicitHeading: false, bullet: false, cells: null, pipeRow: false, boldTitle: false };
}

// Blank lines share one frozen object; page furniture is replaced by it, never mutated.
const BLANK: SourceLine = Object.freeze(blankLine());

function classifyLine(raw: string): SourceLine {
  let text = raw.trim();
  // A bullet character with nothing after it is an empty list item: nothing to read.
  if (text === '' || (text.length <= 2 && BULLETS_ONLY.test(text))) return BLANK;
  if (text.includes('  ')) text = text.replace(/ {2,}/g, ' ');
  const first = text[0];
  // Most lines are plain prose: nothing Markdown-like at the start and no emphasis inside.
  if (first !== '|' && first !== '#' && !BULLET_START.has(first as string) && !text.includes('*') && !text.includes('_')) {
    return { text, blank: false, explicitHeading: false, bullet: false, cells: null, pipeRow: false, boldTitle: false };
  }
  if (first === '|' && text.endsWith('|')) {
    if (PIPE_SEPARATOR.test(text)) return { ...blankLine(), blank: false, cells: [], pipeRow: true };
    const cells = splitPipeRow(text).map((cell) => stripInlineMarkdown(cell).replace(/ {2,}/g, ' ').trim());
    return { ...blankLine(), text: cells.filter(Boolean).join(' | '), blank: false, cells, pipeRow: true };
  }
  let explicitHeading = false;
  const heading = /^#{1,6}\s+(.*?)(?:\s+#+)?$/.exec(text);
  if (heading) {
    explicitHeading = true;
    text = heading[1] ?? '';
  }
  let bullet: boolean | null = null;
  // "- 3. Lord Willy Bach…" is a Markdown rendering of a numbered paragraph, not a bullet.
  const takeBullet = () => {
    const match = BULLET.exec(text);
    if (explicitHeading || !match) return;
    text = text.slice(match[0].length);
    bullet = !MARKER_START.test(stripInlineMarkdown(text));
  };
  takeBullet();
  const emphasised = text.includes('**') || text.includes('__');
  if (emphasised && !explicitHeading && isBoldLine(text) && text.length <= 120) explicitHeading = true;
  const boldTitle = emphasised && !explicitHeading && BOLD_TITLE.test(text);
  text = stripInlineMarkdown(text).replace(/ {2,}/g, ' ').trim();
  // Removing emphasis can uncover a bullet ("*- 1.") that our rendering would then print bare.
  if (bullet === null) takeBullet();
  if (text === '' || BULLETS_ONLY.test(text)) return BLANK;
  return { text, blank: false, explicitHeading, bullet: bullet === true, cells: null, pipeRow: false, boldTitle };
}

/**
 * Blanks out page numbers, and the running headers and footers around them ("20/01/2017 v.0.7:
 * 4606 EXPOSURE DRAFT"), reporting each line it removes. A blank line is left in their place: a
 * page break separates like one.
 */
function removePageFurniture(lines: SourceLine[], warnings: ParseWarning[]): void {
  const nonBlank: number[] = [];
  lines.forEach((line, index) => {
    if (!line.blank && line.text !== '') nonBlank.push(index);
  });
  const pageLinePositions: number[] = [];
  nonBlank.forEach((lineIndex, position) => {
    const line = at(lines, lineIndex);
    if (line.text.length <= 20 && !line.explicitHeading && !line.pipeRow && PAGE_NUMBER_LINE.test(line.text)) pageLinePositions.push(position);
  });

  const furniture = new Set<number>(pageLinePositions.map((position) => at(nonBlank, position)));
  const maskedTexts = new Map<number, string>();
  const masked = (lineIndex: number): string => {
    let text = maskedTexts.get(lineIndex);
    if (text === undefined) {
      text = at(lines, lineIndex).text.replace(/\d+/g, '#');
      maskedTexts.set(lineIndex, text);
    }
    return text;
  };
  // Lines next to page numbers are running headers or footers when they look like one, or when
  // the same line (page numbers aside) sits next to page numbers more than once.
  const zone = new Set<number>();
  for (const position of pageLinePositions) {
    for (let offset = -3; offset <= 3; offset++) {
      const lineIndex = nonBlank[position + offset];
      if (lineIndex === undefined || furniture.has(lineIndex)) continue;
      const line = at(lines, lineIndex);
      if (!line.explicitHeading && !line.pipeRow && !MARKER_START.test(line.text)) zone.add(lineIndex);
    }
  }
  const zoneCounts = new Map<string, number>();
  for (const lineIndex of zone) zoneCounts.set(masked(lineIndex), (zoneCounts.get(masked(lineIndex)) ?? 0) + 1);
  for (const lineIndex of zone) {
    const text = at(lines, lineIndex).text;
    const headerShaped = /^[\p{Lu}\d]/u.test(text) && !/[.,;:]$/.test(text) && text.length <= 100;
    if (isFooterLike(text) || (headerShaped && (zoneCounts.get(masked(lineIndex)) ?? 0) >= 2)) furniture.add(lineIndex);
  }
  // A header that repeats on many pages is furniture even where no page number was extracted.
  const footerLike = nonBlank.filter((lineIndex) => {
    const line = at(lines, lineIndex);
    return isFooterLike(line.text) && !furniture.has(lineIndex) && !line.explicitHeading && !MARKER_START.test(line.text);
  });
  const counts = new Map<string, number>();
  for (const lineIndex of footerLike) counts.set(masked(lineIndex), (counts.get(masked(lineIndex)) ?? 0) + 1);
  for (const lineIndex of footerLike) if ((counts.get(masked(lineIndex)) ?? 0) >= 3) furniture.add(lineIndex);
  // A running header with no page number beside it ("Police and Crime Panel – 5 February 2024"
  // atop every page): the same heading-shaped line of several words, word for word, three times or
  // more. Real headings that repeat ("Background") are short; numbered headings are markers.
  const exactCounts = new Map<string, number>();
  const runningCandidates = nonBlank.filter((lineIndex) => {
    const line = at(lines, lineIndex);
    if (furniture.has(lineIndex) || line.explicitHeading || line.pipeRow || line.bullet || MARKER_START.test(line.text)) return false;
    const text = line.text;
    if (text.length > 100 || !/^[\p{Lu}\d]/u.test(text) || /[.,;:!?]$/.test(text) || text.split(' ').length < 4) return false;
    exactCounts.set(text, (exactCounts.get(text) ?? 0) + 1);
    return true;
  });
  for (const lineIndex of runningCandidates) if ((exactCounts.get(at(lines, lineIndex).text) ?? 0) >= 3) furniture.add(lineIndex);
  for (const lineIndex of [...furniture].sort((a, b) => a - b)) {
    const line = at(lines, lineIndex);
    warnings.push({ line: lineIndex + 1, found: `page furniture "${line.text}"`, action: 'removed' });
    lines[lineIndex] = BLANK;
  }
}

function trailingNumericCells(text: string): { label: string; cells: string[] } | null {
  // Cheap test first: the last two tokens must be figures before the line is worth splitting.
  const lastSpace = text.lastIndexOf(' ');
  if (lastSpace === -1 || !NUMERIC_CELL.test(text.slice(lastSpace + 1))) return null;
  const secondSpace = text.lastIndexOf(' ', lastSpace - 1);
  if (secondSpace === -1 || !NUMERIC_CELL.test(text.slice(secondSpace + 1, lastSpace))) return null;
  const tokens = text.split(' ');
  let cut = tokens.length;
  while (cut > 0 && NUMERIC_CELL.test(at(tokens, cut - 1))) cut--;
  const cells = tokens.slice(cut);
  if (cells.length < 2 || cut === 0) return null;
  const label = tokens.slice(0, cut).join(' ');
  // Prose that happens to end in two numbers almost always ends with a full stop or a dash.
  if (/[.;:,–-]$/.test(label)) return null;
  return { label, cells };
}

function isTableLabelLine(line: SourceLine): boolean {
  if (line.blank || line.cells || line.explicitHeading || line.bullet) return false;
  return hasFewWords(line.text, 10) && /^[A-Z]/.test(line.text) && !/[.:;,!?]$/.test(line.text) && !MARKER_START.test(line.text);
}

/**
 * Finds tables in PDF-extracted text: runs of at least three lines ending in two or more figures
 * (label-only group rows may sit between them). The modal count of trailing figures fixes the
 * number of value columns; surplus figures belong to the label ("Net Budget Requirement 2017/18").
 */
function recogniseFigureTables(lines: SourceLine[]): void {
  const figures = lines.map((line) =>
    line.blank || line.pipeRow || line.explicitHeading || line.bullet || MARKER_START.test(line.text) ? null : trailingNumericCells(line.text),
  );
  let index = 0;
  while (index < lines.length) {
    if (!figures[index]) {
      index++;
      continue;
    }
    const members: number[] = [index];
    let cursor = index + 1;
    let pendingLabels: number[] = [];
    while (cursor < lines.length) {
      const line = at(lines, cursor);
      if (line.blank) {
        cursor++;
        continue;
      }
      if (figures[cursor]) {
        members.push(...pendingLabels, cursor);
        pendingLabels = [];
      } else if (isTableLabelLine(line) && pendingLabels.length < 2 && lines[cursor - 1]?.blank && lines[cursor + 1]?.blank) {
        // A group row ("Funding Retained by the Commissioner") stands between blank lines, as extraction prints it.
        pendingLabels.push(cursor);
      } else {
        break;
      }
      cursor++;
    }
    const figureRows = members.filter((member) => figures[member]);
    if (figureRows.length >= 3) {
      const counts = new Map<number, number>();
      for (const row of figureRows) {
        const count = (figures[row] as { cells: string[] }).cells.length;
        counts.set(count, (counts.get(count) ?? 0) + 1);
      }
      const columns = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 2;
      for (const member of members) {
        const line = at(lines, member);
        const found = figures[member];
        if (!found) {
          line.cells = [line.text, ...Array.from({ length: columns }, () => '')];
          continue;
        }
        const surplus = Math.max(0, found.cells.length - columns);
        const label = [found.label, ...found.cells.slice(0, surplus)].join(' ');
        const values = found.cells.slice(surplus);
        line.cells = [label, ...values, ...Array.from({ length: columns - values.length }, () => '')];
      }
      index = at(members, members.length - 1) + 1;
    } else {
      index++;
    }
  }
}

/**
 * The right margin of a PDF extraction, learnt from lines that demonstrably wrapped (the next
 * line continues in lower case). Text without such lines (Markdown, our own rendering) has none.
 */
function learnFullLineLength(lines: SourceLine[]): number | null {
  const lengths: number[] = [];
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = at(lines, index);
    const next = at(lines, index + 1);
    if (line.blank || next.blank || line.cells || next.bullet || line.text.length < 40) continue;
    if (firstLetterCase(next.text) === 'lower') lengths.push(line.text.length);
  }
  if (lengths.length < 8) return null;
  lengths.sort((a, b) => a - b);
  const upperQuartile = at(lengths, Math.floor(lengths.length * 0.75));
  return Math.round(upperQuartile * 0.8);
}

function collectVocabulary(text: string): Set<string> {
  const vocabulary = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) vocabulary.add(word);
  return vocabulary;
}

export function prepareLines(source: string, warnings: ParseWarning[]): PreparedText {
  const normalised = normaliseCharacters(source);
  const lines = normalised.split('\n').map(classifyLine);
  removePageFurniture(lines, warnings);
  const fullLineLength = learnFullLineLength(lines);
  // Tables of bare figures only come out of PDF extraction, recognisable by its wrapped lines;
  // everywhere else (Markdown, Word, our rendering) tables are explicit pipe tables.
  if (fullLineLength !== null) recogniseFigureTables(lines);
  return { lines, vocabulary: () => collectVocabulary(normalised), fullLineLength };
}
