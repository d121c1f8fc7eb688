// The recommendations tracker paper for a meeting, opened with real readers (pdftotext for the
// PDF, LibreOffice then pdftotext for the Word document): what waits for a response, overdue
// commitments and what was answered since the last meeting, in that order, and nothing unpublished.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Test } from 'supertest';
import {
  advanceResponse,
  call,
  createMeeting,
  createRecommendation,
  draftResponse,
  expectStatus,
  uniqueWord,
  useSeededApp,
  type Record_,
  type Team,
} from './fixtures';
import type { TestApp } from './harness';
import type { AgendaItem, MeetingDetail } from '@psp/contracts';

const binary = (request: Test) =>
  request.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the recommendations tracker paper', () => {
  let t: TestApp;
  let team: Team;
  let record: Record_;
  let workdir: string;
  useSeededApp((app) => ({ t, team, record } = app));
  beforeAll(() => {
    workdir = mkdtempSync(path.join(tmpdir(), 'psp-tracker-'));
  });
  afterAll(() => rmSync(workdir, { recursive: true, force: true }));

  it('lists what waits, what is overdue and what was answered since the last meeting, and nothing unpublished', async () => {
    const earlier = await createMeeting(t, team.CLERK, { startsAt: '2026-01-10T10:00:00Z' });
    const waitingWord = uniqueWord('waiting');
    const answeredWord = uniqueWord('answered');
    const draftWord = uniqueWord('drafted');
    const waiting = await createRecommendation(t, team.CLERK, {
      meetingId: earlier.id,
      citedVersionId: record.publishedPlanVersionId,
      text: `The Panel recommends ${waitingWord}.`,
    });
    await draftResponse(t, team.OPCC_OFFICER, waiting.id, { text: `Not yet: ${draftWord}.` });
    const answered = await createRecommendation(t, team.CLERK, {
      meetingId: earlier.id,
      citedVersionId: record.publishedPlanVersionId,
      text: `The Panel recommends ${answeredWord}.`,
    });
    const response = await draftResponse(t, team.OPCC_OFFICER, answered.id, { text: 'I accept. I will report to the Panel by January.' });
    expectStatus(
      await call(t, team.OPCC_OFFICER, 'POST', `/api/responses/${response.id}/commitments`, {
        words: 'I will report to the Panel',
        owner: 'The Commissioner',
        dueAt: '2026-01-31T17:00:00Z',
      }),
      201,
    );
    await advanceResponse(t, team, response, 'PUBLISHED');
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2031-01-01T10:00:00Z', title: 'Panel meeting, January 2031' });

    const read = async (format: 'pdf' | 'docx') => {
      const paper = await binary(t.anonymous().get(`/api/meetings/${meeting.id}/tracker.${format}`));
      expect(paper.status).toBe(200);
      const file = path.join(workdir, `tracker.${format}`);
      writeFileSync(file, paper.body as Buffer);
      let pdf = file;
      if (format === 'docx') {
        execFileSync(
          'soffice',
          [`-env:UserInstallation=file://${workdir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(workdir, 'word'), file],
          {
            stdio: 'ignore',
            timeout: 120_000,
          },
        );
        pdf = path.join(workdir, 'word', 'tracker.pdf');
      }
      execFileSync('pdftotext', [pdf, `${pdf}.txt`], { timeout: 30_000 });
      return words(readFileSync(`${pdf}.txt`, 'utf8'));
    };
    for (const format of ['pdf', 'docx'] as const) {
      const text = await read(format);
      const order = [
        'Recommendations tracker',
        'Panel meeting, January 2031',
        '1. Waiting for a response',
        waitingWord,
        '2. Commitments overdue',
        '“I will report to the Panel”',
        '3. Answered since the last meeting',
        answeredWord,
        'accepted in the response published',
      ];
      let from = 0;
      for (const passage of order) {
        const at = text.indexOf(passage, from);
        expect([format, passage, at >= from]).toEqual([format, passage, true]);
        from = at + 1;
      }
      expect(text).not.toContain(draftWord);
    }
    expect((await t.anonymous().get('/api/meetings/no-such-meeting/tracker.pdf')).status).toBe(404);
  }, 180_000);

  it('goes on the agenda as an item whose paper the portal writes, never with a document paper too', async () => {
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2026-03-10T10:00:00Z' });
    const item = expectStatus<AgendaItem>(
      await call(t, team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items`, {
        number: '4',
        title: 'Recommendations tracker',
        generatedPaper: 'RECOMMENDATIONS_TRACKER',
      }),
      201,
    );
    expect(item).toMatchObject({ title: 'Recommendations tracker', paper: null, generatedPaper: 'RECOMMENDATIONS_TRACKER' });
    const shown = expectStatus<MeetingDetail>(await call(t, null, 'GET', `/api/meetings/${meeting.id}`), 200);
    expect(shown.agendaItems.find((i) => i.id === item.id)?.generatedPaper).toBe('RECOMMENDATIONS_TRACKER');
    const both = await call(t, team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items`, {
      number: '5',
      title: 'Tracker and plan',
      generatedPaper: 'RECOMMENDATIONS_TRACKER',
      paperVersionId: record.publishedPlanVersionId,
    });
    expect(both.status).toBe(400);
    expect(both.body).toMatchObject({ errors: [{ path: 'generatedPaper' }] });
  });
});
