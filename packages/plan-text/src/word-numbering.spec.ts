import { strToU8, zipSync } from 'fflate';
import { parseDocx } from './docx';
import { PlanImportError } from './errors';
import { MAX_XML_BYTES, readDocxParts, wordListLabels } from './word-numbering';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docx(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
}

const paragraph = (text: string, numId?: number, ilvl = 0) =>
  `<w:p><w:pPr>${numId === undefined ? '' : `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

function caught(run: () => unknown): PlanImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanImportError) return error;
    throw error;
  }
  throw new Error('expected a PlanImportError');
}

describe('wordListLabels', () => {
  const numberingXml = `<w:numbering ${W}>
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="2">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Part %1"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
    <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
  </w:numbering>`;
  const stylesXml = `<w:styles ${W}>
    <w:style w:styleId="ListBase"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
    <w:style w:styleId="ListChild"><w:basedOn w:val="ListBase"/></w:style>
  </w:styles>`;

  it('prints numbers as Word does: levels, formats, overrides, instances that continue, style numbering, bullets', () => {
    const body = [
      paragraph('one', 1),
      paragraph('one A', 1, 1),
      paragraph('one B', 1, 1),
      paragraph('two', 1),
      paragraph('two A', 1, 1),
      paragraph('plain'),
      paragraph('bullet', 3),
      paragraph('five', 2),
      paragraph('six', 2),
      // Another instance of the same abstract numbering without an override continues its counter.
      paragraph('seven', 5),
      `<w:p><w:pPr><w:pStyle w:val="ListChild"/></w:pPr><w:r><w:t>part</w:t></w:r></w:p>`,
      paragraph('not numbered', 0),
    ].join('');
    const parts = readDocxParts(docx({ 'word/document.xml': documentXml(body), 'word/numbering.xml': numberingXml, 'word/styles.xml': stylesXml }));
    expect(wordListLabels(parts ?? {})).toEqual(['1.', '(A)', '(B)', '2.', '(A)', null, '5.', '6.', '7.', 'Part I']);
  });
});

describe('readDocxParts: bounds and refusals', () => {
  it('stops inflating at the limit and names it', () => {
    const huge = documentXml(paragraph('x'.repeat(3 * 1024 * 1024)));
    const error = caught(() => readDocxParts(docx({ 'word/document.xml': huge }), 1024 * 1024));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toBe('The Word document is too large: word/document.xml inflates to more than 1 MB of XML.');
    expect(MAX_XML_BYTES).toBe(20 * 1024 * 1024);
  });

  it('refuses a DTD (billion laughs, external entities) before expanding anything', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document ${W}><w:body>${paragraph('&lol2;')}</w:body></w:document>`;
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body>${paragraph('&x;')}</w:body></w:document>`;
    for (const xml of [laughs, xxe]) {
      const file = docx({ 'word/document.xml': xml });
      const parts = readDocxParts(file);
      const error = caught(() => wordListLabels(parts ?? {}));
      expect(error).toMatchObject({ code: 'UNREADABLE', message: expect.stringContaining('DTD') });
      await expect(parseDocx(Buffer.from(file))).rejects.toMatchObject({ code: 'UNREADABLE', message: expect.stringContaining('DTD') });
    }
  });
});
