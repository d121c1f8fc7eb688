// The response letter as Word and PDF, opened with real readers: LibreOffice turns the .docx into
// a PDF, pdftotext reads both PDFs, and the text, its order and the recommendation numbers must be
// the letter's. A draft letter is no document the public can download.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResponseLetter } from '@psp/contracts';
import type { Response as HttpResponse, Test } from 'supertest';
import { advanceResponse, call, createMeeting, createRecommendation, draftResponse, expectStatus, useSeededApp, type Record_, type Team } from './fixtures';
import type { TestApp } from './harness';

const binary = (request: Test) =>
  request.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** The words of a text in reading order, one space apart: what a reader reads, whatever the line breaks. */
const words = (text: string) => text.replace(/\*\*/g, '').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

describe('the response letter as Word and PDF', () => {
  let t: TestApp;
  let team: Team;
  let record: Record_;
  let workdir: string;
  useSeededApp((app) => ({ t, team, record } = app));
  beforeAll(() => {
    workdir = mkdtempSync(path.join(tmpdir(), 'psp-letter-'));
  });
  afterAll(() => rmSync(workdir, { recursive: true, force: true }));

  const pdfText = (file: string) => {
    execFileSync('pdftotext', [file, `${file}.txt`], { timeout: 30_000 });
    return words(readFileSync(`${file}.txt`, 'utf8'));
  };

  /** Every recommendation and response of the letter, in the letter's order, in the text read back. */
  const expectLetterIn = (text: string, letter: ResponseLetter) => {
    let from = 0;
    const expectNext = (passage: string) => {
      const at = text.indexOf(words(passage), from);
      expect([passage.slice(0, 60), at >= from]).toEqual([passage.slice(0, 60), true]);
      from = at + 1;
    };
    expectNext(`Our ref: ${letter.reference}`);
    expectNext(letter.subject);
    for (const item of letter.items) {
      expectNext(`Recommendation ${item.recommendation.number}`);
      expectNext(item.recommendation.text.slice(0, 80));
      expectNext(item.response.text.slice(0, 80));
    }
    expectNext(letter.signatory);
  };

  it('prints the published letter, each recommendation in order followed by its response, as PDF and as Word', async () => {
    const letter = expectStatus<ResponseLetter>(await call(t, null, 'GET', `/api/letters/${record.seededLetterId}`), 200);
    expect(letter.items.length).toBe(14);

    const pdf: HttpResponse = await binary(t.anonymous().get(`/api/letters/${record.seededLetterId}/letter.pdf`));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="response-letter-[a-z0-9-]+\.pdf"$/);
    const pdfFile = path.join(workdir, 'letter.pdf');
    writeFileSync(pdfFile, pdf.body as Buffer);
    expectLetterIn(pdfText(pdfFile), letter);

    const docx: HttpResponse = await binary(t.anonymous().get(`/api/letters/${record.seededLetterId}/letter.docx`));
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const docxFile = path.join(workdir, 'letter.docx');
    writeFileSync(docxFile, docx.body as Buffer);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${workdir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(workdir, 'word'), docxFile],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    expectLetterIn(pdfText(path.join(workdir, 'word', 'letter.pdf')), letter);
  }, 180_000);

  it('gives the public no document of a draft letter, and its approver both', async () => {
    const meeting = await createMeeting(t, team.CLERK);
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    const response = await advanceResponse(t, team, await draftResponse(t, team.OPCC_OFFICER, recommendation.id), 'APPROVED');
    const draft = expectStatus<ResponseLetter>(
      await call(t, team.OPCC_APPROVER, 'POST', '/api/panels/leicestershire/letters', {
        reference: 'OPCC/DRAFT/1',
        date: '2030-06-02T09:00:00Z',
        addressee: 'Chair, Police and Crime Panel',
        subject: 'A draft answer',
        signatory: 'The Commissioner',
        responseIds: [response.id],
      }),
      201,
    );
    for (const format of ['pdf', 'docx']) {
      expect((await t.anonymous().get(`/api/letters/${draft.id}/letter.${format}`)).status).toBe(404);
      expect((await team.CLERK.agent.get(`/api/letters/${draft.id}/letter.${format}`)).status).toBe(404);
      expect((await binary(team.OPCC_APPROVER.agent.get(`/api/letters/${draft.id}/letter.${format}`))).status).toBe(200);
    }
  });
});
