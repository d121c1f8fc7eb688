// Uploads built to hurt the server (the attacks of issue 11): zip bombs that inflate to hundreds
// of megabytes in the part our reader bounds and in a part only mammoth reads, a paragraph of
// millions of characters, 60,000 numbered paragraphs, billion laughs and XXE. Each is refused
// with a problem naming `file`, nothing is stored, and meanwhile the API keeps answering
// /api/health (asserted to answer, never timed): the parse runs in a worker with its own limits.
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ProblemDetails } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import { PLAN } from './documents.fixtures';
import { useSeededApp, type Team } from './fixtures';
import type { TestApp } from './harness';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraphs = (texts: string[]) => texts.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
const documentXml = (body: string, prolog = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document ${W}><w:body>${body}</w:body></w:document>`;

type Part = { name: string; text: string } | { name: string; repeat: { head: string; unit: string; bytes: number; tail: string } };

/** A .docx whose parts are given whole or as `head + unit × n + tail`, deflated as a stream (so a 450 MB part never sits in memory). */
function docx(parts: Part[]): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const encoder = new TextEncoder();
  for (const part of parts) {
    const file = 'text' in part && part.text.length < 10_000 ? new ZipPassThrough(part.name) : new ZipDeflate(part.name, { level: 1 });
    zip.add(file);
    if ('text' in part) {
      file.push(encoder.encode(part.text), true);
      continue;
    }
    file.push(encoder.encode(part.repeat.head));
    const block = encoder.encode(part.repeat.unit.repeat(Math.ceil((8 * 1024 * 1024) / part.repeat.unit.length)));
    for (let written = 0; written < part.repeat.bytes; written += block.length) file.push(block);
    file.push(encoder.encode(part.repeat.tail), true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

const basic = (documentPart: Part, extra: Part[] = []) => [
  { name: '[Content_Types].xml', text: CONTENT_TYPES },
  { name: '_rels/.rels', text: ROOT_RELS },
  { name: 'word/_rels/document.xml.rels', text: DOCUMENT_RELS },
  documentPart,
  ...extra,
];

describe('uploads that cannot hurt the server', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;

  useSeededApp((app) => ({ t, prisma, team } = app));

  /** Uploads the file while asking /api/health over and over; returns the import's answer and every health answer. */
  async function uploadWatchingHealth(name: string, content: Buffer, type: string) {
    const versionsBefore = await prisma.documentVersion.count();
    let importing = true;
    const health: number[] = [];
    const watcher = (async () => {
      while (importing) {
        health.push((await t.anonymous().get('/api/health')).status);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    const answer = await team.OPCC_OFFICER.agent
      .post(`/api/documents/${PLAN}/versions`)
      .set('X-CSRF-Token', team.OPCC_OFFICER.csrfToken)
      .field('label', `Bomb ${name}`)
      .attach('file', content, { filename: name, contentType: type });
    importing = false;
    await watcher;
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((status) => status === 200)).toBe(true);
    expect((await t.anonymous().get('/api/health')).status).toBe(200);
    expect(await prisma.documentVersion.count()).toBe(versionsBefore);
    return answer;
  }
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  const fileError = (answer: { body: unknown }) => (answer.body as ProblemDetails).errors?.[0];

  it('refuses a document.xml that inflates to 450 MB (one <w:t>), without reading it all', async () => {
    const bomb = docx(
      basic({
        name: 'word/document.xml',
        repeat: {
          head: documentXml('').replace('</w:body></w:document>', '<w:p><w:r><w:t>'),
          unit: 'a',
          bytes: 450 * 1024 * 1024,
          tail: '</w:t></w:r></w:p></w:body></w:document>',
        },
      }),
    );
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const answer = await uploadWatchingHealth('bomb-450.docx', bomb, DOCX);
    expect(answer.status).toBe(413);
    expect(fileError(answer)).toEqual({ path: 'file', message: expect.stringContaining('MB') });
  });

  it('stops, in its worker, a part only the Word reader inflates (450 MB of footnotes)', async () => {
    const bomb = docx(
      basic({ name: 'word/document.xml', text: documentXml(paragraphs(['1. A paragraph.', '2. Another.'])) }, [
        {
          name: 'word/footnotes.xml',
          repeat: {
            head: `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}><w:footnote w:id="1"><w:p><w:r><w:t>`,
            unit: 'footnote ',
            bytes: 450 * 1024 * 1024,
            tail: '</w:t></w:r></w:p></w:footnote></w:footnotes>',
          },
        },
      ]),
    );
    const answer = await uploadWatchingHealth('bomb-footnotes.docx', bomb, DOCX);
    expect([413, 422]).toContain(answer.status);
    expect(fileError(answer)?.path).toBe('file');
  });

  it('refuses one paragraph of millions of characters, and 60,000 numbered paragraphs', async () => {
    const long = Buffer.from(`1. ${'word '.repeat(1_000_000)}\n\n2. The next paragraph.\n`);
    const longAnswer = await uploadWatchingHealth('long.txt', long, 'text/plain');
    expect(longAnswer.status).toBe(413);
    expect(fileError(longAnswer)).toEqual({ path: 'file', message: expect.stringContaining('at most 50,000') });

    const many = Buffer.from(Array.from({ length: 60_000 }, (_, i) => `${i + 1}. Paragraph ${i + 1}.`).join('\n\n'));
    const manyAnswer = await uploadWatchingHealth('many.txt', many, 'text/plain');
    // Refused by a size limit (paragraphs numbered past 999 read as text, so the last paragraph grows past its limit too).
    expect(manyAnswer.status).toBe(413);
    expect(fileError(manyAnswer)).toEqual({ path: 'file', message: expect.stringMatching(/at most (5,000|50,000)/) });
  });

  it('refuses billion laughs and XXE', async () => {
    const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>`;
    const xxe = `<!DOCTYPE doc [<!ENTITY secret SYSTEM "file:///etc/passwd">]>`;
    for (const [name, prolog, text] of [
      ['laughs.docx', laughs, '1. &lol9;'],
      ['xxe.docx', xxe, '1. &secret;'],
    ] as const) {
      const answer = await uploadWatchingHealth(name, docx(basic({ name: 'word/document.xml', text: documentXml(paragraphs([text]), prolog) })), DOCX);
      expect(answer.status).toBe(422);
      expect(fileError(answer)?.path).toBe('file');
      expect(JSON.stringify(answer.body)).not.toContain('root:');
    }
  });
});
