/**
 * Provisions → canonical plain text: "## Heading" lines, "12." / "b." / "(ii)" markers, blank
 * lines between blocks and Markdown pipe tables. `parsePlanText` reads it back to the same
 * provisions. Roman numerals print in brackets so that a lone "(i)" under "h." cannot be read as
 * the letter i.
 */
import { lastSegment } from './numbering';
import { FOREWORD_HEADING } from './parse';
import { firstLetterCase, isTitleLike, stripTitlePunctuation } from './shapes';
import type { ParsedProvision, ParsedTable } from './types';
import { at } from './arrays';

export type RenderableProvision = Pick<ParsedProvision, 'number' | 'heading' | 'text' | 'kind' | 'depth'> & {
  table?: ParsedTable | null;
  label?: string | null;
};

/**
 * The letter or numeral a sub-point prints: its label's last bracketed token ("52(a)" → "a" for
 * point 52.f of a second lettered list, which the parser numbers on again), else its number's.
 */
function printedSegment(provision: RenderableProvision, number: string): string {
  const fromLabel = /\(([a-z]+)\)$/.exec(provision.label ?? '')?.[1];
  const segment = lastSegment(number);
  if (fromLabel === undefined || number.split('.').length === 1) return segment;
  // Only a letter stays a letter and a numeral a numeral, so the parser reads the same kind back.
  return /^[ivx]+$/.test(fromLabel) === /^[ivx]+$/.test(segment) || fromLabel.length === 1 ? fromLabel : segment;
}

function marker(provision: RenderableProvision): string {
  const number = provision.number as string;
  // Paragraph numbers print as printed: "1.0", "2.1.3", and a second series' "1." again.
  const label = provision.label ?? null;
  if (label !== null && /^\d+(?:\.\d+)*$/.test(label)) return label.includes('.') ? label : `${label}.`;
  // A statute subsection, "28(1)" or "28(2A)", prints "(1)" / "(2A)" under its section.
  const subsection = label === null ? null : /^\d+\((\d+[A-Z]*)\)$/i.exec(label);
  if (subsection) return `(${subsection[1]})`;
  const segment = printedSegment(provision, number);
  const segments = number.split('.').length;
  if (segments === 1) return `${segment}.`;
  // Letters are one or two characters; a multi-character roman-looking segment at depth 1 is a direct roman list.
  const roman = segments >= 3 || (/^[ivx]+$/.test(segment) && segment.length > 1);
  return roman ? `(${segment})` : `${segment}.`;
}

function escapeCell(cell: string): string {
  return cell.replace(/\|/g, '/');
}

function renderTable(provision: RenderableProvision): string {
  const rows = provision.table?.rows ?? provision.text.split('\n').map((line) => line.split(' | '));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.length));
  const line = (row: string[]): string => `| ${Array.from({ length: width }, (_, index) => escapeCell(row[index] ?? '')).join(' | ')} |`.replace(/ {2,}/g, ' ');
  const separator = `| ${Array.from({ length: width }, () => '---').join(' | ')} |`;
  const [header, ...body] = rows;
  return [line(header as string[]), separator, ...body.map(line)].join('\n');
}

/**
 * Whether the parser gave this opening block its "Foreword" heading itself (no heading in the
 * source). Only a real heading becomes the heading of the paragraphs after it, so an inferred one
 * must not be printed.
 */
function isInferredForeword(provisions: readonly RenderableProvision[], index: number): boolean {
  const first = at(provisions, index);
  if (index !== 0 || first.kind !== 'TEXT' || first.depth !== 0 || first.heading !== FOREWORD_HEADING) return false;
  // Had the source said "Foreword", the next top-level provision would have inherited it.
  const following = provisions.slice(1).find((provision) => provision.depth === 0);
  return !(following && following.kind !== 'SECTION' && following.heading === FOREWORD_HEADING);
}

export function renderPlanText(provisions: readonly RenderableProvision[]): string {
  const parts: string[] = [];
  let section: string | null = null;
  for (const [index, provision] of provisions.entries()) {
    if (isInferredForeword(provisions, index)) {
      if (provision.text !== '') parts.push(provision.text);
      continue;
    }
    if (provision.kind === 'SECTION') {
      section = provision.heading ?? provision.text;
      parts.push(`## ${section}`);
      continue;
    }
    if (provision.kind === 'TABLE') {
      parts.push(renderTable(provision));
      continue;
    }
    if (provision.number === null) {
      // Unnumbered top-level text inherits the section heading only straight after a top-level table;
      // anywhere else the parser reads it as text under a heading of its own, so that heading is printed.
      const previous = provisions[index - 1];
      const inherits = provision.heading === section && previous?.kind === 'TABLE' && previous.depth === 0;
      if (provision.depth === 0 && provision.heading !== null && !inherits) {
        section = provision.heading;
        parts.push(`## ${provision.heading}`);
      }
      if (provision.text !== '') parts.push(provision.text);
      continue;
    }
    const prefix = marker(provision);
    const [firstLine = '', secondLine] = provision.text.split('\n').filter((line) => line !== '');
    // The parser takes a title-like first line as the title when prose (not bullet items) follows.
    const moreFollows = secondLine !== undefined && !secondLine.startsWith('- ');
    const ownTitle = provision.depth === 0 && provision.heading !== null && provision.heading !== section;
    // An inherited heading is printed as an explicit (bold) title only to stop a title-like first line being taken for one.
    const shieldFirstLine = !ownTitle && provision.depth === 0 && provision.heading !== null && moreFollows && isTitleLike(firstLine);
    if ((ownTitle || shieldFirstLine) && provision.text !== '') {
      const title = provision.heading as string;
      // Printed plain, a title without its full stop would be joined to a body that carries on in lower case.
      const bodyStart = firstLetterCase(provision.text);
      const bodyContinues = bodyStart === 'lower' || bodyStart === 'digit' || /^[([]/.test(provision.text);
      const plain = ownTitle && !bodyContinues && isTitleLike(title) && stripTitlePunctuation(title) === title;
      parts.push(`${prefix} ${plain ? title : `**${title}**`}\n\n${provision.text}`);
    } else {
      parts.push(provision.text === '' ? prefix : `${prefix} ${provision.text}`);
    }
  }
  return `${parts.join('\n\n')}\n`;
}
