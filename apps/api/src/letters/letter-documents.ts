// The response letter as the documents panels circulate (printed by common/paper.ts), laid out
// like the letters OPCCs send — the office, reference
// and date, the addressee, the salutation and subject, then each recommendation quoted in
// italics and followed by the Commissioner's response and the paragraphs it cites, the closing
// and the signatory. Both are built from the letter as its reader may see it (the service reads
// it through the same visibility as the page), so nothing unpublished can reach them.
import type { ResponseLetter } from '@psp/contracts';
import { longDate, OUTCOME_WORDS, paperDocx, paperPdf, paragraphsOf, type Block } from '../common/paper';

const citedParagraphs = (item: ResponseLetter['items'][number]) => item.response.provisions.map((provision) => `Para ${provision.number}`).join(', ');

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

const paperInfo = (letter: ResponseLetter, office: string) => ({ title: `${letter.subject} (${letter.reference})`, author: office });

export const letterDocx = (letter: ResponseLetter, office: string): Promise<Buffer> => paperDocx(letterBlocks(letter, office), paperInfo(letter, office));

export const letterPdf = (letter: ResponseLetter, office: string): Promise<Buffer> => paperPdf(letterBlocks(letter, office), paperInfo(letter, office));
