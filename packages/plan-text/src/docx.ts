/**
 * Word (.docx) import. Kept out of index.ts because it pulls in mammoth, which the web app must
 * not bundle: import it as `@psp/plan-text/docx` (tests, API) or from `dist/docx.js`.
 *
 * mammoth turns the document into simple HTML. Word's automatic numbering is not in the text:
 * numbered paragraphs arrive as nested <ol><li> elements, so numbers are rebuilt from the nesting
 * (1., a., (i)), counting top-level items on across lists because a plan numbers its paragraphs
 * straight through its headings. When the document types its paragraph numbers itself, automatic
 * lists are sub-points of those paragraphs and start at the letter level. The result is plan text,
 * which `parsePlanText` reads like any other.
 */
import mammoth from 'mammoth';
import { PlanImportError } from './errors';
import { letterLabel, toRoman } from './numbering';
import { importPlanText } from './parse';
import type { ParsedDocument, ParseWarning } from './types';
import { readDocxParts, wordListLabels } from './word-numbering';
import { at } from './arrays';

export { PlanImportError } from './errors';

type HtmlToken = { type: 'open'; name: string } | { type: 'close'; name: string } | { type: 'text'; text: string };

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Tokenises the well-formed HTML mammoth writes (no scripts, comments or unquoted oddities). */
function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g;
  let cursor = 0;
  for (let match = tag.exec(html); match !== null; match = tag.exec(html)) {
    if (match.index > cursor) tokens.push({ type: 'text', text: decodeEntities(html.slice(cursor, match.index)) });
    const name = at(match, 2).toLowerCase();
    if (match[1] === '/') tokens.push({ type: 'close', name });
    else {
      tokens.push({ type: 'open', name });
      if (match[3] === '/' || name === 'br' || name === 'img' || name === 'hr') tokens.push({ type: 'close', name });
    }
    cursor = match.index + match[0].length;
  }
  if (cursor < html.length) tokens.push({ type: 'text', text: decodeEntities(html.slice(cursor)) });
  return tokens;
}

interface ListFrame {
  ordered: boolean;
  count: number;
}

function clean(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

const TYPED_PARAGRAPH_NUMBER = /^\s*\d{1,3}[.)]\s+\S/;

/**
 * Converts mammoth's HTML into plan text. Automatic list numbers are printed as Word prints them
 * when `wordLabels` (from word-numbering.ts, one per list item in document order) is given and
 * matches mammoth's list items one for one; otherwise they are rebuilt from the nesting.
 */
export function docxHtmlToPlanText(html: string, wordLabels: ReadonlyArray<string | null> | null = null): string {
  const tokens = tokenizeHtml(html);
  const typesOwnNumbers = typedNumbersOutsideLists(tokens);
  const itemCount = tokens.filter((token) => token.type === 'open' && token.name === 'li').length;
  // Where paragraph numbers are typed, automatic lists are their sub-points whatever Word prints.
  const labels = !typesOwnNumbers && wordLabels !== null && wordLabels.length === itemCount ? wordLabels : null;
  let itemIndex = 0;
  let itemLabel: string | null = null;
  const blocks: string[] = [];
  const lists: ListFrame[] = [];
  let paragraphCounter = 0;
  let buffer = '';
  let itemPending = false;
  let headingOpen = false;
  let table: string[][] | null = null;
  let row: string[] | null = null;
  let cell: string | null = null;

  const attachLine = (line: string) => {
    if (blocks.length === 0) blocks.push(line);
    else blocks[blocks.length - 1] += `\n${line}`;
  };

  const listItemPrefix = (): { prefix: string; attach: boolean } => {
    const frame = at(lists, lists.length - 1);
    if (itemLabel !== null) {
      // The number Word prints is the paragraph's number; keep the counting from the nesting in step.
      if (lists.length - 1 + (typesOwnNumbers ? 1 : 0) === 0) paragraphCounter++;
      return { prefix: itemLabel, attach: false };
    }
    if (!frame.ordered) return { prefix: '-', attach: true };
    const level = lists.length - 1 + (typesOwnNumbers ? 1 : 0);
    if (level === 0) return { prefix: `${++paragraphCounter}.`, attach: false };
    if (level === 1) return { prefix: `${letterLabel(frame.count)}.`, attach: false };
    if (level === 2) return { prefix: `(${toRoman(frame.count)})`, attach: false };
    return { prefix: '-', attach: true };
  };

  const flushItem = () => {
    if (!itemPending) return;
    itemPending = false;
    const text = clean(buffer);
    buffer = '';
    const { prefix, attach } = listItemPrefix();
    const line = text === '' ? prefix : `${prefix} ${text}`;
    if (attach) attachLine(line.replace(/\n/g, ' '));
    else blocks.push(line);
  };

  const flushParagraph = () => {
    const text = clean(buffer);
    buffer = '';
    if (text === '') return;
    if (headingOpen) blocks.push(`## ${text.replace(/\n/g, ' ')}`);
    else blocks.push(text);
  };

  for (const token of tokens) {
    if (token.type === 'text') {
      if (cell !== null) cell += token.text;
      else buffer += token.text;
      continue;
    }
    const { name } = token;
    if (token.type === 'open') {
      if (name === 'table') {
        flushItem();
        flushParagraph();
        table = [];
      } else if (name === 'tr' && table) row = [];
      else if ((name === 'td' || name === 'th') && row) cell = '';
      else if (name === 'br') {
        if (cell !== null) cell += ' ';
        else buffer += '\n';
      } else if (name === 'ol' || name === 'ul') {
        if (lists.length > 0) flushItem();
        else flushParagraph();
        lists.push({ ordered: name === 'ol', count: 0 });
      } else if (name === 'li' && lists.length > 0) {
        flushItem();
        at(lists, lists.length - 1).count++;
        itemLabel = labels ? (labels[itemIndex] ?? null) : null;
        itemIndex++;
        itemPending = true;
        buffer = '';
      } else if (/^h[1-6]$/.test(name)) {
        flushParagraph();
        headingOpen = true;
      } else if (name === 'p' && lists.length === 0 && cell === null) {
        flushParagraph();
      } else if (name === 'p' && cell !== null && cell !== '') {
        cell += ' ';
      }
      continue;
    }
    if ((name === 'td' || name === 'th') && row && cell !== null) {
      row.push(clean(cell).replace(/\n/g, ' '));
      cell = null;
    } else if (name === 'tr' && table && row) {
      table.push(row);
      row = null;
    } else if (name === 'table' && table) {
      if (table.length > 0) {
        const width = Math.max(...table.map((cells) => cells.length));
        const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, index) => (cells[index] ?? '').replace(/\|/g, '/')).join(' | ')} |`;
        blocks.push([line(at(table, 0)), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...table.slice(1).map(line)].join('\n'));
      }
      table = null;
    } else if (name === 'li') {
      flushItem();
    } else if (name === 'ol' || name === 'ul') {
      flushItem();
      lists.pop();
    } else if (/^h[1-6]$/.test(name)) {
      flushParagraph();
      headingOpen = false;
    } else if (name === 'p' && lists.length === 0 && cell === null) {
      flushParagraph();
    } else if (name === 'p' && itemPending) {
      buffer += '\n';
    }
  }
  flushItem();
  flushParagraph();
  return `${blocks.join('\n\n')}\n`;
}

/** How many list items mammoth's HTML holds. */
function countListItems(html: string): number {
  return tokenizeHtml(html).filter((token) => token.type === 'open' && token.name === 'li').length;
}

/** Does the document type paragraph numbers into ordinary paragraphs ("12. The Police…")? */
function typedNumbersOutsideLists(tokens: HtmlToken[]): boolean {
  let depth = 0;
  let inParagraph = false;
  let text = '';
  let typed = 0;
  for (const token of tokens) {
    if (token.type === 'open' && (token.name === 'ol' || token.name === 'ul')) depth++;
    else if (token.type === 'close' && (token.name === 'ol' || token.name === 'ul')) depth--;
    else if (token.type === 'open' && token.name === 'p' && depth === 0) {
      inParagraph = true;
      text = '';
    } else if (token.type === 'close' && token.name === 'p' && inParagraph) {
      inParagraph = false;
      if (TYPED_PARAGRAPH_NUMBER.test(text)) typed++;
    } else if (token.type === 'text' && inParagraph) text += token.text;
  }
  return typed >= 2;
}

/**
 * Reads a .docx file into provisions. Throws PlanImportError: UNREADABLE for a file that is not a
 * Word document (or is damaged), EMPTY for one without text, NO_PROVISIONS for one without
 * numbered paragraphs.
 */
export async function parseDocx(buffer: Buffer): Promise<ParsedDocument> {
  if (buffer.length === 0) throw new PlanImportError('EMPTY', 'The file is empty.');
  // Bounded, DTD-refusing read of the parts that hold list numbering (throws TOO_LARGE / UNREADABLE).
  const parts = readDocxParts(buffer);
  const wordLabels = parts ? wordListLabels(parts) : null;
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    result = await mammoth.convertToHtml({ buffer });
  } catch (error) {
    throw new PlanImportError('UNREADABLE', 'The file could not be read as a Word document (.docx). It may be damaged or in another format.', {
      cause: error,
    });
  }
  const text = docxHtmlToPlanText(result.value, wordLabels);
  if (text.trim() === '') throw new PlanImportError('EMPTY', 'The Word document contains no text.');
  const parsed = importPlanText(text);
  const notes: ParseWarning[] = result.messages.map((message) => ({
    line: null,
    found: `Word ${message.type}: ${message.message}`,
    action: 'imported the rest of the document',
  }));
  if (wordLabels === null)
    notes.push({ line: null, found: 'list numbering that could not be read from the Word package', action: 'numbered the lists from their nesting' });
  else if (wordLabels.length !== countListItems(result.value)) {
    notes.push({
      line: null,
      found: `${wordLabels.length} numbered Word paragraphs for ${countListItems(result.value)} list items`,
      action: 'numbered the lists from their nesting; check the numbers against the document',
    });
  }
  return { provisions: parsed.provisions, warnings: [...notes, ...parsed.warnings] };
}
