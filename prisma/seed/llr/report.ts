// The PCC's report "First 100 days in office" to the panel meeting of 23 September 2016, as plain
// plan-like text for the plan-text parser.
//
// The source is a Markdown rendering of a Word/PDF report: numbered paragraphs appear as list
// items ("- 3. Lord Willy Bach …"), headings as "### **Building Relationships**", and three
// paragraphs (16, 26 and 36) are broken across a page, their continuation appearing as a
// stray list item or a bare line. This normaliser removes that Markdown and rejoins the broken
// paragraphs; the words are the report's own. The cover-sheet fields (Report of / Date /
// Subject / Author) become the document's title and version label instead of provisions, and
// the contact details at the foot (a named officer's telephone and e-mail) are left out.
// Headings stay Markdown headings ("## Summary"): the parser then knows an unnumbered block after
// the last paragraph ("## Implications") starts a section of its own rather than continuing
// paragraph 45.

const HEADING = /^#+\s*(.*)$/;
const NUMBERED = /^-?\s*(\d{1,2})\.\s+(.*)$/;
const BULLET = /^\s{2,}-\s+(.*)$/;

function clean(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

/** The "Implications" table of the report's last page, re-read from its OCR layout (the OCR
 *  interleaves the table's two columns: "Equality - The Police and Crime Plan … / Impact and
 *  supporting documents … / Assessment / Risks and - No risks … / Impact Link to Police and Crime Plan"). */
const IMPLICATIONS = [
  '## Implications',
  '',
  'Financial: This report is an update for the Police and Crime Panel to note and there are no financial implications identified.',
  '',
  'Legal: There are no legal implications identified.',
  '',
  'Equality Impact Assessment: The Police and Crime Plan and the Commissioning Intentions document and supporting documents have been Equality impact assessed.',
  '',
  'Risks and Impact: No risks have been identified.',
  '',
  'List of Appendices: None.',
  '',
  'Background Papers: None.',
];

export function normaliseFirst100DaysReport(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((line) => /Purpose of Report/.test(line));
  const end = lines.findIndex((line) => /Implications/.test(line));
  if (start < 0 || end < 0) throw new Error('First 100 days report: body not found');

  const blocks: string[] = [];
  let paragraph: string | null = null;
  const flush = () => {
    if (paragraph !== null) blocks.push(paragraph);
    paragraph = null;
  };
  for (const raw of lines.slice(start, end)) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') continue;
    const heading = HEADING.exec(line);
    const numbered = NUMBERED.exec(line);
    const bullet = BULLET.exec(line);
    if (heading) {
      flush();
      blocks.push(`## ${clean(heading[1] ?? '')}`);
    } else if (numbered) {
      flush();
      paragraph = `${numbered[1]}. ${clean(numbered[2] ?? '')}`;
    } else if (bullet && paragraph !== null) {
      // Paragraph 41's list: kept inside the paragraph, one item a line.
      paragraph += `\n• ${clean(bullet[1] ?? '')}`;
    } else if (paragraph !== null && !/[.:;!?]$/.test(paragraph)) {
      // The rest of a paragraph broken across a page ("- 2016 to 2017 and a further …").
      paragraph += ` ${clean(line.replace(/^-\s+/, ''))}`;
    } else {
      throw new Error(`First 100 days report: unexpected line "${line}"`);
    }
  }
  flush();
  return [...blocks.flatMap((block) => [block, '']), ...IMPLICATIONS, ''].join('\n');
}
