// Panels, meetings, agenda items and minutes through the API.
import type { AgendaItem, MeetingDetail, Minutes, Panel, PanelDeadline, PanelSummary, ProblemDetails } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import { createTestApp, type TestApp } from './harness';
import { call, createMeeting, expectStatus, openDatabase, PANEL, type Record_, type Team, useSeededApp } from './fixtures';
import { factories } from '@psp/db/src/factories';

describe('panels', () => {
  let t: TestApp;
  let prisma: PrismaClient;

  beforeAll(async () => {
    t = await createTestApp();
    prisma = openDatabase(t);
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await t.close();
  });

  it('lists the panels and summarises one with its recommendations counted by status', async () => {
    const panels = expectStatus<Panel[]>(await call(t, null, 'GET', '/api/panels'), 200);
    expect(panels).toContainEqual({
      slug: 'leicestershire',
      name: 'Leicester, Leicestershire and Rutland Police and Crime Panel',
      forceArea: 'Leicestershire',
      hostAuthority: 'Leicestershire County Council',
      responseDueDays: 28,
    });
    const summary = expectStatus<PanelSummary>(await call(t, null, 'GET', `/api/panels/${PANEL}`), 200);
    const listed = expectStatus<Array<{ status: string }>>(await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations`), 200);
    const tally = { AWAITING_RESPONSE: 0, OVERDUE: 0, RESPONDED: 0, CLOSED: 0 } as Record<string, number>;
    for (const r of listed) tally[r.status] = (tally[r.status] ?? 0) + 1;
    expect(summary).toMatchObject({ slug: PANEL, counts: tally });
    // The seed's fourteen recommendations were all answered in the letter of 2 March 2017.
    expect(summary.counts.RESPONDED).toBe(14);
    expectStatus(await call(t, null, 'GET', '/api/panels/no-such-panel'), 404);
  });

  it('computes the precept timetable from the panel rules, with the state of each date', async () => {
    const past = expectStatus<PanelDeadline[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/deadlines?year=2017`), 200);
    expect(past.map((d) => [d.code, d.date, d.state])).toEqual([
      ['PRECEPT_NOTIFY', '2017-02-01', 'overdue'],
      ['PANEL_PRECEPT_REPORT', '2017-02-08', 'overdue'],
      ['PCC_PRECEPT_RESPONSE', '2017-02-15', 'overdue'],
      ['PANEL_REVISED_PRECEPT_REPORT', '2017-02-22', 'overdue'],
      ['PRECEPT_ISSUE', '2017-03-01', 'overdue'],
    ]);
    const future = expectStatus<PanelDeadline[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/deadlines?year=2100`), 200);
    expect(future).toHaveLength(5);
    expect(future.every((d) => d.state === 'upcoming')).toBe(true);

    // By default the timetable still running or next to come: its last date is not yet past.
    const current = expectStatus<PanelDeadline[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/deadlines`), 200);
    expect(current).toHaveLength(5);
    expect(current.at(-1)?.state).not.toBe('overdue');

    // A panel's own rule replaces the statutory table.
    const other = await prisma.panel.create({ data: { slug: 'local-rules', name: 'Local rules panel', forceArea: 'Elsewhere' } });
    expect(expectStatus(await call(t, null, 'GET', '/api/panels/local-rules/deadlines?year=2030'), 200)).toHaveLength(5);
    await prisma.deadlineRule.create({ data: { panelId: other.id, code: 'BUDGET_BRIEFING', label: 'Budget briefing for members', month: 1, day: 15 } });
    expect(expectStatus(await call(t, null, 'GET', '/api/panels/local-rules/deadlines?year=2030'), 200)).toEqual([
      { code: 'BUDGET_BRIEFING', label: 'Budget briefing for members', date: '2030-01-15', state: 'upcoming' },
    ]);

    expect(expectStatus<ProblemDetails>(await call(t, null, 'GET', `/api/panels/${PANEL}/deadlines?year=soon`), 400).errors).toEqual([
      expect.objectContaining({ path: 'year' }),
    ]);
    expectStatus(await call(t, null, 'GET', `/api/panels/${PANEL}/deadlines?year=1066`), 400);
  });
});

describe('meetings, agenda and minutes', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;

  useSeededApp((app) => ({ t, prisma, team, record } = app));

  it('lists meetings newest first and shows the seeded agenda with its papers and published minutes', async () => {
    const meetings = expectStatus<Array<{ startsAt: string }>>(await call(t, null, 'GET', `/api/panels/${PANEL}/meetings`), 200);
    const starts = meetings.map((m) => m.startsAt);
    expect(starts).toEqual([...starts].sort().reverse());

    const february = expectStatus<MeetingDetail>(await call(t, null, 'GET', `/api/meetings/${record.februaryMeetingId}`), 200);
    const planItem = february.agendaItems.find((item) => item.number === '4');
    expect(planItem?.paper).toMatchObject({ versionId: record.draftPlanVersionId, kind: 'PLAN' });

    const december = meetings.find((m) => m.startsAt.startsWith('2016-12-07')) as unknown as { id: string };
    const withMinutes = expectStatus<MeetingDetail>(await call(t, null, 'GET', `/api/meetings/${december.id}`), 200);
    expect(withMinutes.minutes).toMatchObject({ status: 'PUBLISHED' });
    expect(withMinutes.minutes?.provisions.map((p) => p.number)).toContain('44.ix');
  });

  it('creates and edits a meeting with optimistic locking', async () => {
    const meeting = await createMeeting(t, team.CLERK, { title: 'Budget meeting', startsAt: '2031-02-05T13:00:00Z' });
    expect(expectStatus(await call(t, null, 'GET', `/api/meetings/${meeting.id}`), 200)).toEqual(meeting);

    const edited = expectStatus<MeetingDetail>(
      await call(t, team.CLERK, 'PATCH', `/api/meetings/${meeting.id}`, { title: 'Budget and precept meeting', status: 'HELD', location: '', version: 1 }),
      200,
    );
    expect(edited).toMatchObject({ title: 'Budget and precept meeting', status: 'HELD', location: null, version: 2, startsAt: '2031-02-05T13:00:00.000Z' });

    expect(expectStatus<ProblemDetails>(await call(t, team.CLERK, 'PATCH', `/api/meetings/${meeting.id}`, { title: 'Lost edit', version: 1 }), 409).type).toBe(
      '/problems/stale-version',
    );
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).title).toBe('Budget and precept meeting');
    expect(await prisma.auditEvent.count({ where: { entityType: 'Meeting', entityId: meeting.id } })).toBe(2);
  });

  it('keeps the clerk to their own panel', async () => {
    const make = factories(prisma);
    const elsewhere = await make.panel({ slug: 'elsewhere' });
    const meeting = await make.meeting({ panelId: elsewhere.id });
    expectStatus(await call(t, team.CLERK, 'POST', '/api/panels/elsewhere/meetings', { title: 'Not mine', startsAt: '2030-01-01T10:00:00Z' }), 403);
    expectStatus(await call(t, team.CLERK, 'PATCH', `/api/meetings/${meeting.id}`, { title: 'Not mine', version: 1 }), 403);
    expectStatus(await call(t, team.CLERK, 'PUT', `/api/meetings/${meeting.id}/minutes`, { items: [{ number: '1', text: 'Not mine' }] }), 403);
    // Nor may they cite or attach a paper of another panel.
    const local = await createMeeting(t, team.CLERK);
    const report = await make.version({ documentId: (await make.document({ panelId: elsewhere.id, kind: 'REPORT' })).id });
    const paper = expectStatus<ProblemDetails>(
      await call(t, team.CLERK, 'POST', `/api/meetings/${local.id}/agenda-items`, { number: '1', title: 'Theirs', paperVersionId: report.id }),
      400,
    );
    expect(paper.errors).toEqual([{ path: 'paperVersionId', message: 'No such document version in this panel' }]);
  });

  it('adds agenda items in order, showing a paper only to those who may see its version', async () => {
    const meeting = await createMeeting(t, team.CLERK);
    const first = expectStatus<AgendaItem>(
      await call(t, team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { number: '1', title: 'Apologies' }),
      201,
    );
    expect(first).toEqual({ id: expect.any(String), number: '1', title: 'Apologies', description: null, paper: null });
    const second = expectStatus<AgendaItem>(
      await call(t, team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items`, {
        number: '2',
        title: 'The plan',
        description: 'The published plan',
        paperVersionId: record.publishedPlanVersionId,
      }),
      201,
    );
    expect(second.paper).toMatchObject({ versionId: record.publishedPlanVersionId, kind: 'PLAN', title: 'Police and Crime Plan 2017–2021' });

    // An unpublished plan version is the OPCC's: the clerk cannot attach it, and on an agenda only the OPCC sees it.
    const plan = await prisma.documentVersion.findUniqueOrThrow({ where: { id: record.publishedPlanVersionId } });
    const draft = await prisma.documentVersion.create({ data: { documentId: plan.documentId, sequence: 99, label: 'Draft refresh', status: 'DRAFT' } });
    expectStatus(
      await call(t, team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { number: '3', title: 'Refresh', paperVersionId: draft.id }),
      400,
    );
    await prisma.agendaItem.create({ data: { meetingId: meeting.id, position: 2, number: '3', title: 'Refresh', paperVersionId: draft.id } });

    const publicView = expectStatus<MeetingDetail>(await call(t, null, 'GET', `/api/meetings/${meeting.id}`), 200);
    expect(publicView.agendaItems.map((i) => [i.number, i.paper === null])).toEqual([
      ['1', true],
      ['2', false],
      ['3', true],
    ]);
    const officerView = expectStatus<MeetingDetail>(await call(t, team.OPCC_OFFICER, 'GET', `/api/meetings/${meeting.id}`), 200);
    expect(officerView.agendaItems[2]?.paper).toMatchObject({ versionId: draft.id, label: 'Draft refresh' });
  });

  it('drafts, revises, approves and publishes minutes, keeping item keys from version to version', async () => {
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2020-01-15T13:00:00Z' });
    const path = `/api/meetings/${meeting.id}/minutes`;
    const minutesOf = async (who: Parameters<typeof call>[1]) =>
      expectStatus<MeetingDetail>(await call(t, who, 'GET', `/api/meetings/${meeting.id}`), 200).minutes;

    const invalid = expectStatus<ProblemDetails>(
      await call(t, team.CLERK, 'PUT', path, {
        items: [
          { number: '44', text: 'a' },
          { number: 'Chair', text: 'b' },
          { number: '44', text: 'c' },
        ],
      }),
      400,
    );
    expect(invalid.errors?.map((e) => e.path)).toEqual(['items.1.number', 'items.2.number']);

    const first = expectStatus<Minutes>(
      await call(t, team.CLERK, 'PUT', path, {
        items: [
          { number: '44', heading: "Commissioner's performance update", text: 'The Panel considered the report.' },
          { number: '44(ix)', text: 'RESOLVED that a report on the 101 service be brought to a future meeting.' },
          { number: '45', text: 'The Panel noted the work programme.' },
        ],
      }),
      200,
    );
    expect(first).toMatchObject({ status: 'DRAFT', version: 1, publishedAt: null });
    const [p44, p44ix, p45] = first.provisions;
    expect([p44?.number, p44ix?.number, p45?.number]).toEqual(['44', '44.ix', '45']);
    expect([p44?.depth, p44ix?.depth, p44ix?.parentKey, p44?.heading]).toEqual([0, 1, p44?.provisionKey, "Commissioner's performance update"]);

    // Draft minutes are the clerk's alone.
    expect(await minutesOf(null)).toBeNull();
    expect(await minutesOf(team.PANEL_MEMBER)).toBeNull();
    expect(await minutesOf(team.OPCC_APPROVER)).toBeNull();
    expect(await minutesOf(team.CLERK)).toEqual(first);

    // Saving again needs the version read; the items keep their keys by number.
    expectStatus(await call(t, team.CLERK, 'PUT', path, { items: [{ number: '44', text: 'No version' }] }), 409);
    expectStatus(await call(t, team.CLERK, 'PUT', path, { items: [{ number: '44', text: 'Stale' }], version: 7 }), 409);
    const revised = expectStatus<Minutes>(
      await call(t, team.CLERK, 'PUT', path, {
        items: [
          { number: '43', text: 'Apologies were received.' },
          { number: '44', text: 'The Panel considered the report of the Commissioner.' },
          { number: '44.ix', text: 'RESOLVED that a report on the 101 service be brought to the next meeting.' },
        ],
        version: 1,
      }),
      200,
    );
    expect(revised.version).toBe(2);
    expect(revised.provisions.map((p) => p.number)).toEqual(['43', '44', '44.ix']);
    expect(revised.provisions[1]?.provisionKey).toBe(p44?.provisionKey);
    expect(revised.provisions[2]?.provisionKey).toBe(p44ix?.provisionKey);
    expect(revised.provisions.map((p) => p.provisionKey)).not.toContain(p45?.provisionKey);

    const transitions = `${path}/transitions`;
    expectStatus(await call(t, team.CLERK, 'POST', transitions, { to: 'PUBLISHED', version: 2 }), 409);
    expectStatus(await call(t, team.CLERK, 'POST', transitions, { to: 'APPROVED', version: 1 }), 409);
    const approved = expectStatus<Minutes>(await call(t, team.CLERK, 'POST', transitions, { to: 'APPROVED', version: 2 }), 200);
    expect(approved).toMatchObject({ status: 'APPROVED', version: 3 });
    expect(await minutesOf(null)).toBeNull();
    expectStatus(await call(t, team.CLERK, 'PUT', path, { items: [{ number: '44', text: 'Too late' }], version: 3 }), 409);

    const published = expectStatus<Minutes>(await call(t, team.CLERK, 'POST', transitions, { to: 'PUBLISHED', version: 3 }), 200);
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 4 });
    expect(published.publishedAt).toEqual(expect.any(String));
    expect(await minutesOf(null)).toEqual(published);

    // After publication a save starts a new draft based on the published minutes.
    const correction = expectStatus<Minutes>(
      await call(t, team.CLERK, 'PUT', path, {
        items: [
          { number: '44', text: 'Corrected.' },
          { number: '44.ix', text: 'Unchanged.' },
        ],
        version: 4,
      }),
      200,
    );
    expect(correction).toMatchObject({ status: 'DRAFT', version: 1, documentId: published.documentId });
    expect(correction.versionId).not.toBe(published.versionId);
    expect(correction.provisions.map((p) => p.provisionKey)).toEqual([p44?.provisionKey, p44ix?.provisionKey]);
    const stored = await prisma.documentVersion.findUniqueOrThrow({ where: { id: correction.versionId } });
    expect(stored).toMatchObject({ sequence: 2, basedOnId: published.versionId });
    expect(await minutesOf(null)).toEqual(published);
    expect((await minutesOf(team.CLERK))?.versionId).toBe(correction.versionId);

    const actions = await prisma.auditEvent.findMany({
      where: { entityType: 'DocumentVersion', entityId: { in: [published.versionId, correction.versionId] } },
      orderBy: { id: 'asc' },
    });
    expect(actions.map((a) => a.action)).toEqual(['minutes.drafted', 'minutes.revised', 'minutes.approved', 'minutes.published', 'minutes.drafted']);
  });

  it('refuses to publish the minutes of a meeting that has not started, and returns approved minutes to draft', async () => {
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2099-06-01T13:00:00Z' });
    const path = `/api/meetings/${meeting.id}/minutes`;
    const drafted = expectStatus<Minutes>(await call(t, team.CLERK, 'PUT', path, { items: [{ number: '1', text: 'Apologies were received.' }] }), 200);
    const approved = expectStatus<Minutes>(await call(t, team.CLERK, 'POST', `${path}/transitions`, { to: 'APPROVED', version: drafted.version }), 200);

    const refused = expectStatus<ProblemDetails>(await call(t, team.CLERK, 'POST', `${path}/transitions`, { to: 'PUBLISHED', version: approved.version }), 409);
    expect(refused).toMatchObject({ type: '/problems/meeting-not-started', detail: 'These minutes cannot be published: the meeting has not started yet.' });
    const unchanged = await prisma.documentVersion.findUniqueOrThrow({ where: { id: approved.versionId } });
    expect(unchanged).toMatchObject({ status: 'APPROVED', version: approved.version, publishedAt: null });

    // Back to draft for a correction: stale versions are refused, the draft is editable again, and it is audited.
    expectStatus(await call(t, team.CLERK, 'POST', `${path}/transitions`, { to: 'DRAFT', version: drafted.version }), 409);
    expectStatus(await call(t, team.OPCC_OFFICER, 'POST', `${path}/transitions`, { to: 'DRAFT', version: approved.version }), 403);
    const returned = expectStatus<Minutes>(await call(t, team.CLERK, 'POST', `${path}/transitions`, { to: 'DRAFT', version: approved.version }), 200);
    expect(returned).toMatchObject({ status: 'DRAFT', version: approved.version + 1 });
    expect((await prisma.documentVersion.findUniqueOrThrow({ where: { id: approved.versionId } })).approvedAt).toBeNull();
    const corrected = expectStatus<Minutes>(
      await call(t, team.CLERK, 'PUT', path, { items: [{ number: '1', text: 'Apologies were received from two members.' }], version: returned.version }),
      200,
    );
    expect(corrected).toMatchObject({ status: 'DRAFT', versionId: approved.versionId });
    const actions = await prisma.auditEvent.findMany({ where: { entityType: 'DocumentVersion', entityId: approved.versionId }, orderBy: { id: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual(['minutes.drafted', 'minutes.approved', 'minutes.returned-to-draft', 'minutes.revised']);
    // A published version never goes back.
    expectStatus(await call(t, team.CLERK, 'POST', `${path}/transitions`, { to: 'DRAFT', version: corrected.version }), 409);
  });

  it('corrects, removes and reorders agenda items with the meeting version, audited, until the minutes are published', async () => {
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2020-03-01T13:00:00Z' });
    const add = async (number: string, title: string) =>
      expectStatus<AgendaItem>(await call(t, team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { number, title }), 201);
    const [one, two, three] = [await add('1', 'Apologies'), await add('2', 'Precept'), await add('3', 'Typo item')];
    const base = `/api/meetings/${meeting.id}`;

    const edited = expectStatus<MeetingDetail>(
      await call(t, team.CLERK, 'PATCH', `${base}/agenda-items/${two.id}`, { title: 'Proposed precept', version: 1 }),
      200,
    );
    expect(edited.version).toBe(2);
    expect(edited.agendaItems.map((i) => i.title)).toEqual(['Apologies', 'Proposed precept', 'Typo item']);
    expect(expectStatus<ProblemDetails>(await call(t, team.CLERK, 'PATCH', `${base}/agenda-items/${two.id}`, { title: 'Lost', version: 1 }), 409).type).toBe(
      '/problems/stale-version',
    );
    expectStatus(await call(t, team.CLERK, 'PATCH', `${base}/agenda-items/${two.id}`, { title: '', version: 2 }), 400);
    expectStatus(await call(t, team.OPCC_OFFICER, 'PATCH', `${base}/agenda-items/${two.id}`, { title: 'Not theirs', version: 2 }), 403);
    expectStatus(await call(t, team.CLERK, 'PATCH', `${base}/agenda-items/no-such-item`, { title: 'Nothing', version: 2 }), 404);

    const removed = expectStatus<MeetingDetail>(await call(t, team.CLERK, 'POST', `${base}/agenda-items/${three.id}/remove`, { version: 2 }), 200);
    expect(removed.agendaItems.map((i) => i.id)).toEqual([one.id, two.id]);
    const badOrder = expectStatus<ProblemDetails>(await call(t, team.CLERK, 'PUT', `${base}/agenda-order`, { itemIds: [two.id], version: 3 }), 400);
    expect(badOrder.errors).toEqual([{ path: 'itemIds', message: 'List every item of this agenda once' }]);
    const reordered = expectStatus<MeetingDetail>(await call(t, team.CLERK, 'PUT', `${base}/agenda-order`, { itemIds: [two.id, one.id], version: 3 }), 200);
    expect(reordered.agendaItems.map((i) => i.id)).toEqual([two.id, one.id]);

    const actions = await prisma.auditEvent.findMany({ where: { entityId: { in: [meeting.id, two.id, three.id] } }, orderBy: { id: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual([
      'meeting.created',
      'agendaItem.created',
      'agendaItem.created',
      'agendaItem.updated',
      'agendaItem.removed',
      'agenda.reordered',
    ]);
    const removal = actions.find((a) => a.action === 'agendaItem.removed');
    expect(removal?.before).toMatchObject({ number: '3', title: 'Typo item' });

    // Once the minutes are published, the agenda is part of the record.
    const minutes = expectStatus<Minutes>(await call(t, team.CLERK, 'PUT', `${base}/minutes`, { items: [{ number: '1', text: 'Apologies.' }] }), 200);
    const approved = expectStatus<Minutes>(await call(t, team.CLERK, 'POST', `${base}/minutes/transitions`, { to: 'APPROVED', version: minutes.version }), 200);
    expectStatus(await call(t, team.CLERK, 'POST', `${base}/minutes/transitions`, { to: 'PUBLISHED', version: approved.version }), 200);
    const fixed = expectStatus<ProblemDetails>(await call(t, team.CLERK, 'PATCH', `${base}/agenda-items/${one.id}`, { title: 'Too late', version: 4 }), 409);
    expect(fixed).toMatchObject({ type: '/problems/minutes-published', detail: 'The agenda cannot be changed: the minutes of this meeting are published.' });
    expectStatus(await call(t, team.CLERK, 'PUT', `${base}/agenda-order`, { itemIds: [one.id, two.id], version: 4 }), 409);
  });
});
