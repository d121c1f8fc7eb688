import { at } from './arrays';
/**
 * What a line of text looks like: how it ends, how it starts, and whether it has the shape of a
 * heading, a title or a one-line list entry. Every check looks at the text alone, so a line reads
 * the same in a PDF extraction and in our own rendering.
 */

const SOFT_WORDS = new Set(
  'and or nor but the of to a an in for with by from on at as that which who whose its their our my his her your into than between across under per such these those including via within towards against among amongst upon'.split(
    ' ',
  ),
);
const CLOSERS = new Set(['"', "'", '’', '”', ')', ']']);

/** Does the text end a sentence (. ! ? :, perhaps inside closing quotes or brackets)? Looks at the end only. */
export function endsTerminal(text: string): boolean {
  let index = text.length - 1;
  while (index >= 0 && CLOSERS.has(at(text, index))) index--;
  const char = text[index];
  return char === '.' || char === '!' || char === '?' || char === ':';
}

/**
 * A list item that ends its item: "…the cap; or", "…consulted; and", "…partners;". The next
 * marker or bullet starts the next item, although "or"/"and" would otherwise carry the line on.
 */
export function endsListItem(text: string): boolean {
  return /;\s*(?:and|or|and\/or)?$/i.test(text);
}

// "Chapter 1. Introduction", "Part 2", "Section 3 Finance", "Annex A": headings however they end.
const NAMED_DIVISION =
  /^(?:Chapter|Part|Section|Annex|Appendix|Schedule)\s+(?:\d{1,3}[A-Z]?|[IVXLC]{1,6}|[A-Z])\b(?:[.:–—-]?\s+[\p{Lu}\d‘“"'(][^.;:!?]{0,70})?$/u;

/** A named division of a document ("Chapter 1. Introduction", "Part 2") standing as a heading. */
export function isNamedDivision(text: string): boolean {
  return NAMED_DIVISION.test(text);
}

/** A line ending like this cannot end a sentence, heading or title: the next line continues it. */
export function endsSoft(text: string): boolean {
  const last = text[text.length - 1];
  if (last === undefined) return false;
  if (last === ',' || last === '(' || last === '&' || last === '/') return true;
  if ((last === '–' || last === '—' || last === '-') && text[text.length - 2] === ' ') return true;
  // The words in question end in a plain letter; anything else (a full stop, a figure) is not one.
  const code = last.charCodeAt(0) | 0x20;
  if (code < 97 || code > 122) return false;
  const space = text.lastIndexOf(' ');
  if (text.length - space - 1 > 9) return false;
  return SOFT_WORDS.has(text.slice(space + 1).toLowerCase());
}

export function startsSoft(text: string): boolean {
  const space = text.indexOf(' ');
  return SOFT_WORDS.has((space === -1 ? text : text.slice(0, space)).toLowerCase());
}

const OPENING_QUOTES = new Set(['"', "'", '“', '‘', '«']);

/** The case of the first letter or digit, skipping opening quotes. Runs on every line, so no regex for ASCII. */
export function firstLetterCase(text: string): 'upper' | 'lower' | 'digit' | 'other' {
  let index = 0;
  while (index < text.length && OPENING_QUOTES.has(at(text, index))) index++;
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return 'other';
  if (code >= 65 && code <= 90) return 'upper';
  if (code >= 97 && code <= 122) return 'lower';
  if (code >= 48 && code <= 57) return 'digit';
  if (code < 128) return 'other';
  const char = String.fromCodePoint(text.codePointAt(index) as number);
  if (/\p{Lu}/u.test(char)) return 'upper';
  if (/\p{Ll}/u.test(char)) return 'lower';
  return 'other';
}

/** A short list entry printed on its own line, like the values "respect", "absence of bias". */
export function isItemLike(text: string): boolean {
  if (text.length > 40 || text.length === 0 || text.startsWith('- ')) return false;
  const words = text.split(' ');
  return words.length <= 5 && !/[.!?:;,]/.test(text) && /^\p{L}/u.test(text) && !startsSoft(text) && !endsSoft(text);
}

/** A short stand-alone line that names what follows ("Viable Partnerships", "The values we hold"). */
export function isHeadingLike(text: string): boolean {
  if (isNamedDivision(text)) return true;
  if (text.length === 0 || text.length > 60 || text.startsWith('- ')) return false;
  if (text.split(' ').length > 9) return false;
  if (!/^[\p{Lu}\d]/u.test(text)) return false;
  if (/[.!?:;,]$/.test(text) || endsSoft(text)) return false;
  return !/[.;:!?]\s/.test(text);
}

/** A paragraph's own title line ("Alcohol and drug related incidents.", "Mental Health and Learning Disabilities"). */
export function isTitleLike(text: string): boolean {
  if (text.length === 0 || text.length > 80 || text.startsWith('- ') || text.includes(',')) return false;
  const words = text.split(' ').length;
  if (words > 10) return false;
  if (!/^[\p{Lu}\d("'“‘]/u.test(text)) return false;
  if (endsSoft(text.replace(/[.:]$/, '')) || /[,;!?]$/.test(text)) return false;
  if (/[.;!?]\s/.test(text)) return false;
  return !(text.endsWith('.') && words > 8);
}

export function stripTitlePunctuation(text: string): string {
  return text.replace(/[\s.:]+$/, '');
}
