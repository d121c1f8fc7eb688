/**
 * Derives a next version from a generated plan by known operations (insert, delete, move, edit,
 * split, merge, renumber), remembering where each provision came from, so tests can check the
 * matcher's answer against the truth.
 */
import { assignProvisionKeys } from '../../src/match';
import type { KeyedProvision, ParsedProvision } from '../../src/types';
import { TextFactory, between, createRandom, createVocabulary, pick, renumber, type Random } from './plan-generator';
import { at } from '../../src/arrays';

export interface Tracked {
  provision: ParsedProvision;
  /** Index in the base version it continues, or null for a new provision. */
  origin: number | null;
  /** For a split-off or merged provision, the other base indices involved. */
  alsoFrom: number[];
  change: 'same' | 'edited' | 'moved' | 'new' | 'split' | 'merged';
}

export function keyed(provisions: readonly ParsedProvision[]): KeyedProvision[] {
  let counter = 0;
  return assignProvisionKeys([], provisions, () => `k${counter++}`).provisions;
}

export function track(base: readonly ParsedProvision[]): Tracked[] {
  return base.map((provision, index) => ({ provision, origin: index, alsoFrom: [], change: 'same' }));
}

/** [start, end) of the top-level paragraph at `start` together with everything under it. */
export function subtreeEnd(items: readonly Tracked[], start: number): number {
  let end = start + 1;
  while (end < items.length && at(items, end).provision.depth > 0) end++;
  return end;
}

/** Indices of top-level numbered paragraphs, optionally only those without sub-points. */
export function paragraphStarts(items: readonly Tracked[], childless = false): number[] {
  const starts: number[] = [];
  items.forEach((item, index) => {
    if (item.provision.kind !== 'PARAGRAPH') return;
    if (childless && subtreeEnd(items, index) !== index + 1) return;
    starts.push(index);
  });
  return starts;
}

export class VersionEditor {
  readonly random: Random;
  readonly text: TextFactory;
  items: Tracked[];

  constructor(base: readonly ParsedProvision[], seed: number) {
    this.random = createRandom(seed);
    // A different vocabulary from the generator's, so that new text shares no rare words with old.
    this.text = new TextFactory(this.random, createVocabulary(createRandom(seed ^ 0x5bd1e995), 1500));
    this.items = track(base);
  }

  /** Operations combine cleanly only on paragraphs no earlier operation touched. */
  private untouched(indices: number[]): number[] {
    return indices.filter((index) => at(this.items, index).change === 'same');
  }

  private newParagraph(text: string, heading: string | null): ParsedProvision {
    return { number: '0', label: '0', heading, text, kind: 'PARAGRAPH', depth: 0, parentNumber: null, table: null };
  }

  private sectionAt(index: number): string | null {
    for (let cursor = index - 1; cursor >= 0; cursor--) {
      const provision = at(this.items, cursor).provision;
      if (provision.kind === 'SECTION') return provision.heading;
    }
    return null;
  }

  insertParagraph(): void {
    const starts = paragraphStarts(this.items);
    const at = pick(this.random, starts);
    const provision = this.newParagraph(this.text.sentences(between(this.random, 3, 5)), this.sectionAt(at));
    this.items.splice(at, 0, { provision, origin: null, alsoFrom: [], change: 'new' });
  }

  deleteParagraph(): void {
    const start = pick(this.random, paragraphStarts(this.items));
    this.items.splice(start, subtreeEnd(this.items, start) - start);
  }

  /** Moves a paragraph without sub-points at least `distance` paragraphs away. */
  moveParagraph(distance = 4): boolean {
    const candidates = this.untouched(paragraphStarts(this.items, true));
    const starts = paragraphStarts(this.items);
    if (candidates.length === 0) return false;
    const from = pick(this.random, candidates);
    const position = starts.indexOf(from);
    const targets = starts.filter((_, index) => Math.abs(index - position) >= distance);
    if (targets.length === 0) return false;
    const to = pick(this.random, targets);
    const [moved] = this.items.splice(from, 1) as [Tracked];
    const insertAt = to > from ? subtreeEnd(this.items, to - 1) : to;
    this.items.splice(insertAt, 0, { ...moved, change: 'moved', provision: { ...moved.provision, heading: this.sectionAt(insertAt) } });
    return true;
  }

  /** Replaces `share` of the words of a provision's text. */
  editProvision(index: number, share: number): void {
    const item = at(this.items, index);
    const words = item.provision.text.split(' ');
    const count = Math.max(1, Math.round(words.length * share));
    const positions = new Set<number>();
    while (positions.size < Math.min(count, words.length)) positions.add(Math.floor(this.random() * words.length));
    for (const position of positions) words[position] = at(this.text.words(1), 0);
    this.items[index] = { ...item, provision: { ...item.provision, text: words.join(' ') }, change: 'edited' };
  }

  /**
   * Splits a paragraph without sub-points in two, the first part holding at least two thirds of
   * the words, so that the first part is the closer one and keeps the key.
   */
  splitParagraph(): boolean {
    const candidates = this.untouched(paragraphStarts(this.items, true)).filter((index) => at(this.items, index).provision.text.split('. ').length >= 4);
    if (candidates.length === 0) return false;
    const index = pick(this.random, candidates);
    const item = at(this.items, index);
    const sentences = item.provision.text.split('. ');
    const total = item.provision.text.split(' ').length;
    let cut = 1;
    let words = at(sentences, 0).split(' ').length;
    while (cut < sentences.length - 1 && words < total * 0.67) words += at(sentences, cut++).split(' ').length;
    const first = `${sentences.slice(0, cut).join('. ')}.`;
    const second = sentences.slice(cut).join('. ');
    this.items[index] = { ...item, provision: { ...item.provision, text: first }, change: 'edited' };
    this.items.splice(index + 1, 0, {
      provision: this.newParagraph(second, item.provision.heading),
      origin: null,
      alsoFrom: [item.origin as number],
      change: 'split',
    });
    return true;
  }

  /** Merges two consecutive paragraphs without sub-points; the first's place is kept. */
  mergeParagraphs(): boolean {
    const starts = this.untouched(paragraphStarts(this.items, true));
    const pairs = starts.filter((index) => starts.includes(index + 1));
    if (pairs.length === 0) return false;
    const index = pick(this.random, pairs);
    const first = at(this.items, index);
    const second = at(this.items, index + 1);
    this.items.splice(index, 2, {
      provision: { ...first.provision, text: `${first.provision.text} ${second.provision.text}` },
      origin: first.origin,
      alsoFrom: [second.origin as number],
      change: 'merged',
    });
    return true;
  }

  result(): { provisions: ParsedProvision[]; items: Tracked[] } {
    const provisions = renumber(this.items.map((item) => item.provision));
    this.items = this.items.map((item, index) => ({ ...item, provision: at(provisions, index) }));
    return { provisions, items: this.items };
  }
}

/** Adds `offset` to every paragraph number (an extract of a longer plan, say): nothing else changes. */
export function offsetNumbers(provisions: readonly ParsedProvision[], offset: number): ParsedProvision[] {
  const shift = (value: string | null) => {
    if (value === null) return null;
    const [head, ...rest] = value.split('.');
    return [String(Number(head) + offset), ...rest].join('.');
  };
  return provisions.map((provision) => ({ ...provision, number: shift(provision.number), parentNumber: shift(provision.parentNumber) }));
}
