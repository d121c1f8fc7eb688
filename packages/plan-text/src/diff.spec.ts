import fc from 'fast-check';
import { diffVersions, diffWords, provisionHistory, tokenizeForDiff, type WordChange } from './diff';
import type { KeyedProvision } from './types';

function before(changes: WordChange[]): string {
  return changes
    .filter((change) => change.op !== 'insert')
    .map((change) => change.text)
    .join('');
}

function after(changes: WordChange[]): string {
  return changes
    .filter((change) => change.op !== 'delete')
    .map((change) => change.text)
    .join('');
}

function provision(provisionKey: string, number: string | null, text: string, parentKey: string | null = null): KeyedProvision {
  return { provisionKey, number, text, heading: null, depth: number?.includes('.') ? 1 : 0, parentKey };
}

describe('tokenizeForDiff', () => {
  it('keeps words, whitespace runs and punctuation, losing nothing', () => {
    expect(tokenizeForDiff('Para 49b,  the PCC’s plan.\nNext')).toEqual(['Para', ' ', '49b', ',', '  ', 'the', ' ', 'PCC’s', ' ', 'plan', '.', '\n', 'Next']);
  });
});

describe('diffWords', () => {
  it('shows a word-level change with its context', () => {
    expect(diffWords('A new drugs and alcohol service provider for LLR.', 'A new service provider for LLR to tackle drugs and alcohol.')).toEqual([
      { op: 'equal', text: 'A new ' },
      { op: 'delete', text: 'drugs and alcohol ' },
      { op: 'equal', text: 'service provider for LLR' },
      { op: 'insert', text: ' to tackle drugs and alcohol' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('gathers a run of changes into one deletion and one insertion', () => {
    expect(diffWords('the old red car', 'the new blue car')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'old red' },
      { op: 'insert', text: 'new blue' },
      { op: 'equal', text: ' car' },
    ]);
  });

  it('handles empty and identical texts', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('same', 'same')).toEqual([{ op: 'equal', text: 'same' }]);
    expect(diffWords('', 'added')).toEqual([{ op: 'insert', text: 'added' }]);
    expect(diffWords('removed', '')).toEqual([{ op: 'delete', text: 'removed' }]);
  });

  it('copes with long, wholly different texts', () => {
    const a = Array.from({ length: 3000 }, (_, index) => `alpha${index}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, index) => `beta${index}`).join(' ');
    const changes = diffWords(a, b);
    expect(before(changes)).toBe(a);
    expect(after(changes)).toBe(b);
  });

  const wordy = fc
    .array(fc.constantFrom('the', 'plan', 'police', 'crime', ',', '.', ' ', '  ', '\n', 'PCC’s', '49b', 'a', 'b'), { maxLength: 60 })
    .map((parts) => parts.join(' '));

  it('reconstructs both texts from the diff, and never has two adjacent changes of one kind', () => {
    fc.assert(
      fc.property(fc.oneof(wordy, fc.string({ maxLength: 200 })), fc.oneof(wordy, fc.string({ maxLength: 200 })), (a, b) => {
        const changes = diffWords(a, b);
        expect(before(changes)).toBe(a);
        expect(after(changes)).toBe(b);
        changes.forEach((change, index) => {
          expect(change.text).not.toBe('');
          if (index > 0) expect(changes[index - 1]?.op).not.toBe(change.op);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('finds a minimal edit for a single word change', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('one', 'two', 'three', 'four'), { minLength: 3, maxLength: 30 }), fc.nat(), (words, position) => {
        const index = position % words.length;
        const edited = words.map((word, at) => (at === index ? 'CHANGED' : word));
        const changes = diffWords(words.join(' '), edited.join(' '));
        expect(changes.filter((change) => change.op === 'insert').map((change) => change.text)).toEqual(['CHANGED']);
      }),
    );
  });
});

describe('diffVersions', () => {
  const base = [
    provision('f', null, 'Foreword text.'),
    provision('a', '1', 'First paragraph.'),
    provision('b', '2', 'Second paragraph.'),
    provision('b1', '2.a', 'A point.', 'b'),
    provision('c', '3', 'Third paragraph.'),
    provision('d', '4', 'Fourth paragraph.'),
  ];

  it('compares by key, in target order, with removed provisions where they stood', () => {
    const target = [
      provision('f', null, 'Foreword text, amended.'),
      provision('a', '1', 'First paragraph.'),
      provision('n', '2', 'A new paragraph.'),
      provision('b', '3', 'Second paragraph.'),
      provision('b1', '3.a', 'A point.', 'b'),
      provision('d', '4', 'Fourth paragraph.'),
    ];
    const diff = diffVersions(base, target);
    expect(diff.map((entry) => [entry.provisionKey, entry.change, entry.before?.number ?? null, entry.after?.number ?? null])).toEqual([
      ['f', 'modified', null, null],
      ['a', 'unchanged', '1', '1'],
      ['n', 'added', null, '2'],
      ['b', 'renumbered', '2', '3'],
      ['b1', 'renumbered', '2.a', '3.a'],
      ['c', 'removed', '3', null],
      ['d', 'unchanged', '4', '4'],
    ]);
    expect(diff[0]?.words).toEqual([
      { op: 'equal', text: 'Foreword text' },
      { op: 'insert', text: ', amended' },
      { op: 'equal', text: '.' },
    ]);
    expect(diff.filter((entry) => entry.change !== 'modified').every((entry) => entry.words === null)).toBe(true);
  });

  it('counts a renumbered and edited provision as modified', () => {
    const target = [provision('a', '7', 'First paragraph, edited.')];
    expect(diffVersions([provision('a', '1', 'First paragraph.')], target)[0]).toMatchObject({
      change: 'modified',
      before: { number: '1', text: 'First paragraph.' },
      after: { number: '7', text: 'First paragraph, edited.' },
    });
  });

  it('puts provisions removed from the very start first', () => {
    const diff = diffVersions(base, base.slice(2));
    expect(diff.slice(0, 2).map((entry) => [entry.provisionKey, entry.change])).toEqual([
      ['f', 'removed'],
      ['a', 'removed'],
    ]);
  });

  const version = fc
    .uniqueArray(
      fc.tuple(
        fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8'),
        fc.option(fc.nat(20), { nil: null }),
        fc.constantFrom('alpha', 'beta', 'gamma delta'),
      ),
      {
        selector: ([key]) => key,
        maxLength: 8,
      },
    )
    .map((rows) => rows.map(([key, number, text]) => provision(key, number === null ? null : String(number), text)));

  it('shows a version compared with itself as unchanged throughout', () => {
    fc.assert(
      fc.property(version, (provisions) => {
        const diff = diffVersions(provisions, provisions);
        expect(diff.map((entry) => entry.provisionKey)).toEqual(provisions.map((entry) => entry.provisionKey));
        expect(diff.every((entry) => entry.change === 'unchanged')).toBe(true);
      }),
    );
  });

  it('accounts for every provision of both versions exactly once', () => {
    fc.assert(
      fc.property(version, version, (baseVersion, target) => {
        const diff = diffVersions(baseVersion, target);
        const keys = diff.map((entry) => entry.provisionKey);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set([...baseVersion, ...target].map((entry) => entry.provisionKey)));
        expect(diff.filter((entry) => entry.change !== 'removed').map((entry) => entry.provisionKey)).toEqual(target.map((entry) => entry.provisionKey));
        for (const entry of diff.filter((item) => item.words)) {
          expect(before(entry.words as WordChange[])).toBe(entry.before?.text);
          expect(after(entry.words as WordChange[])).toBe(entry.after?.text);
        }
      }),
    );
  });
});

describe('provisionHistory', () => {
  const versions = [
    { versionId: 'v1', label: 'Draft v0.7', provisions: [provision('k', '54', 'Mental Health and Learning Disabilities.'), provision('x', '55', 'Missing.')] },
    { versionId: 'v2', label: 'Published', provisions: [provision('k', '54', 'Mental Health.'), provision('x', '56', 'Missing.')] },
    { versionId: 'v3', label: 'Refreshed 2018', provisions: [provision('x', '56', 'Missing.')] },
    { versionId: 'v4', label: 'Refreshed 2019', provisions: [provision('k', '50', 'Mental Health.'), provision('x', '56', 'Missing.')] },
  ];

  it('follows one provision through the versions', () => {
    expect(provisionHistory(versions, 'k')).toEqual([
      { versionId: 'v1', label: 'Draft v0.7', number: '54', text: 'Mental Health and Learning Disabilities.', change: 'unchanged' },
      { versionId: 'v2', label: 'Published', number: '54', text: 'Mental Health.', change: 'modified' },
      { versionId: 'v3', label: 'Refreshed 2018', number: null, text: null, change: 'removed' },
      { versionId: 'v4', label: 'Refreshed 2019', number: '50', text: 'Mental Health.', change: 'added' },
    ]);
    expect(provisionHistory(versions, 'x').map((entry) => entry.change)).toEqual(['unchanged', 'renumbered', 'unchanged', 'unchanged']);
  });

  it('starts with "added" for a provision that appears after the first version, and is empty for an unknown key', () => {
    const later = [{ versionId: 'v0', label: 'Earlier', provisions: [] }, ...versions];
    expect(provisionHistory(later, 'k')[0]).toMatchObject({ versionId: 'v1', change: 'added' });
    expect(provisionHistory(versions, 'nope')).toEqual([]);
  });
});
