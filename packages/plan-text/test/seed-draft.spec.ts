// The LLR Police and Crime Plan 2017–2021, exposure draft v0.7: a PDF extraction with broken
// lines, a page footer, a stray page number, three paragraphs with two lettered lists and a
// budget table. This is the yardstick for the parser.
import { provisionsForPrintedLabel } from '../src/labels';
import { parsePlanText } from '../src/parse';
import { renderPlanText } from '../src/render';
import type { ParsedProvision } from '../src/types';
import { readFixture, wordCounts } from './support/seeds';
import { at } from '../src/arrays';

const source = readFixture('draft-plan');
const parsed = parsePlanText(source);
const provisions = parsed.provisions;
const byNumber = new Map(provisions.filter((item) => item.number !== null).map((item) => [item.number as string, item]));

function provision(number: string): ParsedProvision {
  const found = byNumber.get(number);
  if (!found) throw new Error(`no provision ${number}`);
  return found;
}

describe('LLR draft plan v0.7: structure', () => {
  it('has exactly paragraphs 1 to 71, in order, each at depth 0', () => {
    const paragraphs = provisions.filter((item) => item.kind === 'PARAGRAPH');
    expect(paragraphs.map((item) => item.number)).toEqual(Array.from({ length: 71 }, (_, index) => String(index + 1)));
    expect(paragraphs.every((item) => item.depth === 0 && item.parentNumber === null)).toBe(true);
  });

  it('has the expected number of each kind of provision', () => {
    const kinds = new Map<string, number>();
    for (const item of provisions) kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({ TEXT: 6, SECTION: 10, PARAGRAPH: 71, POINT: 175, TABLE: 1 });
    expect(provisions.filter((item) => item.kind === 'POINT' && item.depth === 1)).toHaveLength(158);
  });

  it('reads every roman sub-point under its letter', () => {
    expect(provisions.filter((item) => item.depth === 2).map((item) => item.number)).toEqual([
      '5.c.i',
      '5.c.ii',
      '5.d.i',
      '5.d.ii',
      '5.f.i',
      '5.f.ii',
      '26.d.i',
      '26.d.ii',
      '49.e.i',
      '49.e.ii',
      '54.a.i',
      '54.a.ii',
      '54.b.i',
      '54.c.i',
      '54.d.i',
      '54.d.ii',
      '54.e.i',
    ]);
    expect(provision('5.c')).toMatchObject({ text: 'Financially:', parentNumber: '5', depth: 1 });
    expect(provision('5.c.i')).toMatchObject({ text: 'Determining the Council Tax Precept for policing.', parentNumber: '5.c', depth: 2, kind: 'POINT' });
    expect(provision('5.c.ii').text).toBe('Setting the Police Force budget.');
    expect(provision('54.d.ii').text).toBe(
      'I do not believe that custody is an appropriate place for the mentally unwell and will actively adopt approaches to prevent that from happening in LLR.',
    );
  });

  it('reads "i. Sexual violence" after "h." as the letter 46.i', () => {
    expect(provision('46.h').text).toBe('Missing from home individuals');
    expect(provision('46.i')).toMatchObject({ text: 'Sexual violence', depth: 1, parentNumber: '46' });
  });

  it('keeps point 49.b, the 13,250 referrals, and letters the second list of 49 on from it', () => {
    expect(provision('49.b').text).toBe('Made 13,250 referrals to multi agency partners sharing concerns about children following police contact.');
    expect(provision('49.c').text).toBe('Recognise, understand and interpret the information given to them.');
    expect(provision('49.e').text).toBe('It is of note that ‘The Hub’ and action taken:');
    expect(provision('49.e.ii').text).toMatch(/^Through the integration, provides survivors/);
  });

  it('letters the second list of para 52 on from the first (52.f–52.i) with the text between as a TEXT provision', () => {
    const inPara52 = provisions.filter((item) => item.number?.startsWith('52.') || item.parentNumber === '52');
    expect(inPara52.map((item) => item.number)).toEqual(['52.a', '52.b', '52.c', '52.d', '52.e', null, '52.f', '52.g', '52.h', '52.i']);
    expect(provision('52.a').text).toBe('To enhance Leicestershire police response to hate crime');
    expect(provision('52.f').text).toMatch(/^Perpetrator out of court disposal \(OOCD\) programme\. This programme will be developed/);
    expect(provision('52.i').text).toMatch(/^Better journey cards\./);
    const between = at(inPara52, 5);
    expect(between).toMatchObject({ kind: 'TEXT', depth: 1, parentNumber: '52', number: null, heading: null });
    expect(between.text).toMatch(/^Partnership working is vital .* bringing Leicestershire County Council, the seven District and Borough Councils/);
    expect(between.text.split('\n\n')).toHaveLength(3);
    expect(between.text.endsWith('Additionally I have agreed the commission of four initiatives:')).toBe(true);
  });

  it('keeps the budget in para 61 as a table', () => {
    const table = provisions.find((item) => item.kind === 'TABLE');
    expect(table).toMatchObject({ number: null, depth: 1, parentNumber: '61', heading: null });
    expect(table?.table?.rows).toEqual([
      ['Funding Passed to the Chief Constable', '£M', '%'],
      ['Operational Policing delivered by Leicestershire Police (Net)', '154.5', '90.1'],
      ['Operational Policing delivered through Regional Collaboration', '10.2', '5.9'],
      ['Total funding passed to the Chief Constable', '164.7', '96.0'],
      ['Funding Retained by the Commissioner', '', ''],
      ['To Commission Services (net of grants and use of reserves)', '3.1', '1.8'],
      ['To run the Office of the Police and Crime Commissioner', '1.2', '0.7'],
      ['Total funding retained by the Commissioner', '4.3', '2.5'],
      ['To support the capital programme', '2.6', '1.5'],
      ['Net Budget Requirement 2017/18', '171.6', '100'],
    ]);
    expect(provision('61').text).toMatch(/In 2017\/18 my budget will be allocated as follows:$/);
  });
});

describe('LLR draft plan v0.7: unnumbered text and headings', () => {
  it('makes the foreword and the values addressable, with headings', () => {
    const [foreword, values] = provisions;
    expect(foreword).toMatchObject({ kind: 'TEXT', number: null, heading: 'Foreword', depth: 0 });
    expect(foreword?.text).toMatch(/^I am immensely privileged to have been elected Police and Crime Commissioner for Leicester, Leicestershire and Rutland\./);
    expect(foreword?.text).toMatch(/Long may it continue\.\n\nLord Willy Bach\nPolice and Crime Commissioner$/);
    expect(values).toMatchObject({ kind: 'TEXT', number: null, heading: 'The values we hold', depth: 0 });
    expect(values?.text).toContain('\n\nrespect\nabsence of bias\nintegrity\nopenness\ndiversity\nvalue of money\nflexibility\naccountability\nequality\n\n');
    expect(values?.text).toMatch(/Kirk Master\nDeputy Police and Crime Commissioner$/);
  });

  it('reads the section headings, in order, and gives them to the paragraphs under them', () => {
    expect(provisions.filter((item) => item.kind === 'SECTION').map((item) => item.heading)).toEqual([
      'Introduction',
      'Aim',
      'Background',
      'Viable Partnerships',
      'Visible Policing',
      'Victim Services',
      'Vulnerability Protection',
      'Value for Money',
      'Strategic Policing Requirement and Collaboration',
      'Conclusion',
    ]);
    expect(provision('1').heading).toBe('Introduction');
    expect(provision('6').heading).toBe('Aim');
    expect(provision('18').heading).toBe('Viable Partnerships');
    expect(provision('32').heading).toBe('Visible Policing');
    expect(provision('46').heading).toBe('Vulnerability Protection');
    expect(provision('57').heading).toBe('Value for Money');
    expect(provision('71').heading).toBe('Conclusion');
  });

  it("takes the Vulnerability paragraphs' own title lines as their headings", () => {
    expect(['47', '49', '51', '52', '53', '54', '55', '56'].map((number) => provision(number).heading)).toEqual([
      'Alcohol and drug related incidents',
      'Children and Crime (including Child Sexual Exploitation)',
      'Domestic violence and abuse including coercion',
      'Hate incidents',
      'Human Trafficking and Modern Day Slavery',
      'Mental Health and Learning Disabilities',
      'Missing from Home Individuals',
      'Sexual Violence',
    ]);
    expect(provision('48')).toMatchObject({ heading: 'Vulnerability Protection', text: 'An integrated response to demand:' });
    expect(provision('54').text).toMatch(/^In relation to mental health, learning disabilities and suicide, which remain a significant challenge/);
  });
});

describe('LLR draft plan v0.7: clean text', () => {
  it('joins lines broken mid-sentence, including across blank lines and the page break', () => {
    expect(provision('1').text).toBe(
      'The year 2017 marks the fiftieth anniversary of the amalgamation of Leicestershire and Rutland Constabulary with Leicester City Police to form the Leicestershire Constabulary which evolved into its current incarnation as Leicestershire Police in 2012.',
    );
    expect(provision('10').text).toBe(
      'Finally, before my conclusions, I will examine the Strategic Policing Requirement and Collaboration to meet the Statutory Requirement of the Home Secretary.',
    );
    expect(provision('42').text).toMatch(/^This grant funding does not, unfortunately, cover those affected by Anti-Social Behaviour \(ASB\) which can have/);
    expect(provision('68').text).toBe(
      'Due to the complexity of modern day policing there are a number of SPR areas to which local forces are expected to contribute, currently including:',
    );
    expect(provision('70').text).toMatch(/^I will work with the Chief Constable to ensure we maintain and improve our SPR Capability\. However/);
  });

  it('contains no page furniture and reports what it removed', () => {
    for (const item of provisions) {
      expect(item.text).not.toMatch(/Page \d+ of \d+|EXPOSURE DRAFT|v\.0\.7/);
    }
    expect(parsed.warnings.filter((warning) => warning.found.startsWith('page furniture'))).toEqual([
      { line: 1334, found: 'page furniture "55"', action: 'removed' },
      { line: 1338, found: 'page furniture "20/01/2017 v.0.7: 4606 EXPOSURE DRAFT"', action: 'removed' },
      { line: 1340, found: 'page furniture "Page 22 of 23"', action: 'removed' },
    ]);
    expect(parsed.warnings.filter((warning) => warning.found.includes('second lettered list'))).toHaveLength(3);
    // The second lists keep the letters they print: 52(a) is point 52.f, and "52(a)" names both a's.
    expect(byNumber.get('52.a')?.label).toBe('52(a)');
    expect(byNumber.get('52.f')?.label).toBe('52(a)');
    expect(byNumber.get('52.f')?.text).toMatch(/^Perpetrator out of court disposal/);
    expect(provisionsForPrintedLabel(provisions, '52(a)').map((item) => item.number)).toEqual(['52.a', '52.f']);
  });

  it('has clean whitespace: single spaces, no stray line breaks', () => {
    for (const item of provisions) {
      expect(item.text).toBe(item.text.trim());
      expect(item.text).not.toMatch(/ {2}| \n|\n |\n{3}|\t/);
      if (item.heading !== null) expect(item.heading).toBe(item.heading.trim());
    }
  });

  it('loses no word of the source and invents none (page furniture and list markers aside)', () => {
    const furniture = new Set(['55', '20/01/2017 v.0.7: 4606 EXPOSURE DRAFT', 'Page 22 of 23']);
    const sourceText = source
      .split('\n')
      .filter((line) => !furniture.has(line.trim()))
      .map((line) => line.replace(/^\s*(?:\d{1,3}\.|[a-z]\.|[ivx]+\.|[a-z]\))(?=\s)/, ''))
      .join('\n');
    let sections = new Set<string>();
    const outputText = provisions
      .map((item) => {
        if (item.kind === 'SECTION') {
          sections = new Set([...sections, item.heading as string]);
          return item.heading;
        }
        // Inherited section headings and the inferred "Foreword" are not words of the source.
        const ownHeading = item.heading !== null && !sections.has(item.heading) && item.heading !== 'Foreword';
        return ownHeading ? `${item.heading}\n${item.text}` : item.text;
      })
      .join('\n');
    expect(Object.fromEntries(wordCounts(outputText))).toEqual(Object.fromEntries(wordCounts(sourceText)));
  });
});

describe('LLR draft plan v0.7: canonical text', () => {
  it('renders to plain text that parses back to the same provisions', () => {
    const rendered = renderPlanText(provisions);
    expect(rendered).not.toMatch(/Page 22 of 23/);
    expect(rendered).toContain('\n\n52. Hate incidents\n\n');
    // A second lettered list prints its own letters again, as the plan does (52(a), numbered 52.f).
    expect(rendered).toContain('\n\na. Perpetrator out of court disposal');
    expect(rendered).toContain('\n\n(ii) Setting the Police Force budget.\n\n');
    expect(rendered).toContain('| Net Budget Requirement 2017/18 | 171.6 | 100 |');
    const again = parsePlanText(rendered);
    expect(again.provisions).toEqual(provisions);
    const secondLists = (warnings: typeof parsed.warnings) =>
      warnings.filter((warning) => warning.found.includes('second lettered list')).map((warning) => warning.found);
    expect(again.warnings.map((warning) => warning.found)).toEqual(secondLists(parsed.warnings));
  });
});
