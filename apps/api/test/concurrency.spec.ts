// Two people editing the same thing at the same moment: exactly one wins, the other is told (409)
// and nothing of theirs is kept.
import type { PrismaClient } from '@psp/db';
import type { TestApp } from './harness';
import { importDraftPlan } from './documents.fixtures';
import { advanceResponse, call, createMeeting, createRecommendation, draftResponse, type Record_, type Team, useSeededApp } from './fixtures';

describe('concurrent edits', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;

  useSeededApp((app) => ({ t, prisma, team, record } = app));

  async function freshDraft() {
    const meeting = await createMeeting(t, team.CLERK);
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    return draftResponse(t, team.OPCC_OFFICER, recommendation.id, { text: 'The original text.' });
  }

  it('lets exactly one of two officers editing the same draft version win', async () => {
    // Two sessions of the officer, as two people (or two tabs) would have.
    const [first, second] = [await t.signIn('OPCC_OFFICER'), await t.signIn('OPCC_OFFICER')];
    for (let round = 0; round < 5; round++) {
      const draft = await freshDraft();
      const texts = [`First officer's text, round ${round}.`, `Second officer's text, round ${round}.`];
      const results = await Promise.all([
        call(t, first, 'PATCH', `/api/responses/${draft.id}`, {
          text: texts[0],
          citedVersionId: record.publishedPlanVersionId,
          citation: 'para 32',
          version: 1,
        }),
        call(t, second, 'PATCH', `/api/responses/${draft.id}`, { text: texts[1], outcome: 'NOTED', version: 1 }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = results.findIndex((r) => r.status === 200);
      const loser = 1 - winner;
      expect(results[loser]?.body.type).toBe('/problems/stale-version');

      const stored = await prisma.response.findUniqueOrThrow({ where: { id: draft.id }, include: { citations: true } });
      expect(stored.text).toBe(texts[winner]);
      expect(stored.version).toBe(2);
      // The loser's other fields were not applied either.
      expect(stored.outcome).toBe(winner === 1 ? 'NOTED' : 'ACCEPTED');
      expect(stored.citations).toHaveLength(winner === 0 ? 1 : 0);
      expect(await prisma.auditEvent.count({ where: { entityType: 'Response', entityId: draft.id, action: 'response.updated' } })).toBe(1);
    }
  });

  it('publishes a response once when two approvers publish it together', async () => {
    const approved = await advanceResponse(t, team, await freshDraft(), 'APPROVED');
    const other = await t.signIn('OPCC_APPROVER');
    const results = await Promise.all([
      call(t, team.OPCC_APPROVER, 'POST', `/api/responses/${approved.id}/transitions`, { to: 'PUBLISHED', version: approved.version }),
      call(t, other, 'POST', `/api/responses/${approved.id}/transitions`, { to: 'PUBLISHED', version: approved.version }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await prisma.auditEvent.count({ where: { entityType: 'Response', entityId: approved.id, action: 'response.published' } })).toBe(1);
    expect((await prisma.response.findUniqueOrThrow({ where: { id: approved.id } })).version).toBe(approved.version + 1);
  });

  it('keeps one draft of the minutes when the clerk saves from two tabs at once', async () => {
    const meeting = await createMeeting(t, team.CLERK);
    const other = await t.signIn('CLERK');
    const results = await Promise.all([
      call(t, team.CLERK, 'PUT', `/api/meetings/${meeting.id}/minutes`, { items: [{ number: '1', text: 'From the first tab' }] }),
      call(t, other, 'PUT', `/api/meetings/${meeting.id}/minutes`, { items: [{ number: '1', text: 'From the second tab' }] }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await prisma.document.count({ where: { meetingId: meeting.id } })).toBe(1);
    expect(await prisma.documentVersion.count({ where: { document: { meetingId: meeting.id } } })).toBe(1);
  });

  it('lets exactly one of ten simultaneous replacements of a version’s amendment links win, with one audit event that matches it', async () => {
    const { version: draft, newParagraph } = await importDraftPlan(team.OPCC_OFFICER, 'Wallabyford');
    const bodies = Array.from({ length: 10 }, (_, i) => ({
      amendments: [{ provisionKey: newParagraph.provisionKey, responseId: null, note: `Editorial note ${i}` }],
      version: draft.version,
    }));
    const answers = await Promise.all(bodies.map((body) => call(t, team.OPCC_OFFICER, 'PUT', `/api/document-versions/${draft.id}/amendments`, body)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array.from({ length: 9 }, () => 409)]);
    const winner = answers.findIndex((a) => a.status === 200);
    const stored = await prisma.amendment.findMany({ where: { toVersionId: draft.id } });
    expect(stored.map((a) => a.note)).toEqual([`Editorial note ${winner}`]);
    const audit = await prisma.auditEvent.findMany({ where: { entityId: draft.id, action: 'documentVersion.amendmentsReplaced' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ amendments: [{ provisionKey: newParagraph.provisionKey, responseId: null, note: `Editorial note ${winner}` }] });
  });
});
