/**
 * Second parsing stage: joins source lines into blocks (a block is what the author wrote as one
 * paragraph) and recognises list markers ("12.", "b)", "(ii)").
 *
 * Within a block, logical lines are separated by "\n" (lines that stand alone in the source, such
 * as signature lines or bullet items); ordinary PDF line breaks are joined with a space.
 *
 * The rules judge a boundary from the logical line so far, the next line and, for short lines,
 * the whole logical line that the next line opens. The one document-wide figure, the right margin
 * of PDF text, does not exist in our own rendering (nothing there wraps), so parsing a rendering
 * decides every boundary the way the original parse did: the round trip is exact.
 */
import { fromRoman, letterIndex, letterLabel, toRoman } from './numbering';
import type { PreparedText, SourceLine } from './lines';
import type { ParseWarning } from './types';
import { endsListItem, endsSoft, endsTerminal, firstLetterCase, isHeadingLike, isItemLike, isTitleLike } from './shapes';
import { at } from './arrays';

export type MarkerStyle = 'dot' | 'paren' | 'closing' | 'bare' | 'decimal';

export interface Marker {
  kind: 'number' | 'letter' | 'roman';
  /** Paragraph number (first segment of a dotted decimal), letter index (a = 1) or roman value, as printed. */
  value: number;
  /**
   * For paragraph numbers: the normalised dotted number, unique within the document ("7", "2.1",
   * "2.1.3"; "1.0" is "1"). A second numbered series is numbered on after the first (see README).
   */
  number?: string;
  style: MarkerStyle;
  /** The marker's token as printed, without brackets or full stop: "52", "a", "ii". */
  printed: string;
}

export type Block =
  | { type: 'marker'; marker: Marker; lines: string[]; boldTitle: boolean; line: number }
  | { type: 'text'; lines: string[] }
  | { type: 'heading'; text: string }
  | { type: 'table'; rows: string[][] };

const NUMBER_MARKER = /^(?:\((\d{1,3})\)|(\d{1,3})([.)]))(?:\s+(.*))?$/;
// "(1A)": a subsection inserted by amendment between (1) and (2), as statutes print them.
const INSERTED_SUBSECTION = /^\((\d{1,3})([A-Z]{1,2})\)(?:\s+(.*))?$/;
// "1.0 PURPOSE OF REPORT", "2.1 To seek…", "2.1.3." — dotted decimals to any depth.
const DECIMAL_MARKER = /^(\d{1,3}(?:\.\d{1,3}){1,5})\.?(?:\s+(.*))?$/;
// "21.Section 1 creates…": no space after the number, but a capital, bracket or quote after it.
const UNSPACED_MARKER = /^(\d{1,3})\.(?=[\p{Lu}(‘“"'])(.+)$/u;
// "2 Schedule 5 of the Police Reform…": a bare number, as PDF extraction and Word often give it.
// Not a date ("6 February 2025") nor a quantity with its unit in capitals ("12 PCSOs" is fine, "10 am" is lower case).
const BARE_MARKER = /^(\d{1,3})\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?=[\p{Lu}(‘“"'])(.+)$/u;
const ALPHA_MARKER = /^(?:\(([a-zA-Z]|[ivxIVX]{2,7})\)|([a-z]|[ivx]{2,7})([.)])|([A-Z])\))(?:\s+(.*))?$/;
const MAX_SUB_ROMAN = 39;

interface MarkerSyntax {
  kind: 'number' | 'alpha';
  token: string;
  /** A paragraph number's segments as printed: "2.1.3" → [2, 1, 3]. */
  path: number[];
  style: MarkerStyle;
  rest: string;
}

/** Could the line start with a marker at all: "(", a digit, or a short token closed by "." or ")"? */
function mayStartWithMarker(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === 40 || (first >= 48 && first <= 57)) return true;
  for (let index = 1; index <= 7 && index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 46 || code === 41) return true;
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90))) return false;
  }
  return false;
}

export function readMarkerSyntax(text: string): MarkerSyntax | null {
  if (!mayStartWithMarker(text)) return null;
  const number = NUMBER_MARKER.exec(text);
  if (number) {
    const token = number[1] ?? number[2] ?? '';
    const style: MarkerStyle = number[1] !== undefined ? 'paren' : number[3] === ')' ? 'closing' : 'dot';
    return { kind: 'number', token, path: [Number(token)], style, rest: (number[4] ?? '').trim() };
  }
  const inserted = INSERTED_SUBSECTION.exec(text);
  if (inserted) {
    return { kind: 'number', token: `${inserted[1]}${inserted[2]}`, path: [Number(inserted[1])], style: 'paren', rest: (inserted[3] ?? '').trim() };
  }
  const decimal = DECIMAL_MARKER.exec(text);
  if (decimal) {
    const token = at(decimal, 1);
    return { kind: 'number', token, path: token.split('.').map(Number), style: 'decimal', rest: (decimal[2] ?? '').trim() };
  }
  const unspaced = UNSPACED_MARKER.exec(text) ?? BARE_MARKER.exec(text);
  if (unspaced) {
    const token = at(unspaced, 1);
    return { kind: 'number', token, path: [Number(token)], style: 'bare', rest: (unspaced[2] ?? '').trim() };
  }
  const alpha = ALPHA_MARKER.exec(text);
  if (alpha) {
    const token = (alpha[1] ?? alpha[2] ?? alpha[4] ?? '').toLowerCase();
    const style: MarkerStyle = alpha[1] !== undefined ? 'paren' : alpha[3] === '.' ? 'dot' : 'closing';
    return { kind: 'alpha', token, path: [], style, rest: (alpha[5] ?? '').trim() };
  }
  return null;
}

/**
 * Decides whether a marker-shaped line really starts a list item, from the numbering so far:
 * paragraph numbers must follow on (small gaps are tolerated with a warning), letters and romans
 * must continue or restart their list. "i" (and "v", "x") can be a letter or a roman numeral;
 * the next marker, the list style and the previous letter decide.
 */
class MarkerTracker {
  /** The last paragraph number as printed, by segment ("2.1" → [2, 1]); empty before the first. */
  private path: number[] = [];
  /** Added to the first segment: the highest paragraph number of the series before this one. */
  private offset = 0;
  private highest = 0;
  /** The open paragraph's number and printed label and style, for statute subsections "28(1)". */
  private paragraphNumber = '';
  private paragraphPrinted = '';
  private paragraphStyle: MarkerStyle | null = null;
  /** The last subsection "(n)" under a paragraph printed otherwise; 0 when none. */
  private subsection = 0;
  private letters = 0;
  private romans = 0;
  private letterStyle: MarkerStyle | null = null;
  private lastKind: Marker['kind'] | null = null;
  /** Sub-points need a paragraph to belong to; a heading closes the paragraph before it. */
  private paragraphOpen = false;

  constructor(
    private readonly warnings: ParseWarning[],
    /**
     * Whether paragraph `top` + 1 of the series so far is printed after `line` (1-based) sooner
     * than a new series starting on that line could reach that number.
     */
    private readonly oldSeriesContinues: (top: number, line: number) => boolean = () => false,
  ) {}

  closeParagraph(): void {
    this.paragraphOpen = false;
  }

  accept(
    syntax: MarkerSyntax,
    nextToken: string | null,
    nextNumber: number[] | null,
    sentenceEnded: boolean,
    hardEnd: boolean,
    afterHeading: boolean,
    lineNumber: number,
  ): Marker | null {
    if (syntax.kind === 'number') {
      if (syntax.style === 'bare' && !this.plausibleBare(syntax, nextNumber)) return null;
      return this.acceptNumber(syntax, nextToken, sentenceEnded, hardEnd, afterHeading, lineNumber);
    }
    if (!this.paragraphOpen) return null;
    const token = syntax.token;
    const asLetter = token.length === 1 ? (letterIndex(token) as number) : null;
    const romanValue = /^[ivx]+$/.test(token) ? fromRoman(token) : null;
    const asRoman = romanValue !== null && romanValue <= MAX_SUB_ROMAN ? romanValue : null;
    // Plausibility never depends on what follows the marker on its line: our own rendering may
    // join that text differently, and the same line must be read the same way both times.
    const letterOk = asLetter !== null && (asLetter === 1 || (asLetter > this.letters && asLetter <= this.letters + 3));
    const romanOk = asRoman !== null && (asRoman === 1 || (this.romans > 0 && asRoman > this.romans && asRoman <= this.romans + 2));
    let kind: 'letter' | 'roman' | null = null;
    if (letterOk && romanOk) kind = this.resolveAmbiguous(asLetter, asRoman, syntax.style, nextToken);
    else if (letterOk) kind = 'letter';
    else if (romanOk) kind = 'roman';
    if (kind === null) return null;
    if (kind === 'letter') {
      const value = asLetter as number;
      if (value > this.letters + 1) {
        this.warnings.push({
          line: lineNumber,
          found: `point "${token}" after "${this.letters ? letterLabel(this.letters) : '(none)'}"`,
          action: 'read as the next point; check for a missing point',
        });
      }
      this.letters = value;
      this.romans = 0;
      this.letterStyle = syntax.style;
      this.lastKind = 'letter';
      return { kind: 'letter', value, style: syntax.style, printed: token };
    }
    const value = asRoman as number;
    if (value > this.romans + 1)
      this.warnings.push({ line: lineNumber, found: `numeral "${token}" skips a numeral`, action: 'read as the next point; check for a missing point' });
    this.romans = value;
    this.lastKind = 'roman';
    return { kind: 'roman', value, style: syntax.style, printed: token };
  }

  private resolveAmbiguous(asLetter: number, asRoman: number, style: MarkerStyle, nextToken: string | null): 'letter' | 'roman' {
    if (nextToken === toRoman(asRoman + 1)) return 'roman';
    if (nextToken === letterLabel(asLetter + 1)) return 'letter';
    if (this.lastKind === 'roman' && asRoman === this.romans + 1) return 'roman';
    if (this.letters > 0 && this.letterStyle !== null && style !== this.letterStyle) return 'roman';
    if (asLetter === this.letters + 1) return 'letter';
    return 'roman';
  }

  /**
   * A bare number is weak evidence: "4 Police-led IT Company" before paragraph 134, or
   * "1 Introduction" before paragraph 1, is a chapter heading. A first bare number must open a
   * series or be followed by its next number; a later one that reads as a heading must be too.
   */
  private plausibleBare(syntax: MarkerSyntax, nextNumber: number[] | null): boolean {
    const follows = nextNumber !== null && followsBare(syntax.path, nextNumber);
    // "1 Introduction" followed by "1. In January…" is the chapter's heading.
    const repeated = nextNumber !== null && nextNumber.join('.') === syntax.path.join('.') && isHeadingLike(syntax.rest);
    if (this.path.length === 0) return (isFirstStep(syntax.path) && !repeated) || follows;
    return follows || nextNumber === null || !isHeadingLike(syntax.rest);
  }

  private acceptNumber(
    syntax: MarkerSyntax,
    nextToken: string | null,
    sentenceEnded: boolean,
    hardEnd: boolean,
    afterHeading: boolean,
    lineNumber: number,
  ): Marker | null {
    const { path, token: printed, style } = syntax;
    if (path[0] === 0 || path.length === 0) return null;
    const subsection = this.acceptSubsection(syntax);
    if (subsection !== null) return subsection;
    // "(1A)" only ever inserts a subsection.
    if (!/^\d+$/.test(printed.replace(/\./g, ''))) return null;
    // Bare and dotted numbers also start ordinary lines ("2.5 million", "20 officers"): they need a
    // sentence (for a bare number, not just a title) to have ended.
    if ((style === 'bare' && !hardEnd) || (style === 'decimal' && !sentenceEnded)) return null;
    const step = this.path.length === 0 ? (isFirstStep(path) ? 1 : null) : stepFrom(this.path, path);
    // The first paragraph may have any number (an extract of a longer document); later ones follow on.
    let ok = step === 1 || (this.path.length === 0 && sentenceEnded);
    const printedLast = this.path.join('.');
    if (!ok && step !== null && step > 1 && step <= (path.length === 1 ? 5 : 3) && sentenceEnded) {
      this.warnings.push({
        line: lineNumber,
        found: `paragraph ${printed} after paragraph ${printedLast} (numbers out of sequence)`,
        action: `kept as paragraph ${printed}`,
      });
      ok = true;
    }
    const nextFollows = nextToken !== null && isSecondStepToken(nextToken, path);
    // A longer jump forward (an extract: "3." then, under the next heading, "20.", "21.") is kept
    // when a heading or the next number vouches for it, and always warned about.
    if (!ok && step !== null && step > 5 && sentenceEnded && path.length === this.path.length && (afterHeading || nextFollows)) {
      this.warnings.push({
        line: lineNumber,
        found: `paragraph ${printed} after paragraph ${printedLast} (the numbering jumps by ${step})`,
        action: `kept as paragraph ${printed}`,
      });
      ok = true;
    }
    const newSeries = afterHeading || nextFollows;
    // A list numbered 1, 2 … inside paragraph 20 is no new series when paragraph 21 follows it.
    const oldSeriesGoesOn = this.path.length > 0 && this.oldSeriesContinues(at(this.path, 0), lineNumber);
    if (!ok && this.path.length > 0 && isFirstStep(path) && sentenceEnded && newSeries && !oldSeriesGoesOn) {
      // A new series (a report's "Conclusions and recommendations" numbered from 1 again) is its
      // own block under its heading, numbered on after the highest paragraph so far.
      this.offset = this.highest;
      this.warnings.push({
        line: lineNumber,
        found: `a second numbered series starting again at ${printed} after paragraph ${printedLast}`,
        action: `kept the printed numbers as labels; numbered on from ${this.offset + 1}`,
      });
      ok = true;
    }
    if (!ok) return null;
    this.path = path;
    const top = at(path, 0) + this.offset;
    this.highest = Math.max(this.highest, top);
    // "1.0" is paragraph 1; "2.1.0" is 2.1.
    const segments = [top, ...path.slice(1)];
    while (segments.length > 1 && segments[segments.length - 1] === 0) segments.pop();
    this.paragraphOpen = true;
    this.letters = 0;
    this.romans = 0;
    this.letterStyle = null;
    this.lastKind = 'number';
    this.paragraphNumber = segments.join('.');
    this.paragraphPrinted = printed;
    this.paragraphStyle = style;
    this.subsection = 0;
    return { kind: 'number', value: at(path, 0), style, printed, number: this.paragraphNumber };
  }

  /**
   * Statute style: under a section printed "28" (or "28."), "(1)", "(2)", "(2A)" are its
   * subsections 28(1), 28(2), 28(2A): numbered 28.1, 28.2, 28.2a, labelled as printed.
   */
  private acceptSubsection(syntax: MarkerSyntax): Marker | null {
    if (syntax.style !== 'paren' || !this.paragraphOpen || this.paragraphStyle === null || this.paragraphStyle === 'paren') return null;
    if (this.paragraphNumber.includes('.')) return null;
    const value = at(syntax.path, 0);
    const insertedAfter = /[A-Z]$/.test(syntax.token);
    const follows = insertedAfter ? value === this.subsection : value === this.subsection + 1;
    if (!follows) return null;
    this.subsection = value;
    this.letters = 0;
    this.romans = 0;
    this.letterStyle = null;
    this.lastKind = 'number';
    return {
      kind: 'number',
      value,
      style: 'paren',
      printed: `${this.paragraphPrinted}(${syntax.token})`,
      number: `${this.paragraphNumber}.${syntax.token.toLowerCase()}`,
    };
  }
}

/** Whether `next` can follow a bare paragraph number `path`: on in sequence, or a new series from 1 after it. */
function followsBare(path: readonly number[], next: readonly number[]): boolean {
  const step = stepFrom(path, next);
  if (step !== null && step <= 5) return true;
  return isFirstStep(next) && at(path, 0) > 1;
}

/** 1, 1.0, 1.1, 1.0.0: how a numbered series opens. */
function isFirstStep(path: readonly number[]): boolean {
  return path[0] === 1 && path.slice(1).every((segment) => segment <= 1);
}

/** The token (from nextMarkerTokens) of the number that would follow `path` in a new series. */
function isSecondStepToken(token: string, path: readonly number[]): boolean {
  if (!token.startsWith('#')) return false;
  const next = token.slice(1).split('.').map(Number);
  return stepFrom(path, next) === 1;
}

/**
 * How far `path` moves on from `last` in dotted-decimal order: 1 for the next number at some level
 * (2.1 → 2.2, 2.1 → 2.1.1, 2.3 → 3, 2.3 → 3.0, 1.0 → 1.1), the gap for a skip forward, null for
 * anything else (going back, or jumping into a level below).
 */
function stepFrom(last: readonly number[], path: readonly number[]): number | null {
  const opensLevel = (segments: readonly number[]) => segments.every((segment) => segment <= 1);
  for (let level = 0; level < last.length && level < path.length; level++) {
    const before = at(last, level);
    const now = at(path, level);
    if (now === before) continue;
    if (now < before || !opensLevel(path.slice(level + 1))) return null;
    return now - before;
  }
  if (path.length > last.length) {
    const deeper = path.slice(last.length);
    return (deeper[0] === 0 || deeper[0] === 1) && opensLevel(deeper) ? 1 : null;
  }
  return null;
}

const SHORT_LINE = 45;

type Join = 'space' | 'glue' | 'newline' | 'break';

/**
 * A logical line being assembled from source lines. Pieces are joined once, at the end, so that
 * looking at how the line ends never copies a paragraph-long string.
 */
class LogicalLine {
  private readonly pieces: string[];
  length: number;

  constructor(first: string) {
    this.pieces = [first];
    this.length = first.length;
  }

  get tail(): string {
    return at(this.pieces, this.pieces.length - 1);
  }

  get startsBullet(): boolean {
    return at(this.pieces, 0).startsWith('- ');
  }

  /** The whole line, for checks that only matter on short lines. */
  get short(): string | null {
    return this.length <= 60 ? this.toString() : null;
  }

  append(text: string): void {
    if (this.length === 0) {
      this.pieces[this.pieces.length - 1] = text;
      this.length = text.length;
      return;
    }
    this.pieces.push(text);
    this.length += 1 + text.length;
  }

  /** Replaces the tail's closing hyphen with `text` (a word broken over two lines). */
  glue(text: string): void {
    const tail = this.tail;
    this.pieces[this.pieces.length - 1] = `${tail.slice(0, -1)}${text}`;
    this.length += text.length - 1;
  }

  toString(): string {
    return this.pieces.join(' ');
  }
}

interface JoinContext {
  /** Lower-case words of the document, computed on first use (only broken words need them). */
  vocabulary: () => Set<string>;
  /** Length from which a PDF line counts as running to the right margin; null when the text is not wrapped. */
  fullLineLength: number | null;
}

/**
 * How line `next` continues the logical line `last`: joined with a space (a PDF line break),
 * glued (a broken hyphenated word), on a new line within the block, or as a new block.
 */
function decideJoin(
  last: LogicalLine,
  previousLine: string,
  next: SourceLine,
  blankBetween: boolean,
  /** The logical line `next` would open if it started one, when that is at most SHORT_LINE long. */
  openedShort: () => string | null,
  /** `last` is the first line of a numbered paragraph, where a title may stand. */
  titleCandidate: boolean,
  context: JoinContext,
): { join: Join; text: string } {
  const text = next.text;
  if (last.length === 0) return { join: 'space', text };
  const tail = last.tail;
  const startCase = firstLetterCase(text);
  if (startCase === 'lower' && /\p{L}-$/u.test(tail)) {
    const left = /([\p{L}\p{N}-]+)-$/u.exec(tail)?.[1] ?? '';
    const right = /^[\p{L}\p{N}]+/u.exec(text)?.[0] ?? '';
    const vocabulary = context.vocabulary();
    // Keep the hyphen unless the unhyphenated word occurs elsewhere: real compounds (co-commissioned) are common.
    return vocabulary.has(`${left}${right}`.toLowerCase()) && !vocabulary.has(`${left}-${right}`.toLowerCase())
      ? { join: 'glue', text }
      : { join: 'glue', text: `-${text}` };
  }
  const terminal = endsTerminal(tail);
  const soft = endsSoft(tail);
  if (next.bullet) {
    const continues = !endsListItem(tail) && (soft || (!terminal && (startCase === 'lower' || startCase === 'digit')));
    if (continues) return { join: 'space', text };
    return { join: blankBetween ? 'break' : 'newline', text: `- ${text}` };
  }
  if (soft) return { join: 'space', text };
  // The two rules that put a short line on a line of its own judge the whole of that line, as it
  // would read once the lines after it are joined on: that is the line our rendering prints.
  const whole = last.short;
  if (whole !== null && text.length <= 40 && isItemLike(whole)) {
    const opened = openedShort();
    if (opened !== null && isItemLike(opened)) return { join: 'newline', text };
  }
  if (last.startsBullet && !blankBetween) {
    // A wrapped bullet item continues; a new sentence after a bullet list starts a new line.
    return !terminal || startCase !== 'upper' ? { join: 'space', text } : { join: 'newline', text };
  }
  if (blankBetween) {
    // A PDF line that ran to the margin without ending its sentence goes on after the blank line
    // that the extraction put in ("…cover those affected by Anti-Social" / "Behaviour (ASB)…").
    // A paragraph's short title can be nearly as long as a narrow page is wide; it is not wrapped.
    const reachedMargin =
      context.fullLineLength !== null &&
      previousLine.length >= context.fullLineLength &&
      !(titleCandidate && last.length <= 80 && isTitleLike(last.toString()));
    const continues = !terminal && (startCase === 'lower' || startCase === 'digit' || /^[([]/.test(text) || reachedMargin);
    return { join: continues ? 'space' : 'break', text };
  }
  if (!terminal && last.length <= SHORT_LINE && startCase === 'upper') return { join: 'newline', text };
  // A short stand-alone line after a finished sentence is a label or signature line ("Aim", "Dated 2017").
  if (terminal && text.length <= SHORT_LINE && startCase === 'upper') {
    const opened = openedShort();
    if (opened !== null && !endsTerminal(opened)) return { join: 'newline', text };
  }
  return { join: 'space', text };
}

/**
 * Whether a short line starts as the joiner keeps a line on its own: with a capital, or with a
 * chapter number and a capital ("4 Police-led IT Company") where no sentence is left open before
 * it (an open sentence takes a line starting with a figure as its continuation).
 */
function startsLikeHeading(text: string, previousText: string): boolean {
  if (/^\p{Lu}/u.test(text)) return true;
  return /^\d{1,3}\s+\p{Lu}/u.test(text) && (previousText === '' || endsTerminal(previousText));
}

function nextMarkerTokens(lines: SourceLine[], syntaxes: ReadonlyArray<MarkerSyntax | null>): Array<string | null> {
  const tokens: Array<string | null> = new Array(lines.length).fill(null);
  let upcoming: string | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    tokens[i] = upcoming;
    const syntax = syntaxes[i];
    if (syntax) upcoming = syntax.kind === 'number' ? `#${syntax.token}` : syntax.token;
  }
  return tokens;
}

/** For each line, the segments of the next paragraph number printed after it; null when none follows. */
function nextNumberPaths(lines: SourceLine[], syntaxes: ReadonlyArray<MarkerSyntax | null>): Array<number[] | null> {
  const paths: Array<number[] | null> = new Array(lines.length).fill(null);
  let upcoming: number[] | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    paths[i] = upcoming;
    const syntax = syntaxes[i];
    if (syntax?.kind === 'number') upcoming = syntax.path;
  }
  return paths;
}

/** A "|---|" rule with no table row next to it: it separates like a blank line. */
function isLoneRule(lines: SourceLine[], index: number): boolean {
  const line = at(lines, index);
  return line.cells !== null && line.cells.length === 0 && !isPipeRow(lines[index - 1]) && !isPipeRow(lines[index + 1]);
}

/** The text that opens a logical line at `index`. */
function openingText(line: SourceLine, marker: RecognisedMarker | null): string {
  if (marker) return marker.rest;
  return line.bullet ? `- ${line.text}` : line.text;
}

/** Applies the join rules; knows the whole document so it can look ahead when a rule needs to. */
class Joiner {
  private readonly opened = new Map<number, string | null>();

  constructor(
    private readonly lines: SourceLine[],
    private readonly markers: ReadonlyArray<RecognisedMarker | null>,
    private readonly context: JoinContext,
  ) {}

  decide(last: LogicalLine, previousLine: string, nextIndex: number, blankBetween: boolean, titleCandidate: boolean): { join: Join; text: string } {
    const next = at(this.lines, nextIndex);
    return decideJoin(last, previousLine, next, blankBetween, () => this.openedShort(nextIndex), titleCandidate, this.context);
  }

  /** The next line that could join the line at `index`, and whether blank lines come between. */
  following(index: number): { index: number; blankBetween: boolean } | null {
    let blankBetween = false;
    for (let cursor = index + 1; cursor < this.lines.length; cursor++) {
      const line = at(this.lines, cursor);
      if (line.blank || isLoneRule(this.lines, cursor)) {
        blankBetween = true;
        continue;
      }
      if (line.cells || line.explicitHeading || this.markers[cursor]) return null;
      return { index: cursor, blankBetween };
    }
    return null;
  }

  /**
   * The logical line that line `start` opens if it begins one (itself plus every line joined on),
   * or null once that is longer than SHORT_LINE. Memoised; the lookahead only ever moves forward.
   */
  openedShort(start: number): string | null {
    const known = this.opened.get(start);
    if (known !== undefined) return known;
    const first = at(this.lines, start);
    const line = new LogicalLine(openingText(first, this.markers[start] ?? null));
    let result: string | null = null;
    let current = start;
    for (;;) {
      if (line.length > SHORT_LINE) break;
      const following = this.following(current);
      const titleStops =
        current === start && this.markers[start]?.marker.kind === 'number' && first.boldTitle && following !== null && !at(this.lines, following.index).bullet;
      const next = titleStops ? null : following;
      if (next === null) {
        result = line.toString();
        break;
      }
      const titleCandidate = this.markers[start]?.marker.kind === 'number';
      const { join, text } = this.decide(line, at(this.lines, current).text, next.index, next.blankBetween, titleCandidate);
      if (join === 'space') line.append(text);
      else if (join === 'glue') line.glue(text);
      else {
        result = line.toString();
        break;
      }
      current = next.index;
    }
    this.opened.set(start, result);
    return result;
  }
}

interface RecognisedMarker {
  marker: Marker;
  rest: string;
}

function isPipeRow(line: SourceLine | undefined): boolean {
  return line?.pipeRow === true && (line.cells?.length ?? 0) > 0;
}

/**
 * Decides, line by line, which marker-shaped lines start list items. It runs before lines are
 * joined because the decision depends only on the numbering so far and on how the previous line
 * ends, and knowing it lets the joining rules see where items begin.
 */
function recogniseMarkers(lines: SourceLine[], warnings: ParseWarning[]): Array<RecognisedMarker | null> {
  const syntaxes = lines.map((line) => (line.blank || line.cells || line.bullet ? null : readMarkerSyntax(line.text)));
  // For each paragraph number's first segment, the ordinals (among number-shaped lines) where it is printed.
  const ordinalsByFirst = new Map<number, number[]>();
  const ordinalOfLine = new Map<number, number>();
  syntaxes.forEach((syntax, index) => {
    if (syntax?.kind !== 'number') return;
    const ordinal = ordinalOfLine.size;
    ordinalOfLine.set(index + 1, ordinal);
    const first = at(syntax.path, 0);
    const list = ordinalsByFirst.get(first) ?? [];
    list.push(ordinal);
    ordinalsByFirst.set(first, list);
  });
  // A new series from 1 on this line reaches top + 1 no sooner than top number lines later.
  const oldSeriesContinues = (top: number, line: number): boolean => {
    const here = ordinalOfLine.get(line);
    const later = ordinalsByFirst.get(top + 1)?.find((ordinal) => here !== undefined && ordinal > here);
    return here !== undefined && later !== undefined && later - here < top;
  };
  const tracker = new MarkerTracker(warnings, oldSeriesContinues);
  const upcomingTokens = nextMarkerTokens(lines, syntaxes);
  const upcomingNumbers = nextNumberPaths(lines, syntaxes);
  let blankBefore = false;
  let previousText = '';
  let previousOpensTitle = false;
  /** The line before is a heading: an explicit one, or a short heading-like line that starts no item. */
  let previousIsHeading = false;
  let previousStartedItem = false;
  let previousRest = '';
  let previousHeadingStandsAlone = false;
  return lines.map((line, index) => {
    if (line.blank) {
      blankBefore = true;
      return null;
    }
    if (line.cells) {
      const rule = line.cells.length === 0 && !isPipeRow(lines[index - 1]) && !isPipeRow(lines[index + 1]);
      if (rule) blankBefore = true;
      else {
        blankBefore = false;
        previousText = '';
        previousOpensTitle = false;
        previousHeadingStandsAlone = false;
      }
      return null;
    }
    if (line.explicitHeading) {
      tracker.closeParagraph();
      blankBefore = false;
      previousText = '';
      previousOpensTitle = false;
      previousIsHeading = true;
      previousHeadingStandsAlone = false;
      return null;
    }
    const syntax = syntaxes[index] ?? null;
    const glued = !blankBefore && previousText !== '' && endsSoft(previousText) && !endsListItem(previousText);
    // A paragraph's title line ends like a sentence: our rendering puts a blank line after it.
    const sentenceEnded = blankBefore || previousText === '' || endsTerminal(previousText) || previousOpensTitle;
    const afterHeading = previousIsHeading || previousHeadingStandsAlone;
    // Bare and dotted numbers need more than a title line before them: a line can start with a figure.
    const hardEnd = blankBefore || previousText === '' || endsTerminal(previousText) || afterHeading;
    const marker =
      syntax && !glued
        ? tracker.accept(syntax, upcomingTokens[index] ?? null, upcomingNumbers[index] ?? null, sentenceEnded || afterHeading, hardEnd, afterHeading, index + 1)
        : null;
    previousIsHeading = false;
    // A short heading-like line that starts a line of its own (our joining rules keep it alone)
    // becomes a heading, so a new series may start under it.
    const startsOwnLine = blankBefore || previousText === '' || (endsTerminal(previousText) && !(previousStartedItem && previousRest === ''));
    // A line joined on to the paragraph before ("12 (c)") cannot be both its text and a heading.
    previousHeadingStandsAlone =
      marker === null && startsOwnLine && line.text.length <= SHORT_LINE && startsLikeHeading(line.text, previousText) && isHeadingLike(line.text);
    previousStartedItem = marker !== null;
    previousRest = marker !== null && syntax !== null ? syntax.rest : '';
    blankBefore = false;
    previousText = line.text;
    previousOpensTitle = marker?.kind === 'number' && syntax !== null && (line.boldTitle || isTitleLike(syntax.rest));
    if (!marker || !syntax) return null;
    return { marker, rest: syntax.rest };
  });
}

export function buildBlocks(prepared: PreparedText, warnings: ParseWarning[]): Block[] {
  const { lines } = prepared;
  let vocabulary: Set<string> | null = null;
  const context: JoinContext = {
    vocabulary: () => (vocabulary ??= prepared.vocabulary()),
    fullLineLength: prepared.fullLineLength,
  };
  const markers = recogniseMarkers(lines, warnings);
  const joiner = new Joiner(lines, markers, context);
  const blocks: Block[] = [];
  type OpenBlock = { type: 'marker'; marker: Marker; lines: LogicalLine[]; boldTitle: boolean; line: number } | { type: 'text'; lines: LogicalLine[] };
  let current: OpenBlock | null = null;
  let blankBefore = false;
  let previousText = '';

  const flush = (): void => {
    if (current) {
      const lines = current.lines.map(String);
      blocks.push(current.type === 'marker' ? { ...current, lines } : { type: 'text', lines });
    }
    current = null;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = at(lines, index);
    if (line.blank) {
      blankBefore = true;
      continue;
    }
    if (line.cells) {
      const rows: string[][] = [];
      let cursor = index;
      while (cursor < lines.length) {
        const candidate = at(lines, cursor);
        if (candidate.cells) {
          if (candidate.cells.length > 0) rows.push(candidate.cells);
          cursor++;
          continue;
        }
        // Figure tables extracted from PDFs have blank lines between rows; pipe tables do not.
        if (candidate.blank && !line.pipeRow) {
          let ahead = cursor;
          while (ahead < lines.length && at(lines, ahead).blank) ahead++;
          const after = lines[ahead];
          if (after?.cells && !after.pipeRow) {
            cursor = ahead;
            continue;
          }
        }
        break;
      }
      index = cursor - 1;
      if (rows.length === 0) {
        // A stray table rule ("|---|") separates like a blank line and is otherwise nothing.
        blankBefore = true;
        continue;
      }
      flush();
      blocks.push({ type: 'table', rows });
      blankBefore = false;
      previousText = '';
      continue;
    }
    if (line.explicitHeading) {
      flush();
      blocks.push({ type: 'heading', text: line.text });
      blankBefore = false;
      previousText = '';
      continue;
    }
    const recognised = markers[index];
    if (recognised) {
      flush();
      current = {
        type: 'marker',
        marker: recognised.marker,
        lines: [new LogicalLine(recognised.rest)],
        boldTitle: line.boldTitle,
        line: index + 1,
      };
    } else if (current === null) {
      current = { type: 'text', lines: [new LogicalLine(line.bullet ? `- ${line.text}` : line.text)] };
    } else {
      const open: OpenBlock = current;
      const last = at(open.lines, open.lines.length - 1);
      // A bold title stands alone, unless bullet items follow: then it is the paragraph's lead-in.
      const boldTitleLine: boolean = open.type === 'marker' && open.marker.kind === 'number' && open.boldTitle && open.lines.length === 1 && !line.bullet;
      const decision: { join: Join; text: string } = boldTitleLine
        ? { join: blankBefore ? 'break' : 'newline', text: line.bullet ? `- ${line.text}` : line.text }
        : joiner.decide(last, previousText, index, blankBefore, open.type === 'marker' && open.marker.kind === 'number' && open.lines.length === 1);
      const { join, text } = decision;
      if (join === 'space') last.append(text);
      else if (join === 'glue') last.glue(text);
      else if (join === 'newline') open.lines.push(new LogicalLine(text));
      else {
        flush();
        current = { type: 'text', lines: [new LogicalLine(text)] };
      }
    }
    blankBefore = false;
    previousText = line.text;
  }
  flush();
  return blocks;
}
