/**
 * Paragraph citations in prose: "Para 46(e) and 52", "point 49.b", "paragraphs 12 to 14 and 20",
 * "Para 54, section F", "**Para 44**, item ix", "paragraph 3.2", "paras 2.2 to 2.4", "section
 * 2.1(c)", "recommendation 4", "minute 6". A citation needs a cue word ("clause", "schedule",
 * "article" and "regulation" name a Bill's or an instrument's provisions, never this document's); bare figures such as
 * "13,250 referrals" or "Page 22 of 23" are never citations.
 *
 * Resolving never guesses: a label printed twice in a version resolves to every candidate and
 * says it is ambiguous, and a reference to another document ("section 3 of the Police Act 1996",
 * "Schedule 6", "minute 6" when reading a plan) is returned unlinked with the reason.
 */
import { at } from './arrays';
import type { CITATION_CUES, UNLINKED_REASONS } from '@psp/contracts/enums';
import { labelIndex, type LabelledProvision } from './labels';
import { fromRoman, letterIndex, letterLabel, toRoman } from './numbering';

export type CitationCue = (typeof CITATION_CUES)[number];
export type UnlinkedReason = (typeof UNLINKED_REASONS)[number];

export interface CitationMatch {
  /** The citation as written, with Markdown emphasis removed. */
  cited: string;
  /** Offsets in the original text: `text.slice(start, end)` is the citation (emphasis included). */
  start: number;
  end: number;
  /**
   * The cited labels in comparison form (see `printedLabelKey`), in the order cited, ranges
   * expanded: "46.e", "3.2", "2.1.c", "5" for a cited "5.0".
   */
  numbers: string[];
  /** What the cue word names: a paragraph (para, section, point, item, clause), a recommendation, a minute, or a provision of legislation. */
  cue: CitationCue;
  /** The other document the citation names ("the Police Act 1996", "the minutes"), or null. */
  otherDocument: string | null;
}

/** The kind of document being read, so that "of the minutes" is another document only outside minutes. */
export type CitingDocumentKind = 'PLAN' | 'REPORT' | 'MINUTES';

export interface ResolvedReference {
  cited: string;
  /** The cited label in comparison form ("3.2", "46.e"). */
  number: string;
  /** The one provision meant; null when none, several, or another document's. */
  provisionKey: string | null;
  /** Every provision of the version the label may mean, in reading order. */
  candidates: string[];
  /** Why `provisionKey` is null; null when linked. */
  reason: UnlinkedReason | null;
  /** The other document named, when `reason` is `otherDocument`. */
  otherDocument: string | null;
}

/** What resolving needs of a provision: its key, number, printed label and heading. */
export interface CitableProvision extends LabelledProvision {
  provisionKey: string;
  heading?: string | null;
  /** Read only to tell a numbered title line ("2.0 RECOMMENDATIONS") from a paragraph. */
  text?: string;
}

/** Ranges wider than this are almost certainly typos ("paras 12 to 1400"); only their ends are kept. */
export const MAX_RANGE_SPAN = 50;

const CUE =
  /(?<![\p{L}\p{N}])(?:(?<recommendation>recommendations?|recs?\.?)|(?<minute>minutes?|mins?\.)|(?<legislation>schedules?|articles?|regulations?|regs?\.|clauses?)|sub-?paragraphs?|sub-?sections?|paragraphs?|paras?\.?|points?|pts?\.|sections?|items?|§§?|¶¶?)(?=[\s\d(])/giu;
const CONTINUATION_CUE = /^,?\s*(?:sub-?paragraphs?|sub-?sections?|sections?|items?|points?|parts?)\s+/i;
const SEPARATOR = /^(?:\s*,\s*and\s+|\s*,\s*or\s+|\s*,\s*|\s+and\s+|\s+or\s+|\s*&\s*)/i;
const RANGE = /^(?:\s*[–—]\s*|\s*-\s*|\s+to\s+|\s+through\s+)/i;
const MAX_SUB_ROMAN = 39;
const NUMERIC = /^\d+[a-z]{0,2}$/;

interface Cleaned {
  text: string;
  /** Offset in the original text of the character at `index` of the cleaned text (or of its end). */
  originalOffset: (index: number) => number;
}

/** Drops Markdown emphasis markers so that "**Para 44**, item ix" reads as one citation. */
function withoutEmphasis(text: string): Cleaned {
  if (!text.includes('*') && !text.includes('_')) return { text, originalOffset: (index) => index };
  const pieces: string[] = [];
  const offsets = new Int32Array(text.length + 1);
  let length = 0;
  let pieceStart = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    const marker = char === '*' || (char === '_' && (text[index + 1] === '_' || text[index - 1] === '_'));
    if (marker) {
      pieces.push(text.slice(pieceStart, index));
      pieceStart = index + 1;
      continue;
    }
    offsets[length++] = index;
  }
  pieces.push(text.slice(pieceStart));
  offsets[length] = text.length;
  return { text: pieces.join(''), originalOffset: (index) => at(offsets, index) };
}

interface Reference {
  segments: string[];
  end: number;
}

function isSubRoman(token: string): boolean {
  const value = /^[ivx]+$/i.test(token) ? fromRoman(token) : null;
  return value !== null && value <= MAX_SUB_ROMAN;
}

/** How many letter or roman segments `segments` already has: the first is a letter or roman, deeper ones roman. */
function letterDepth(segments: readonly string[]): number {
  return segments.filter((segment, index) => index > 0 && !NUMERIC.test(segment)).length;
}

/** A sub-point token after `segments`: a letter or roman first, romans under a letter. */
function acceptableSegment(token: string, segments: readonly string[]): boolean {
  const lower = token.toLowerCase();
  if (letterDepth(segments) >= 1) return isSubRoman(lower);
  return /^[a-z]$/.test(lower) || isSubRoman(lower);
}

const LETTER_AFTER = /^[\p{L}]/u;

/** Reads "(e)", ".a", "(d)(ii)", "(1)", "(1A)" after a paragraph number. */
function readSubSegments(text: string, from: number, segments: string[]): number {
  let position = from;
  for (;;) {
    const rest = text.slice(position);
    // Statute subsections: "28(1)", "28(1A)(b)"; only before any letter, as statutes print them.
    const subsection = letterDepth(segments) === 0 ? /^\(\s*(\d{1,3}[A-Za-z]{0,2})\s*\)/.exec(rest) : null;
    if (subsection) {
      segments.push(String(Number(at(subsection, 1).replace(/[A-Za-z]+$/, ''))) + at(subsection, 1).replace(/^\d+/, '').toLowerCase());
      position += subsection[0].length;
      continue;
    }
    const bracketed = /^\(\s*([a-zA-Z]{1,8})\s*\)/.exec(rest);
    if (bracketed && acceptableSegment(at(bracketed, 1), segments)) {
      segments.push(at(bracketed, 1).toLowerCase());
      position += bracketed[0].length;
      continue;
    }
    const dotted = /^\.([a-zA-Z]{1,8})/.exec(rest);
    if (dotted && acceptableSegment(at(dotted, 1), segments) && !LETTER_AFTER.test(text.slice(position + dotted[0].length))) {
      segments.push(at(dotted, 1).toLowerCase());
      position += dotted[0].length;
      continue;
    }
    return position;
  }
}

/** Reads one reference ("46(e)", "49b", "54.d.ii", "3.2", "2.1(c)", "28(1A)") at `from`; null if none starts there. */
function readReference(text: string, from: number): Reference | null {
  const digits = /^\d{1,4}(?:\.\d{1,3}){0,4}/.exec(text.slice(from));
  if (!digits) return null;
  let position = from + digits[0].length;
  const after = text.slice(position);
  // "13,250", "1.2%", "2017", "5-year", "12th", "1.1.2017" are not paragraph numbers.
  if (/^\d|^[.,]\d|^%|^-[\p{L}]/u.test(after)) return null;
  const segments = digits[0].split('.').map((segment) => String(Number(segment)));
  if (segments[0] === '0') return null;
  // A four-digit first number is a year ("section 2017") unless dotted.
  if (digits[0].length === 4 && segments.length === 1) return null;
  const runTogether = /^([a-zA-Z])(?![\p{L}\p{N}])/u.exec(after);
  if (runTogether) {
    segments.push(at(runTogether, 1).toLowerCase());
    position += 1;
  } else if (LETTER_AFTER.test(after)) {
    return null;
  }
  position = readSubSegments(text, position, segments);
  position = readContinuation(text, position, segments);
  return { segments, end: position };
}

/** ", section F" / ", item ix" / ", F": a sub-point of the reference just read. */
function readContinuation(text: string, from: number, segments: string[]): number {
  if (letterDepth(segments) >= 2) return from;
  const rest = text.slice(from);
  const cue = CONTINUATION_CUE.exec(rest);
  if (cue) {
    const token = /^\(?([a-zA-Z]{1,8})\)?/.exec(rest.slice(cue[0].length));
    if (token && acceptableSegment(at(token, 1), segments) && !LETTER_AFTER.test(rest.slice(cue[0].length + token[0].length))) {
      segments.push(at(token, 1).toLowerCase());
      return readSubSegments(text, from + cue[0].length + token[0].length, segments);
    }
    return from;
  }
  // "section 54, F": a capital letter after a comma, unless it is the article "A" or pronoun "I" opening a clause.
  const bare = /^,\s*([A-Z])(?![\p{L}\p{N}])/u.exec(rest);
  if (bare && segments.length === 1) {
    const following = rest.slice(bare[0].length);
    const clauseContinues = /^\s+\p{L}/u.test(following);
    if (!(clauseContinues && (bare[1] === 'A' || bare[1] === 'I'))) {
      segments.push(at(bare, 1).toLowerCase());
      return from + bare[0].length;
    }
  }
  return from;
}

/** A sibling given by its sub-point alone: "46(e) and (f)", "49(a) to (c)". */
function readSibling(text: string, from: number, previous: string[]): Reference | null {
  if (previous.length < 2) return null;
  const parent = previous.slice(0, -1);
  const bracketed = /^\(\s*([a-zA-Z]{1,8}|\d{1,3})\s*\)/.exec(text.slice(from));
  if (!bracketed) return null;
  const token = at(bracketed, 1).toLowerCase();
  const numericSibling = NUMERIC.test(at(previous, previous.length - 1));
  if (numericSibling ? !/^\d+$/.test(token) : !acceptableSegment(token, parent)) return null;
  return { segments: [...parent, numericSibling ? String(Number(token)) : token], end: from + bracketed[0].length };
}

function segmentOrdinal(segment: string, segments: readonly string[], siblingHint: string): number | null {
  if (/^\d+$/.test(segment)) return Number(segment);
  const parent = segments.slice(0, -1);
  const romanList = letterDepth(parent) >= 1 || (siblingHint.length > 1 && isSubRoman(siblingHint)) || (segment.length > 1 && isSubRoman(segment));
  return romanList ? fromRoman(segment) : letterIndex(segment);
}

/** Expands "12 to 14" → 12, 13, 14; "2.2 to 2.4" → 2.2, 2.3, 2.4; "49(a) to (c)" → 49.a, 49.b, 49.c. Ends that differ in parent stay as two numbers. */
function expandRange(from: string[], to: string[]): string[] {
  const first = labelKey(from);
  const last = labelKey(to);
  if (from.length !== to.length || from.slice(0, -1).join('.') !== to.slice(0, -1).join('.')) return [first, last];
  const depth = from.length - 1;
  const start = segmentOrdinal(at(from, depth), from, at(to, depth));
  const end = segmentOrdinal(at(to, depth), to, at(from, depth));
  if (start === null || end === null || end < start) return [first, last];
  if (end - start > MAX_RANGE_SPAN) return [first, last];
  const numeric = /^\d+$/.test(at(from, depth)) && /^\d+$/.test(at(to, depth));
  const prefix = from.slice(0, -1);
  const romanList = letterDepth(prefix) >= 1 || at(from, depth).length > 1 || at(to, depth).length > 1;
  const out: string[] = [];
  for (let ordinal = start; ordinal <= end; ordinal++) {
    const segment = numeric ? String(ordinal) : romanList ? toRoman(ordinal) : letterLabel(ordinal);
    out.push(labelKey([...prefix, segment]));
  }
  return out;
}

/** The comparison form of a cited label: as `printedLabelKey` makes of a printed one ("5.0" → "5"). */
function labelKey(segments: readonly string[]): string {
  return segments.filter((segment, index) => index === 0 || segment !== '0').join('.');
}

function readCitationList(text: string, from: number): { numbers: string[]; end: number } | null {
  const first = readReference(text, from);
  if (!first) return null;
  const numbers = [labelKey(first.segments)];
  let previous = first.segments;
  let end = first.end;
  for (;;) {
    const rest = text.slice(end);
    const range = RANGE.exec(rest);
    if (range) {
      const target = readReference(text, end + range[0].length) ?? readSibling(text, end + range[0].length, previous);
      if (target) {
        numbers.pop();
        numbers.push(...expandRange(previous, target.segments));
        previous = target.segments;
        end = target.end;
        continue;
      }
    }
    const separator = SEPARATOR.exec(rest);
    if (separator) {
      const next = readReference(text, end + separator[0].length) ?? readSibling(text, end + separator[0].length, previous);
      if (next) {
        numbers.push(labelKey(next.segments));
        previous = next.segments;
        end = next.end;
        continue;
      }
    }
    return { numbers, end };
  }
}

// "of the Police Act 1996", "under the Police Reform and Social Responsibility Act 2011", "of the
// 2011 Act", "of the Act", "of Schedule 6", "of the minutes", "in the Police and Crime Plan".
const OF = /^\s*,?\s*(?:of|in|under|to|within|from)\s+(?:the\s+|that\s+|those\s+)?/i;
const NAMED_INSTRUMENT =
  /^(?:(?:[A-Z0-9][\p{L}\p{N}'’&-]*|and|of|for|the|on)\s+){0,12}(?:Act|Regulations|Order|Rules|Bill|Code|Measure|Directive|Convention|Constitution|Charter)\b(?:\s+\(?\d{4}\)?)?/u;
const PART_OF_OTHER = /^(?:Act|Schedules?\s+\d+[A-Z]?|Appendix|Appendices|Annexe?s?)\b(?:\s+[A-Z0-9]+\b)?/i;
const SAME_DOCUMENT = /^(?:this|these|our)\b/i;
const NAMED_KIND: ReadonlyArray<readonly [RegExp, CitingDocumentKind]> = [
  [/^minutes\b/i, 'MINUTES'],
  [/^(?:(?:draft|revised|published|current)\s+)?(?:Police\s+and\s+Crime\s+)?Plan\b/i, 'PLAN'],
  [/^report\b/i, 'REPORT'],
];
// "Schedule 5, paragraph 3", "the 2011 Act, section 10": the instrument printed before the cue.
const INSTRUMENT_BEFORE = /(?:\bSchedule\s+\d+[A-Z]?|\bAct(?:\s+\d{4})?)\s*,?\s*$/;

/** The other document a citation names, from the words around it; null when it is this document. */
function otherDocumentNamed(source: string, cueStart: number, end: number, documentKind: CitingDocumentKind | null): string | null {
  const before = source.slice(Math.max(0, cueStart - 40), cueStart);
  const instrumentBefore = INSTRUMENT_BEFORE.exec(before);
  if (instrumentBefore) return instrumentBefore[0].replace(/[\s,]+$/, '');
  const tail = source.slice(end, end + 200);
  const of = OF.exec(tail);
  if (!of) return null;
  const named = tail.slice(of[0].length);
  if (SAME_DOCUMENT.test(named)) return null;
  const instrument = NAMED_INSTRUMENT.exec(named) ?? PART_OF_OTHER.exec(named);
  if (instrument) return `${/^the\b/i.test(of[0].trim().split(/\s+/).pop() ?? '') ? 'the ' : ''}${instrument[0]}`.replace(/\s+/g, ' ');
  for (const [pattern, kind] of NAMED_KIND) {
    const match = pattern.exec(named);
    if (match && documentKind !== null && kind !== documentKind) return `the ${match[0].replace(/\s+/g, ' ')}`;
  }
  return null;
}

function cueOf(groups: Record<string, string | undefined> | undefined): CitationCue {
  if (groups?.recommendation) return 'recommendation';
  if (groups?.minute) return 'minute';
  if (groups?.legislation) return 'legislation';
  return 'paragraph';
}

/**
 * Every citation in `text`, in order. `documentKind` is the kind of document the text is read
 * against, when known: "para 4 of the minutes" names another document unless it is minutes.
 * Never throws.
 */
export function findCitations(text: string, documentKind: CitingDocumentKind | null = null): CitationMatch[] {
  const cleaned = withoutEmphasis(text);
  const source = cleaned.text;
  const matches: CitationMatch[] = [];
  let consumedTo = 0;
  CUE.lastIndex = 0;
  for (let cue = CUE.exec(source); cue !== null; cue = CUE.exec(source)) {
    if (cue.index < consumedTo) continue;
    const afterCue = cue.index + cue[0].length;
    // One line break may part a cue from its number ("(Paragraph\n26)"); a blank line ends the sentence.
    const gap = /^[^\S\r\n]*(?:\r?\n[^\S\r\n]*)?/.exec(source.slice(afterCue))?.[0].length ?? 0;
    const list = readCitationList(source, afterCue + gap);
    if (!list) continue;
    const kind = cueOf(cue.groups);
    const named = otherDocumentNamed(source, cue.index, list.end, documentKind);
    const otherDocument =
      named ??
      (kind === 'legislation'
        ? source.slice(cue.index, list.end)
        : kind === 'minute' && documentKind !== null && documentKind !== 'MINUTES'
          ? 'the minutes'
          : null);
    matches.push({
      cited: source.slice(cue.index, list.end),
      start: cleaned.originalOffset(cue.index),
      end: cleaned.originalOffset(list.end - 1) + 1,
      numbers: [...new Set(list.numbers)],
      cue: kind,
      otherDocument,
    });
    consumedTo = list.end;
    CUE.lastIndex = list.end;
  }
  return matches;
}

const RECOMMENDATIONS_HEADING = /recommend/i;

/**
 * The provisions a "recommendation 4" may mean: those under a heading about recommendations
 * ("Conclusions and recommendations", a numbered title line "2.0 RECOMMENDATIONS"), or the points
 * of a paragraph that introduces them ("The Panel makes the following recommendations:").
 */
function recommendationSeries(provisions: readonly CitableProvision[]): Set<string> {
  const inSeries = new Set<string>();
  const byNumber = new Map<string, boolean>();
  let sectionHeading = '';
  for (const provision of provisions) {
    if (provision.number === null) {
      sectionHeading = provision.heading ?? '';
      continue;
    }
    const text = provision.text ?? '';
    const cut = provision.number.lastIndexOf('.');
    const parent = cut === -1 ? null : provision.number.slice(0, cut);
    // A dotted-decimal report prints its headings as numbered lines: "2.0 RECOMMENDATIONS".
    const titleLine = parent === null && text.length <= 80 && !/[.;:]$/.test(text) ? text : '';
    const introducesList = text.endsWith(':') && RECOMMENDATIONS_HEADING.test(text);
    const own = [sectionHeading, provision.heading ?? '', titleLine].some((heading) => RECOMMENDATIONS_HEADING.test(heading));
    const recommended = (parent !== null && byNumber.get(parent) === true) || own;
    byNumber.set(provision.number, recommended || introducesList);
    if (recommended) inSeries.add(provision.provisionKey);
  }
  return inSeries;
}

/**
 * Resolves every cited label against one version's provisions, by the label as printed. One
 * entry per cited label: linked where exactly one provision prints it; otherwise unlinked with
 * `reason` (`ambiguous` with every candidate, `otherDocument`, `notFound`).
 */
export function resolveCitations(text: string, provisions: readonly CitableProvision[], documentKind: CitingDocumentKind | null = null): ResolvedReference[] {
  const matches = findCitations(text, documentKind);
  if (matches.length === 0) return [];
  const lookup = labelIndex(provisions);
  const needsSeries = matches.some((match) => match.cue === 'recommendation' && match.otherDocument === null);
  const series = needsSeries ? recommendationSeries(provisions) : new Set<string>();
  const references: ResolvedReference[] = [];
  for (const match of matches) {
    for (const number of match.numbers) {
      const unlinked = (reason: UnlinkedReason, candidates: string[] = [], otherDocument: string | null = null): ResolvedReference => ({
        cited: match.cited,
        number,
        provisionKey: null,
        candidates,
        reason,
        otherDocument,
      });
      if (match.otherDocument !== null) {
        references.push(unlinked('otherDocument', [], match.otherDocument));
        continue;
      }
      let candidates = lookup(number).map((provision) => provision.provisionKey);
      if (match.cue === 'recommendation') {
        // A plan or a report without a recommendations series: the panel's recommendation is a
        // record of its own, not this document's paragraph with that number.
        if (series.size === 0) {
          references.push(unlinked('otherDocument', [], 'the panel’s recommendations'));
          continue;
        }
        candidates = candidates.filter((key) => series.has(key));
      }
      const [only] = candidates;
      if (candidates.length === 1 && only !== undefined) {
        references.push({ cited: match.cited, number, provisionKey: only, candidates, reason: null, otherDocument: null });
      } else {
        references.push(unlinked(candidates.length === 0 ? 'notFound' : 'ambiguous', candidates));
      }
    }
  }
  return references;
}
