import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PlanImportError, docxHtmlToPlanText, parseDocx } from './docx';
import { PlanImportError as PlanImportErrorFromIndex } from './index';

const numbering = {
  config: [
    {
      reference: 'plan',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2.', alignment: AlignmentType.START },
        { level: 2, format: LevelFormat.LOWER_ROMAN, text: '%3.', alignment: AlignmentType.START },
      ],
    },
  ],
};

const numbered = (text: string, level: number) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'plan', level } });
const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

async function wordFile(children: Array<Paragraph | Table>): Promise<Buffer> {
  return Packer.toBuffer(new Document({ numbering, sections: [{ children }] }));
}

async function importError(buffer: Buffer): Promise<PlanImportError> {
  try {
    await parseDocx(buffer);
  } catch (error) {
    if (error instanceof PlanImportError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe('parseDocx', () => {
  it('rebuilds numbers from Word automatic numbering, counting paragraphs on across headings', async () => {
    const buffer = await wordFile([
      new Paragraph({ text: 'Foreword', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [new TextRun('I am immensely privileged & proud to present this plan.'), new TextRun({ text: ' Together we are safer.', bold: true })],
      }),
      heading('Introduction'),
      numbered('The year 2017 marks an anniversary.', 0),
      numbered('Under the Act my duties are:', 0),
      numbered('Setting the plan.', 1),
      numbered('Financially:', 1),
      numbered('Determining the precept.', 2),
      numbered('Setting the budget.', 2),
      numbered('Engaging with communities.', 1),
      heading('Value for Money'),
      numbered('The Budget is made up of:', 0),
      new Table({ rows: [new TableRow({ children: [cell('Item'), cell('£M')] }), new TableRow({ children: [cell('Policing'), cell('154.5')] })] }),
      numbered('Any savings will be reinvested.', 0),
    ]);
    const { provisions } = await parseDocx(buffer);
    expect(provisions.map((provision) => [provision.kind, provision.number, provision.heading, provision.text])).toEqual([
      ['TEXT', null, 'Foreword', 'I am immensely privileged & proud to present this plan. Together we are safer.'],
      ['SECTION', null, 'Introduction', 'Introduction'],
      ['PARAGRAPH', '1', 'Introduction', 'The year 2017 marks an anniversary.'],
      ['PARAGRAPH', '2', 'Introduction', 'Under the Act my duties are:'],
      ['POINT', '2.a', null, 'Setting the plan.'],
      ['POINT', '2.b', null, 'Financially:'],
      ['POINT', '2.b.i', null, 'Determining the precept.'],
      ['POINT', '2.b.ii', null, 'Setting the budget.'],
      ['POINT', '2.c', null, 'Engaging with communities.'],
      ['SECTION', null, 'Value for Money', 'Value for Money'],
      ['PARAGRAPH', '3', 'Value for Money', 'The Budget is made up of:'],
      ['TABLE', null, null, 'Item | £M\nPolicing | 154.5'],
      ['PARAGRAPH', '4', 'Value for Money', 'Any savings will be reinvested.'],
    ]);
    expect(provisions[11]?.table?.rows).toEqual([
      ['Item', '£M'],
      ['Policing', '154.5'],
    ]);
  });

  it('reads numbers typed into the text', async () => {
    const buffer = await wordFile([
      heading('Victim Services'),
      new Paragraph('40. My aim is to:'),
      new Paragraph('a. Prioritise a Victims Strategy.'),
      new Paragraph('b. Review victims’ services.'),
      new Paragraph('41. One of my Statutory Responsibilities is to support victims.'),
    ]);
    const { provisions } = await parseDocx(buffer);
    expect(provisions.map((provision) => provision.number)).toEqual([null, '40', '40.a', '40.b', '41']);
    expect(provisions[2]?.text).toBe('Prioritise a Victims Strategy.');
  });

  it('treats automatic lists as sub-points where the paragraph numbers are typed', async () => {
    const buffer = await wordFile([
      new Paragraph('1. The plan set by my predecessor focused on:'),
      numbered('Reducing offending.', 0),
      numbered('Supporting victims.', 0),
      new Paragraph('2. These themes remain in my plan.'),
    ]);
    const { provisions } = await parseDocx(buffer);
    expect(provisions.map((provision) => provision.number)).toEqual(['1', '1.a', '1.b', '2']);
  });

  it('refuses an empty file, a damaged file and a document without text', async () => {
    expect(await importError(Buffer.alloc(0))).toMatchObject({ code: 'EMPTY', name: 'PlanImportError' });
    expect(await importError(Buffer.from('this is not a Word document at all'))).toMatchObject({ code: 'UNREADABLE' });
    const valid = await wordFile([numbered('A paragraph.', 0)]);
    expect(await importError(valid.subarray(0, Math.floor(valid.length / 2)))).toMatchObject({ code: 'UNREADABLE' });
    expect(await importError(await wordFile([new Paragraph(''), new Paragraph('   ')]))).toMatchObject({
      code: 'EMPTY',
      message: 'The Word document contains no text.',
    });
  });

  it('refuses a document with no numbered paragraphs', async () => {
    const error = await importError(await wordFile([heading('Dear Chair'), new Paragraph('Thank you for your letter.')]));
    expect(error.code).toBe('NO_PROVISIONS');
    expect(error.message).toMatch(/numbered paragraphs/);
  });

  it('throws the same PlanImportError class that the index exports', async () => {
    expect(await importError(Buffer.alloc(0))).toBeInstanceOf(PlanImportErrorFromIndex);
  });
});

describe('docxHtmlToPlanText', () => {
  it('decodes entities, keeps line breaks and turns bullets and deep levels into "- " lines', () => {
    const html =
      '<p>Tom &amp; Jerry &lt;3 &#8217;quoted&#x2019; &quot;café&quot;</p><ol><li>First<br />line two<ul><li>a bullet</li></ul></li><li>Second<ol><li>Letter<ol><li>Roman<ol><li>Too deep</li></ol></li></ol></li></ol></li></ol>';
    expect(docxHtmlToPlanText(html)).toBe(
      'Tom & Jerry <3 ’quoted’ "café"\n\n1. First\nline two\n- a bullet\n\n2. Second\n\na. Letter\n\n(i) Roman\n- Too deep\n',
    );
  });

  it('prints tables as pipe tables', () => {
    expect(docxHtmlToPlanText('<table><tr><th>A|B</th><td><p>1</p><p>2</p></td></tr></table>')).toBe('| A/B | 1 2 |\n| --- | --- |\n');
  });
});
