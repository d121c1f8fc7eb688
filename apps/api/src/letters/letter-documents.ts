// The response letter as the documents panels circulate: Word (.docx, with the `docx` library)
// and PDF (with PDFKit, no browser), laid out like the letters OPCCs send — the office, reference
// and date, the addressee, the salutation and subject, then each recommendation quoted in
// italics and followed by the Commissioner's response and the paragraphs it cites, the closing
// and the signatory. Both are built from the letter as its reader may see it (the service reads
// it through the same visibility as the page), so nothing unpublished can reach them.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import type { ResponseLetter } from '@psp/contracts';

const OUTCOME_WORDS: Record<ResponseLetter['items'][number]['response']['outcome'], string> = {
  ACCEPTED: 'Accepted',
  PARTIALLY_ACCEPTED: 'Partly accepted',
  NOT_ACCEPTED: 'Not accepted',
  NOTED: 'Noted',
  ALREADY_ADDRESSED: 'Already addressed',
};

/** A run of text and whether the source marks it bold (`**…**`, as the record's letters do). */
interface Run {
  text: string;
  bold: boolean;
}

/** Splits Markdown bold marks into runs; other characters are kept as written. */
export function runsOf(text: string): Run[] {
  return text
    .split('**')
    .map((part, index) => ({ text: part.replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$)/g, '$1'), bold: index % 2 === 1 }))
    .filter((run) => run.text.length > 0);
}

/** The paragraphs of a block of text: blank lines part them, single line breaks are spaces. */
const paragraphsOf = (text: string | null | undefined) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);

const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date(iso));

const citedParagraphs = (item: ResponseLetter['items'][number]) => item.response.provisions.map((provision) => `Para ${provision.number}`).join(', ');

/** What each document prints, in order: one list shared by the Word and PDF renderings. */
type Block = { kind: 'office' | 'meta' | 'body' | 'quote' | 'note' | 'signature'; text: string } | { kind: 'heading'; text: string } | { kind: 'gap' };

export function letterBlocks(letter: ResponseLetter, office: string): Block[] {
  const blocks: Block[] = [
    { kind: 'office', text: office },
    { kind: 'gap' },
    { kind: 'meta', text: `Our ref: ${letter.reference}` },
    { kind: 'meta', text: `Date: ${longDate(letter.date)}` },
    { kind: 'gap' },
    ...letter.addressee.split(/\n/).map((line): Block => ({ kind: 'meta', text: line.trim() })),
    { kind: 'gap' },
  ];
  if (letter.salutation) blocks.push({ kind: 'body', text: letter.salutation });
  blocks.push({ kind: 'heading', text: letter.subject });
  for (const paragraph of paragraphsOf(letter.opening)) blocks.push({ kind: 'body', text: paragraph });
  for (const item of letter.items) {
    blocks.push({ kind: 'heading', text: `Recommendation ${item.recommendation.number}` });
    for (const paragraph of paragraphsOf(item.recommendation.text)) blocks.push({ kind: 'quote', text: paragraph });
    for (const paragraph of paragraphsOf(item.response.text)) blocks.push({ kind: 'body', text: paragraph });
    const cited = citedParagraphs(item);
    blocks.push({ kind: 'note', text: `Outcome: ${OUTCOME_WORDS[item.response.outcome]}${cited ? `. Paragraphs of the plan cited: ${cited}` : ''}` });
  }
  for (const paragraph of paragraphsOf(letter.closing)) blocks.push({ kind: 'body', text: paragraph });
  blocks.push({ kind: 'gap' }, { kind: 'signature', text: letter.signatory });
  if (letter.signatoryRole) blocks.push({ kind: 'signature', text: letter.signatoryRole });
  if (letter.provenanceNote) blocks.push({ kind: 'gap' }, { kind: 'note', text: `About this copy: ${letter.provenanceNote}` });
  return blocks;
}

export async function letterDocx(letter: ResponseLetter, office: string): Promise<Buffer> {
  const paragraphs = letterBlocks(letter, office).map((block) => {
    switch (block.kind) {
      case 'gap':
        return new Paragraph({ text: '' });
      case 'office':
        return new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: block.text, bold: true, size: 28 })] });
      case 'heading':
        return new Paragraph({
          heading: HeadingLevel.HEADING_2,
          spacing: { before: 240, after: 120 },
          children: [new TextRun({ text: block.text, bold: true })],
        });
      case 'quote':
        return new Paragraph({ indent: { left: 567 }, spacing: { after: 120 }, children: [new TextRun({ text: block.text, italics: true })] });
      case 'note':
        return new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: block.text, size: 20, color: '505A5F' })] });
      default:
        return new Paragraph({ spacing: { after: 120 }, children: runsOf(block.text).map((run) => new TextRun({ text: run.text, bold: run.bold })) });
    }
  });
  const document = new Document({
    creator: office,
    title: `${letter.subject} (${letter.reference})`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(document);
}

export function letterPdf(letter: ResponseLetter, office: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `${letter.subject} (${letter.reference})`, Author: office } });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    for (const block of letterBlocks(letter, office)) {
      switch (block.kind) {
        case 'gap':
          pdf.moveDown(0.6);
          break;
        case 'office':
          pdf.font('Helvetica-Bold').fontSize(14).text(block.text, { align: 'right' });
          break;
        case 'heading':
          pdf.moveDown(0.5).font('Helvetica-Bold').fontSize(12).text(block.text).moveDown(0.3);
          break;
        case 'quote':
          pdf.font('Helvetica-Oblique').fontSize(11).text(block.text, { indent: 20 }).moveDown(0.4);
          break;
        case 'note':
          pdf.font('Helvetica').fontSize(9).fillColor('#505a5f').text(block.text).fillColor('black').moveDown(0.4);
          break;
        default: {
          const runs = runsOf(block.text);
          pdf.fontSize(11);
          runs.forEach((run, index) => pdf.font(run.bold ? 'Helvetica-Bold' : 'Helvetica').text(run.text, { continued: index < runs.length - 1 }));
          pdf.moveDown(0.4);
        }
      }
    }
    pdf.end();
  });
}
