// Properties for every numbering style UK public papers print: a document printed in the style
// parses back to the printed labels and texts, with unique numbers, restarts and decimals included.
import fc from 'fast-check';
import { resolveCitations } from './citations';
import { printedLabelKey, provisionsForPrintedLabel } from './labels';
import { letterLabel, toRoman } from './numbering';
import { parsePlanText } from './parse';
import { renderPlanText } from './render';

type ParagraphStyle = 'dot' | 'closing' | 'paren' | 'bare' | 'unspaced' | 'decimal';
type PointStyle = 'paren' | 'closing' | 'dot';

const words = ['panel', 'precept', 'policing', 'budget', 'victims', 'officers', 'county', 'report', 'plan', 'review', 'scrutiny', 'community'];
const sentence = fc
  .array(fc.constantFrom(...words), { minLength: 3, maxLength: 12 })
  .map((list) => `${list.join(' ').replace(/^./, (first) => first.toUpperCase())}.`);

const section = fc.record({
  heading: fc
    .array(fc.constantFrom('Finance', 'Background', 'Recommendations', 'Conclusions', 'Purpose'), { minLength: 1, maxLength: 2 })
    .map((list) => list.join(' and ')),
  paragraphs: fc.array(
    fc.record({
      text: sentence,
      children: fc.array(sentence, { maxLength: 3 }),
      points: fc.array(
        sentence.map((text) => text.replace(/\.$/, ';')),
        { maxLength: 3 },
      ),
      romans: fc.array(sentence, { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
});

const documentShape: fc.Arbitrary<DocumentShape> = fc.record({
  paragraphStyle: fc.constantFrom<ParagraphStyle>('dot', 'closing', 'paren', 'bare', 'unspaced', 'decimal'),
  pointStyle: fc.constantFrom<PointStyle>('paren', 'closing', 'dot'),
  restart: fc.boolean(),
  sections: fc.array(section, { minLength: 1, maxLength: 3 }),
});

interface PrintedParagraph {
  text: string;
  children: string[];
  points: string[];
  romans: string[];
}

interface DocumentShape {
  paragraphStyle: ParagraphStyle;
  pointStyle: PointStyle;
  restart: boolean;
  sections: Array<{ heading: string; paragraphs: PrintedParagraph[] }>;
}

interface Expected {
  label: string;
  text: string;
}

/** Prints the document as a paper in the style would, and lists the labels a reader sees. */
function print(shape: DocumentShape): { text: string; expected: Expected[] } {
  const lines: string[] = [];
  const expected: Expected[] = [];
  let counter = 0;
  for (const part of shape.sections) {
    lines.push(part.heading, '');
    if (shape.restart) counter = 0;
    for (const paragraph of part.paragraphs) {
      counter++;
      const decimal = shape.paragraphStyle === 'decimal';
      const printed = decimal ? `${counter}.0` : String(counter);
      const marker = {
        dot: `${counter}. `,
        closing: `${counter}) `,
        paren: `(${counter}) `,
        bare: `${counter} `,
        unspaced: `${counter}.`,
        decimal: `${counter}.0 `,
      }[shape.paragraphStyle];
      lines.push(`${marker}${paragraph.text}`, '');
      expected.push({ label: printed, text: paragraph.text });
      // Dotted decimals print children as n.1, n.2; other styles have none at this level.
      if (decimal) {
        paragraph.children.forEach((child, index) => {
          lines.push(`${counter}.${index + 1} ${child}`, '');
          expected.push({ label: `${counter}.${index + 1}`, text: child });
        });
      }
      const owner = decimal && paragraph.children.length > 0 ? `${counter}.${paragraph.children.length}` : printed;
      paragraph.points.forEach((point, index) => {
        const letter = letterLabel(index + 1);
        lines.push(`${{ paren: `(${letter})`, closing: `${letter})`, dot: `${letter}.` }[shape.pointStyle]} ${point}`, '');
        expected.push({ label: `${owner}(${letter})`, text: point });
      });
      if (paragraph.points.length > 0) {
        const lastLetter = `${owner}(${letterLabel(paragraph.points.length)})`;
        paragraph.romans.forEach((roman, index) => {
          lines.push(`(${toRoman(index + 1)}) ${roman}`, '');
          expected.push({ label: `${lastLetter}(${toRoman(index + 1)})`, text: roman });
        });
      }
    }
  }
  return { text: lines.join('\n'), expected };
}

describe('numbering styles: print → parse', () => {
  it('reads back every printed label and text, numbers unique, each label finding its provision', () => {
    fc.assert(
      fc.property(documentShape, (shape) => {
        const { text, expected } = print(shape);
        const parsed = parsePlanText(text).provisions.filter((provision) => provision.number !== null);
        expect(parsed.map((provision) => ({ label: provision.label, text: provision.text }))).toEqual(expected);
        const numbers = parsed.map((provision) => provision.number);
        expect(new Set(numbers).size).toBe(numbers.length);
        for (const provision of parsed) expect(provisionsForPrintedLabel(parsed, provision.label ?? '')).toContain(provision);
      }),
      { numRuns: 300 },
    );
  });

  it('renders what it parsed so that it parses back the same', () => {
    fc.assert(
      fc.property(documentShape, (shape) => {
        const first = parsePlanText(print(shape).text).provisions;
        expect(parsePlanText(renderPlanText(first)).provisions).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});

describe('numbering styles: print → parse → cite', () => {
  it('a citation of every printed label lands on the provision printing it, or names every candidate where it is printed twice', () => {
    fc.assert(
      fc.property(documentShape, (shape) => {
        const parsed = parsePlanText(print(shape).text).provisions.map((provision, index) => ({ ...provision, provisionKey: `k${index}` }));
        const numbered = parsed.filter((provision) => provision.number !== null && provision.label !== null);
        for (const provision of numbered) {
          const label = provision.label ?? '';
          const printedTwice = numbered.filter((other) => printedLabelKey(other.label ?? '') === printedLabelKey(label)).map((other) => other.provisionKey);
          const [reference] = resolveCitations(`see paragraph ${label} above`, parsed);
          if (printedTwice.length === 1) expect(reference).toMatchObject({ provisionKey: provision.provisionKey, reason: null });
          else expect(reference).toMatchObject({ provisionKey: null, reason: 'ambiguous', candidates: printedTwice });
        }
      }),
      { numRuns: 200 },
    );
  });
});
