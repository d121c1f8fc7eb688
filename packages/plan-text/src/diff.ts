/**
 * Differences between two versions of a document, provision by provision (by provisionKey, so a
 * renumbered paragraph is not shown as deleted and re-added), and word by word within a provision.
 * Attribution of a change to a recommendation and response is the API's business, not this module's.
 */
import type { KeyedProvision } from './types';
import { at } from './arrays';

export type ChangeKind = 'added' | 'removed' | 'modified' | 'renumbered' | 'unchanged';

export interface WordChange {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface ProvisionSide {
  number: string | null;
  text: string;
}

export interface ProvisionDiff {
  provisionKey: string;
  change: ChangeKind;
  before: ProvisionSide | null;
  after: ProvisionSide | null;
  /** Word-level changes, for modified provisions only. */
  words: WordChange[] | null;
}

export interface ProvisionHistoryEntry {
  versionId: string;
  label: string;
  number: string | null;
  text: string | null;
  change: ChangeKind;
}

/** Words (with their apostrophes), runs of whitespace, and single punctuation marks. */
const TOKEN = /\s+|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenizeForDiff(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Above this many differences a region is shown as replaced outright: no reader follows such a diff. */
const MAX_EDIT_DISTANCE = 2000;

type Op = WordChange['op'];

/**
 * Myers' O(ND) shortest edit script between token arrays, one op per token. Each round keeps
 * only the diagonals it can reach (2d + 3 of them), so memory grows with D², not D·(N+M).
 */
function myers(a: Int32Array, b: Int32Array): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const frontier = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(frontier.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && at(frontier, offset + k - 1) < at(frontier, offset + k + 1));
      let x = down ? at(frontier, offset + k + 1) : at(frontier, offset + k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], finalD: number, n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = finalD; d > 0; d--) {
    const before = at(trace, d);
    // `before` holds diagonals -d-1 … d+1 as they stood when round d began.
    const diagonal = (k: number) => at(before, k + d + 1);
    const k = x - y;
    const down = k === -d || (k !== d && diagonal(k - 1) < diagonal(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = diagonal(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      ops.push('equal');
      x--;
      y--;
    }
    ops.push(down ? 'insert' : 'delete');
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    ops.push('equal');
    x--;
    y--;
  }
  return ops.reverse();
}

function pushChange(out: WordChange[], op: Op, text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/**
 * Gathers each run of changes into one deletion followed by one insertion, absorbing whitespace
 * that merely separates two changes ("delete 'the old', insert 'a new'" rather than a word salad).
 */
function consolidate(changes: WordChange[]): WordChange[] {
  const out: WordChange[] = [];
  let deleted = '';
  let inserted = '';
  const flushChange = () => {
    pushChange(out, 'delete', deleted);
    pushChange(out, 'insert', inserted);
    deleted = '';
    inserted = '';
  };
  changes.forEach((change, index) => {
    if (change.op === 'equal') {
      const between = index > 0 && index < changes.length - 1 && /^\s+$/.test(change.text);
      if (between && (deleted !== '' || inserted !== '')) {
        deleted += change.text;
        inserted += change.text;
        return;
      }
      flushChange();
      pushChange(out, 'equal', change.text);
    } else if (change.op === 'delete') {
      deleted += change.text;
    } else {
      inserted += change.text;
    }
  });
  flushChange();
  return out;
}

/** Word-level diff. Concatenating equal+delete texts gives `before`; equal+insert gives `after`. */
export function diffWords(before: string, after: string): WordChange[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  const a = tokenizeForDiff(before);
  const b = tokenizeForDiff(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const middleA = a.slice(prefix, a.length - suffix);
  const middleB = b.slice(prefix, b.length - suffix);
  const raw: WordChange[] = [];
  pushChange(raw, 'equal', a.slice(0, prefix).join(''));
  // Tokens become small integers: comparing numbers is what the inner loop does millions of times.
  const ids = new Map<string, number>();
  const encode = (tokens: string[]) =>
    Int32Array.from(tokens, (token) => {
      let id = ids.get(token);
      if (id === undefined) {
        id = ids.size;
        ids.set(token, id);
      }
      return id;
    });
  const ops = myers(encode(middleA), encode(middleB));
  if (ops === null) {
    pushChange(raw, 'delete', middleA.join(''));
    pushChange(raw, 'insert', middleB.join(''));
  } else {
    let i = 0;
    let j = 0;
    for (const op of ops) {
      if (op === 'equal') {
        pushChange(raw, 'equal', at(middleA, i++));
        j++;
      } else if (op === 'delete') {
        pushChange(raw, 'delete', at(middleA, i++));
      } else {
        pushChange(raw, 'insert', at(middleB, j++));
      }
    }
  }
  pushChange(raw, 'equal', a.slice(a.length - suffix).join(''));
  return consolidate(raw);
}

function side(provision: KeyedProvision): ProvisionSide {
  return { number: provision.number, text: provision.text };
}

function compare(before: KeyedProvision, after: KeyedProvision): ProvisionDiff {
  if (before.text !== after.text) {
    return { provisionKey: after.provisionKey, change: 'modified', before: side(before), after: side(after), words: diffWords(before.text, after.text) };
  }
  const change: ChangeKind = before.number !== after.number ? 'renumbered' : 'unchanged';
  return { provisionKey: after.provisionKey, change, before: side(before), after: side(after), words: null };
}

/**
 * The target version in reading order, each provision compared with its counterpart (same key)
 * in the base; provisions only in the base appear as removed where they stood in the base.
 */
export function diffVersions(base: readonly KeyedProvision[], target: readonly KeyedProvision[]): ProvisionDiff[] {
  const baseByKey = new Map<string, KeyedProvision>();
  for (const provision of base) baseByKey.set(provision.provisionKey, provision);
  const targetKeys = new Set(target.map((provision) => provision.provisionKey));

  // Removed provisions go after the nearest preceding base provision that survives (or first of all).
  const removedAfter = new Map<string | null, KeyedProvision[]>();
  let anchor: string | null = null;
  for (const provision of base) {
    if (targetKeys.has(provision.provisionKey)) {
      anchor = provision.provisionKey;
      continue;
    }
    const list = removedAfter.get(anchor) ?? [];
    list.push(provision);
    removedAfter.set(anchor, list);
  }
  const removed = (provision: KeyedProvision): ProvisionDiff => ({
    provisionKey: provision.provisionKey,
    change: 'removed',
    before: side(provision),
    after: null,
    words: null,
  });

  const out: ProvisionDiff[] = (removedAfter.get(null) ?? []).map(removed);
  for (const provision of target) {
    const previous = baseByKey.get(provision.provisionKey);
    out.push(
      previous ? compare(previous, provision) : { provisionKey: provision.provisionKey, change: 'added', before: null, after: side(provision), words: null },
    );
    for (const gone of removedAfter.get(provision.provisionKey) ?? []) out.push(removed(gone));
  }
  return out;
}

/**
 * One provision through a series of versions (oldest first). Versions before it first appears are
 * left out; its first appearance is 'added' unless it is already in the first version; a version
 * that drops it shows 'removed' once, with null number and text.
 */
export function provisionHistory(
  versions: ReadonlyArray<{ versionId: string; label: string; provisions: readonly KeyedProvision[] }>,
  provisionKey: string,
): ProvisionHistoryEntry[] {
  const entries: ProvisionHistoryEntry[] = [];
  let previous: KeyedProvision | null = null;
  let seen = false;
  versions.forEach((version, position) => {
    const current = version.provisions.find((provision) => provision.provisionKey === provisionKey) ?? null;
    if (current === null) {
      if (previous !== null) entries.push({ versionId: version.versionId, label: version.label, number: null, text: null, change: 'removed' });
      previous = null;
      return;
    }
    let change: ChangeKind;
    if (previous === null) change = seen || position > 0 ? 'added' : 'unchanged';
    else change = compare(previous, current).change;
    entries.push({ versionId: version.versionId, label: version.label, number: current.number, text: current.text, change });
    previous = current;
    seen = true;
  });
  return entries;
}
