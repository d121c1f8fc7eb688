import fc from 'fast-check';
import { checkDecision, countVotes, isMemberOn, vetoThreshold } from './votes';

describe('the statutory veto: two-thirds of the persons who are members on the day', () => {
  it.each([
    [12, 8],
    [10, 7],
    [11, 8],
    [9, 6],
    [3, 2],
    [1, 1],
    [0, 0],
  ])('a panel of %i members needs %i votes for a veto', (membersOnDay, needed) => {
    expect(vetoThreshold(membersOnDay)).toBe(needed);
  });

  it('is never less than two-thirds, and one vote fewer always is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (n) => {
        const needed = vetoThreshold(n);
        expect(3 * needed).toBeGreaterThanOrEqual(2 * n);
        expect(3 * (needed - 1)).toBeLessThan(2 * n);
      }),
    );
  });

  it('counts members, not those present: 8 of 12 vote for, 4 absent, and the veto is carried; 7 for is not enough', () => {
    const carried = checkDecision('PRECEPT_VETO', countVotes([...Array<'FOR'>(8).fill('FOR'), ...Array<'ABSENT'>(4).fill('ABSENT')]), 12);
    expect(carried).toEqual({ allowed: ['CARRIED'], needed: 8, arithmetic: '8 of 12 members voted for the veto: it needs 8' });
    // 7 of the 8 present is well over two-thirds of those present, but not of the members.
    const short = checkDecision('CHIEF_CONSTABLE_VETO', countVotes([...Array<'FOR'>(7).fill('FOR'), 'AGAINST', ...Array<'ABSENT'>(4).fill('ABSENT')]), 12);
    expect(short).toMatchObject({ allowed: ['LOST'], needed: 8, arithmetic: '7 of 12 members voted for the veto: it needs 8' });
  });

  it('decides an ordinary motion by the votes cast, a tie left to the chair', () => {
    expect(checkDecision('ORDINARY', countVotes(['FOR', 'FOR', 'AGAINST', 'ABSTAIN']), 10).allowed).toEqual(['CARRIED']);
    expect(checkDecision('ORDINARY', countVotes(['FOR', 'AGAINST']), 10).allowed).toEqual(['CARRIED', 'LOST']);
    expect(checkDecision('ORDINARY', countVotes(['AGAINST']), 10).allowed).toEqual(['LOST']);
  });
});

describe('membership on a day', () => {
  const term = { startsOn: '2016-05-20', endsOn: '2017-02-07' };
  it('includes the first and the last day of a term, and nothing outside it', () => {
    expect(isMemberOn(term, '2016-05-20')).toBe(true);
    expect(isMemberOn(term, '2017-02-07')).toBe(true);
    // A member whose term ended the day before is not a member on the day.
    expect(isMemberOn(term, '2017-02-08')).toBe(false);
    expect(isMemberOn(term, '2016-05-19')).toBe(false);
    expect(isMemberOn({ startsOn: '2016-05-20', endsOn: null }, '2030-01-01')).toBe(true);
  });
});
