import fc from 'fast-check';
import {
  compareNumbers,
  formatNumber,
  fromRoman,
  isNormalisedNumber,
  isRoman,
  lastSegment,
  letterIndex,
  letterLabel,
  normaliseNumber,
  numberDepth,
  parentNumber,
  toRoman,
} from './numbering';

export const normalisedNumber = fc
  .tuple(
    fc.integer({ min: 1, max: 400 }),
    fc.option(fc.integer({ min: 1, max: 26 }), { nil: undefined }),
    fc.option(fc.integer({ min: 1, max: 39 }), { nil: undefined }),
  )
  .map(([paragraph, letter, roman]) => {
    if (letter === undefined) return String(paragraph);
    const withLetter = `${paragraph}.${letterLabel(letter)}`;
    return roman === undefined ? withLetter : `${withLetter}.${toRoman(roman)}`;
  });

describe('roman numerals', () => {
  it.each([
    [1, 'i'],
    [4, 'iv'],
    [9, 'ix'],
    [14, 'xiv'],
    [39, 'xxxix'],
    [40, 'xl'],
    [1994, 'mcmxciv'],
    [3999, 'mmmcmxcix'],
  ])('%i ↔ %s', (value, roman) => {
    expect(toRoman(value)).toBe(roman);
    expect(fromRoman(roman)).toBe(value);
    expect(fromRoman(roman.toUpperCase())).toBe(value);
  });

  it.each(['', 'iiii', 'vx', 'il', 'mmmm', 'abc', 'ic', 'vv'])('rejects "%s"', (text) => {
    expect(fromRoman(text)).toBeNull();
    expect(isRoman(text)).toBe(false);
  });

  it('refuses values outside 1..3999', () => {
    expect(() => toRoman(0)).toThrow(RangeError);
    expect(() => toRoman(4000)).toThrow(RangeError);
    expect(() => toRoman(2.5)).toThrow(RangeError);
  });

  it('round-trips every value', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3999 }), (value) => fromRoman(toRoman(value)) === value));
  });
});

describe('letters', () => {
  it.each([
    [1, 'a'],
    [8, 'h'],
    [26, 'z'],
    [27, 'aa'],
    [52, 'az'],
    [53, 'ba'],
  ])('%i ↔ %s', (index, label) => {
    expect(letterLabel(index)).toBe(label);
    expect(letterIndex(label)).toBe(index);
  });

  it('round-trips, and orders lists up to "bz" by position', () => {
    // Beyond "bz" two-letter labels start to spell roman numerals ("cm"); no plan letters that far.
    fc.assert(fc.property(fc.integer({ min: 1, max: 5000 }), (index) => letterIndex(letterLabel(index)) === index));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 78 }), fc.integer({ min: 1, max: 78 }), (a, b) => {
        expect(Math.sign(compareNumbers(`1.${letterLabel(a)}`, `1.${letterLabel(b)}`))).toBe(Math.sign(a - b));
      }),
    );
  });

  it('refuses anything but latin letters', () => {
    expect(letterIndex('4')).toBeNull();
    expect(letterIndex('é')).toBeNull();
    expect(() => letterLabel(0)).toThrow(RangeError);
  });
});

describe('normaliseNumber', () => {
  it.each([
    ['49', '49'],
    ['49b', '49.b'],
    ['49.b', '49.b'],
    ['49(b)', '49.b'],
    ['49 b', '49.b'],
    ['49B', '49.b'],
    ['54(d)(ii)', '54.d.ii'],
    ['54.d.ii', '54.d.ii'],
    ['54d(ii)', '54.d.ii'],
    ['54 (d) (ii)', '54.d.ii'],
    ['section 54, F', '54.f'],
    ['Para 54, section F', '54.f'],
    ['Para 44, item ix', '44.ix'],
    ['paragraph 47.a', '47.a'],
    ['point 49.b', '49.b'],
    ['**Para 40**', '40'],
    ['007', '7'],
    ['4.ii', '4.ii'],
  ])('"%s" → %s', (printed, normalised) => {
    expect(normaliseNumber(printed)).toBe(normalised);
  });

  it.each(['', 'b', '0', '1.2', '54.d.b', '12th', 'Page 22 of 23', '13,250', 'para', '54.d.2', '5-year'])('"%s" is not a number', (printed) => {
    expect(normaliseNumber(printed)).toBeNull();
  });

  it('is idempotent and accepts every printing style of a number', () => {
    fc.assert(
      fc.property(normalisedNumber, (number) => {
        expect(isNormalisedNumber(number)).toBe(true);
        for (const style of ['dotted', 'parenthesised', 'compact'] as const) {
          expect(normaliseNumber(formatNumber(number, style))).toBe(number);
        }
      }),
    );
  });
});

describe('formatNumber', () => {
  it('prints the usual styles', () => {
    expect(formatNumber('54.d.ii', 'dotted')).toBe('54.d.ii');
    expect(formatNumber('54.d.ii', 'parenthesised')).toBe('54(d)(ii)');
    expect(formatNumber('54.d.ii', 'compact')).toBe('54d(ii)');
    expect(formatNumber('49.b', 'compact')).toBe('49b');
    expect(formatNumber('4.ii', 'compact')).toBe('4(ii)');
    expect(formatNumber('12', 'parenthesised')).toBe('12');
  });
});

describe('tree helpers', () => {
  it('knows depth, parent and last segment', () => {
    expect(numberDepth('54')).toBe(0);
    expect(numberDepth('54.d')).toBe(1);
    expect(numberDepth('54.d.ii')).toBe(2);
    expect(parentNumber('54.d.ii')).toBe('54.d');
    expect(parentNumber('54.d')).toBe('54');
    expect(parentNumber('54')).toBeNull();
    expect(lastSegment('54.d.ii')).toBe('ii');
    expect(lastSegment('54')).toBe('54');
  });
});

describe('compareNumbers', () => {
  it('orders as documents do', () => {
    const shuffled = [
      '10',
      '54.e',
      '9',
      '54.d.ii',
      '54',
      '54.d',
      '54.d.i',
      '2',
      '54.d.iv',
      '54.d.v',
      '54.d.x',
      '54.d.ix',
      '4.ii',
      '4.i',
      '4.iii',
      '4.iv',
      '4.v',
    ];
    expect([...shuffled].sort(compareNumbers)).toEqual([
      '2',
      '4.i',
      '4.ii',
      '4.iii',
      '4.iv',
      '4.v',
      '9',
      '10',
      '54',
      '54.d',
      '54.d.i',
      '54.d.ii',
      '54.d.iv',
      '54.d.v',
      '54.d.ix',
      '54.d.x',
      '54.e',
    ]);
  });

  it('is a consistent total order', () => {
    fc.assert(
      fc.property(normalisedNumber, normalisedNumber, normalisedNumber, (a, b, c) => {
        // "+ 0" turns -0 into 0: equal numbers compare as 0 both ways, and toBe tells -0 from 0.
        expect(Math.sign(compareNumbers(a, b)) + 0).toBe(-Math.sign(compareNumbers(b, a)) + 0);
        expect(compareNumbers(a, a)).toBe(0);
        if (compareNumbers(a, b) <= 0 && compareNumbers(b, c) <= 0) expect(compareNumbers(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('puts a parent before its children and children before the next sibling', () => {
    fc.assert(
      fc.property(normalisedNumber, (number) => {
        const parent = parentNumber(number);
        if (parent !== null) expect(compareNumbers(parent, number)).toBeLessThan(0);
        expect(compareNumbers(number, `${Number(number.split('.')[0]) + 1}`)).toBeLessThan(0);
      }),
    );
  });
});

describe('compareNumbers with dotted decimals', () => {
  it('orders decimal segments as numbers', () => {
    const numbers = ['2.10', '2.9', '2', '2.1.3', '10', '2.1', '2.1.a', '3'];
    expect([...numbers].sort(compareNumbers)).toEqual(['2', '2.1', '2.1.3', '2.1.a', '2.9', '2.10', '3', '10']);
  });
});
