// Word list numbering against a real renderer: the .docx is printed to PDF by LibreOffice and read
// back with pdftotext; the numbers we import must be the numbers it prints. One document holds
// every case so that soffice (seconds per conversion) runs once.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { parseDocx } from '../src/docx';
import { printedLabelKey } from '../src/labels';
import type { ParsedProvision } from '../src/types';
import { readDocxParts, wordListLabels } from '../src/word-numbering';
import { at } from '../src/arrays';

const level = (index: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, start = 1) => ({
  level: index,
  format,
  text,
  start,
  alignment: AlignmentType.START,
});

const numbering = {
  config: [
    { reference: 'from-two', levels: [level(0, LevelFormat.DECIMAL, '%1.', 2)] },
    { reference: 'restarted', levels: [level(0, LevelFormat.DECIMAL, '%1.')] },
    { reference: 'decimal', levels: [level(0, LevelFormat.DECIMAL, '%1.0'), level(1, LevelFormat.DECIMAL, '%1.%2')] },
    {
      reference: 'points',
      levels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.LOWER_LETTER, '%2)'), level(2, LevelFormat.LOWER_ROMAN, '(%3)')],
    },
  ],
};

const item = (text: string, reference: string, levelIndex = 0, instance?: number) =>
  new Paragraph({ children: [new TextRun(text)], numbering: { reference, level: levelIndex, ...(instance === undefined ? {} : { instance }) } });
const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });

/** Item texts are unique words so that each line of the PDF can be matched to its item. */
const children = [
  heading('Starts at two'),
  item('Alpha starts the list.', 'from-two'),
  item('Bravo follows it.', 'from-two'),
  heading('Restarted'),
  item('Charlie opens the first list.', 'restarted', 0, 1),
  item('Delta is second.', 'restarted', 0, 1),
  item('Echo is third.', 'restarted', 0, 1),
  heading('Restarted again'),
  item('Foxtrot opens the second list.', 'restarted', 0, 2),
  item('Golf is second again.', 'restarted', 0, 2),
  item('Hotel is third again.', 'restarted', 0, 2),
  heading('Dotted decimals'),
  item('India purpose of report.', 'decimal', 0),
  item('Juliet seeks views.', 'decimal', 1),
  item('Kilo notes the law.', 'decimal', 1),
  item('Lima recommendation.', 'decimal', 0),
  item('Mike asks the panel.', 'decimal', 1),
  heading('Letters and numerals'),
  item('November has points:', 'points', 0),
  item('Oscar is a lettered point;', 'points', 1),
  item('Papa has numerals:', 'points', 1),
  item('Quebec is a numeral;', 'points', 2),
  item('Romeo is another numeral.', 'points', 2),
  item('Sierra closes the list.', 'points', 0),
];

const words = [
  'Alpha',
  'Bravo',
  'Charlie',
  'Delta',
  'Echo',
  'Foxtrot',
  'Golf',
  'Hotel',
  'India',
  'Juliet',
  'Kilo',
  'Lima',
  'Mike',
  'November',
  'Oscar',
  'Papa',
  'Quebec',
  'Romeo',
  'Sierra',
];

/** The number LibreOffice prints before each item word, read from its PDF. */
function printedNumbers(pdfText: string): Map<string, string> {
  const printed = new Map<string, string>();
  for (const line of pdfText.split('\n')) {
    const match = /^\s*(\S+)\s+([A-Z][a-z]+)\b/.exec(line);
    if (match && words.includes(at(match, 2))) printed.set(at(match, 2), at(match, 1));
  }
  return printed;
}

describe('Word list numbering, checked against LibreOffice', () => {
  let workdir: string;
  let buffer: Buffer;
  let printed: Map<string, string>;

  beforeAll(async () => {
    workdir = mkdtempSync(path.join(tmpdir(), 'psp-word-numbering-'));
    buffer = await Packer.toBuffer(new Document({ numbering, sections: [{ children }] }));
    const docxPath = path.join(workdir, 'lists.docx');
    writeFileSync(docxPath, buffer);
    execFileSync('soffice', [`-env:UserInstallation=file://${workdir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', workdir, docxPath], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    execFileSync('pdftotext', ['-layout', path.join(workdir, 'lists.pdf'), path.join(workdir, 'lists.txt')], { timeout: 30_000 });
    printed = printedNumbers(readFileSync(path.join(workdir, 'lists.txt'), 'utf8'));
  }, 180_000);

  afterAll(() => {
    rmSync(workdir, { recursive: true, force: true });
  });

  it('prints every item with a number (the oracle itself is sound)', () => {
    expect([...printed.keys()].sort()).toEqual([...words].sort());
    // The cases are what they claim to be: a list from 2, a restart, 1.0/1.1 and lettered/roman levels.
    expect(['Alpha', 'Bravo', 'Charlie', 'Foxtrot', 'India', 'Juliet', 'Lima', 'Oscar', 'Quebec'].map((word) => printed.get(word))).toEqual([
      '2.',
      '3.',
      '1.',
      '1.',
      '1.0',
      '1.1',
      '2.0',
      'a)',
      '(i)',
    ]);
  });

  it('reads from the package the numbers LibreOffice prints', () => {
    const parts = readDocxParts(buffer);
    expect(parts).not.toBeNull();
    expect(wordListLabels(parts ?? {})).toEqual(words.map((word) => printed.get(word)));
  });

  it('imports each item with the label it prints', async () => {
    const { provisions, warnings } = await parseDocx(buffer);
    // Every list item got its Word label: no fallback to numbering from the nesting.
    expect(warnings.filter((warning) => warning.action.startsWith('numbered the lists from their nesting'))).toEqual([]);
    const byWord = (word: string): ParsedProvision | undefined => provisions.find((provision) => provision.text.startsWith(word));
    const mismatches = words.flatMap((word) => {
      const label = byWord(word)?.label ?? null;
      const printedKey = printedLabelKey(printed.get(word) ?? '');
      const importedKey = label === null ? null : printedLabelKey(label);
      const same = printedKey !== null && importedKey !== null && (importedKey === printedKey || importedKey.endsWith(`.${printedKey}`));
      return same ? [] : [`${word}: printed ${printed.get(word)}, imported ${label}`];
    });
    expect(mismatches).toEqual([]);
    // Numbers stay unique although labels repeat (the restarted list prints 1–3 twice).
    const numbers = provisions.flatMap((provision) => (provision.number === null ? [] : [provision.number]));
    expect(numbers.length).toBeGreaterThan(0);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
