// A paper as panels circulate it, in Word (.docx, with the `docx` library) and PDF (with PDFKit,
// no browser): one list of blocks, printed the same way by both. The response letter and the
// recommendations tracker are built as blocks; this file only prints them.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import type { ResponseOutcome } from '@psp/contracts';

/** A response's outcome as a paper words it. */
export const OUTCOME_WORDS: Record<ResponseOutcome, string> = {
  ACCEPTED: 'Accepted',
  PARTIALLY_ACCEPTED: 'Partly accepted',
  NOT_ACCEPTED: 'Not accepted',
  NOTED: 'Noted',
  ALREADY_ADDRESSED: 'Already addressed',
};

/** "2 March 2017": a date as a paper prints it, in Europe/London. */
export const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date(iso));

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
export const paragraphsOf = (text: string | null | undefined) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);

/** What each document prints, in order: one list shared by the Word and PDF renderings. */
export type Block = { kind: 'office' | 'meta' | 'body' | 'quote' | 'note' | 'signature'; text: string } | { kind: 'heading'; text: string } | { kind: 'gap' };

/** What a paper says of itself: its title and who made it. */
export interface PaperInfo {
  title: string;
  author: string;
}

export async function paperDocx(blocks: readonly Block[], info: PaperInfo): Promise<Buffer> {
  const paragraphs = blocks.map((block) => {
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
    creator: info.author,
    title: info.title,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(document);
}

export function paperPdf(blocks: readonly Block[], info: PaperInfo): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 56, info: { Title: info.title, Author: info.author } });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    for (const block of blocks) {
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
