// Documents as trees of provisions with stable keys: a plan's versions share keys, and each
// version renumbers its paragraphs (so an inserted paragraph shifts every later number, as in
// the LLR plan where the response letter cites numbers of the amended plan).
import type { Rng } from './prng';
import { editText, letter, paragraphText, pointText, roman, SECTION_HEADINGS } from './words';

export type Kind = 'SECTION' | 'PARAGRAPH' | 'POINT' | 'TABLE' | 'TEXT';

export interface Node {
  key: string;
  kind: Kind;
  heading: string | null;
  text: string;
  /** Numbered nodes get numbers when the version is flattened; TEXT and SECTION do not. */
  numbered: boolean;
  children: Node[];
  tableRows?: string[][];
}

export interface FlatProvision {
  provisionKey: string;
  number: string | null;
  heading: string | null;
  text: string;
  kind: Kind;
  depth: number;
  parentKey: string | null;
  position: number;
  tableRows: { rows: string[][] } | null;
}

export type KeySource = () => string;

export function keySource(prefix: string): KeySource {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}-k${String(n).padStart(4, '0')}`;
  };
}

function point(rng: Rng, key: KeySource, withSubs: boolean): Node {
  const children: Node[] = [];
  if (withSubs) {
    const subs = rng.int(2, 4);
    for (let i = 0; i < subs; i += 1) children.push({ key: key(), kind: 'POINT', heading: null, text: pointText(rng), numbered: true, children: [] });
  }
  return { key: key(), kind: 'POINT', heading: null, text: pointText(rng), numbered: true, children };
}

export function paragraph(rng: Rng, key: KeySource, maxPoints = 5): Node {
  const points: Node[] = [];
  const count = rng.chance(0.35) ? 0 : rng.int(1, maxPoints);
  for (let i = 0; i < count; i += 1) points.push(point(rng, key, rng.chance(0.18)));
  return { key: key(), kind: 'PARAGRAPH', heading: null, text: paragraphText(rng), numbered: true, children: points };
}

/** A plan of about 300 provisions: foreword, nine sections of numbered paragraphs, a budget table. */
export function buildPlan(rng: Rng, key: KeySource, title: string): Node[] {
  const nodes: Node[] = [
    { key: key(), kind: 'TEXT', heading: 'Foreword', text: `${title}. ${paragraphText(rng)} ${paragraphText(rng)}`, numbered: false, children: [] },
  ];
  const start = rng.int(0, SECTION_HEADINGS.length - 1);
  for (let s = 0; s < 9; s += 1) {
    const heading = SECTION_HEADINGS[(start + s) % SECTION_HEADINGS.length] ?? 'Priorities';
    nodes.push({ key: key(), kind: 'SECTION', heading, text: heading, numbered: false, children: [] });
    const paragraphs = rng.int(7, 9);
    for (let p = 0; p < paragraphs; p += 1) nodes.push(paragraph(rng, key));
    if (heading === 'Value for Money' || s === 4) {
      nodes.push({
        key: key(),
        kind: 'TABLE',
        heading: 'Budget',
        text: 'Budget allocation',
        numbered: true,
        children: [],
        tableRows: [
          ['Allocation', '£m'],
          ['Force', String(rng.int(150, 400))],
          ['OPCC', (rng.int(10, 25) / 10).toFixed(1)],
          ['Commissioning', String(rng.int(3, 12))],
        ],
      });
    }
  }
  return nodes;
}

/** A report to the panel: numbered paragraphs with points, and the recommendation. */
export function buildReport(rng: Rng, key: KeySource, title: string): Node[] {
  const nodes: Node[] = [
    { key: key(), kind: 'TEXT', heading: 'Purpose of the report', text: `${title}. ${paragraphText(rng)}`, numbered: false, children: [] },
  ];
  const paragraphs = rng.int(16, 24);
  for (let p = 0; p < paragraphs; p += 1) nodes.push(paragraph(rng, key, 4));
  nodes.push({
    key: key(),
    kind: 'TEXT',
    heading: 'Recommendation',
    text: 'It is recommended that the Panel notes the report.',
    numbered: false,
    children: [],
  });
  return nodes;
}

export interface Changes {
  /** Keys whose text changed in the new version. */
  modified: Set<string>;
  added: Set<string>;
  removed: Set<string>;
}

const cloneTree = (nodes: Node[]): Node[] => nodes.map((n) => ({ ...n, children: cloneTree(n.children) }));

/** The next version of a document: some paragraphs edited, some inserted, a few removed. */
export function mutate(
  nodes: Node[],
  rng: Rng,
  key: KeySource,
  rates: { edit: number; addParagraphs: number; addPoints: number; remove: number },
): { nodes: Node[]; changes: Changes } {
  const next = cloneTree(nodes);
  const changes: Changes = { modified: new Set(), added: new Set(), removed: new Set() };
  const visit = (list: Node[]) => {
    for (const node of list) {
      if (node.kind !== 'SECTION' && node.kind !== 'TABLE' && rng.chance(rates.edit)) {
        node.text = editText(node.text, rng);
        changes.modified.add(node.key);
      }
      visit(node.children);
    }
  };
  visit(next);
  const paragraphIndexes = () => next.flatMap((n, i) => (n.kind === 'PARAGRAPH' ? [i] : []));
  for (let i = 0; i < rates.addParagraphs; i += 1) {
    const candidates = paragraphIndexes();
    const at = rng.pick(candidates);
    const inserted = paragraph(rng, key, 3);
    next.splice(at + 1, 0, inserted);
    const mark = (n: Node) => {
      changes.added.add(n.key);
      n.children.forEach(mark);
    };
    mark(inserted);
  }
  for (let i = 0; i < rates.addPoints; i += 1) {
    const host = next[rng.pick(paragraphIndexes())];
    if (!host) continue;
    const added: Node = { key: key(), kind: 'POINT', heading: null, text: pointText(rng), numbered: true, children: [] };
    host.children.splice(rng.int(0, host.children.length), 0, added);
    changes.added.add(added.key);
  }
  for (let i = 0; i < rates.remove; i += 1) {
    const host = next[rng.pick(paragraphIndexes())];
    if (!host || host.children.length === 0) continue;
    const [removed] = host.children.splice(rng.int(0, host.children.length - 1), 1);
    if (removed) {
      const mark = (n: Node) => {
        changes.removed.add(n.key);
        changes.modified.delete(n.key);
        n.children.forEach(mark);
      };
      mark(removed);
    }
  }
  return { nodes: next, changes };
}

/** Flattens a version in reading order, numbering paragraphs 1.., points a.., sub-points i.. */
export function flatten(nodes: Node[], firstNumber = 1, pointStyle: 'letter' | 'roman' = 'letter'): FlatProvision[] {
  const out: FlatProvision[] = [];
  let paragraphNumber = firstNumber - 1;
  const walk = (node: Node, depth: number, parent: Node | null, number: string | null) => {
    out.push({
      provisionKey: node.key,
      number,
      heading: node.heading,
      text: node.text,
      kind: node.kind,
      depth,
      parentKey: parent?.key ?? null,
      // Reading order from 0, as every other writer of provisions (prisma/src/factories.ts provisionRows).
      position: out.length,
      tableRows: node.tableRows ? { rows: node.tableRows } : null,
    });
    node.children.forEach((child, i) => {
      const childNumber = number ? `${number}.${depth === 0 && pointStyle === 'letter' ? letter(i) : roman(i)}` : null;
      walk(child, depth + 1, node, childNumber);
    });
  };
  for (const node of nodes) {
    let number: string | null = null;
    if (node.numbered) {
      paragraphNumber += 1;
      number = String(paragraphNumber);
    }
    walk(node, 0, null, number);
  }
  return out;
}
