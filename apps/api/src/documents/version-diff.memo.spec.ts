import type { Attribution, DiffEntry } from '@psp/contracts';
import { NO_ATTRIBUTIONS, VersionDiffMemo, withAttributions } from './version-diff.memo';

const at = new Date('2026-11-24T09:00:00Z');
const published = (id: string, updatedAt = at) => ({ id, status: 'PUBLISHED' as const, updatedAt });
const draft = (id: string) => ({ id, status: 'DRAFT' as const, updatedAt: at });

const entries = (): DiffEntry[] => [
  {
    provisionKey: 'k1',
    change: 'unchanged',
    before: { number: '1', text: 'Same.', heading: null },
    after: { number: '1', text: 'Same.', heading: null },
    amendedBy: NO_ATTRIBUTIONS,
    words: null,
  },
  {
    provisionKey: 'k2',
    change: 'modified',
    before: { number: '2', text: 'Old words.', heading: 'Aims' },
    after: { number: '2', text: 'New words.', heading: 'Aims' },
    amendedBy: NO_ATTRIBUTIONS,
    words: [
      { op: 'delete', text: 'Old' },
      { op: 'insert', text: 'New' },
      { op: 'equal', text: ' words.' },
    ],
  },
];

describe('VersionDiffMemo', () => {
  it('keeps the diff of two published versions, by direction', () => {
    const memo = new VersionDiffMemo();
    const computed = entries();
    memo.remember(published('v1'), published('v2'), computed);
    expect(memo.get(published('v1'), published('v2'))).toBe(computed);
    expect(memo.get(published('v2'), published('v1'))).toBeUndefined();
  });

  it('never keeps or answers for a pair with an unpublished version', () => {
    const memo = new VersionDiffMemo();
    memo.remember(published('v1'), draft('v3'), entries());
    memo.remember(draft('v3'), published('v1'), entries());
    expect(memo.size).toBe(0);
    memo.remember(published('v1'), published('v3'), entries());
    // Whatever was kept, a version read as a draft is not answered from memory.
    expect(memo.get(published('v1'), draft('v3'))).toBeUndefined();
  });

  it('does not answer for a version whose row changed since (re-made under the same id)', () => {
    const memo = new VersionDiffMemo();
    memo.remember(published('v1'), published('v2'), entries());
    expect(memo.get(published('v1'), published('v2', new Date(at.getTime() + 1)))).toBeUndefined();
  });

  it('freezes what it keeps, since every later answer shares it', () => {
    const memo = new VersionDiffMemo();
    const computed = entries();
    memo.remember(published('v1'), published('v2'), computed);
    const [, modified] = computed;
    expect(Object.isFrozen(computed)).toBe(true);
    expect(Object.isFrozen(modified)).toBe(true);
    expect(Object.isFrozen(modified?.before)).toBe(true);
    expect(Object.isFrozen(modified?.words?.[0])).toBe(true);
    expect(() => modified?.amendedBy.push({ recommendationId: 'r', responseId: 's', recommendationNumber: 1 })).toThrow(TypeError);
  });
});

describe('withAttributions', () => {
  const attribution: Attribution = { recommendationId: 'rec-8', responseId: 'resp-8', recommendationNumber: 8 };

  it('gives each provision its attributions, serialising exactly as an entry built with them', () => {
    const merged = withAttributions(entries(), new Map([['k2', [attribution]]]));
    const built = entries().map((e) => (e.provisionKey === 'k2' ? { ...e, amendedBy: [attribution] } : e));
    expect(JSON.stringify(merged)).toBe(JSON.stringify(built));
    expect(Object.keys(merged[1] ?? {})).toEqual(['provisionKey', 'change', 'before', 'after', 'amendedBy', 'words']);
  });

  it('shares the entries no attribution names and leaves the memoised ones untouched', () => {
    const memoised = entries();
    const merged = withAttributions(memoised, new Map([['k2', [attribution]]]));
    expect(merged[0]).toBe(memoised[0]);
    expect(memoised[1]?.amendedBy).toEqual([]);
  });
});
