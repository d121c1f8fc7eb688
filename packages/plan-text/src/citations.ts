/**
 * Paragraph citations in prose: "Para 46(e) and 52", "point 49.b", "paragraphs 12 to 14 and 20",
 * "Para 54, section F", "**Para 44**, item ix". A citation needs a cue word (para, paragraph,
 * point, section, item, clause, §); bare figures such as "13,250 referrals" or "Page 22 of 23"
 * are never citations.
 */
import { fromRoman, letterIndex, letterLabel, toRoman } from './numbering';
import { at } from './arrays';

export interface CitationMatch {
  /** The citation as written, with Markdown emphasis removed. */
  cited: string;
  /** Offsets in the original text: `text.slice(start, end)` is the citation (emphasis included). */
  start: number;
  end: number;
  /** Normalised numbers in the order cited, ranges expanded. */
  numbers: string[];
}

export interface ResolvedReference {
  cited: string;
  number: string;
  provisionKey: string | null;
}

/** Ranges wider than this are almost certainly typos ("paras 12 to 1400"); only their ends are kept. */
export const MAX_RANGE_SPAN = 50;

const CUE = /(?<![\p{L}\p{N}])(?:sub-?paragraphs?|sub-?sections?|paragraphs?|paras?\.?|points?|pts?\.|sections?|items?|clauses?|§§?|¶¶?)(?=[\s\d(])/giu;
const CONTINUATION_CUE = /^,?\s*(?:sub-?paragraphs?|sub-?sections?|sections?|items?|points?|parts?)\s+/i;
const SEPARATOR = /^(?:\s*,\s*and\s+|\s*,\s*or\s+|\s*,\s*|\s+and\s+|\s+or\s+|\s*&\s*)/i;
const RANGE = /^(?:\s*[–—]\s*|\s*-\s*|\s+to\s+|\s+through\s+)/i;
const MAX_SUB_ROMAN = 39;

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

/** A sub-point token at `depth` (1 letter-or-roman, 2+ roman). */
function acceptableSegment(token: string, depth: number): boolean {
  const lower = token.toLowerCase();
  if (depth >= 2) return isSubRoman(lower);
  return /^[a-z]$/.test(lower) || isSubRoman(lower);
}

const LETTER_AFTER = /^[\p{L}]/u;

/** Reads "(e)", ".a", "(d)(ii)" after a paragraph number. */
function readSubSegments(text: string, from: number, segments: string[]): number {
  let position = from;
  for (;;) {
    const depth = segments.length;
    const bracketed = /^\(\s*([a-zA-Z]{1,8})\s*\)/.exec(text.slice(position));
    if (bracketed && acceptableSegment(at(bracketed, 1), depth)) {
      segments.push(at(bracketed, 1).toLowerCase());
      position += bracketed[0].length;
      continue;
    }
    const dotted = /^\.([a-zA-Z]{1,8})/.exec(text.slice(position));
    if (dotted && acceptableSegment(at(dotted, 1), depth) && !LETTER_AFTER.test(text.slice(position + dotted[0].length))) {
      segments.push(at(dotted, 1).toLowerCase());
      position += dotted[0].length;
      continue;
    }
    return position;
  }
}

/** Reads one reference ("46(e)", "49b", "54.d.ii") at `from`; null if none starts there. */
function readReference(text: string, from: number): Reference | null {
  const digits = /^\d{1,3}/.exec(text.slice(from));
  if (!digits) return null;
  let position = from + digits[0].length;
  const after = text.slice(position);
  // "13,250", "1.2%", "2017", "5-year", "12th" are not paragraph numbers.
  if (/^\d|^[.,]\d|^%|^-[\p{L}]/u.test(after)) return null;
  const segments = [String(Number(digits[0]))];
  if (segments[0] === '0') return null;
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
  if (segments.length > 2) return from;
  const rest = text.slice(from);
  const cue = CONTINUATION_CUE.exec(rest);
  if (cue) {
    const token = /^\(?([a-zA-Z]{1,8})\)?/.exec(rest.slice(cue[0].length));
    if (token && acceptableSegment(at(token, 1), segments.length) && !LETTER_AFTER.test(rest.slice(cue[0].length + token[0].length))) {
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
  const bracketed = /^\(\s*([a-zA-Z]{1,8})\s*\)/.exec(text.slice(from));
  if (!bracketed || !acceptableSegment(at(bracketed, 1), previous.length - 1)) return null;
  const segments = [...previous.slice(0, -1), at(bracketed, 1).toLowerCase()];
  return { segments, end: from + bracketed[0].length };
}

function segmentOrdinal(segment: string, depth: number, siblingHint: string): number | null {
  if (depth === 0) return Number(segment);
  const romanList = depth >= 2 || (siblingHint.length > 1 && isSubRoman(siblingHint)) || (segment.length > 1 && isSubRoman(segment));
  return romanList ? fromRoman(segment) : letterIndex(segment);
}

/** Expands "12 to 14" → 12, 13, 14; "49(a) to (c)" → 49.a, 49.b, 49.c. Ends that differ in parent stay as two numbers. */
function expandRange(from: string[], to: string[]): string[] {
  const first = from.join('.');
  const last = to.join('.');
  if (from.length !== to.length || from.slice(0, -1).join('.') !== to.slice(0, -1).join('.')) return [first, last];
  const depth = from.length - 1;
  const start = segmentOrdinal(at(from, depth), depth, at(to, depth));
  const end = segmentOrdinal(at(to, depth), depth, at(from, depth));
  if (start === null || end === null || end < start) return [first, last];
  if (end - start > MAX_RANGE_SPAN) return [first, last];
  const romanList = depth >= 2 || (depth === 1 && (at(from, depth).length > 1 || at(to, depth).length > 1));
  const prefix = from.slice(0, -1);
  const out: string[] = [];
  for (let ordinal = start; ordinal <= end; ordinal++) {
    const segment = depth === 0 ? String(ordinal) : romanList ? toRoman(ordinal) : letterLabel(ordinal);
    out.push([...prefix, segment].join('.'));
  }
  return out;
}

function readCitationList(text: string, from: number): { numbers: string[]; end: number } | null {
  const first = readReference(text, from);
  if (!first) return null;
  const numbers = [first.segments.join('.')];
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
        numbers.push(next.segments.join('.'));
        previous = next.segments;
        end = next.end;
        continue;
      }
    }
    return { numbers, end };
  }
}

/** Every paragraph citation in `text`, in order. Never throws. */
export function findCitations(text: string): CitationMatch[] {
  const cleaned = withoutEmphasis(text);
  const source = cleaned.text;
  const matches: CitationMatch[] = [];
  let consumedTo = 0;
  CUE.lastIndex = 0;
  for (let cue = CUE.exec(source); cue !== null; cue = CUE.exec(source)) {
    if (cue.index < consumedTo) continue;
    const afterCue = cue.index + cue[0].length;
    const gap = /^\s*/.exec(source.slice(afterCue))?.[0].length ?? 0;
    const list = readCitationList(source, afterCue + gap);
    if (!list) continue;
    const numbers = [...new Set(list.numbers)];
    matches.push({
      cited: source.slice(cue.index, list.end),
      start: cleaned.originalOffset(cue.index),
      end: cleaned.originalOffset(list.end - 1) + 1,
      numbers,
    });
    consumedTo = list.end;
    CUE.lastIndex = list.end;
  }
  return matches;
}

/**
 * Resolves every cited number against one version's provisions. One entry per cited number;
 * `provisionKey` is null where the version has no provision with that number.
 */
export function resolveCitations(text: string, provisions: ReadonlyArray<{ number: string | null; provisionKey: string }>): ResolvedReference[] {
  const byNumber = new Map<string, string>();
  for (const provision of provisions) {
    if (provision.number !== null && !byNumber.has(provision.number)) byNumber.set(provision.number, provision.provisionKey);
  }
  const references: ResolvedReference[] = [];
  for (const match of findCitations(text)) {
    for (const number of match.numbers) {
      references.push({ cited: match.cited, number, provisionKey: byNumber.get(number) ?? null });
    }
  }
  return references;
}
