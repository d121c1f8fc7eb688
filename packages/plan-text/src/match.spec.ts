import fc from 'fast-check';
import { diffVersions } from './diff';
import { provisionsForPrintedLabel } from './labels';
import { formatNumber } from './numbering';
import { parsePlanText } from './parse';
import { assignProvisionKeys, matchProvisions, reviewMatches, type ProvisionMatch } from './match';
import type { KeyedProvision, ParsedProvision } from './types';
import { generatePlan, renumber } from '../test/support/plan-generator';
import { VersionEditor, keyed, offsetNumbers, paragraphStarts, type Tracked } from '../test/support/versions';
import { at } from './arrays';

function paragraph(number: string, text: string, heading: string | null = 'Section'): ParsedProvision {
  return { number, label: number, heading, text, kind: 'PARAGRAPH', depth: 0, parentNumber: null, table: null };
}

function point(number: string, text: string): ParsedProvision {
  const parent = number.slice(0, number.lastIndexOf('.'));
  return {
    number,
    label: formatNumber(number, 'parenthesised'),
    heading: null,
    text,
    kind: 'POINT',
    depth: number.split('.').length - 1,
    parentNumber: parent,
    table: null,
  };
}

const section: ParsedProvision = { number: null, label: null, heading: 'Section', text: 'Section', kind: 'SECTION', depth: 0, parentNumber: null, table: null };

const base: ParsedProvision[] = [
  section,
  paragraph('1', 'The Home Secretary has placed a Statutory Requirement on all Forces and Commissioners to contribute to national policing.'),
  paragraph('2', 'My aim is to:'),
  point('2.a', 'Enhance the network of partners with whom my office engages.'),
  point('2.b', 'Facilitate more opportunities for disengaged and disadvantaged groups.'),
  paragraph('3', 'Reducing rural crime and keeping residents, especially the elderly, feeling safe is also important to me.'),
  paragraph('4', 'My aim is to:'),
  point('4.a', 'Prioritise a Victims Strategy to give further improved services.'),
  paragraph(
    '5',
    'Domestic violence and abuse blights the lives of those affected, whether they suffer the violence directly or grow up in homes where it is present.',
  ),
];
const previous = keyed(base);
const keyOf = (number: string) => (previous.find((provision) => provision.number === number) as KeyedProvision).provisionKey;

function summary(matches: ProvisionMatch[]): Array<[string | null, string, string[]]> {
  return matches.map((match) => [match.provisionKey, match.relation, match.fromKeys]);
}

describe('matchProvisions: the relations', () => {
  it('maps an unchanged version to itself', () => {
    expect(summary(matchProvisions(previous, base))).toEqual(previous.map((provision) => [provision.provisionKey, 'same', [provision.provisionKey]]));
  });

  it('sorts repeated wording ("My aim is to:") by the tree around it', () => {
    const next = renumber([section, base[6], base[7], base[1], base[2], base[3], base[4], base[5], base[8]] as ParsedProvision[]).map((provision, index) =>
      index === 2
        ? { ...provision, number: '1.a', parentNumber: '1' }
        : index === 5 || index === 6
          ? { ...provision, number: `3.${index === 5 ? 'a' : 'b'}`, parentNumber: '3' }
          : provision,
    );
    expect(next.map((provision) => provision.number)).toEqual([null, '1', '1.a', '2', '3', '3.a', '3.b', '4', '5']);
    expect(matchProvisions(previous, next).map((match) => match.provisionKey)).toEqual([
      previous[0]?.provisionKey,
      keyOf('4'),
      keyOf('4.a'),
      keyOf('1'),
      keyOf('2'),
      keyOf('2.a'),
      keyOf('2.b'),
      keyOf('3'),
      keyOf('5'),
    ]);
  });

  it('follows a paragraph through renumbering', () => {
    const next = [section, paragraph('1', 'A new opening paragraph about something else entirely, with its own words.'), ...offsetNumbers(base.slice(1), 1)];
    expect(summary(matchProvisions(previous, next))).toEqual([
      [previous[0]?.provisionKey, 'same', [previous[0]?.provisionKey]],
      [null, 'new', []],
      ...previous.slice(1).map((provision) => [provision.provisionKey, 'renumbered', [provision.provisionKey]]),
    ]);
  });

  it('keeps the key of an edited paragraph', () => {
    const next = base.map((provision) =>
      provision.number === '3'
        ? {
            ...provision,
            text: 'Reducing rural crime and making sure all people in rural communities feel safe, not only the elderly, is also important to me.',
          }
        : provision,
    );
    const match = at(matchProvisions(previous, next), 5);
    expect(match).toMatchObject({ provisionKey: keyOf('3'), relation: 'edited', fromKeys: [keyOf('3')] });
    expect(match.similarity).toBeGreaterThan(0.3);
    expect(match.similarity).toBeLessThan(1);
  });

  it('keeps the key of a short item that grew, when the tree agrees', () => {
    const next = base.map((provision) =>
      provision.number === '2.b'
        ? {
            ...provision,
            text: 'Facilitate more opportunities for disengaged and disadvantaged groups, including young people and rural communities, to engage with my office.',
          }
        : provision,
    );
    expect(matchProvisions(previous, next)[4]).toMatchObject({ provisionKey: keyOf('2.b'), relation: 'edited' });
  });

  it('marks a paragraph moved out of order as moved', () => {
    const next = renumber([section, base[1], base[2], base[3], base[4], base[6], base[7], base[8], base[5]] as ParsedProvision[]);
    const matches = matchProvisions(previous, next);
    expect(matches.map((match) => match.provisionKey)).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 5].map((index) => previous[index]?.provisionKey));
    expect(matches[8]).toMatchObject({ provisionKey: keyOf('3'), relation: 'moved' });
    expect(matches.filter((match) => match.relation === 'moved')).toHaveLength(1);
    expect(matches[5]).toMatchObject({ provisionKey: keyOf('4'), relation: 'renumbered' });
  });

  it('marks a sub-point that changed parent as moved', () => {
    const next = [
      section,
      base[1],
      base[2],
      { ...at(base, 4), number: '2.a' },
      base[5],
      base[6],
      base[7],
      point('4.b', base[3]?.text as string),
      base[8],
    ] as ParsedProvision[];
    const matches = matchProvisions(previous, next);
    expect(matches[3]).toMatchObject({ provisionKey: keyOf('2.b'), relation: 'renumbered' });
    expect(matches[7]).toMatchObject({ provisionKey: keyOf('2.a'), relation: 'moved' });
  });

  it('splits: the closer half keeps the key, the other is new with fromKeys', () => {
    const next = [
      ...base.slice(0, 8),
      paragraph('5', 'Domestic violence and abuse blights the lives of those affected, whether they suffer the violence directly.'),
      paragraph('6', 'Many more grow up in homes where it is present.'),
    ];
    const matches = matchProvisions(previous, next);
    expect(summary(matches).slice(8)).toEqual([
      [keyOf('5'), 'edited', [keyOf('5')]],
      [null, 'split', [keyOf('5')]],
    ]);
  });

  it('merges: the merged paragraph keeps the closer key and lists both', () => {
    const next = [
      section,
      paragraph('1', `${base[1]?.text} ${base[5]?.text}`),
      base[2],
      base[3],
      base[4],
      paragraph('3', 'My aim is to:'),
      point('3.a', 'Prioritise a Victims Strategy to give further improved services.'),
      paragraph('4', base[8]?.text as string),
    ] as ParsedProvision[];
    const matches = matchProvisions(previous, next);
    expect(matches[1]).toMatchObject({ relation: 'merged' });
    expect(new Set(matches[1]?.fromKeys)).toEqual(new Set([keyOf('1'), keyOf('3')]));
    expect([keyOf('1'), keyOf('3')]).toContain(matches[1]?.provisionKey);
    expect(matches[1]?.fromKeys[0]).toBe(matches[1]?.provisionKey);
  });

  it('reports text that is nothing like the old as new', () => {
    const next = [...base.slice(0, 8), paragraph('5', 'Cyber-crime is one of the biggest challenges facing criminal justice agencies today.')];
    expect(matchProvisions(previous, next)[8]).toMatchObject({ provisionKey: null, relation: 'new', fromKeys: [], similarity: 0 });
  });

  it('does not pair provisions of different kinds', () => {
    const next = [{ ...section, heading: 'Value for Money', text: 'Value for Money' }, ...base.slice(1)];
    const previousWithHeading = keyed([{ ...section, heading: 'My aim is to:', text: 'My aim is to:' }, ...base.slice(1)]);
    expect(matchProvisions(previousWithHeading, next)[0]?.relation).toBe('new');
  });
});

describe('assignProvisionKeys', () => {
  it('gives matched provisions their old key, new ones a fresh key, and parents from the new tree', () => {
    const next = [...base.slice(0, 8), point('4.b', 'A brand new sub-point about monitoring victim satisfaction.'), base[8]] as ParsedProvision[];
    let counter = 0;
    const { provisions, matches } = assignProvisionKeys(previous, next, () => `fresh${counter++}`);
    expect(provisions[8]).toMatchObject({ provisionKey: 'fresh0', parentKey: keyOf('4'), number: '4.b', depth: 1, kind: 'POINT' });
    expect(provisions[7]).toMatchObject({ provisionKey: keyOf('4.a'), parentKey: keyOf('4') });
    expect(matches[8]?.relation).toBe('new');
    expect(counter).toBe(1);
  });
});

describe('matchProvisions on generated plans', () => {
  const seed = fc.integer({ min: 1, max: 2 ** 31 - 1 });
  const plan = (value: number) => generatePlan(value, { paragraphs: 30, sectionEvery: 6 });

  function keysOf(matches: ProvisionMatch[]): Array<string | null> {
    return matches.map((match) => match.provisionKey);
  }

  function expectedKeys(items: Tracked[], baseKeys: KeyedProvision[]): Array<string | null> {
    return items.map((item) => (item.origin === null ? null : at(baseKeys, item.origin).provisionKey));
  }

  it('maps an unchanged document to itself, every provision "same"', () => {
    fc.assert(
      fc.property(seed, (value) => {
        const provisions = plan(value);
        const matches = matchProvisions(keyed(provisions), provisions);
        expect(matches.every((match, index) => match.relation === 'same' && match.provisionKey === `k${index}`)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('never changes keys for renumbering alone', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 1, max: 40 }), (value, offset) => {
        const provisions = plan(value);
        const previousKeys = keyed(provisions);
        const matches = matchProvisions(previousKeys, offsetNumbers(provisions, offset));
        expect(keysOf(matches)).toEqual(previousKeys.map((provision) => provision.provisionKey));
        expect(matches.every((match, index) => match.relation === (at(provisions, index).number === null ? 'same' : 'renumbered'))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('gives exactly k new keys when k paragraphs are inserted, and keeps every other key', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 1, max: 6 }), (value, inserts) => {
        const provisions = plan(value);
        const previousKeys = keyed(provisions);
        const editor = new VersionEditor(provisions, value);
        for (let i = 0; i < inserts; i++) editor.insertParagraph();
        const { provisions: next, items } = editor.result();
        const matches = matchProvisions(previousKeys, next);
        expect(matches.filter((match) => match.provisionKey === null)).toHaveLength(inserts);
        expect(keysOf(matches)).toEqual(expectedKeys(items, previousKeys));
      }),
      { numRuns: 30 },
    );
  });

  it('keeps every remaining key when paragraphs are deleted', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 1, max: 5 }), (value, deletes) => {
        const provisions = plan(value);
        const previousKeys = keyed(provisions);
        const editor = new VersionEditor(provisions, value);
        for (let i = 0; i < deletes; i++) editor.deleteParagraph();
        const { provisions: next, items } = editor.result();
        expect(keysOf(matchProvisions(previousKeys, next))).toEqual(expectedKeys(items, previousKeys));
      }),
      { numRuns: 30 },
    );
  });

  it('follows moved, edited (small and large), split and merged paragraphs', () => {
    fc.assert(
      fc.property(seed, (value) => {
        const provisions = plan(value);
        const previousKeys = keyed(provisions);
        const editor = new VersionEditor(provisions, value);
        editor.moveParagraph();
        const paragraphs = paragraphStarts(editor.items);
        editor.editProvision(at(paragraphs, 2), 0.1);
        editor.editProvision(at(paragraphs, 9), 0.4);
        editor.splitParagraph();
        editor.mergeParagraphs();
        const { provisions: next, items } = editor.result();
        const matches = matchProvisions(previousKeys, next);
        items.forEach((item, index) => {
          const match = at(matches, index);
          const originKey = item.origin === null ? null : at(previousKeys, item.origin).provisionKey;
          const alsoKeys = item.alsoFrom.map((origin) => at(previousKeys, origin).provisionKey);
          if (item.change === 'split') {
            expect(match).toMatchObject({ provisionKey: null, relation: 'split', fromKeys: alsoKeys });
          } else if (item.change === 'merged') {
            expect(match.relation).toBe('merged');
            expect(new Set(match.fromKeys)).toEqual(new Set([originKey, ...alsoKeys]));
          } else {
            expect(match.provisionKey).toBe(originKey);
            if (item.change === 'edited') expect(match.relation).toBe('edited');
            if (item.change === 'moved') expect(match.relation).toBe('moved');
          }
        });
      }),
      { numRuns: 40 },
    );
  });

  it('hands out unique keys, whatever the edits', () => {
    fc.assert(
      fc.property(seed, fc.array(fc.constantFrom('insert', 'delete', 'move', 'edit', 'split', 'merge'), { maxLength: 12 }), (value, operations) => {
        const provisions = plan(value);
        const previousKeys = keyed(provisions);
        const editor = new VersionEditor(provisions, value);
        for (const operation of operations) {
          if (operation === 'insert') editor.insertParagraph();
          else if (operation === 'delete') editor.deleteParagraph();
          else if (operation === 'move') editor.moveParagraph(1);
          else if (operation === 'edit') editor.editProvision(Math.floor(editor.random() * editor.items.length), editor.random() * 0.6);
          else if (operation === 'split') editor.splitParagraph();
          else editor.mergeParagraphs();
        }
        let counter = 0;
        const { provisions: next } = editor.result();
        const result = assignProvisionKeys(previousKeys, next, () => `new${counter++}`);
        const keys = result.provisions.map((provision) => provision.provisionKey);
        expect(new Set(keys).size).toBe(keys.length);
        expect(result.matches).toHaveLength(next.length);
        result.provisions.forEach((provision, index) => {
          const parentNumber = at(next, index).parentNumber;
          const parent = result.provisions
            .slice(0, index)
            .reverse()
            .find((candidate) => candidate.number === parentNumber);
          expect(provision.parentKey).toBe(parentNumber === null ? null : (parent?.provisionKey ?? null));
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('identity across a change of numbering style', () => {
  const plain = [
    'Finance',
    '',
    '5. The precept rises by five per cent to fund more neighbourhood officers across the county.',
    '',
    '6. The reserves stay at three per cent of the net budget requirement for the year.',
    '',
    '7. The capital programme is funded from borrowing and grants:',
    '',
    '8. The Panel may:',
    '',
    '(a) support the precept without comment; or',
    '',
    '(b) support it and make recommendations to the Commissioner.',
  ].join('\n');
  const dotted = plain.replace(/^(\d)\. /gm, '$1.0 ');

  it('keeps provision keys when "5" becomes "5.0" and "8(b)" becomes "8.0(b)"', () => {
    const before = parsePlanText(plain).provisions;
    const after = parsePlanText(dotted).provisions;
    expect(after.map((p) => p.label)).toEqual([null, '5.0', '6.0', '7.0', '8.0', '8.0(a)', '8.0(b)']);
    let counter = 0;
    const first = assignProvisionKeys([], before, () => `k${++counter}`).provisions;
    const second = assignProvisionKeys(first, after, () => `k${++counter}`).provisions;
    const keyOf = (list: KeyedProvision[], label: string) => provisionsForPrintedLabel(list, label).map((p) => p.provisionKey);
    expect(keyOf(second, '5.0')).toEqual(keyOf(first, '5'));
    expect(keyOf(second, '8.0(b)')).toEqual(keyOf(first, '8(b)'));
    expect(keyOf(first, '8(b)')).toHaveLength(1);
    const changes = diffVersions(first, second).map((entry) => entry.change);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.filter((change) => change === 'added' || change === 'removed')).toEqual([]);
  });
});

describe('reviewMatches: the relations read back from stored keys', () => {
  const seed = fc.integer({ min: 1, max: 2 ** 31 - 1 });
  const plan = (value: number) => generatePlan(value, { paragraphs: 30, sectionEvery: 6 });

  it('agrees with the import that stored the keys, whatever the edits', () => {
    fc.assert(
      fc.property(seed, fc.array(fc.constantFrom('insert', 'delete', 'move', 'edit', 'split', 'merge'), { maxLength: 8 }), (value, operations) => {
        const provisions = plan(value);
        const previousKeys = keyed(provisions);
        const editor = new VersionEditor(provisions, value);
        for (const operation of operations) {
          if (operation === 'insert') editor.insertParagraph();
          else if (operation === 'delete') editor.deleteParagraph();
          else if (operation === 'move') editor.moveParagraph(1);
          else if (operation === 'edit') editor.editProvision(Math.floor(editor.random() * editor.items.length), editor.random() * 0.6);
          else if (operation === 'split') editor.splitParagraph();
          else editor.mergeParagraphs();
        }
        let counter = 0;
        const { provisions: stored, matches } = assignProvisionKeys(previousKeys, editor.result().provisions, () => `new${counter++}`);
        const review = reviewMatches(previousKeys, stored).filter((entry) => entry.current !== null);
        expect(review.map((entry) => entry.current?.provisionKey)).toEqual(stored.map((provision) => provision.provisionKey));
        review.forEach((entry, index) => {
          const match = at(matches, index);
          expect(entry.relation).toBe(match.relation);
          const fromKeys = [entry.previous, ...entry.from].flatMap((provision) => (provision ? [provision.provisionKey] : []));
          expect(new Set(fromKeys)).toEqual(new Set(match.fromKeys));
        });
        // Every old provision is accounted for once: continued, merged into one, or removed.
        const accounted = reviewMatches(previousKeys, stored).flatMap((entry) =>
          entry.relation === 'split' ? [] : [entry.previous, ...entry.from].flatMap((provision) => (provision ? [provision.provisionKey] : [])),
        );
        expect(new Set(accounted)).toEqual(new Set(previousKeys.map((provision) => provision.provisionKey)));
      }),
      { numRuns: 60 },
    );
  });

  it('follows a corrected key: the paragraph a reviewer re-matches reads as continuing the one named', () => {
    let counter = 0;
    const next = [section, paragraph('1', 'An entirely new opening paragraph about neighbourhood policing and visible patrols in towns.'), ...base.slice(2)];
    const { provisions: stored } = assignProvisionKeys(previous, renumber(next), () => `new${counter++}`);
    expect(reviewMatches(previous, stored).map((entry) => entry.relation)).toContain('removed');
    const corrected = stored.map((provision) => (provision.number === '1' ? { ...provision, provisionKey: keyOf('1') } : provision));
    const review = reviewMatches(previous, corrected);
    expect(review.find((entry) => entry.current?.number === '1')).toMatchObject({ relation: 'edited', previous: { provisionKey: keyOf('1') } });
    expect(review.map((entry) => entry.relation)).not.toContain('removed');
  });
});
