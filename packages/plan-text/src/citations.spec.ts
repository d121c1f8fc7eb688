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
      { cited: 'Para 46(e) and 52', number: '46.e', provisionKey: 'k46e', candidates: ['k46e'], reason: null, otherDocument: null },
      { cited: 'Para 46(e) and 52', number: '52', provisionKey: 'k52', candidates: ['k52'], reason: null, otherDocument: null },
      { cited: 'Para 54, section F', number: '54.f', provisionKey: 'k54f', candidates: ['k54f'], reason: null, otherDocument: null },
      { cited: 'para 99', number: '99', provisionKey: null, candidates: [], reason: 'notFound', otherDocument: null },
    ]);
  });

  it('returns nothing for text without citations', () => {
    expect(resolveCitations('13,250 referrals in 2017', provisions)).toEqual([]);
  });
});

describe('citations in dotted-decimal, statute and minute numbering', () => {
  it.each([
    ['see paragraph 3.2 above', [['3.2']]],
    ['paras 2.2 to 2.4', [['2.2', '2.3', '2.4']]],
    ['section 2.1(c)', [['2.1.c']]],
    ['section 2.1(c)(ii)', [['2.1.c.ii']]],
    ['para 5.0', [['5']]],
    ['item 4.1', [['4.1']]],
    ['minute 6', [['6']]],
    ['recommendation 4', [['4']]],
    ['Recommendations 3 and 5', [['3', '5']]],
    ['(Paragraph\n26)', [['26']]],
    ['para 12 above', [['12']]],
    ['section 28(1A)', [['28.1a']]],
    ['subsection 28(2)(b)', [['28.2.b']]],
    ['paras 28(1) to (3)', [['28.1', '28.2', '28.3']]],
    ['paragraph 2.10 and 2.11', [['2.10', '2.11']]],
  ])('"%s"', (text, expected) => {
    expect(numbersIn(text)).toEqual(expected);
  });

  it.each(['on 1.1.2017', 'section 2017', 'a 1.25% rise in para 3.5%', 'paragraph 3.2.2017'])('finds no citation in "%s"', (text) => {
    expect(findCitations(text)).toEqual([]);
  });

  it.each([
    ['under section 3 of the Police Act 1996', 'the Police Act 1996'],
    ['Section 10 of the Police Reform and Social Responsibility Act 2011 requires', 'the Police Reform and Social Responsibility Act 2011'],
    ['section 3.2 of the Act', 'the Act'],
    ['paragraph 4 of the 2011 Act', 'the 2011 Act'],
    ['paragraph 7 of Schedule 6', 'Schedule 6'],
    ['Schedule 6', 'Schedule 6'],
    ['article 8 of the Convention', 'the Convention'],
    ['regulation 7', 'regulation 7'],
    ['section 4 of the Local Government Act 1972', 'the Local Government Act 1972'],
    ['para 3 of Appendix A', 'Appendix A'],
  ])('"%s" names another document', (text, other) => {
    const [match] = findCitations(text);
    expect(match?.otherDocument).toBe(other);
  });

  it("reads a paragraph of a schedule printed before the cue as the schedule's", () => {
    expect(findCitations('Schedule 5, paragraph 3').map((match) => match.otherDocument)).toEqual(['Schedule 5', 'Schedule 5']);
  });

  it.each(['para 3 of this report', 'paragraph 12 of the plan', 'as paragraph 5 sets out', 'para 4 in these minutes'])(
    '"%s" is this document (read as a plan)',
    (text) => {
      const [match] = findCitations(text, 'PLAN');
      expect(match?.otherDocument).toBeNull();
    },
  );

  it('reads "of the minutes" and "minute 6" as another document only outside minutes', () => {
    expect(findCitations('para 44 of the minutes', 'PLAN')[0]?.otherDocument).toBe('the minutes');
    expect(findCitations('para 44 of the minutes', 'MINUTES')[0]?.otherDocument).toBeNull();
    expect(findCitations('minute 6', 'PLAN')[0]?.otherDocument).toBe('the minutes');
    expect(findCitations('minute 6', 'MINUTES')[0]?.otherDocument).toBeNull();
    expect(findCitations('paragraph 3 of the plan', 'REPORT')[0]?.otherDocument).toBe('the plan');
  });
});

describe('resolving by the label as printed', () => {
  // A council report: dotted decimals, a lettered list under 2.1, and a second series under
  // "Conclusions and recommendations" numbered again from 1 (normalised on as 3 and 4).
  const report = [
    { provisionKey: 'kTitle', number: null, label: null, heading: 'Report of the Chief Executive' },
    { provisionKey: 'k1', number: '1', label: '1.0', heading: 'Report of the Chief Executive' },
    { provisionKey: 'k1.1', number: '1.1', label: '1.1', heading: null },
    { provisionKey: 'k2', number: '2', label: '2.0', heading: 'Report of the Chief Executive' },
    { provisionKey: 'k2.1', number: '2.1', label: '2.1', heading: null },
    { provisionKey: 'k2.1.c', number: '2.1.c', label: '2.1(c)', heading: null },
    { provisionKey: 'k2.2', number: '2.2', label: '2.2', heading: null },
    { provisionKey: 'k2.3', number: '2.3', label: '2.3', heading: null },
    { provisionKey: 'k2.4', number: '2.4', label: '2.4', heading: null },
    { provisionKey: 'kRecs', number: null, label: null, heading: 'Conclusions and recommendations' },
    { provisionKey: 'r1', number: '3', label: '1', heading: 'Conclusions and recommendations' },
    { provisionKey: 'r2', number: '4', label: '2', heading: 'Conclusions and recommendations' },
  ];
  const linked = (text: string, kind: 'PLAN' | 'REPORT' | 'MINUTES' | null = 'REPORT') =>
    resolveCitations(text, report, kind).map((reference) => reference.provisionKey ?? reference.reason);

  it('finds dotted decimals, a printed "5.0" for "para 5", ranges and sub-points', () => {
    expect(linked('paragraph 2.1(c)')).toEqual(['k2.1.c']);
    expect(linked('section 2.1(c)')).toEqual(['k2.1.c']);
    expect(linked('paras 2.2 to 2.4')).toEqual(['k2.2', 'k2.3', 'k2.4']);
    expect(linked('para 1.1')).toEqual(['k1.1']);
    expect(linked('item 1.1')).toEqual(['k1.1']);
    expect(linked('paragraph 3.2')).toEqual(['notFound']);
  });

  it('never picks the first of a label printed twice: it names every candidate', () => {
    const [reference] = resolveCitations('paragraph 2', report, 'REPORT');
    expect(reference).toMatchObject({ provisionKey: null, reason: 'ambiguous', candidates: ['k2', 'r2'] });
  });

  it('reads "recommendation 2" in the recommendations series', () => {
    expect(linked('recommendation 2')).toEqual(['r2']);
    expect(linked('recommendations 1 and 2')).toEqual(['r1', 'r2']);
    expect(linked('recommendation 7')).toEqual(['notFound']);
  });

  it('leaves a recommendation unlinked where the document has no recommendations series', () => {
    const plan = report.slice(0, 9);
    const [reference] = resolveCitations('recommendation 2', plan, 'PLAN');
    expect(reference).toMatchObject({ provisionKey: null, reason: 'otherDocument', otherDocument: 'the panel’s recommendations' });
  });

  it('never links a reference to another document, even where this document has that number', () => {
    expect(linked('under section 2 of the Police Act 1996')).toEqual(['otherDocument']);
    expect(linked('Section 1 of the Police Reform and Social Responsibility Act 2011')).toEqual(['otherDocument']);
    expect(linked('Schedule 1')).toEqual(['otherDocument']);
    expect(linked('minute 1')).toEqual(['otherDocument']);
    expect(linked('para 1.1 of the minutes')).toEqual(['otherDocument']);
    expect(linked('minute 1.1', 'MINUTES')).toEqual(['k1.1']);
  });

  it('resolves by printed label: every cited label of every printed style lands on the provision that prints it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.boolean(), (section, paragraph, zeroHeading) => {
        const provisions = [
          { provisionKey: 'head', number: String(section), label: zeroHeading ? `${section}.0` : String(section), heading: null },
          { provisionKey: 'para', number: `${section}.${paragraph}`, label: `${section}.${paragraph}`, heading: null },
        ];
        expect(resolveCitations(`para ${section}.${paragraph}`, provisions)[0]?.provisionKey).toBe('para');
        expect(resolveCitations(`para ${section}`, provisions)[0]?.provisionKey).toBe('head');
        expect(resolveCitations(`para ${section}.0`, provisions)[0]?.provisionKey).toBe('head');
      }),
    );
  });
});
