import fc from 'fast-check';
import { MAX_RANGE_SPAN, findCitations, resolveCitations } from './citations';
import { formatNumber, letterLabel, toRoman } from './numbering';
import { at } from './arrays';

function numbersIn(text: string): string[][] {
  return findCitations(text).map((match) => match.numbers);
}

describe('findCitations', () => {
  it.each([
    ['Para 46(e) and 52', [['46.e', '52']]],
    ['see paragraph 47.a', [['47.a']]],
    ['at point 49.b of the Plan', [['49.b']]],
    ['Para 49b has been amended', [['49.b']]],
    ['PARA 49B', [['49.b']]],
    ['paras 12 to 14', [['12', '13', '14']]],
    ['paragraphs 12–14', [['12', '13', '14']]],
    ['paragraphs 12—14', [['12', '13', '14']]],
    ['paras 12-14', [['12', '13', '14']]],
    ['paras 12 - 14', [['12', '13', '14']]],
    ['section 54, F', [['54.f']]],
    ['Para 54, section F', [['54.f']]],
    ['para 54(d)(ii)', [['54.d.ii']]],
    ['para 54.d.ii', [['54.d.ii']]],
    ['para 54d(ii)', [['54.d.ii']]],
    ['Para 44, item ix of the minutes', [['44.ix']]],
    ['Para 32', [['32']]],
    ['para 57 under the Vulnerability section', [['57']]],
    ['Paras 3, 5 and 7', [['3', '5', '7']]],
    ['paras 3, 5, and 7', [['3', '5', '7']]],
    ['paras 3 & 4', [['3', '4']]],
    ['paragraphs 12 to 14 and 20', [['12', '13', '14', '20']]],
    ['**Para 40**', [['40']]],
    ['please see **Para 54**, section F', [['54.f']]],
    ['points 49(a) to (c)', [['49.a', '49.b', '49.c']]],
    ['para 46(e) and (f)', [['46.e', '46.f']]],
    ['paras 5(ii) to (iv)', [['5.ii', '5.iii', '5.iv']]],
    ['para. 12', [['12']]],
    ['§ 12 and ¶ 14', [['12'], ['14']]],
    ['Para 46(e) and para 52', [['46.e'], ['52']]],
    ['sub-paragraph 3(b)', [['3.b']]],
    ['clauses 4 and 5', [['4', '5']]],
  ])('"%s"', (text, expected) => {
    expect(numbersIn(text)).toEqual(expected);
  });

  it.each([
    '13,250 referrals',
    'in 2017',
    'a 1.2% share',
    'Page 22 of 23',
    'Our ref: OPCC/2/D/2017/1',
    'paragraph 12th',
    'para 5-year plan',
    'para 1.2%',
    'section 3.2 of the Act',
    'the paragraph above',
    'Paradise 12',
    'separate 12',
    'Act1998',
  ])('finds nothing in "%s"', (text) => {
    expect(findCitations(text)).toEqual([]);
  });

  it('does not swallow words after a number', () => {
    expect(findCitations('amended Para 54 to reflect that').map((match) => match.cited)).toEqual(['Para 54']);
    expect(findCitations('see para 5, A new scheme').map((match) => match.numbers)).toEqual([['5']]);
    expect(findCitations('para 5, and then more').map((match) => match.cited)).toEqual(['para 5']);
  });

  it('keeps only the ends of absurd ranges', () => {
    expect(numbersIn('paras 1 to 400')).toEqual([['1', '400']]);
    expect(numbersIn(`paras 1 to ${1 + MAX_RANGE_SPAN}`)[0]).toHaveLength(MAX_RANGE_SPAN + 1);
    expect(numbersIn('paras 14 to 12')).toEqual([['14', '12']]);
    expect(numbersIn('paras 12(a) to 13(c)')).toEqual([['12.a', '13.c']]);
  });

  it('gives offsets into the original text, emphasis included, and the citation without it', () => {
    const text = 'This is minuted at **Para 44**, item ix of the minutes.';
    const [match] = findCitations(text);
    expect(match?.cited).toBe('Para 44, item ix');
    expect(text.slice(match?.start, match?.end)).toBe('Para 44**, item ix');
  });

  it('finds several citations in order', () => {
    const text = 'Para 46(e) and 52 cover it; see also paragraph 47.a and point 49.b.';
    expect(findCitations(text).map((match) => [match.cited, match.start])).toEqual([
      ['Para 46(e) and 52', 0],
      ['paragraph 47.a', 37],
      ['point 49.b', 56],
    ]);
  });

  it('never throws, and its matches always lie inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 })), (text) => {
        for (const match of findCitations(text)) {
          expect(match.start).toBeGreaterThanOrEqual(0);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(match.start).toBeLessThan(match.end);
          expect(match.numbers.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  const citedNumber = fc
    .tuple(
      fc.integer({ min: 1, max: 999 }),
      fc.option(fc.integer({ min: 1, max: 26 }), { nil: undefined }),
      fc.option(fc.integer({ min: 1, max: 39 }), { nil: undefined }),
    )
    .map(([paragraph, letter, roman]) => {
      if (letter === undefined) return String(paragraph);
      return roman === undefined ? `${paragraph}.${letterLabel(letter)}` : `${paragraph}.${letterLabel(letter)}.${toRoman(roman)}`;
    });

  it('round-trips every number in every printing style, after every cue word, in any case', () => {
    fc.assert(
      fc.property(
        citedNumber,
        fc.constantFrom<'dotted' | 'parenthesised' | 'compact'>('dotted', 'parenthesised', 'compact'),
        fc.constantFrom('para', 'Para', 'PARA', 'paragraph', 'point', 'section', 'item', 'para.'),
        fc.constantFrom('', '.', ' of the plan', ', which', ')', ' and more'),
        (number, style, cue, after) => {
          const printed = formatNumber(number, style);
          const text = `as set out in ${cue} ${printed}${after}`;
          const matches = findCitations(text);
          expect(matches.map((match) => match.numbers)).toEqual([[number]]);
          expect(matches[0]?.cited).toBe(`${cue} ${printed}`);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('round-trips lists of numbers', () => {
    fc.assert(
      fc.property(fc.uniqueArray(citedNumber, { minLength: 2, maxLength: 5 }), (numbers) => {
        const printed = numbers.map((number) => formatNumber(number, 'parenthesised'));
        const list = `${printed.slice(0, -1).join(', ')} and ${at(printed, printed.length - 1)}`;
        expect(numbersIn(`paras ${list}`)).toEqual([numbers]);
      }),
    );
  });
});

describe('resolveCitations', () => {
  const provisions = [
    { number: '46', provisionKey: 'k46' },
    { number: '46.e', provisionKey: 'k46e' },
    { number: '52', provisionKey: 'k52' },
    { number: '54.f', provisionKey: 'k54f' },
    { number: null, provisionKey: 'kForeword' },
  ];

  it('gives one reference per cited number, null where the version has no such provision', () => {
    expect(resolveCitations('Para 46(e) and 52; Para 54, section F; para 99', provisions)).toEqual([
      { cited: 'Para 46(e) and 52', number: '46.e', provisionKey: 'k46e' },
      { cited: 'Para 46(e) and 52', number: '52', provisionKey: 'k52' },
      { cited: 'Para 54, section F', number: '54.f', provisionKey: 'k54f' },
      { cited: 'para 99', number: '99', provisionKey: null },
    ]);
  });

  it('returns nothing for text without citations', () => {
    expect(resolveCitations('13,250 referrals in 2017', provisions)).toEqual([]);
  });
});
