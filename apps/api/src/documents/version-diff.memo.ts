import { Injectable } from '@nestjs/common';
import type { Attribution, DiffEntry } from '@psp/contracts';
import { BoundedLru } from '../common/bounded-lru';
import type { ComparedVersion } from './documents.repository';

/** The most pairs kept: a plan's published versions compared with each other, for many plans. */
export const MEMOISED_PAIRS = 256;
/**
 * And at most this many characters of text in all (before, after and words), about 256
 * national-sized plans (300 paragraphs, ~110 KB of JSON each): a few huge documents must not
 * hold the process's memory either.
 */
export const MEMOISED_CHARACTERS = 32 * 1024 * 1024;
/** What an entry costs beyond its text, in the same unit: a few objects and short strings. */
const ENTRY_OVERHEAD = 64;

/** The attributions of an entry no link names; shared, so frozen. */
export const NO_ATTRIBUTIONS: Attribution[] = Object.freeze([]) as unknown as Attribution[];

type VersionIdentity = Pick<ComparedVersion, 'id' | 'status' | 'updatedAt'>;

/**
 * The word-level diff of two PUBLISHED versions, computed once per pair: it is most of what a
 * diff costs, and a published version's provisions never change (publishing is final for plans,
 * reports and minutes alike, and only drafts are rewritten). `updatedAt` is in the key all the
 * same, so a version removed and made again under the same id (a reloaded record) is not
 * answered from an old entry. Drafts are never memoised: they change, and most callers may not
 * see them.
 *
 * The entries carry no attributions (`amendedBy` is empty): those depend on who asks and on links
 * added after publication, so each request merges its own (`withAttributions`).
 */
@Injectable()
export class VersionDiffMemo {
  private readonly pairs = new BoundedLru<string, readonly DiffEntry[]>(MEMOISED_PAIRS, MEMOISED_CHARACTERS);

  /** The memoised entries from `base` to `target`, when both are published and they were computed before. */
  get(base: VersionIdentity, target: VersionIdentity): readonly DiffEntry[] | undefined {
    return memoisable(base, target) ? this.pairs.get(pairKey(base, target)) : undefined;
  }

  /** Keeps the entries (frozen: every later answer shares them) when both versions are published. */
  remember(base: VersionIdentity, target: VersionIdentity, entries: readonly DiffEntry[]): void {
    if (!memoisable(base, target)) return;
    let characters = 0;
    for (const entry of entries) {
      characters += ENTRY_OVERHEAD + (entry.before?.text.length ?? 0) + (entry.after?.text.length ?? 0);
      if (entry.words) for (const word of entry.words) characters += word.text.length;
      deepFreeze(entry);
    }
    this.pairs.set(pairKey(base, target), Object.freeze(entries), characters);
  }

  get size(): number {
    return this.pairs.size;
  }
}

/**
 * The entries with each provision's attributions and editorial notes; entries without any are
 * shared as they are.
 */
export function withAttributions(
  entries: readonly DiffEntry[],
  attributions: ReadonlyMap<string, Attribution[]>,
  editorial: ReadonlyMap<string, string[]> = new Map(),
): DiffEntry[] {
  // Spreading keeps the keys in their order (amendedBy stays between after and words): the JSON is unchanged.
  return entries.map((entry) => {
    const amendedBy = attributions.get(entry.provisionKey);
    const notes = editorial.get(entry.provisionKey);
    if (!amendedBy && !notes) return entry;
    return { ...entry, ...(amendedBy ? { amendedBy } : {}), ...(notes ? { editorial: notes } : {}) };
  });
}

const memoisable = (base: VersionIdentity, target: VersionIdentity) => base.status === 'PUBLISHED' && target.status === 'PUBLISHED';

const pairKey = (base: VersionIdentity, target: VersionIdentity) => `${base.id}@${base.updatedAt.getTime()}\u0000${target.id}@${target.updatedAt.getTime()}`;

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
