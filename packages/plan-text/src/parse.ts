/**
 * Plan text → provisions. Three stages: clean lines (lines.ts), blocks and list markers
 * (blocks.ts), and here the provision tree: sections, paragraphs, lettered and roman sub-points,
 * unnumbered text, tables.
 *
 * Numbering decisions worth knowing:
 * - A paragraph that prints a second lettered list after some unnumbered text (para 52 of the LLR
 *   draft: a)–e), text, then a)–d) again) continues its lettering: the second list becomes
 *   52.f–52.i. Every provision keeps a unique number, the first list keeps its printed letters
 *   (so "point 49.b" still means what the author meant), and our rendering prints the continued
 *   letters, which this parser reads back unchanged. Roman lists that restart continue the same way.
 * - Unnumbered text after a paragraph's sub-points is a TEXT provision under the paragraph
 *   (depth 1); unnumbered text before them belongs to the paragraph's own text.
 * - Unheaded text before the first heading or paragraph is the document's foreword and gets the
 *   heading "Foreword", so that an amendment to it can be cited and shown.
 */
import { buildBlocks, type Block, type Marker } from './blocks';
import { PlanImportError } from './errors';
import { prepareLines } from './lines';
import { letterLabel, toRoman } from './numbering';
import { endsTerminal, isHeadingLike, isTitleLike, stripTitlePunctuation } from './shapes';
import type { ParsedDocument, ParsedProvision, ParseWarning } from './types';
import { at } from './arrays';

export type { ParsedDocument, ParsedProvision, ParsedTable, ParseWarning, ProvisionKind } from './types';

export const FOREWORD_HEADING = 'Foreword';

interface Working extends ParsedProvision {
  blocks: string[][];
  boldTitle: boolean;
  /** 1-based source line where a numbered provision starts; null otherwise. */
  line: number | null;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Whether a heading candidate is followed by what a heading introduces. */
function introducesContent(next: Block | undefined, seenParagraph: boolean): boolean {
  if (!next) return false;
  if (next.type === 'marker') return next.marker.kind === 'number';
  if (next.type !== 'text' || seenParagraph) return false;
  const first = next.lines[0] ?? '';
  return endsTerminal(first) && wordCount(first) >= 10;
}

function provision(fields: Partial<Working> & Pick<Working, 'kind' | 'depth'>): Working {
  return {
    number: null,
    label: null,
    heading: null,
    text: '',
    parentNumber: null,
    table: null,
    blocks: [],
    boldTitle: false,
    line: null,
    ...fields,
  };
}

function tableText(rows: string[][]): string {
  return rows.map((row) => row.filter((cell) => cell !== '').join(' | ')).join('\n');
}

class StructureBuilder {
  readonly provisions: Working[] = [];
  private section: string | null = null;
  private paragraph: Working | null = null;
  private letter: Working | null = null;
  private collector: Working | null = null;
  private seenParagraph = false;
  private letterCount = 0;
  private letterOffset = 0;
  private lastPrintedLetter = 0;
  private romanCount = 0;
  private romanOffset = 0;
  private lastPrintedRoman = 0;
  /** Dotted-decimal paragraphs by number, to find the paragraph a deeper one ("2.1") belongs to. */
  private readonly numbered = new Map<string, Working>();

  constructor(private readonly warnings: ParseWarning[]) {}

  get hasSeenParagraph(): boolean {
    return this.seenParagraph;
  }

  heading(text: string, next: Block | undefined): void {
    this.section = text;
    this.paragraph = null;
    this.letter = null;
    if (next?.type === 'text') {
      this.collector = provision({ kind: 'TEXT', depth: 0, heading: text });
      this.provisions.push(this.collector);
    } else {
      this.collector = null;
      this.provisions.push(provision({ kind: 'SECTION', depth: 0, heading: text, text }));
    }
  }

  text(lines: string[]): void {
    if (lines.every((line) => line === '')) return;
    if (this.collector) {
      this.collector.blocks.push(lines);
      return;
    }
    const last = this.provisions[this.provisions.length - 1];
    if (this.paragraph && last === this.paragraph) {
      this.paragraph.blocks.push(lines);
      return;
    }
    if (this.paragraph) {
      this.collector = provision({ kind: 'TEXT', depth: 1, parentNumber: this.paragraph.number, blocks: [lines] });
    } else {
      const heading = this.section ?? (this.seenParagraph || this.provisions.length > 0 ? null : FOREWORD_HEADING);
      this.collector = provision({ kind: 'TEXT', depth: 0, heading, blocks: [lines] });
    }
    this.provisions.push(this.collector);
  }

  table(rows: string[][]): void {
    this.collector = null;
    const parent = this.paragraph;
    this.provisions.push(
      provision({
        kind: 'TABLE',
        depth: parent ? 1 : 0,
        parentNumber: parent?.number ?? null,
        heading: parent ? null : this.section,
        text: tableText(rows),
        table: { rows: rows.map((row) => [...row]) },
      }),
    );
  }

  marker(marker: Marker, lines: string[], boldTitle: boolean, line: number): void {
    this.collector = null;
    if (marker.kind === 'number') {
      this.seenParagraph = true;
      const number = marker.number ?? String(marker.value);
      // A dotted decimal ("2.1") sits under the paragraph it extends when that paragraph was printed.
      const parent = parentOf(number, this.numbered);
      this.paragraph = provision({
        kind: parent ? 'POINT' : 'PARAGRAPH',
        depth: parent ? parent.depth + 1 : 0,
        number,
        label: marker.printed,
        parentNumber: parent?.number ?? null,
        heading: parent ? null : this.section,
        blocks: [lines],
        boldTitle,
        line,
      });
      this.numbered.set(number, this.paragraph);
      this.provisions.push(this.paragraph);
      this.letter = null;
      this.letterCount = 0;
      this.letterOffset = 0;
      this.lastPrintedLetter = 0;
      this.resetRomans();
      return;
    }
    // Block building only lets a sub-point marker through while a paragraph is open.
    const paragraph = this.paragraph as Working;
    if (marker.kind === 'letter') {
      if (marker.value <= this.lastPrintedLetter) {
        this.letterOffset = this.letterCount;
        this.warnings.push({
          line,
          found: `a second lettered list in paragraph ${paragraph.label ?? paragraph.number}`,
          action: `kept its printed letters; numbered on from ${paragraph.number}.${letterLabel(this.letterCount + 1)}`,
        });
      }
      this.lastPrintedLetter = marker.value;
      this.letterCount = this.letterOffset + marker.value;
      this.letter = provision({
        kind: 'POINT',
        depth: paragraph.depth + 1,
        number: `${paragraph.number}.${letterLabel(this.letterCount)}`,
        label: `${paragraph.label}(${marker.printed})`,
        parentNumber: paragraph.number,
        blocks: [lines],
      });
      this.provisions.push(this.letter);
      this.resetRomans();
      return;
    }
    const parent = this.letter ?? paragraph;
    if (marker.value <= this.lastPrintedRoman) {
      this.romanOffset = this.romanCount;
      this.warnings.push({ line, found: `a second numeral list in ${parent.label ?? parent.number}`, action: 'kept its printed numerals; numbered on' });
    }
    this.lastPrintedRoman = marker.value;
    this.romanCount = this.romanOffset + marker.value;
    this.provisions.push(
      provision({
        kind: 'POINT',
        depth: parent.depth + 1,
        number: `${parent.number}.${toRoman(this.romanCount)}`,
        label: `${parent.label}(${marker.printed})`,
        parentNumber: parent.number,
        blocks: [lines],
      }),
    );
  }

  private resetRomans(): void {
    this.romanCount = 0;
    this.romanOffset = 0;
    this.lastPrintedRoman = 0;
  }
}

function parentOf(number: string, numbered: ReadonlyMap<string, Working>): Working | null {
  for (let cut = number.lastIndexOf('.'); cut > 0; cut = number.lastIndexOf('.', cut - 1)) {
    const parent = numbered.get(number.slice(0, cut));
    if (parent) return parent;
  }
  return null;
}

function finishProvision(working: Working): ParsedProvision {
  let blocks = working.blocks.map((lines) => [...lines]);
  let heading = working.heading;
  if (working.kind === 'PARAGRAPH') {
    const first = blocks[0] ?? [];
    const title = first[0] ?? '';
    const rest = [first.slice(1), ...blocks.slice(1)].filter((lines) => lines.length > 0);
    // A title introduces prose; a lead-in line followed by bullet items is the paragraph's text.
    const proseFollows = rest.length > 0 && !(rest[0]?.[0] ?? '').startsWith('- ');
    if (proseFollows && (working.boldTitle || isTitleLike(title))) {
      heading = stripTitlePunctuation(title);
      blocks = rest;
    }
  }
  // A heading whose text turned out to be another heading introduces nothing of its own: a section.
  if (working.kind === 'TEXT' && working.depth === 0 && heading !== null && blocks.every((lines) => lines.every((line) => line === ''))) {
    return { number: null, label: null, heading, text: heading, kind: 'SECTION', depth: 0, parentNumber: null, table: null };
  }
  const text =
    working.kind === 'SECTION' || working.kind === 'TABLE'
      ? working.text
      : blocks
          .map((lines) => lines.filter((line) => line !== '').join('\n'))
          .filter((block) => block !== '')
          .join('\n\n');
  return {
    number: working.number,
    label: working.label,
    heading,
    text,
    kind: working.kind,
    depth: working.depth,
    parentNumber: working.parentNumber,
    table: working.table,
  };
}

/** Parses plan text (PDF extraction, Markdown, or `renderPlanText` output). Never throws. */
export function parsePlanText(text: string): ParsedDocument {
  const warnings: ParseWarning[] = [];
  const prepared = prepareLines(text, warnings);
  const blocks = buildBlocks(prepared, warnings);
  const builder = new StructureBuilder(warnings);
  for (let index = 0; index < blocks.length; index++) {
    const block = at(blocks, index);
    const next = blocks[index + 1];
    switch (block.type) {
      case 'heading':
        builder.heading(block.text, next);
        break;
      case 'table':
        builder.table(block.rows);
        break;
      case 'marker': {
        // A heading can end up glued under the last item before it ("ii. … Government." / "Aim").
        const last = block.lines[block.lines.length - 1] ?? '';
        if (block.lines.length > 1 && isHeadingLike(last) && introducesContent(next, true)) {
          builder.marker(block.marker, block.lines.slice(0, -1), block.boldTitle, block.line);
          builder.heading(last, next);
        } else {
          builder.marker(block.marker, block.lines, block.boldTitle, block.line);
        }
        break;
      }
      case 'text': {
        const last = block.lines[block.lines.length - 1] ?? '';
        if (isHeadingLike(last) && introducesContent(next, builder.hasSeenParagraph)) {
          if (block.lines.length > 1) builder.text(block.lines.slice(0, -1));
          builder.heading(last, next);
        } else {
          builder.text(block.lines);
        }
        break;
      }
    }
  }
  const provisions = builder.provisions.map(finishProvision);
  warnOutsizedProvisions(provisions, builder.provisions, warnings);
  warnNumberedLookingText(provisions, warnings);
  const seen = new Set<string>();
  for (const item of provisions) {
    if (item.number === null) continue;
    if (seen.has(item.number)) warnings.push({ line: null, found: `number ${item.number} more than once`, action: 'kept both' });
    seen.add(item.number);
  }
  return { provisions, warnings };
}

// A numbered provision this much longer than the median of its siblings (and at least this long)
// has probably swallowed paragraphs whose numbers were not recognised.
const OUTSIZED_FACTOR = 8;
const OUTSIZED_MIN_CHARS = 3000;
const MIN_SIBLINGS = 4;

function warnOutsizedProvisions(provisions: readonly ParsedProvision[], working: readonly Working[], warnings: ParseWarning[]): void {
  const siblings = new Map<string, number[]>();
  provisions.forEach((item, index) => {
    if (item.number === null) return;
    const key = `${item.parentNumber ?? ''}|${item.depth}`;
    const list = siblings.get(key) ?? [];
    list.push(index);
    siblings.set(key, list);
  });
  for (const indices of siblings.values()) {
    if (indices.length < MIN_SIBLINGS) continue;
    const lengths = indices.map((index) => at(provisions, index).text.length).sort((a, b) => a - b);
    const median = at(lengths, Math.floor(lengths.length / 2));
    for (const index of indices) {
      const item = at(provisions, index);
      if (item.text.length < OUTSIZED_MIN_CHARS || item.text.length < OUTSIZED_FACTOR * Math.max(median, 1)) continue;
      warnings.push({
        line: working[index]?.line ?? null,
        found: `paragraph ${item.label ?? item.number} is ${item.text.length} characters long, ${Math.round(item.text.length / Math.max(median, 1))} times the median of its ${indices.length} siblings`,
        action: 'kept as one provision; check it for paragraphs whose numbers were not recognised',
      });
    }
  }
}

// "3. The Panel…", "2.1 To seek…", "(4) The…" opening a line, or "3. The…" straight after a
// finished sentence within one: text that reads like numbered paragraphs.
const NUMBERED_LOOKING = /(?:^|\n)\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+[\p{Lu}‘“"']|[.:;]\s+\(?\d{1,3}(?:\.\d{1,3})*[.)]\s+[\p{Lu}‘“"']/gu;

/** Unnumbered text before the first numbered paragraph that holds lines numbered like paragraphs. */
function warnNumberedLookingText(provisions: readonly ParsedProvision[], warnings: ParseWarning[]): void {
  let count = 0;
  for (const item of provisions) {
    if (item.number !== null) break;
    if (item.kind === 'TABLE') continue;
    count += item.text.match(NUMBERED_LOOKING)?.length ?? 0;
  }
  if (count >= 2) {
    warnings.push({
      line: null,
      found: `${count} lines before the first numbered paragraph that look like numbered paragraphs`,
      action: 'kept as unnumbered text; check that the numbering was recognised',
    });
  }
}

/**
 * Parses text that is meant to be a plan and refuses what is not: empty text, or text in which
 * no numbered paragraph can be found (a plan whose paragraphs cannot be cited cannot be scrutinised).
 */
export function importPlanText(text: string): ParsedDocument {
  if (text.trim() === '') throw new PlanImportError('EMPTY', 'The document is empty.');
  const parsed = parsePlanText(text);
  if (!parsed.provisions.some((item) => item.kind === 'PARAGRAPH')) {
    throw new PlanImportError('NO_PROVISIONS', 'No numbered paragraphs were found. Number the paragraphs (1., 2., 3. …) and upload the plan again.');
  }
  return parsed;
}
