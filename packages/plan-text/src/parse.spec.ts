import fc from 'fast-check';
import { PlanImportError } from './errors';
import { importPlanText, parsePlanText } from './parse';
import { renderPlanText } from './render';
import type { ParsedProvision } from './types';
import { generatePlan, toPdfLikeText } from '../test/support/plan-generator';

function numbers(text: string): Array<string | null> {
  return parsePlanText(text).provisions.map((provision) => provision.number);
}

function byNumber(text: string): Map<string, ParsedProvision> {
  const map = new Map<string, ParsedProvision>();
  for (const provision of parsePlanText(text).provisions) if (provision.number) map.set(provision.number, provision);
  return map;
}

describe('parsePlanText: numbering styles', () => {
  it.each([
    ['dots', '1. Intro:\n\na. first\n\nb. second\n\ni. one\n\nii. two\n\n2. Next.'],
    ['closing brackets', '1) Intro:\n\na) first\n\nb) second\n\ni) one\n\nii) two\n\n2) Next.'],
    ['brackets', '(1) Intro:\n\n(a) first\n\n(b) second\n\n(i) one\n\n(ii) two\n\n(2) Next.'],
    ['mixed', '1. Intro:\n\n(a) first\n\nb) second\n\n(i) one\n\nii) two\n\n2. Next.'],
  ])('reads %s', (_, text) => {
    expect(numbers(text)).toEqual(['1', '1.a', '1.b', '1.b.i', '1.b.ii', '2']);
    const parsed = byNumber(text);
    expect(parsed.get('1.b.ii')).toMatchObject({ text: 'two', kind: 'POINT', depth: 2, parentNumber: '1.b' });
    expect(parsed.get('1.a')).toMatchObject({ text: 'first', kind: 'POINT', depth: 1, parentNumber: '1' });
    expect(parsed.get('2')).toMatchObject({ text: 'Next.', kind: 'PARAGRAPH', depth: 0, parentNumber: null });
  });

  it('reads numerals printed directly under a paragraph', () => {
    expect(numbers('4. Three things:\n\ni. one\n\nii. two\n\niii. three\n\n5. Done.')).toEqual(['4', '4.i', '4.ii', '4.iii', '5']);
  });

  it('reads "i" after "h" as a letter and "i" under a letter as a numeral', () => {
    const letters = 'abcdefgh'
      .split('')
      .map((letter) => `${letter}. item ${letter}`)
      .join('\n\n');
    expect(numbers(`46. Focus:\n\n${letters}\n\ni. Sexual violence\n\n47. Next.`)).toContain('46.i');
    expect(numbers(`46. Focus:\n\n${letters}\n\ni. Sexual violence\n\n47. Next.`)).not.toContain('46.h.i');
    expect(numbers(`46. Focus:\n\n${letters}\n\ni. first numeral\n\nii. second numeral\n\n47. Next.`)).toEqual(expect.arrayContaining(['46.h.i', '46.h.ii']));
    expect(numbers('54. Health:\n\na. One.\n\nb. Two.\n\ni. Under b.\n\nc. Three.')).toEqual(['54', '54.a', '54.b', '54.b.i', '54.c']);
    expect(numbers(`54. Health:\n\n${letters}\n\n(i) Under h, bracketed unlike the letters.\n\n55. Next.`)).toContain('54.h.i');
  });

  it('reads "v" and "x" as numerals when they continue a list of numerals', () => {
    const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'].map((roman) => `${roman}. item`).join('\n\n');
    expect(numbers(`3. List:\n\na. Letter:\n\n${romans}\n\n4. End.`)).toEqual([
      '3',
      '3.a',
      ...['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'].map((roman) => `3.a.${roman}`),
      '4',
    ]);
  });

  it('numbers a second lettered list in one paragraph on from the first, and says so', () => {
    const text = '52. Hate:\n\na) one\n\nb) two\n\nSome text between the lists.\n\na) three\n\nb) four\n\n53. Next.';
    const parsed = parsePlanText(text);
    expect(parsed.provisions.map((provision) => provision.number)).toEqual(['52', '52.a', '52.b', null, '52.c', '52.d', '53']);
    expect(parsed.provisions[3]).toMatchObject({ kind: 'TEXT', depth: 1, parentNumber: '52', text: 'Some text between the lists.' });
    expect(parsed.warnings.map((warning) => warning.found).join(' ')).toMatch(/second lettered list in paragraph 52/);
  });

  it('treats out-of-sequence numbers at line starts as text, and tolerates a small gap with a warning', () => {
    const text = '1. The force was formed in\n2012. It is proud.\n\n2. Second.\n\n4. Fourth, after a gap.\n\n3. Not a paragraph: it goes back.';
    const parsed = parsePlanText(text);
    expect(parsed.provisions.map((provision) => provision.number)).toEqual(['1', '2', '4']);
    expect(parsed.provisions[0]?.text).toBe('The force was formed in 2012. It is proud.');
    expect(parsed.provisions[2]?.text).toBe('Fourth, after a gap.\n\n3. Not a paragraph: it goes back.');
    expect(parsed.warnings.map((warning) => warning.found).join(' ')).toMatch(/paragraph 4 after paragraph 2/);
  });

  it('does not start an item after a line that cannot end', () => {
    expect(numbers('1. Such items as\na. rule out the letter.\n\n2. Next.')).toEqual(['1', '2']);
  });
});

describe('parsePlanText: PDF extraction artefacts', () => {
  it('joins lines broken mid-sentence, across blank lines too', () => {
    const text = [
      '1. The year 2017 marks the fiftieth anniversary of the amalgamation of Leicestershire ',
      '',
      'and Rutland Constabulary with Leicester City Police to form the Leicestershire ',
      'Constabulary which evolved into its current incarnation as Leicestershire Police in ',
      '2012. ',
    ].join('\n');
    expect(parsePlanText(text).provisions[0]?.text).toBe(
      'The year 2017 marks the fiftieth anniversary of the amalgamation of Leicestershire and Rutland Constabulary with Leicester City Police to form the Leicestershire Constabulary which evolved into its current incarnation as Leicestershire Police in 2012.',
    );
  });

  it('joins after a line that ends in a word that cannot end a sentence', () => {
    expect(parsePlanText('10. I will examine the Strategic Policing Requirement and\n\nCollaboration to meet it.').provisions[0]?.text).toBe(
      'I will examine the Strategic Policing Requirement and Collaboration to meet it.',
    );
  });

  it('learns the right margin and joins lines that reached it', () => {
    const wrapped = Array.from({ length: 10 }, (_, index) => `${index + 1}. ${'word '.repeat(16)}carries\non to the next line.`).join('\n\n');
    const text = `${wrapped}\n\n11. This grant funding does not, unfortunately, cover those affected by Anti-Social\n\nBehaviour (ASB) which harms lives.\n\n12. Short line\n\nNew sentence.`;
    const parsed = byNumber(text);
    expect(parsed.get('11')?.text).toBe('This grant funding does not, unfortunately, cover those affected by Anti-Social Behaviour (ASB) which harms lives.');
    expect(parsed.get('12')?.heading).toBe('Short line');
  });

  it('mends hyphenation: drops the hyphen when the word exists unbroken, keeps real compounds', () => {
    const text = '1. The partnership and the co-\ncommissioned service support the partner-\nship as a whole.';
    expect(parsePlanText(text).provisions[0]?.text).toBe('The partnership and the co-commissioned service support the partnership as a whole.');
  });

  it('removes page footers, stray page numbers and running headers, and reports them', () => {
    const text = [
      '68. Due to the complexity of modern day policing there are a number of SPR areas to',
      '',
      '55',
      '',
      '',
      '',
      '20/01/2017 v.0.7: 4606 EXPOSURE DRAFT ',
      '',
      'Page 22 of 23 ',
      ' ',
      '',
      'which local forces are expected to contribute.',
    ].join('\n');
    const parsed = parsePlanText(text);
    expect(parsed.provisions).toHaveLength(1);
    expect(parsed.provisions[0]?.text).toBe(
      'Due to the complexity of modern day policing there are a number of SPR areas to which local forces are expected to contribute.',
    );
    expect(parsed.warnings).toHaveLength(3);
  });

  it('removes a running header that repeats at every page break', () => {
    const page = (n: number) => `${n}. Paragraph ${n} text goes here.\n\nLLR Police and Crime Plan\n\nPage ${n} of 3`;
    const parsed = parsePlanText([1, 2, 3].map(page).join('\n\n'));
    expect(parsed.provisions.map((provision) => provision.text)).toEqual([
      'Paragraph 1 text goes here.',
      'Paragraph 2 text goes here.',
      'Paragraph 3 text goes here.',
    ]);
  });

  it('normalises odd whitespace and invisible characters', () => {
    const parsed = parsePlanText('1.\u00a0A\u00a0plan\u00ad\u200b with\ttabs\r\nand\fpage breaks.');
    expect(parsed.provisions[0]?.text).toBe('A plan with tabs and page breaks.');
  });
});

describe('parsePlanText: headings, titles and unnumbered text', () => {
  const plan = [
    ' I am immensely privileged to have been elected Police and Crime Commissioner for ',
    'Leicester, Leicestershire and Rutland. ',
    '',
    'Long may it continue. ',
    '',
    'Lord Willy Bach ',
    'Police and Crime Commissioner  ',
    ' The values we hold ',
    '',
    'The creation of the office of the Police and Crime Commissioner provided a means for local people. ',
    '',
    ' respect ',
    '',
    ' absence of bias ',
    '',
    ' integrity ',
    '',
    ' These values sit at the heart of this plan. ',
    '',
    'Kirk Master ',
    'Deputy Police and Crime Commissioner ',
    ' Introduction  ',
    '',
    '1. The year 2017 marks an anniversary. ',
    '',
    'Viable Partnerships ',
    '',
    '2. My aim is to: ',
    '',
    'a. Enhance the network. ',
    '',
    '3. Alcohol and drug related incidents. ',
    '',
    'During my term in office I will continue to support work, specifically: ',
    '',
    'a. A new service. ',
    '',
    '4. An integrated response to demand: ',
    '',
    'a. The idea of a collective approach. ',
    '',
    '5. Missing from Home Individuals ',
    ' The young people who go missing risk exploitation. ',
  ].join('\n');

  const parsed = parsePlanText(plan).provisions;

  it('makes the unheaded opening a Foreword and keeps its signature lines', () => {
    expect(parsed[0]).toEqual({
      number: null,
      label: null,
      heading: 'Foreword',
      kind: 'TEXT',
      depth: 0,
      parentNumber: null,
      table: null,
      text: 'I am immensely privileged to have been elected Police and Crime Commissioner for Leicester, Leicestershire and Rutland.\n\nLong may it continue.\n\nLord Willy Bach\nPolice and Crime Commissioner',
    });
  });

  it('gives a headed unnumbered block its heading, and keeps one-word lists as lines', () => {
    expect(parsed[1]).toMatchObject({
      number: null,
      heading: 'The values we hold',
      kind: 'TEXT',
      text: 'The creation of the office of the Police and Crime Commissioner provided a means for local people.\n\nrespect\nabsence of bias\nintegrity\n\nThese values sit at the heart of this plan.\n\nKirk Master\nDeputy Police and Crime Commissioner',
    });
  });

  it('makes headings before numbered paragraphs SECTION provisions and the heading of their paragraphs', () => {
    expect(parsed[2]).toMatchObject({ kind: 'SECTION', heading: 'Introduction', text: 'Introduction', number: null, depth: 0 });
    expect(parsed[3]).toMatchObject({ number: '1', heading: 'Introduction' });
    expect(parsed[4]).toMatchObject({ kind: 'SECTION', heading: 'Viable Partnerships' });
    expect(parsed[5]).toMatchObject({ number: '2', heading: 'Viable Partnerships', text: 'My aim is to:' });
    expect(parsed[6]).toMatchObject({ number: '2.a', heading: null });
  });

  it("takes a paragraph's short first line as its own title when body text follows", () => {
    const three = parsed.find((provision) => provision.number === '3');
    expect(three).toMatchObject({
      heading: 'Alcohol and drug related incidents',
      text: 'During my term in office I will continue to support work, specifically:',
    });
    const five = parsed.find((provision) => provision.number === '5');
    expect(five).toMatchObject({ heading: 'Missing from Home Individuals', text: 'The young people who go missing risk exploitation.' });
  });

  it('keeps a lead-in line that only introduces sub-points as text', () => {
    expect(parsed.find((provision) => provision.number === '4')).toMatchObject({ heading: 'Viable Partnerships', text: 'An integrated response to demand:' });
  });

  it('splits a heading glued to the item before it', () => {
    const text = '5. Duties:\n\na. Financially:\n\ni. Distributing grants from Central Government. \n Aim \n \n\n6. My overall aim.';
    const provisions = parsePlanText(text).provisions;
    expect(provisions.map((provision) => provision.kind)).toEqual(['PARAGRAPH', 'POINT', 'POINT', 'SECTION', 'PARAGRAPH']);
    expect(provisions[3]?.heading).toBe('Aim');
    expect(provisions[4]?.heading).toBe('Aim');
  });

  it('reads sub-point markers after a heading as text: they have no paragraph to belong to', () => {
    const provisions = parsePlanText('1. A paragraph.\n\n## Heading\n\na. not a point here').provisions;
    expect(provisions.map((provision) => [provision.kind, provision.number, provision.text])).toEqual([
      ['PARAGRAPH', '1', 'A paragraph.'],
      ['TEXT', null, 'a. not a point here'],
    ]);
  });

  it('puts unnumbered text after sub-points in a TEXT provision under the paragraph', () => {
    const text = '50. I will:\n\na. Support.\n\nb. Work.\n\n As a criminal law barrister I have seen lives ruined. \n\n51. Next.';
    expect(parsePlanText(text).provisions[3]).toEqual({
      number: null,
      label: null,
      heading: null,
      text: 'As a criminal law barrister I have seen lives ruined.',
      kind: 'TEXT',
      depth: 1,
      parentNumber: '50',
      table: null,
    });
  });
});

describe('renderPlanText', () => {
  it('prints the canonical form: ## headings, "12." / "a." / "(ii)" markers, titles, pipe tables', () => {
    const provisions: ParsedProvision[] = [
      { number: null, label: null, heading: 'Foreword', text: 'Opening words.', kind: 'TEXT', depth: 0, parentNumber: null, table: null },
      {
        number: null,
        label: null,
        heading: 'Vulnerability Protection',
        text: 'Vulnerability Protection',
        kind: 'SECTION',
        depth: 0,
        parentNumber: null,
        table: null,
      },
      {
        number: '54',
        label: '54',
        heading: 'Mental Health',
        text: 'In relation to mental health:',
        kind: 'PARAGRAPH',
        depth: 0,
        parentNumber: null,
        table: null,
      },
      { number: '54.a', label: '54(a)', heading: null, text: 'Mental health is a community issue.', kind: 'POINT', depth: 1, parentNumber: '54', table: null },
      { number: '54.a.i', label: '54(a)(i)', heading: null, text: 'A portfolio.', kind: 'POINT', depth: 2, parentNumber: '54.a', table: null },
      { number: null, label: null, heading: null, text: 'Some text after the points.', kind: 'TEXT', depth: 1, parentNumber: '54', table: null },
      {
        number: null,
        label: null,
        heading: null,
        text: 'Item | £M\nPolicing | 154.5',
        kind: 'TABLE',
        depth: 1,
        parentNumber: '54',
        table: {
          rows: [
            ['Item', '£M'],
            ['Policing', '154.5'],
          ],
        },
      },
      { number: '55', label: '55', heading: 'Vulnerability Protection', text: 'Missing people.', kind: 'PARAGRAPH', depth: 0, parentNumber: null, table: null },
    ];
    const text = renderPlanText(provisions);
    expect(text).toBe(
      [
        'Opening words.',
        '## Vulnerability Protection',
        '54. Mental Health\n\nIn relation to mental health:',
        'a. Mental health is a community issue.',
        '(i) A portfolio.',
        'Some text after the points.',
        '| Item | £M |\n| --- | --- |\n| Policing | 154.5 |',
        '55. Missing people.',
      ].join('\n\n') + '\n',
    );
    expect(parsePlanText(text).provisions).toEqual(provisions);
  });

  it('prints a title that would not read as one in bold', () => {
    const provisions: ParsedProvision[] = [
      {
        number: '1',
        label: '1',
        heading: 'Aims, values and ambitions of the plan for the whole area',
        text: 'body text',
        kind: 'PARAGRAPH',
        depth: 0,
        parentNumber: null,
        table: null,
      },
    ];
    const text = renderPlanText(provisions);
    expect(text).toBe('1. **Aims, values and ambitions of the plan for the whole area**\n\nbody text\n');
    expect(parsePlanText(text).provisions).toEqual(provisions);
  });
});

describe('parsePlanText: Markdown', () => {
  const markdown = [
    '# POLICE AND CRIME PANEL',
    '',
    'Report of the Commissioner',
    '',
    '### **Purpose of Report**',
    '',
    '1. To update the Panel.',
    '',
    '### **Building Relationships**',
    '',
    '- 2. The Commissioner was awarded £2.224 million in',
    '',
    '- 2016 to 2017 for a project.',
    '- 3. To that end, the Commissioner:',
    '  - Attended 28 meetings with partners',
    '  - Responded to 488 items of correspondence',
    '',
    '4. **Bold Title**',
    '',
    'Body of four.',
  ].join('\n');
  const parsed = parsePlanText(markdown).provisions;

  it('reads # headings, bold, and "- 3." list items', () => {
    expect(parsed.map((provision) => [provision.kind, provision.number, provision.heading])).toEqual([
      ['TEXT', null, 'POLICE AND CRIME PANEL'],
      ['SECTION', null, 'Purpose of Report'],
      ['PARAGRAPH', '1', 'Purpose of Report'],
      ['SECTION', null, 'Building Relationships'],
      ['PARAGRAPH', '2', 'Building Relationships'],
      ['PARAGRAPH', '3', 'Building Relationships'],
      ['PARAGRAPH', '4', 'Bold Title'],
    ]);
  });

  it('drops a bullet that only continues a sentence, and keeps real bullet items as lines', () => {
    expect(parsed[4]?.text).toBe('The Commissioner was awarded £2.224 million in 2016 to 2017 for a project.');
    expect(parsed[5]?.text).toBe('To that end, the Commissioner:\n- Attended 28 meetings with partners\n- Responded to 488 items of correspondence');
    expect(parsed[6]?.text).toBe('Body of four.');
  });
});

describe('parsePlanText: tables', () => {
  // PDF extraction shows itself by lines wrapped at the margin; only there are bare figures a table.
  const wrappedProse = Array.from(
    { length: 5 },
    (_, index) =>
      `${index + 56}. Details of my Budget, Precept and Financial Plans have and will continue to be\npublished on my website, and the funding is passed to the Chief Constable to provide\noperational policing delivered locally.`,
  ).join('\n\n');

  it('recognises a table of figures from a PDF, with group rows', () => {
    const text = [
      wrappedProse,
      '',
      '61. In 2017/18 my budget will be allocated as follows: ',
      '',
      'Funding Passed to the Chief Constable £M % ',
      '',
      'Operational Policing delivered by Leicestershire Police (Net) 154.5 90.1 ',
      ' Operational Policing delivered through Regional Collaboration 10.2 5.9 ',
      '',
      'Funding Retained by the Commissioner   ',
      '',
      'To run the Office of the Police and Crime Commissioner 1.2 0.7 ',
      '',
      'Net Budget Requirement 2017/18 171.6 100 ',
      '',
      '62. Next paragraph.',
    ].join('\n');
    const parsed = parsePlanText(text).provisions.slice(5);
    expect(parsed.map((provision) => provision.kind)).toEqual(['PARAGRAPH', 'TABLE', 'PARAGRAPH']);
    expect(parsed[1]).toMatchObject({ number: null, depth: 1, parentNumber: '61' });
    expect(parsed[1]?.table?.rows).toEqual([
      ['Funding Passed to the Chief Constable', '£M', '%'],
      ['Operational Policing delivered by Leicestershire Police (Net)', '154.5', '90.1'],
      ['Operational Policing delivered through Regional Collaboration', '10.2', '5.9'],
      ['Funding Retained by the Commissioner', '', ''],
      ['To run the Office of the Police and Crime Commissioner', '1.2', '0.7'],
      ['Net Budget Requirement 2017/18', '171.6', '100'],
    ]);
    expect(parsed[1]?.text.split('\n')[3]).toBe('Funding Retained by the Commissioner');
  });

  it('does not take prose ending in a number for a table', () => {
    const text = `${wrappedProse}\n\n61. Dealt with 2,264 incidents in 2016.\n\nMade 13,250 referrals in 2016 and 2017\n\nAged 14 to 25\n\nAged 18 to 24`;
    expect(parsePlanText(text).provisions.every((provision) => provision.kind === 'PARAGRAPH')).toBe(true);
  });

  it('leaves figures as text where the source is not a PDF extraction', () => {
    const text = '61. Budget:\n\nPolicing 154.5 90.1\n\nRegional 10.2 5.9\n\nOffice 1.2 0.7';
    expect(parsePlanText(text).provisions.map((provision) => provision.kind)).toEqual(['PARAGRAPH']);
  });

  it('reads Markdown pipe tables', () => {
    const parsed = parsePlanText('1. Budget:\n\n| Item | £M |\n| --- | --- |\n| Policing | 154.5 |\n| Office |  |\n\n2. Next.').provisions;
    expect(parsed[1]?.table?.rows).toEqual([
      ['Item', '£M'],
      ['Policing', '154.5'],
      ['Office', ''],
    ]);
  });
});

describe('importPlanText', () => {
  it('refuses empty text', () => {
    expect(() => importPlanText(' \n\t ')).toThrow(PlanImportError);
    try {
      importPlanText('');
    } catch (error) {
      expect(error).toMatchObject({ code: 'EMPTY', name: 'PlanImportError' });
    }
  });

  it('refuses text without numbered paragraphs', () => {
    expect(() => importPlanText('Just a letter.\n\nWith no numbered paragraphs at all.')).toThrow(
      expect.objectContaining({ code: 'NO_PROVISIONS', message: expect.stringMatching(/numbered paragraphs/) }),
    );
  });

  it('returns the parse of a plan', () => {
    expect(importPlanText('1. A plan.').provisions).toHaveLength(1);
  });
});

// Plan-like noise: prose fragments (markers, figures, hyphens, footers) and whole structural lines.
// Markdown table and heading characters only ever form whole lines, as they do in real documents.
const proseFragment = fc.oneof(
  fc.constantFrom('1.', '2.', '3)', '(4)', 'a.', 'b)', '(c)', 'i.', 'ii)', '(iii)', 'h.', 'v.', 'x.', 'iv.', '12', 'Page 3 of 9'),
  fc.constantFrom('The plan', 'and more', 'words,', 'ends.', 'Title Case Line', 'co-', 'operate', '£1.2m 3.4 5%', 'Total 1.2 3.4', '- bullet', '**bold**'),
  fc.string({ maxLength: 12 }).map((text) => text.replace(/[|#]/g, '')),
);
const planLine = fc.oneof(
  { weight: 4, arbitrary: fc.array(proseFragment, { maxLength: 6 }).map((parts) => parts.join(' ')) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', ' ', '## Heading', '# **Bold Heading**', '| a | 1 |', '|---|---|', 'Viable Partnerships', 'DRAFT v0.7 20/01/2017'),
  },
);
const planLikeText = fc.array(planLine, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('parsePlanText: properties', () => {
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 400 }), planLikeText), (text) => {
        const parsed = parsePlanText(text);
        expect(Array.isArray(parsed.provisions)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('reads its own rendering back to the same provisions', () => {
    fc.assert(
      fc.property(planLikeText, (text) => {
        const first = parsePlanText(text).provisions;
        expect(parsePlanText(renderPlanText(first)).provisions).toEqual(first);
      }),
      { numRuns: 400 },
    );
  });

  it.each(['1. 1.\n12 (c)\n1. $', '1.\nThe plan\n\n12 The plan\n1. $', '(4)\n\n3)\n1.'])(
    'reads back its rendering of %j: a line joined on to a paragraph never also heads a new series',
    (text) => {
      const first = parsePlanText(text).provisions;
      expect(parsePlanText(renderPlanText(first)).provisions).toEqual(first);
    },
  );

  it('never produces two provisions with the same number from its own rendering', () => {
    fc.assert(
      fc.property(planLikeText, (text) => {
        const seen = new Set<string>();
        for (const provision of parsePlanText(renderPlanText(parsePlanText(text).provisions)).provisions) {
          if (provision.number === null) continue;
          expect(seen.has(provision.number)).toBe(false);
          seen.add(provision.number);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('recovers generated plans from their canonical text and from PDF-like text of any page shape', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          paragraphs: fc.integer({ min: 5, max: 30 }),
          sectionEvery: fc.integer({ min: 2, max: 10 }),
          longest: fc.integer({ min: 2, max: 10 }),
          width: fc.integer({ min: 60, max: 100 }),
          pageLines: fc.integer({ min: 20, max: 70 }),
        }),
        ({ seed, paragraphs, sectionEvery, longest, width, pageLines }) => {
          const plan = generatePlan(seed, { paragraphs, withTables: true, sectionEvery, sentencesPerParagraph: [1, longest] });
          expect(parsePlanText(renderPlanText(plan)).provisions).toEqual(plan);
          expect(parsePlanText(toPdfLikeText(plan, seed, width, pageLines)).provisions).toEqual(plan);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('parsePlanText: numbering as UK public papers print it', () => {
  const outline = (text: string) =>
    parsePlanText(text)
      .provisions.filter((p) => p.number !== null)
      .map((p) => [p.number, p.label, p.parentNumber]);

  it('reads dotted decimals to any depth, "1.0" headings included, with points under them', () => {
    const text = [
      '1.0 PURPOSE OF REPORT',
      '1.1 To seek the views of the Panel on the proposed precept.',
      '2.0 RECOMMENDATION',
      '2.1 The Panel is recommended to:',
      '(a) support the precept; or',
      '(b) veto it.',
      '2.1.1 A veto needs two thirds of the members.',
      '2.2 Members are asked to note the report.',
      '2.10 The tenth.',
    ].join('\n\n');
    const parsed = parsePlanText(text);
    expect(outline(text)).toEqual([
      ['1', '1.0', null],
      ['1.1', '1.1', '1'],
      ['2', '2.0', null],
      ['2.1', '2.1', '2'],
      ['2.1.a', '2.1(a)', '2.1'],
      ['2.1.b', '2.1(b)', '2.1'],
      ['2.1.1', '2.1.1', '2.1'],
      ['2.2', '2.2', '2'],
    ]);
    // "2.10" skips 2.3 to 2.9: too far to be the next paragraph without more evidence, so it stays text.
    expect(parsed.provisions.at(-1)?.text).toBe('Members are asked to note the report.\n\n2.10 The tenth.');
    expect(parsed.provisions.find((p) => p.number === '2.1.a')?.text).toBe('support the precept; or');
  });

  it('reads bare numbers and numbers run into their text after a finished sentence', () => {
    const text =
      '1 The Panel must review the precept.\n2 Schedule 5 of the Police Reform and Social Responsibility Act 2011 applies.\n3.The Panel may veto it.';
    expect(outline(text)).toEqual([
      ['1', '1', null],
      ['2', '2', null],
      ['3', '3', null],
    ]);
    // A figure that starts a wrapped line is no paragraph number.
    expect(outline('1. We recruited\n2 New officers this year.')).toEqual([['1', '1', null]]);
  });

  it('keeps a second series under its own heading, numbered on, with its printed labels and a warning', () => {
    const text = '1. The report begins.\n\n2. It ends.\n\nConclusions and recommendations\n\n1. We recommend action.\n\n2. We recommend more.';
    const parsed = parsePlanText(text);
    expect(outline(text)).toEqual([
      ['1', '1', null],
      ['2', '2', null],
      ['3', '1', null],
      ['4', '2', null],
    ]);
    expect(parsed.provisions.find((p) => p.number === '3')).toMatchObject({ heading: 'Conclusions and recommendations', text: 'We recommend action.' });
    expect(parsed.provisions.find((p) => p.number === '2')?.text).toBe('It ends.');
    expect(parsed.warnings).toEqual([
      { line: 7, found: 'a second numbered series starting again at 1 after paragraph 2', action: 'kept the printed numbers as labels; numbered on from 3' },
    ]);
  });

  it('does not let a title line without punctuation swallow the paragraph after it', () => {
    const parsed = parsePlanText('1. The first paragraph ends here.\nOur Priorities\n2. The second paragraph.');
    expect(parsed.provisions.map((p) => [p.kind, p.number, p.text])).toEqual([
      ['PARAGRAPH', '1', 'The first paragraph ends here.'],
      ['SECTION', null, 'Our Priorities'],
      ['PARAGRAPH', '2', 'The second paragraph.'],
    ]);
  });

  it('reads its own rendering of dotted decimals and second series back to the same provisions', () => {
    const text = '1.0 PURPOSE\n\n1.1 To seek views.\n\n2.0 BACKGROUND\n\n2.1 The law.\n\n## Recommendations\n\n1. Act.\n\n2. Act again.';
    const first = parsePlanText(text).provisions;
    expect(parsePlanText(renderPlanText(first)).provisions).toEqual(first);
  });
});

describe('parsePlanText: dotted decimals in PDF extraction without blank lines', () => {
  it('reads "1.0 TITLE" straight above "1.1 …"', () => {
    const text = 'REPORT\n1.0 PURPOSE OF REPORT\n1.1 To seek the views of the\nPanel on the precept.\n2.0 RECOMMENDATION\n2.1 The Panel notes it.';
    expect(
      parsePlanText(text)
        .provisions.filter((p) => p.number !== null)
        .map((p) => [p.number, p.label, p.text]),
    ).toEqual([
      ['1', '1.0', 'PURPOSE OF REPORT'],
      ['1.1', '1.1', 'To seek the views of the Panel on the precept.'],
      ['2', '2.0', 'RECOMMENDATION'],
      ['2.1', '2.1', 'The Panel notes it.'],
    ]);
  });
});

describe('parsePlanText: lists and headings of public papers', () => {
  it('keeps "(a) …; or" / "(b) …" items separate, with their markers', () => {
    const parsed = parsePlanText(
      '5. The Panel may veto the precept if:\n(a) it is more than the cap; or\n(b) the Commissioner has not consulted; and\n(c) two thirds agree.\n6. Next paragraph.',
    );
    expect(parsed.provisions.map((p) => [p.number, p.label, p.text])).toEqual([
      ['5', '5', 'The Panel may veto the precept if:'],
      ['5.a', '5(a)', 'it is more than the cap; or'],
      ['5.b', '5(b)', 'the Commissioner has not consulted; and'],
      ['5.c', '5(c)', 'two thirds agree.'],
      ['6', '6', 'Next paragraph.'],
    ]);
  });

  it('keeps lower-case bullets ending in ";" as separate items, markers kept', () => {
    const parsed = parsePlanText('7. The Commissioner will:\n• work with partners;\n• publish a plan; and\n• report to the Panel.\n8. Next.');
    expect(parsed.provisions[0]?.text).toBe('The Commissioner will:\n- work with partners;\n- publish a plan; and\n- report to the Panel.');
  });

  it('reads "Chapter 1. Introduction", "Part 2" and "Section 3 Finance" as headings', () => {
    const parsed = parsePlanText('Chapter 1. Introduction\n1. The report begins.\nPart 2\n2. The second part.\nSection 3 Finance\n3. Money.');
    expect(parsed.provisions.map((p) => [p.kind, p.number, p.heading])).toEqual([
      ['SECTION', null, 'Chapter 1. Introduction'],
      ['PARAGRAPH', '1', 'Chapter 1. Introduction'],
      ['SECTION', null, 'Part 2'],
      ['PARAGRAPH', '2', 'Part 2'],
      ['SECTION', null, 'Section 3 Finance'],
      ['PARAGRAPH', '3', 'Section 3 Finance'],
    ]);
  });
});

describe('parsePlanText: statute style', () => {
  const text = [
    '28 Police and crime panels',
    '(1) Each police area must have a panel.',
    '(2) The panel must review the plan.',
    '(2A) The panel may ask for a report.',
    '(3) The panel must publish:',
    '(a) its reports; and',
    '(b) its recommendations.',
    '29 Powers of the panel',
    '(1) The panel may require attendance.',
  ].join('\n');

  it('reads "(1)", "(2A)" under a section printed "28" as its subsections, labels as printed', () => {
    expect(parsePlanText(text).provisions.map((p) => [p.number, p.label, p.parentNumber])).toEqual([
      ['28', '28', null],
      ['28.1', '28(1)', '28'],
      ['28.2', '28(2)', '28'],
      ['28.2a', '28(2A)', '28'],
      ['28.3', '28(3)', '28'],
      ['28.3.a', '28(3)(a)', '28.3'],
      ['28.3.b', '28(3)(b)', '28.3'],
      ['29', '29', null],
      ['29.1', '29(1)', '29'],
    ]);
  });

  it('reads its own rendering of statute style back to the same provisions', () => {
    const first = parsePlanText(text).provisions;
    expect(parsePlanText(renderPlanText(first)).provisions).toEqual(first);
  });
});

describe('parsePlanText: warns where the result looks wrong', () => {
  it('warns about a paragraph far longer than its siblings', () => {
    const long = Array.from({ length: 80 }, (_, index) => `Sentence ${index} of a paragraph that swallowed others.`).join(' ');
    const text = ['1. Short one.', '2. Short two.', `3. ${long}`, '4. Short four.', '5. Short five.'].join('\n\n');
    const parsed = parsePlanText(text);
    expect(parsed.warnings).toEqual([
      {
        line: 5,
        found: expect.stringMatching(/^paragraph 3 is \d+ characters long, \d+ times the median of its 5 siblings$/),
        action: 'kept as one provision; check it for paragraphs whose numbers were not recognised',
      },
    ]);
  });

  it('warns about text before the first number that looks like numbered paragraphs', () => {
    const text =
      'The Panel met on 3 May and resolved as follows: 2. The Panel reviewed the plan. 3. The Panel made two recommendations, and\n1. The first real paragraph.\n\n2. The second.';
    const parsed = parsePlanText(text);
    expect(parsed.warnings).toEqual([
      {
        line: null,
        found: '2 lines before the first numbered paragraph that look like numbered paragraphs',
        action: 'kept as unnumbered text; check that the numbering was recognised',
      },
    ]);
  });
});

describe('parsePlanText: page furniture and dotted decimals', () => {
  it('keeps numbered decimal headings that open pages, while removing the page numbers beside them', () => {
    const page = (n: number) => [
      `${n}.0 SECTION ${n} OF THE REPORT`,
      '',
      `${n}.1 The first paragraph of section ${n}.`,
      '',
      `${n}.2 The second paragraph of section ${n}.`,
      '',
      `Page ${n} of 4`,
      '',
    ];
    const parsed = parsePlanText([1, 2, 3, 4].flatMap(page).join('\n'));
    expect(parsed.provisions.filter((p) => p.depth === 0).map((p) => p.label)).toEqual(['1.0', '2.0', '3.0', '4.0']);
    expect(parsed.warnings.map((warning) => warning.found)).toEqual([
      'page furniture "Page 1 of 4"',
      'page furniture "Page 2 of 4"',
      'page furniture "Page 3 of 4"',
      'page furniture "Page 4 of 4"',
    ]);
  });
});

describe('parsePlanText: running headers without page numbers', () => {
  it('removes a heading-shaped line repeated atop every page, and says so', () => {
    const pages = [1, 2, 3].flatMap((page) => [
      'Police and Crime Panel Report – 5 February 2024',
      '',
      `${page * 2 - 1}. Paragraph ${page * 2 - 1} of the report, complete on its page.`,
      '',
      `${page * 2}. Paragraph ${page * 2} of the report, which runs on`,
      'across the page break.',
      '\f',
    ]);
    const parsed = parsePlanText(pages.join('\n'));
    expect(parsed.provisions.map((p) => [p.kind, p.number, p.heading])).toEqual([1, 2, 3, 4, 5, 6].map((n) => ['PARAGRAPH', String(n), null]));
    expect(parsed.provisions[1]?.text).toBe('Paragraph 2 of the report, which runs on across the page break.');
    expect(parsed.warnings.map((warning) => [warning.line, warning.found, warning.action])).toEqual(
      [1, 9, 17].map((line) => [line, 'page furniture "Police and Crime Panel Report – 5 February 2024"', 'removed']),
    );
  });
});

describe('parsePlanText: chapter headings printed with bare numbers', () => {
  it('reads "4 Police-led IT Company" before paragraph 134, and "1 Introduction" before paragraph 1, as headings', () => {
    const report =
      '4 Police-led IT Company\n134. In this chapter we consider the state of IT.\nThe problem\n135. The President described it as a mess.\n136. The Home Secretary agreed.';
    expect(parsePlanText(report).provisions.map((p) => [p.kind, p.number, p.heading])).toEqual([
      ['SECTION', null, '4 Police-led IT Company'],
      ['PARAGRAPH', '134', '4 Police-led IT Company'],
      ['SECTION', null, 'The problem'],
      ['PARAGRAPH', '135', 'The problem'],
      ['PARAGRAPH', '136', 'The problem'],
    ]);
    const first = '1 Introduction\n1. In January the Committee announced an inquiry.\n2. We held nine sessions.';
    expect(parsePlanText(first).provisions.map((p) => [p.kind, p.number, p.label])).toEqual([
      ['SECTION', null, null],
      ['PARAGRAPH', '1', '1'],
      ['PARAGRAPH', '2', '2'],
    ]);
  });
});

describe('parsePlanText: a numbered list inside a paragraph', () => {
  it('is no new series when the paragraphs go on after it', () => {
    const text =
      '20. The Panel considered the report and, after discussion, agreed:\n\n1. To note the report.\n\n2. To ask for an update.\n\n21. The next paragraph.\n\n22. And the last.';
    const parsed = parsePlanText(text);
    expect(parsed.provisions.map((p) => p.number)).toEqual(['20', '21', '22']);
    expect(parsed.provisions[0]?.text).toBe(
      'The Panel considered the report and, after discussion, agreed:\n\n1. To note the report.\n\n2. To ask for an update.',
    );
    expect(parsed.warnings).toEqual([]);
  });
});
