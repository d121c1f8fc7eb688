import { at } from './arrays';
/**
 * Provision numbers in their normalised, dotted form: "49", "49.b", "54.d.ii".
 *
 * Segment 0 is the paragraph number, segment 1 a letter (a, b, … z, aa, ab …) and segment 2 a
 * lower-case roman numeral. A roman list printed directly under a paragraph (no letters) keeps
 * its romans in segment 1 ("4.ii"); ordering copes with that because for the only single-character
 * romans that are also letters (i, v, x) letter order and roman order agree.
 */

const ROMAN_TABLE: ReadonlyArray<readonly [number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

export const MAX_ROMAN = 3999;

/** 4 → "iv". Lower case, because that is how plans print sub-point numerals. */
export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > MAX_ROMAN) {
    throw new RangeError(`Roman numerals cover 1..${MAX_ROMAN}, not ${value}`);
  }
  let rest = value;
  let out = '';
  for (const [amount, symbol] of ROMAN_TABLE) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

const ROMAN_DIGITS: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** "iv" → 4; null unless the text is a canonical roman numeral ("iiii" and "vx" are not). */
export function fromRoman(text: string): number | null {
  const lower = text.toLowerCase();
  if (lower.length === 0 || lower.length > 15) return null;
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const current = ROMAN_DIGITS[at(lower, i)];
    if (current === undefined) return null;
    const next = i + 1 < lower.length ? ROMAN_DIGITS[at(lower, i + 1)] : undefined;
    total += next !== undefined && next > current ? -current : current;
  }
  // Round-tripping rejects non-canonical spellings that the additive reading above would accept.
  return total >= 1 && total <= MAX_ROMAN && toRoman(total) === lower ? total : null;
}

export function isRoman(text: string): boolean {
  return fromRoman(text) !== null;
}

/** 1 → "a", 26 → "z", 27 → "aa" (bijective base 26, so lists longer than the alphabet still number). */
export function letterLabel(index: number): string {
  if (!Number.isInteger(index) || index < 1) throw new RangeError(`Letter index must be a positive integer, not ${index}`);
  let rest = index;
  let out = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    out = String.fromCharCode(97 + digit) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

/** "a" → 1, "aa" → 27; null for anything that is not lower- or upper-case latin letters. */
export function letterIndex(label: string): number | null {
  const lower = label.toLowerCase();
  if (!/^[a-z]{1,6}$/.test(lower)) return null;
  let value = 0;
  for (const char of lower) value = value * 26 + (char.charCodeAt(0) - 96);
  return value;
}

// Words that introduce a number ("section 54, F", "para 49b") and carry no part of it.
const CUE_WORDS = /\b(?:sub-?paragraphs?|sub-?sections?|sub-?points?|paragraphs?|paras?|points?|sections?|items?|clauses?|parts?|pts?)\b\.?|[§¶]+/g;

/** Is `segment` acceptable at `position` (1 = letter level, 2+ = roman level) of a normalised number? */
function isValidSegment(segment: string, position: number): boolean {
  if (position === 1) return /^[a-z]{1,2}$/.test(segment) || isRoman(segment);
  if (position === 2) return isRoman(segment);
  return isRoman(segment) || /^[a-z]$/.test(segment);
}

/**
 * Normalises a printed provision number to dotted form: "49b", "49.b", "49(b)", "49 b" → "49.b";
 * "54(d)(ii)" → "54.d.ii"; "section 54, F" → "54.f". Returns null when the text is not a number.
 */
export function normaliseNumber(printed: string): string | null {
  const cleaned = printed.toLowerCase().replace(/[*_]+/g, ' ').replace(CUE_WORDS, ' ').trim();
  const match = /^(\d{1,4})((?:[\s.,()[\]-]*[a-z]+)*)[\s.,()[\]]*$/.exec(cleaned);
  if (!match) return null;
  // Letters run into the number must be a single letter: "49b" is 49.b, "12th" is not a number.
  if (/^\d+[a-z]{2}/.test(cleaned)) return null;
  const paragraph = String(Number(match[1]));
  if (paragraph === '0') return null;
  const segments = (match[2] ?? '').match(/[a-z]+/g) ?? [];
  for (let i = 0; i < segments.length; i++) {
    if (!isValidSegment(at(segments, i), i + 1)) return null;
  }
  return [paragraph, ...segments].join('.');
}

/** True when `value` is already in normalised form. */
export function isNormalisedNumber(value: string): boolean {
  return normaliseNumber(value) === value;
}

export function numberDepth(value: string): number {
  return value.split('.').length - 1;
}

/** "54.d.ii" → "54.d"; "54" → null. */
export function parentNumber(value: string): string | null {
  const cut = value.lastIndexOf('.');
  return cut === -1 ? null : value.slice(0, cut);
}

/** The last segment, as a list prints it: "54.d.ii" → "ii". */
export function lastSegment(value: string): string {
  const cut = value.lastIndexOf('.');
  return cut === -1 ? value : value.slice(cut + 1);
}

function isMultiCharRoman(segment: string): boolean {
  return segment.length > 1 && isRoman(segment);
}

function compareSegments(a: string, b: string, position: number): number {
  if (position === 0) {
    const difference = Number(a) - Number(b);
    if (!Number.isNaN(difference) && difference !== 0) return difference;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  // Dotted decimals ("2.10" after "2.9") compare as numbers, and before the letters under them.
  const numericA = /^\d+$/.test(a);
  const numericB = /^\d+$/.test(b);
  if (numericA || numericB) return numericA && numericB ? Number(a) - Number(b) : numericA ? -1 : 1;
  const romanA = fromRoman(a);
  const romanB = fromRoman(b);
  const bothRoman = romanA !== null && romanB !== null;
  if (bothRoman && (position >= 2 || isMultiCharRoman(a) || isMultiCharRoman(b))) return romanA - romanB;
  const letterA = letterIndex(a);
  const letterB = letterIndex(b);
  if (letterA !== null && letterB !== null && letterA !== letterB) return letterA - letterB;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Document order: 9 < 10, 54.d < 54.e, 54.d < 54.d.i < 54.d.ii < 54.e. */
export function compareNumbers(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  const shared = Math.min(left.length, right.length);
  for (let i = 0; i < shared; i++) {
    const order = compareSegments(at(left, i), at(right, i), i);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

export type NumberStyle = 'dotted' | 'parenthesised' | 'compact';

/**
 * Prints a normalised number the way documents do: dotted "54.d.ii", parenthesised "54(d)(ii)",
 * or compact "54d(ii)" (a single letter run into the paragraph number, as in "Para 49b").
 */
export function formatNumber(value: string, style: NumberStyle): string {
  const [paragraph, ...rest] = value.split('.');
  if (style === 'dotted' || rest.length === 0) return value;
  const [first, ...deeper] = rest as [string, ...string[]];
  // Only a single letter can run into the number unambiguously ("49b"; "4ii" reads as nothing).
  if (style === 'parenthesised' || first.length !== 1) return `${paragraph}${rest.map((segment) => `(${segment})`).join('')}`;
  return `${paragraph}${first}${deeper.map((segment) => `(${segment})`).join('')}`;
}
