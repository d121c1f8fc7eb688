// Statutory procedures tracked step by step: the precept on its statutory days (listed before
// anything is recorded), the revised-precept report only after a veto, the confirmation hearing's
// report within three weeks beginning with the day of notification, each step with its paper,
// meeting and decision, recorded by the clerk only.
import type { Decision, ProcedureView } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import { call, createMeeting, expectStatus, PANEL, useSeededApp, type Team } from './fixtures';
import type { TestApp } from './harness';

describe('statutory procedures', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  useSeededApp((app) => ({ t, prisma, team } = app));

  const list = async (year?: number) =>
    expectStatus<ProcedureView[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/procedures${year ? `?year=${year}` : ''}`), 200);

  it('lists the precept of a year on its statutory days before anything is recorded', async () => {
    const [precept] = await list(2030);
    expect(precept).toMatchObject({ id: null, kind: 'PRECEPT', year: 2030, title: 'Precept 2030/31', vetoed: false });
    expect(precept?.steps.map((s) => [s.code, s.dueOn, s.state])).toEqual([
      ['PRECEPT_NOTIFY', '2030-02-01', 'upcoming'],
      ['PANEL_PRECEPT_REPORT', '2030-02-08', 'upcoming'],
      ['PCC_PRECEPT_RESPONSE', '2030-02-15', 'upcoming'],
      ['PANEL_REVISED_PRECEPT_REPORT', '2030-02-22', 'not-applicable'],
      ['PRECEPT_ISSUE', '2030-03-01', 'upcoming'],
    ]);
    // A past year's timetable, nothing recorded: every applicable step is overdue.
    const [past] = await list(2020);
    expect(past?.steps.filter((s) => s.state === 'overdue').map((s) => s.code)).toEqual([
      'PRECEPT_NOTIFY',
      'PANEL_PRECEPT_REPORT',
      'PCC_PRECEPT_RESPONSE',
      'PRECEPT_ISSUE',
    ]);
  });

  it('tracks a precept veto: the report step records the decision, and the revised-precept report then applies', async () => {
    const started = expectStatus<ProcedureView>(
      await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/procedures`, { kind: 'PRECEPT', title: 'Precept 2026/27', year: 2026 }),
      201,
    );
    expect((await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/procedures`, { kind: 'PRECEPT', title: 'Again', year: 2026 })).status).toBe(409);
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2026-02-05T14:00:00Z' });
    const item = expectStatus<{ id: string }>(
      await call(t, team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { number: '1', title: 'Proposed precept' }),
      201,
    );
    const decision = expectStatus<Decision>(
      await call(t, team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items/${item.id}/decisions`, {
        kind: 'ORDINARY',
        motion: 'Note the report.',
        outcome: 'LOST',
        votes: [],
      }),
      201,
    );
    const notified = expectStatus<ProcedureView>(
      await call(t, team.CLERK, 'POST', `/api/procedures/${started.id}/steps/PRECEPT_NOTIFY`, { doneOn: '2026-01-30', version: started.version }),
      201,
    );
    const reported = expectStatus<ProcedureView>(
      await call(t, team.CLERK, 'POST', `/api/procedures/${started.id}/steps/PANEL_PRECEPT_REPORT`, {
        doneOn: '2026-02-05',
        meetingId: meeting.id,
        decisionId: decision.id,
        vetoed: true,
        note: 'The panel vetoed the proposed precept.',
        version: notified.version,
      }),
      201,
    );
    expect(reported.vetoed).toBe(true);
    expect(reported.steps.find((s) => s.code === 'PANEL_PRECEPT_REPORT')).toMatchObject({
      state: 'done',
      doneOn: '2026-02-05',
      meeting: { id: meeting.id },
      decisionId: decision.id,
    });
    expect(reported.steps.find((s) => s.code === 'PANEL_REVISED_PRECEPT_REPORT')).toMatchObject({ dueOn: '2026-02-22', state: 'overdue' });
    // Done once; a stale version, an unknown step, a meeting of another panel's are refused; only the clerk records.
    expect(
      (await call(t, team.CLERK, 'POST', `/api/procedures/${started.id}/steps/PRECEPT_NOTIFY`, { doneOn: '2026-01-30', version: reported.version })).status,
    ).toBe(409);
    expect((await call(t, team.CLERK, 'POST', `/api/procedures/${started.id}/steps/PRECEPT_ISSUE`, { doneOn: '2026-02-28', version: 1 })).status).toBe(409);
    expect(
      (await call(t, team.CLERK, 'POST', `/api/procedures/${started.id}/steps/NO_SUCH_STEP`, { doneOn: '2026-02-28', version: reported.version })).status,
    ).toBe(404);
    const badMeeting = await call(t, team.CLERK, 'POST', `/api/procedures/${started.id}/steps/PRECEPT_ISSUE`, {
      doneOn: '2026-02-28',
      meetingId: 'nope',
      version: reported.version,
    });
    expect(badMeeting.status).toBe(400);
    expect(badMeeting.body).toMatchObject({ errors: [{ path: 'meetingId' }] });
    expect(
      (await call(t, team.OPCC_OFFICER, 'POST', `/api/procedures/${started.id}/steps/PRECEPT_ISSUE`, { doneOn: '2026-02-28', version: reported.version }))
        .status,
    ).toBe(403);
    expect(await prisma.auditEvent.count({ where: { entityId: started.id ?? '' } })).toBe(3);
  });

  it('gives a confirmation hearing its report day: three weeks beginning with the day the panel was notified', async () => {
    const hearing = expectStatus<ProcedureView>(
      await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/procedures`, {
        kind: 'CONFIRMATION_HEARING',
        title: 'Proposed chief constable',
        startedOn: '2027-03-01',
      }),
      201,
    );
    expect(hearing.steps.find((s) => s.code === 'PANEL_REPORT')?.dueOn).toBe('2027-03-21');
    expect((await list()).some((p) => p.id === hearing.id)).toBe(true);
    const missingDay = await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/procedures`, { kind: 'CONFIRMATION_HEARING', title: 'No day' });
    expect(missingDay.status).toBe(400);
    expect(missingDay.body).toMatchObject({ errors: [{ path: 'startedOn' }] });
    // A panel's own period replaces the default.
    const panel = await prisma.panel.findUniqueOrThrow({ where: { slug: PANEL } });
    await prisma.procedureRule.create({ data: { panelId: panel.id, kind: 'PLAN_REVIEW', code: 'PANEL_REPORT', daysAfterStart: 28 } });
    const review = expectStatus<ProcedureView>(
      await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/procedures`, { kind: 'PLAN_REVIEW', title: 'Draft plan 2027', startedOn: '2027-01-10' }),
      201,
    );
    expect(review.steps.find((s) => s.code === 'PANEL_REPORT')?.dueOn).toBe('2027-02-07');
    expect(review.steps.find((s) => s.code === 'PCC_RESPONSE')).toMatchObject({ dueOn: null, state: 'no-deadline' });
  });
});
