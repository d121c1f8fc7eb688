/**
 * Provision identity across versions. Paragraphs are matched by what they say, not by their
 * number, so a key follows its paragraph through renumbering, moves and edits:
 *
 * 1. identical wording (ignoring case and punctuation) pairs provisions; when several share the
 *    same wording ("My aim is to:") the tree around them decides (same parent, same neighbours);
 * 2. the rest pair by similarity: Dice over word unigrams and bigrams, with candidates taken from
 *    an inverted index of each text's rarest words (never an all-pairs comparison) plus the
 *    positions next to already matched neighbours; agreement with the tree breaks ties;
 * 3. left-over old provisions contained in a matched new one were merged into it; left-over new
 *    provisions contained in a matched old one were split from it (the closer half keeps the key);
 * 4. each pair is classified: edited (text changed), moved (new parent or out of order),
 *    renumbered, or same.
 */
import type { KeyedProvision, ParsedProvision, ProvisionKind } from './types';
import { at } from './arrays';

export type MatchRelation = 'same' | 'edited' | 'moved' | 'renumbered' | 'split' | 'merged' | 'new';

export interface ProvisionMatch {
  /** Index of the provision in `next`. */
  index: number;
  /** The key it inherits; null for a new provision (including the new half of a split). */
  provisionKey: string | null;
  relation: MatchRelation;
  /** Keys of the old provisions it came from: one for a match or split, several for a merge. */
  fromKeys: string[];
  /** 1 for identical wording; otherwise the similarity (or containment, for splits and merges) found. */
  similarity: number;
}

/** Similarity at which two provisions are the same provision edited, whatever surrounds them. */
const EDITED_THRESHOLD = 0.5;
/** Lower similarity accepted when the tree agrees (same parent or same neighbours). */
const EDITED_IN_CONTEXT_THRESHOLD = 0.3;
/** Share of a provision's words found inside another for a split or merge. */
const CONTAINMENT_THRESHOLD = 0.6;
/** Fewer features than this and containment means nothing (three words are in everything). */
const MIN_CONTAINED_FEATURES = 5;
const CANDIDATES_PER_PROVISION = 12;
const PROBE_TOKENS = 8;

type KindGroup = 'SECTION' | 'TABLE' | 'BODY';

interface Item {
  index: number;
  number: string | null;
  text: string;
  kindGroup: KindGroup;
  exactKey: string;
  /** Distinct word ids, for the inverted index (the unigram part of `features`). */
  words: Features;
  /** Sorted distinct unigram and bigram ids (a bigram's id is computed from its words' ids). */
  features: Features;
  parent: number;
  depth: number;
}

/**
 * Unigram and bigram features as numbers: word ids as they are, a bigram (a, b) as
 * (a + 1) · base + b, which no word id can equal. Below 65,535 distinct words (every real plan)
 * they fit 32 bits, and sorting 32-bit integers is much faster than sorting doubles.
 */
type Features = Uint32Array | Float64Array;

class Vocabulary {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }
}

interface Tokens {
  ids: Int32Array;
  exactKey: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

function tokenize(text: string): string[] {
  return text.toLowerCase().replace(/[’‘']/g, '').match(WORD) ?? [];
}

function distinctSorted<T extends Uint32Array | Float64Array>(values: T): T {
  values.sort();
  let length = 0;
  for (let index = 0; index < values.length; index++) {
    if (index === 0 || values[index] !== values[length - 1]) values[length++] = at(values, index);
  }
  return values.subarray(0, length) as T;
}

function kindGroupOf(kind: ProvisionKind | undefined, number: string | null, text: string, heading: string | null): KindGroup {
  const resolved = kind ?? (number === null && heading !== null && heading === text ? 'SECTION' : 'TEXT');
  if (resolved === 'SECTION') return 'SECTION';
  if (resolved === 'TABLE') return 'TABLE';
  return 'BODY';
}

type ProvisionLike = { number: string | null; heading: string | null; text: string; kind?: ProvisionKind; depth: number };

function tokenizeProvision(vocabulary: Vocabulary, provision: ProvisionLike): Tokens {
  const content = provision.text.trim() === '' ? (provision.heading ?? '') : provision.text;
  const tokens = tokenize(content);
  const ids = new Int32Array(tokens.length);
  tokens.forEach((token, position) => {
    ids[position] = vocabulary.id(token);
  });
  return { ids, exactKey: tokens.join(' ') };
}

function buildItem(index: number, provision: ProvisionLike, tokens: Tokens, parent: number, wide: boolean): Item {
  const { ids } = tokens;
  const base = wide ? 2 ** 24 : 2 ** 16;
  const features = wide ? new Float64Array(Math.max(0, ids.length * 2 - 1)) : new Uint32Array(Math.max(0, ids.length * 2 - 1));
  for (let position = 0; position < ids.length; position++) {
    const id = at(ids, position);
    features[position] = id;
    if (position > 0) features[ids.length + position - 1] = (at(ids, position - 1) + 1) * base + id;
  }
  // Sorted, the word ids (below `base`) come before every bigram.
  const sorted = distinctSorted(features);
  let unigrams = 0;
  while (unigrams < sorted.length && at(sorted, unigrams) < base) unigrams++;
  return {
    index,
    number: provision.number,
    text: provision.text,
    kindGroup: kindGroupOf(provision.kind, provision.number, provision.text, provision.heading),
    exactKey: tokens.exactKey,
    words: sorted.subarray(0, unigrams),
    features: sorted,
    parent,
    depth: provision.depth,
  };
}

function sharedCount(a: Features, b: Features): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = at(a, i);
    const y = at(b, j);
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

function dice(a: Item, b: Item): number {
  const total = a.features.length + b.features.length;
  if (total === 0) return 1;
  return (2 * sharedCount(a.features, b.features)) / total;
}

/** Share of `part`'s features found in `whole`. */
function containment(part: Item, whole: Item): number {
  if (part.features.length === 0) return 0;
  return sharedCount(part.features, whole.features) / part.features.length;
}

function compatible(a: Item, b: Item): boolean {
  return a.kindGroup === b.kindGroup;
}

/** Indices of the longest strictly increasing subsequence of `values` (patience sorting). */
function longestIncreasingSubsequence(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const value = at(values, i);
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (at(values, at(tails, mid)) < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = at(tails, low - 1);
    tails[low] = i;
  }
  const result = new Set<number>();
  let cursor = tails.length > 0 ? at(tails, tails.length - 1) : -1;
  while (cursor !== -1) {
    result.add(cursor);
    cursor = at(previous, cursor);
  }
  return result;
}

class InvertedIndex {
  private readonly postings = new Map<number, number[]>();

  constructor(items: readonly Item[]) {
    for (const item of items) {
      for (const word of item.words) {
        const list = this.postings.get(word);
        if (list) list.push(item.index);
        else this.postings.set(word, [item.index]);
      }
    }
  }

  /** Items sharing the most of `item`'s rarest words. */
  candidates(item: Item, limit: number): number[] {
    const probes: number[][] = [];
    for (const word of item.words) {
      const list = this.postings.get(word);
      if (list) probes.push(list);
    }
    probes.sort((a, b) => a.length - b.length);
    const hits = new Map<number, number>();
    for (const list of probes.slice(0, PROBE_TOKENS)) {
      for (const index of list) hits.set(index, (hits.get(index) ?? 0) + 1);
    }
    return [...hits.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([index]) => index);
  }
}

class Matcher {
  readonly nextToPrevious: Int32Array;
  readonly previousToNext: Int32Array;
  readonly similarity: Float64Array;
  readonly mergedFrom = new Map<number, number[]>();
  readonly splitFrom = new Map<number, number>();

  constructor(
    readonly previous: Item[],
    readonly next: Item[],
  ) {
    this.nextToPrevious = new Int32Array(next.length).fill(-1);
    this.previousToNext = new Int32Array(previous.length).fill(-1);
    this.similarity = new Float64Array(next.length);
  }

  pair(previousIndex: number, nextIndex: number, similarity: number): void {
    this.nextToPrevious[nextIndex] = previousIndex;
    this.previousToNext[previousIndex] = nextIndex;
    this.similarity[nextIndex] = similarity;
  }

  /** How far the surrounding tree agrees that `p` became `n`: 0..4. */
  context(p: number, n: number): number {
    const previousItem = at(this.previous, p);
    const nextItem = at(this.next, n);
    let score = 0;
    if (nextItem.parent === -1 ? previousItem.parent === -1 : this.nextToPrevious[nextItem.parent] === previousItem.parent && previousItem.parent !== -1) {
      score += 1;
    }
    if (n > 0 && p > 0 && this.nextToPrevious[n - 1] === p - 1) score += 1;
    if (n + 1 < this.next.length && p + 1 < this.previous.length && this.nextToPrevious[n + 1] === p + 1) score += 1;
    // Children that stayed together point at their parent: the sub-points of `n` came from those of `p`.
    const firstChild = n + 1 < this.next.length && at(this.next, n + 1).parent === n ? at(this.nextToPrevious, n + 1) : -1;
    if (firstChild !== -1 && at(this.previous, firstChild).parent === p) score += 1;
    return score;
  }

  private positionGap(p: number, n: number): number {
    const a = this.previous.length > 1 ? p / (this.previous.length - 1) : 0;
    const b = this.next.length > 1 ? n / (this.next.length - 1) : 0;
    return Math.abs(a - b);
  }

  matchIdentical(): void {
    const groups = new Map<string, { previous: number[]; next: number[] }>();
    const groupOf = (item: Item) => `${item.kindGroup}\u0000${item.exactKey}`;
    for (const item of this.previous) {
      const key = groupOf(item);
      const group = groups.get(key) ?? { previous: [], next: [] };
      group.previous.push(item.index);
      groups.set(key, group);
    }
    for (const item of this.next) {
      const group = groups.get(groupOf(item));
      if (group) group.next.push(item.index);
    }
    const ambiguous: Array<{ previous: number[]; next: number[] }> = [];
    for (const group of groups.values()) {
      if (group.next.length === 0) continue;
      if (group.previous.length === 1 && group.next.length === 1) this.pair(at(group.previous, 0), at(group.next, 0), 1);
      else ambiguous.push(group);
    }
    // Repeated wording is settled by the tree, so settle it after the unique wording has anchored the tree.
    ambiguous.sort((a, b) => at(a.next, 0) - at(b.next, 0));
    for (let round = 0; round < 2; round++) {
      for (const group of ambiguous) {
        const pairs: Array<[number, number, number]> = [];
        for (const p of group.previous) {
          if (this.previousToNext[p] !== -1) continue;
          for (const n of group.next) {
            if (this.nextToPrevious[n] !== -1) continue;
            pairs.push([p, n, this.context(p, n) - this.positionGap(p, n)]);
          }
        }
        pairs.sort((a, b) => b[2] - a[2] || a[1] - b[1] || a[0] - b[0]);
        for (const [p, n, score] of pairs) {
          // In the first round only pairs the tree vouches for; the second takes the rest in order.
          if (round === 0 && score < 1) continue;
          if (this.previousToNext[p] === -1 && this.nextToPrevious[n] === -1) this.pair(p, n, 1);
        }
      }
    }
  }

  matchSimilar(): void {
    for (let round = 0; round < 2; round++) {
      const openPrevious = this.previous.filter((item) => this.previousToNext[item.index] === -1);
      if (openPrevious.length === 0) return;
      const index = new InvertedIndex(openPrevious);
      const pairs: Array<{ p: number; n: number; similarity: number; score: number }> = [];
      for (const nextItem of this.next) {
        const n = nextItem.index;
        if (this.nextToPrevious[n] !== -1) continue;
        const candidates = new Set(index.candidates(nextItem, CANDIDATES_PER_PROVISION));
        for (const p of this.structuralCandidates(n)) candidates.add(p);
        for (const p of candidates) {
          if (this.previousToNext[p] !== -1) continue;
          const previousItem = at(this.previous, p);
          if (!compatible(previousItem, nextItem)) continue;
          const similarity = dice(previousItem, nextItem);
          const context = this.context(p, n);
          if (!this.acceptable(previousItem, nextItem, similarity, context)) continue;
          pairs.push({ p, n, similarity, score: similarity + 0.05 * context - 0.02 * this.positionGap(p, n) });
        }
      }
      pairs.sort((a, b) => b.score - a.score || a.n - b.n || a.p - b.p);
      let paired = 0;
      for (const { p, n, similarity } of pairs) {
        if (this.previousToNext[p] !== -1 || this.nextToPrevious[n] !== -1) continue;
        this.pair(p, n, similarity);
        paired++;
      }
      if (paired === 0) return;
    }
  }

  private acceptable(previousItem: Item, nextItem: Item, similarity: number, context: number): boolean {
    if (similarity >= EDITED_THRESHOLD) return true;
    if (context === 0) return false;
    if (similarity >= EDITED_IN_CONTEXT_THRESHOLD) return true;
    // A short item that grew or shrank ("Hate incidents" → "Hate incidents and crimes against …"): one contains the other.
    const [shorter, longer] = previousItem.features.length <= nextItem.features.length ? [previousItem, nextItem] : [nextItem, previousItem];
    return context >= 2 && shorter.features.length >= 3 && containment(shorter, longer) >= 0.9;
  }

  /** Old provisions where `n` would sit if the tree around it is unchanged. */
  private structuralCandidates(n: number): number[] {
    const out: number[] = [];
    const before = n > 0 ? at(this.nextToPrevious, n - 1) : -1;
    if (before !== -1 && before + 1 < this.previous.length) out.push(before + 1);
    const after = n + 1 < this.next.length ? at(this.nextToPrevious, n + 1) : -1;
    if (after > 0) out.push(after - 1);
    if (n === 0 && this.previous.length > 0) out.push(0);
    const number = at(this.next, n).number;
    if (number !== null) {
      const sameNumber = this.previous.find((item) => item.number === number);
      if (sameNumber) out.push(sameNumber.index);
    }
    return out;
  }

  /**
   * Of the old provisions merged into one, the one whose sub-points the merged provision carries
   * keeps its key, so that those sub-points keep their parent; otherwise the most similar one does.
   */
  private keepKeysWithChildren(): void {
    for (const [n, merged] of this.mergedFrom) {
      const kept = at(this.nextToPrevious, n);
      const childParents = new Map<number, number>();
      const depth = at(this.next, n).depth;
      for (let child = n + 1; child < this.next.length && at(this.next, child).depth > depth; child++) {
        if (at(this.next, child).parent !== n) continue;
        const source = at(this.nextToPrevious, child);
        if (source === -1) continue;
        const parent = at(this.previous, source).parent;
        childParents.set(parent, (childParents.get(parent) ?? 0) + 1);
      }
      let best = kept;
      for (const candidate of merged) {
        if ((childParents.get(candidate) ?? 0) > (childParents.get(best) ?? 0)) best = candidate;
      }
      if (best === kept) continue;
      this.nextToPrevious[n] = best;
      this.similarity[n] = dice(at(this.previous, best), at(this.next, n));
      this.mergedFrom.set(n, [kept, ...merged.filter((index) => index !== best)]);
    }
  }

  matchSplitsAndMerges(): void {
    const openPrevious = this.previous.some((item) => this.previousToNext[item.index] === -1);
    const nextIndex = openPrevious ? new InvertedIndex(this.next) : null;
    // An old provision with no counterpart whose words live on inside a new one was merged into it.
    for (const previousItem of this.previous) {
      const p = previousItem.index;
      if (this.previousToNext[p] !== -1 || previousItem.features.length < MIN_CONTAINED_FEATURES) continue;
      let best = -1;
      let bestShare = CONTAINMENT_THRESHOLD;
      for (const n of (nextIndex as InvertedIndex).candidates(previousItem, CANDIDATES_PER_PROVISION)) {
        const nextItem = at(this.next, n);
        if (!compatible(previousItem, nextItem)) continue;
        const share = containment(previousItem, nextItem);
        if (share > bestShare) {
          bestShare = share;
          best = n;
        }
      }
      if (best === -1) continue;
      if (this.nextToPrevious[best] === -1) {
        this.pair(p, best, bestShare);
      } else {
        const merged = this.mergedFrom.get(best) ?? [];
        merged.push(p);
        this.mergedFrom.set(best, merged);
        this.previousToNext[p] = best;
      }
    }
    this.keepKeysWithChildren();
    if (!this.next.some((item) => this.nextToPrevious[item.index] === -1)) return;
    const previousIndex = new InvertedIndex(this.previous);
    // A new provision with no counterpart whose words come from an old one was split from it.
    for (const nextItem of this.next) {
      const n = nextItem.index;
      if (this.nextToPrevious[n] !== -1 || nextItem.features.length < MIN_CONTAINED_FEATURES) continue;
      let best = -1;
      let bestShare = CONTAINMENT_THRESHOLD;
      for (const p of previousIndex.candidates(nextItem, CANDIDATES_PER_PROVISION)) {
        const previousItem = at(this.previous, p);
        if (!compatible(previousItem, nextItem)) continue;
        const share = containment(nextItem, previousItem);
        if (share > bestShare) {
          bestShare = share;
          best = p;
        }
      }
      if (best === -1) continue;
      this.splitFrom.set(n, best);
      this.similarity[n] = bestShare;
    }
  }
}

function parentIndexByNumber(next: readonly ParsedProvision[]): number[] {
  const latest = new Map<string, number>();
  return next.map((provision, index) => {
    const parent = provision.parentNumber === null ? -1 : (latest.get(provision.parentNumber) ?? -1);
    if (provision.number !== null) latest.set(provision.number, index);
    return parent;
  });
}

export function matchProvisions(previous: readonly KeyedProvision[], next: readonly ParsedProvision[]): ProvisionMatch[] {
  const vocabulary = new Vocabulary();
  const previousIndexByKey = new Map<string, number>();
  previous.forEach((provision, index) => previousIndexByKey.set(provision.provisionKey, index));
  const previousTokens = previous.map((provision) => tokenizeProvision(vocabulary, provision));
  const nextTokens = next.map((provision) => tokenizeProvision(vocabulary, provision));
  const wide = vocabulary.size >= 2 ** 16 - 1;
  const previousItems = previous.map((provision, index) =>
    buildItem(index, provision, at(previousTokens, index), provision.parentKey === null ? -1 : (previousIndexByKey.get(provision.parentKey) ?? -1), wide),
  );
  const nextParents = parentIndexByNumber(next);
  const nextItems = next.map((provision, index) => buildItem(index, provision, at(nextTokens, index), at(nextParents, index), wide));

  const matcher = new Matcher(previousItems, nextItems);
  matcher.matchIdentical();
  matcher.matchSimilar();
  matcher.matchSplitsAndMerges();

  const matchedOrder: number[] = [];
  const matchedNext: number[] = [];
  for (let n = 0; n < nextItems.length; n++) {
    const p = at(matcher.nextToPrevious, n);
    if (p !== -1) {
      matchedOrder.push(p);
      matchedNext.push(n);
    }
  }
  const inOrder = new Set<number>([...longestIncreasingSubsequence(matchedOrder)].map((position) => at(matchedNext, position)));

  return nextItems.map((item, n): ProvisionMatch => {
    const p = at(matcher.nextToPrevious, n);
    if (p === -1) {
      const source = matcher.splitFrom.get(n);
      if (source !== undefined) {
        const key = at(previous, source).provisionKey;
        return { index: n, provisionKey: null, relation: 'split', fromKeys: [key], similarity: at(matcher.similarity, n) };
      }
      return { index: n, provisionKey: null, relation: 'new', fromKeys: [], similarity: 0 };
    }
    const old = at(previous, p);
    const merged = matcher.mergedFrom.get(n);
    const similarity = at(matcher.similarity, n);
    if (merged) {
      const fromKeys = [old.provisionKey, ...merged.map((index) => at(previous, index).provisionKey)];
      return { index: n, provisionKey: old.provisionKey, relation: 'merged', fromKeys, similarity };
    }
    const previousItem = at(previousItems, p);
    const parentMatched = item.parent === -1 ? -1 : at(matcher.nextToPrevious, item.parent);
    const moved = parentMatched !== previousItem.parent || !inOrder.has(n);
    const relation: MatchRelation = old.text !== at(next, n).text ? 'edited' : moved ? 'moved' : old.number !== item.number ? 'renumbered' : 'same';
    return { index: n, provisionKey: old.provisionKey, relation, fromKeys: [old.provisionKey], similarity };
  });
}

/**
 * Gives every provision of `next` a key: the key of the old provision it continues, or a fresh
 * one from `newKey`. `parentKey` is taken from the new tree.
 */
export function assignProvisionKeys(
  previous: readonly KeyedProvision[],
  next: readonly ParsedProvision[],
  newKey: () => string,
): { provisions: KeyedProvision[]; matches: ProvisionMatch[] } {
  const matches = matchProvisions(previous, next);
  const keys = matches.map((match) => match.provisionKey ?? newKey());
  const parents = parentIndexByNumber(next);
  const provisions = next.map((provision, index): KeyedProvision => {
    const parent = at(parents, index);
    return {
      provisionKey: at(keys, index),
      number: provision.number,
      label: provision.label,
      heading: provision.heading,
      text: provision.text,
      depth: provision.depth,
      parentKey: parent === -1 ? null : at(keys, parent),
      kind: provision.kind,
      table: provision.table,
    };
  });
  return { provisions, matches };
}

/** How a stored provision relates to the version before it, for a reviewer; `removed` is an old provision no new one continues. */
export type ReviewRelation = MatchRelation | 'removed';

export interface MatchReviewEntry {
  relation: ReviewRelation;
  /** The provision in the newer version; null for a removed one. */
  current: KeyedProvision | null;
  /** The old provision it continues (same key); for a removed one, that provision. */
  previous: KeyedProvision | null;
  /**
   * Old provisions whose words it carries without continuing them: for `merged`, the others merged
   * into it; for `split`, the one it was split from.
   */
  from: KeyedProvision[];
}

/**
 * Reads back, from the keys already stored, how each provision of `current` follows `previous`:
 * the stored keys decide the pairs (a reviewer may have corrected them), and the words decide only
 * what the keys cannot say — whether an old provision that no key continues lives on inside a new
 * one (merged), and whether a new one was taken out of an old one (split). Reading order of
 * `current`, each removed old provision after the nearest preceding one that survives.
 */
export function reviewMatches(previous: readonly KeyedProvision[], current: readonly KeyedProvision[]): MatchReviewEntry[] {
  const vocabulary = new Vocabulary();
  const previousTokens = previous.map((provision) => tokenizeProvision(vocabulary, provision));
  const currentTokens = current.map((provision) => tokenizeProvision(vocabulary, provision));
  const wide = vocabulary.size >= 2 ** 16 - 1;
  const indexByKey = (list: readonly KeyedProvision[]) => new Map(list.map((provision, index) => [provision.provisionKey, index]));
  const previousIndex = indexByKey(previous);
  const currentIndex = indexByKey(current);
  const parentOf = (provision: KeyedProvision, index: Map<string, number>) => (provision.parentKey === null ? -1 : (index.get(provision.parentKey) ?? -1));
  const previousItems = previous.map((provision, index) => buildItem(index, provision, at(previousTokens, index), parentOf(provision, previousIndex), wide));
  const currentItems = current.map((provision, index) => buildItem(index, provision, at(currentTokens, index), parentOf(provision, currentIndex), wide));

  const continued = current.map((provision) => previousIndex.get(provision.provisionKey) ?? -1);
  const continuedOld = new Set(continued.filter((index) => index !== -1));

  /** The item of `among` (by index) that holds most of `part`'s words, above the containment threshold. */
  const bestContainer = (part: Item, among: readonly Item[], candidates: Iterable<number>): number => {
    if (part.features.length < MIN_CONTAINED_FEATURES) return -1;
    let best = -1;
    let bestShare = CONTAINMENT_THRESHOLD;
    for (const candidate of candidates) {
      const whole = at(among, candidate);
      if (!compatible(part, whole)) continue;
      const share = containment(part, whole);
      if (share > bestShare) {
        bestShare = share;
        best = candidate;
      }
    }
    return best;
  };

  // Old provisions no key continues: merged into the new one that holds their words, else removed.
  const mergedInto = new Map<number, number[]>();
  const openOld = previousItems.filter((item) => !continuedOld.has(item.index));
  if (openOld.length > 0) {
    const currentIndexOfWords = new InvertedIndex(currentItems);
    for (const item of openOld) {
      const into = bestContainer(item, currentItems, currentIndexOfWords.candidates(item, CANDIDATES_PER_PROVISION));
      if (into === -1 || at(continued, into) === -1) continue;
      mergedInto.set(into, [...(mergedInto.get(into) ?? []), item.index]);
    }
  }
  const merged = new Set([...mergedInto.values()].flat());

  // New provisions no key continues: split from the old one that holds their words, else new.
  const splitFrom = new Map<number, number>();
  if (continued.includes(-1)) {
    const previousIndexOfWords = new InvertedIndex(previousItems);
    for (const item of currentItems) {
      if (at(continued, item.index) !== -1) continue;
      const source = bestContainer(item, previousItems, previousIndexOfWords.candidates(item, CANDIDATES_PER_PROVISION));
      if (source !== -1) splitFrom.set(item.index, source);
    }
  }

  const matchedOrder: number[] = [];
  const matchedCurrent: number[] = [];
  continued.forEach((old, index) => {
    if (old === -1) return;
    matchedOrder.push(old);
    matchedCurrent.push(index);
  });
  const inOrder = new Set([...longestIncreasingSubsequence(matchedOrder)].map((position) => at(matchedCurrent, position)));

  const removedAfter = new Map<number, KeyedProvision[]>();
  let anchor = -1;
  const currentOfOld = new Map(continued.flatMap((old, index) => (old === -1 ? [] : [[old, index] as const])));
  previous.forEach((provision, index) => {
    const survivor = currentOfOld.get(index);
    if (survivor !== undefined) anchor = survivor;
    else if (!merged.has(index)) removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), provision]);
  });
  const removed = (provision: KeyedProvision): MatchReviewEntry => ({ relation: 'removed', current: null, previous: provision, from: [] });

  const out: MatchReviewEntry[] = (removedAfter.get(-1) ?? []).map(removed);
  current.forEach((provision, index) => {
    const old = at(continued, index);
    if (old === -1) {
      const source = splitFrom.get(index);
      out.push({
        relation: source === undefined ? 'new' : 'split',
        current: provision,
        previous: null,
        from: source === undefined ? [] : [at(previous, source)],
      });
    } else {
      const before = at(previous, old);
      const others = mergedInto.get(index);
      const item = at(currentItems, index);
      const parentContinues = item.parent === -1 ? -1 : at(continued, item.parent);
      const moved = parentContinues !== at(previousItems, old).parent || !inOrder.has(index);
      const relation: MatchRelation = others
        ? 'merged'
        : before.text !== provision.text
          ? 'edited'
          : moved
            ? 'moved'
            : before.number !== provision.number
              ? 'renumbered'
              : 'same';
      out.push({ relation, current: provision, previous: before, from: (others ?? []).map((i) => at(previous, i)) });
    }
    for (const gone of removedAfter.get(index) ?? []) out.push(removed(gone));
  });
  return out;
}
