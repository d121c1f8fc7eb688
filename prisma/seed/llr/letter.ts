// Reads the PCC's response letter OPCC/2/D/2017/1 (2 March 2017) into its parts: the letter's
// heading fields, its opening and closing, and the panel's recommendations (quoted in italics)
// each followed by the Commissioner's response.
//
// The source is an OCR/Markdown rendering of a scanned letter, so the reader drops the noise that
// belongs to the paper rather than the letter: the letterhead, the page-continuation marker
// ("....>2"), the office's address block repeated as a page footer, the typed-over signature
// ("Willys.") and the scanner's note about bleed-through from the reverse of the page.

export interface LetterItem {
  /** The recommendation as the letter quotes it (italics and Markdown removed). */
  recommendation: string;
  /** The Commissioner's response: its paragraphs joined with blank lines. */
  response: string;
}

export interface ParsedLetter {
  reference: string;
  /** As printed, e.g. "2 March 2017". */
  dateText: string;
  salutation: string;
  subject: string;
  opening: string;
  closing: string;
  signatory: string;
  signatoryRole: string;
  items: LetterItem[];
}

const NOISE: readonly RegExp[] = [
  /^\.{2,}\s*>\s*\d+$/, // "....>2": page continuation
  /^Office of the Police and Crime Commissioner for Leicestershire$/,
  /^Police Headquarters, St John's, Enderby/,
  /^Telephone 0116 229 8980/,
  /^Faint, illegible text/i,
  /^Enc\.?$/,
];

/** The closing paragraph starts with these words; everything before it belongs to the last response. */
const CLOSING_START = 'I trust these responses';

function stripMarkdown(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Paragraphs: runs of non-blank lines, lines joined with a space. */
function paragraphs(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) out.push(current.join(' '));
      current = [];
    } else current.push(line.trim());
  }
  if (current.length) out.push(current.join(' '));
  return out;
}

function required(match: RegExpMatchArray | null, what: string): string {
  const value = match?.[1]?.trim();
  if (!value) throw new Error(`Response letter: ${what} not found`);
  return value;
}

export function parseResponseLetter(source: string): ParsedLetter {
  const lines = source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => !NOISE.some((re) => re.test(line.trim())));

  const reference = required(source.match(/^Our ref:\s*(.+)$/m), 'reference');
  const dateText = required(source.match(/^Date:\s*(.+)$/m), 'date');
  const salutationAt = lines.findIndex((line) => /^Dear\b/.test(line.trim()));
  const salutation = lines[salutationAt]?.trim();
  if (!salutation) throw new Error('Response letter: salutation not found');

  // After the salutation: subject, opening paragraphs, then "- *quote*" items, then the closing.
  const body = paragraphs(lines.slice(salutationAt + 1));
  const subject = stripMarkdown(body.shift() ?? '');
  const opening: string[] = [];
  const items: { recommendation: string; response: string[] }[] = [];
  const closing: string[] = [];
  for (const paragraph of body) {
    if (closing.length) {
      closing.push(paragraph);
      continue;
    }
    if (/^-\s*\*/.test(paragraph)) {
      items.push({ recommendation: stripMarkdown(paragraph.replace(/^-\s*/, '')), response: [] });
    } else if (paragraph.startsWith(CLOSING_START)) {
      closing.push(paragraph);
    } else if (items.length === 0) {
      opening.push(stripMarkdown(paragraph));
    } else {
      items.at(-1)?.response.push(stripMarkdown(paragraph)); // items is not empty here
    }
  }
  // closing = [the "I trust…" paragraph, "*Yours truly, Willys.*", "Lord Willy Bach Police and Crime Commissioner"]
  const [closingParagraph, valediction, signatureBlock] = closing;
  if (!closingParagraph || !valediction || !signatureBlock) throw new Error('Response letter: closing not found');
  // "Willys." is the signature as the scanner read it, not text of the letter.
  const yours = stripMarkdown(valediction)
    .replace(/\s*Willys\.?$/, '')
    .trim();

  // The signature block: the signatory's name on one line, the office on the next.
  const nameAt = lines.findLastIndex((line) => line.trim() !== '' && signatureBlock.startsWith(line.trim()));
  const signatory = lines[nameAt]?.trim();
  const signatoryRole = lines[nameAt + 1]?.trim();
  if (nameAt < 0 || !signatory || !signatoryRole) throw new Error('Response letter: signatory not found');

  return {
    reference,
    dateText,
    salutation,
    subject,
    opening: opening.join('\n\n'),
    closing: [stripMarkdown(closingParagraph), yours].join('\n\n'),
    signatory,
    signatoryRole,
    items: items.map((item) => ({ recommendation: item.recommendation, response: item.response.join('\n\n') })),
  };
}
