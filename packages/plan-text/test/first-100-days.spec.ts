// The PCC's report to the panel of 23 September 2016, as Markdown converted from a PDF: headings
// like "### **Building Relationships**", paragraphs as "- 3. …" list items, sentences broken over
// two list items, and a bullet list inside paragraph 41.
import { parsePlanText } from '../src/parse';
import { renderPlanText } from '../src/render';
import { readFixture, wordCounts } from './support/seeds';

const source = readFixture('first-100-days');
const { provisions, warnings } = parsePlanText(source);
const paragraph = (number: string) => provisions.find((item) => item.number === number);

describe('first 100 days report (Markdown)', () => {
  it('has exactly the 45 numbered paragraphs, with no sub-points', () => {
    const numbered = provisions.filter((item) => item.number !== null);
    expect(numbered.map((item) => item.number)).toEqual(Array.from({ length: 45 }, (_, index) => String(index + 1)));
    expect(numbered.every((item) => item.kind === 'PARAGRAPH')).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('reads the Markdown headings as sections of the paragraphs under them', () => {
    expect(provisions.filter((item) => item.kind === 'SECTION').map((item) => item.heading)).toEqual([
      'Purpose of Report',
      'Recommendation',
      'Building Relationships',
      'COMMUNITY INVOLVEMENT',
      'Raising Public Awareness',
      'Office of the Police and Crime Commissioner',
      'Summary',
    ]);
    expect(paragraph('2')).toMatchObject({
      heading: 'Recommendation',
      text: 'That the Panel notes the report and takes assurance from the work undertaken by the Police and Crime Commissioner during his first 100 days.',
    });
    expect(paragraph('20')?.heading).toBe('COMMUNITY INVOLVEMENT');
    expect(paragraph('45')?.heading).toBe('Summary');
  });

  it('keeps the report header and the closing sections as headed text', () => {
    expect(provisions[0]).toMatchObject({
      kind: 'TEXT',
      heading: 'POLICE AND CRIME COMMISSIONER FOR LEICESTERSHIRE POLICE & CRIME PANEL',
      text: 'Report of POLICE & CRIME COMMISSIONER\n\nDate FRIDAY 23 SEPTEMBER 2016 - 1.00PM\n\nSubject POLICE AND CRIME COMMISSIONER FIRST 100 DAYS IN OFFICE\n\nAuthor: CHIEF EXECUTIVE',
    });
    expect(provisions.slice(-4).map((item) => [item.kind, item.heading])).toEqual([
      ['TEXT', 'Implications'],
      ['TEXT', 'List of Appendices'],
      ['TEXT', 'Background Papers'],
      ['TEXT', 'Person to Contact'],
    ]);
  });

  it('mends sentences that the conversion split over two list items', () => {
    expect(paragraph('16')?.text).toMatch(/awarded £2\.224 million in 2016 to 2017 and a further £3\.536m in 2017\/18 for a project/);
    expect(paragraph('26')?.text).toMatch(/such as hate crime the Commissioner was proud to attend the vigil/);
    expect(paragraph('36')?.text).toMatch(/weekly 1-2-1 meeting with the Chief Constable, attendance at Chief Office Team meetings/);
  });

  it('keeps the bullet list of paragraph 41 as lines', () => {
    expect(paragraph('41')?.text).toBe(
      [
        'On a day to day basis, the work of the Commissioner is firmly founded in communication and engagement. To that end in the first 100 days, the Commissioner:',
        '- Attended 28 meetings with partners',
        '- Attended 5 meetings with the public',
        '- Responded to 488 items of correspondence',
        '- Issued 22 press statements, responded to every request for comment from the press and prepared nine columns',
      ].join('\n'),
    );
  });

  it('loses no word of the report', () => {
    const sourceWords = wordCounts(source.replace(/^\s*-?\s*\d{1,2}\.(?=\s)/gm, ''));
    const outputWords = wordCounts(
      provisions.map((item) => `${item.kind === 'PARAGRAPH' ? '' : (item.heading ?? '')}\n${item.kind === 'SECTION' ? '' : item.text}`).join('\n'),
    );
    expect(Object.fromEntries(outputWords)).toEqual(Object.fromEntries(sourceWords));
  });

  it('renders to text that parses back to the same provisions', () => {
    expect(parsePlanText(renderPlanText(provisions)).provisions).toEqual(provisions);
  });
});
