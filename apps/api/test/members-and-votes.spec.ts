// The panel's members over time, decisions with each member's vote, and the statutory veto: two-thirds
// of the persons who are members on the day of the decision (a term that ended the day before does
// not count), refused with the count when the votes do not reach it.
import type { AgendaItem, Decision, MeetingDetail, PanelMember } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import { call, createMeeting, expectStatus, PANEL, useSeededApp, type Team } from './fixtures';
import type { TestApp } from './harness';

describe('members, votes and the veto', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  useSeededApp((app) => ({ t, prisma, team } = app));

  const COUNCILS = ['Leicester City Council', 'Leicestershire County Council', 'Rutland County Council', 'Blaby District Council'];
  const current: PanelMember[] = [];
  let leftTheDayBefore: PanelMember;
  let meeting: MeetingDetail;
  let precept: AgendaItem;

  beforeAll(async () => {
    // Ten councillors and two independent members on the day; one councillor whose term ended the day before.
    for (let i = 1; i <= 12; i += 1) {
      const independent = i > 10;
      current.push(
        expectStatus<PanelMember>(
          await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/members`, {
            name: `${independent ? 'Independent member' : 'Councillor'} ${String.fromCharCode(64 + i)}`,
            kind: independent ? 'INDEPENDENT' : 'COUNCILLOR',
            ...(independent ? {} : { council: COUNCILS[i % COUNCILS.length] }),
            office: i === 1 ? 'CHAIR' : i === 2 ? 'VICE_CHAIR' : 'MEMBER',
            startsOn: '2025-05-22',
          }),
          201,
        ),
      );
    }
    leftTheDayBefore = expectStatus<PanelMember>(
      await call(t, team.ADMIN, 'POST', `/api/panels/${PANEL}/members`, {
        name: 'Councillor Former',
        kind: 'COUNCILLOR',
        council: 'Melton Borough Council',
        startsOn: '2025-05-22',
        endsOn: '2026-02-04',
      }),
      201,
    );
    meeting = await createMeeting(t, team.CLERK, { title: 'Precept meeting', startsAt: '2026-02-05T14:00:00Z' });
    precept = expectStatus<AgendaItem>(
      await call(t, team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { number: '5', title: 'Proposed precept 2026/27' }),
      201,
    );
  });

  const decide = (body: Record<string, unknown>, item = precept) =>
    call(t, team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items/${item.id}/decisions`, body);
  const votesFor = (members: PanelMember[], vote: string) => members.map((member) => ({ memberId: member.id, vote }));

  it('lists the members on a day, and every term with all=true, for anyone', async () => {
    const onTheDay = expectStatus<PanelMember[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/members?on=2026-02-05`), 200);
    expect(onTheDay.map((m) => m.id).sort()).toEqual(current.map((m) => m.id).sort());
    const dayBefore = expectStatus<PanelMember[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/members?on=2026-02-04`), 200);
    expect(dayBefore).toHaveLength(13);
    expect(expectStatus<PanelMember[]>(await call(t, null, 'GET', `/api/panels/${PANEL}/members?all=true`), 200)).toHaveLength(13);
    expect(onTheDay.find((m) => m.office === 'CHAIR')).toMatchObject({ kind: 'COUNCILLOR', council: expect.any(String), votingRights: true, endsOn: null });
    const bad = await call(t, null, 'GET', `/api/panels/${PANEL}/members?on=2026-02-30`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ errors: [{ path: 'on' }] });
  });

  it('refuses a veto that does not reach two-thirds of the members on the day, with the count, recording nothing', async () => {
    // 7 for and 5 against: 7 of the 12 present is not two-thirds of the 12 members.
    const short = await decide({
      kind: 'PRECEPT_VETO',
      motion: 'That the panel vetoes the proposed precept.',
      outcome: 'CARRIED',
      votes: [...votesFor(current.slice(0, 7), 'FOR'), ...votesFor(current.slice(7), 'AGAINST')],
    });
    expect(short.status).toBe(422);
    expect(short.body).toMatchObject({
      type: '/problems/decision-count',
      detail: 'The veto is not carried: 7 of 12 members voted for the veto: it needs 8.',
      errors: [{ path: 'outcome', message: '7 of 12 members voted for the veto: it needs 8' }],
    });
    // The member whose term ended the day before may not vote.
    const former = await decide({
      kind: 'PRECEPT_VETO',
      motion: 'Veto.',
      outcome: 'CARRIED',
      votes: votesFor([...current.slice(0, 7), leftTheDayBefore], 'FOR'),
    });
    expect(former.status).toBe(400);
    expect(former.body).toMatchObject({ errors: [{ path: 'votes.7.memberId', message: 'Not a member of the panel on 2026-02-05' }] });
    expect(await prisma.decision.count({ where: { agendaItemId: precept.id } })).toBe(0);
  });

  it('records a veto carried by 8 of 12, the four not listed absent, and shows it on the public meeting', async () => {
    const carried = expectStatus<Decision>(
      await decide({
        kind: 'PRECEPT_VETO',
        motion: 'That the panel vetoes the proposed precept.',
        outcome: 'CARRIED',
        votes: votesFor(current.slice(0, 8), 'FOR'),
      }),
      201,
    );
    expect(carried).toMatchObject({
      outcome: 'CARRIED',
      decidedOn: '2026-02-05',
      membersOnDay: 12,
      needed: 8,
      counts: { FOR: 8, AGAINST: 0, ABSTAIN: 0, ABSENT: 4 },
      arithmetic: '8 of 12 members voted for the veto: it needs 8',
    });
    expect(carried.votes).toHaveLength(12);
    const shown = expectStatus<MeetingDetail>(await call(t, null, 'GET', `/api/meetings/${meeting.id}`), 200);
    expect(shown.decisions).toEqual([carried]);
    const audit = await prisma.auditEvent.findFirst({ where: { entityId: carried.id, action: 'decision.recorded' } });
    expect(audit).not.toBeNull();
  });

  it('holds an ordinary decision to the votes cast, a tie to the chair’s casting vote', async () => {
    const item = expectStatus<AgendaItem>(
      await call(t, team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { number: '6', title: 'Work programme' }),
      201,
    );
    const wrong = await decide(
      { kind: 'ORDINARY', motion: 'That the work programme be agreed.', outcome: 'CARRIED', votes: votesFor(current.slice(0, 3), 'AGAINST') },
      item,
    );
    expect(wrong.status).toBe(422);
    const tie = await decide(
      {
        kind: 'ORDINARY',
        motion: 'That the work programme be agreed.',
        outcome: 'CARRIED',
        votes: [...votesFor(current.slice(0, 2), 'FOR'), ...votesFor(current.slice(2, 4), 'AGAINST')],
      },
      item,
    );
    expect(expectStatus<Decision>(tie, 201).arithmetic).toBe('2 for, 2 against, 0 abstaining, 8 absent (a tie: the chair has the casting vote)');
  });

  it('refuses decisions before the meeting, other roles, and a member with no voting rights voting', async () => {
    const future = await createMeeting(t, team.CLERK, { startsAt: '2099-02-05T14:00:00Z' });
    const item = expectStatus<AgendaItem>(await call(t, team.CLERK, 'POST', `/api/meetings/${future.id}/agenda-items`, { number: '1', title: 'Precept' }), 201);
    const early = await call(t, team.CLERK, 'POST', `/api/meetings/${future.id}/agenda-items/${item.id}/decisions`, {
      kind: 'ORDINARY',
      motion: 'x',
      outcome: 'LOST',
      votes: [],
    });
    expect(early.status).toBe(409);
    for (const who of ['PANEL_MEMBER', 'OPCC_OFFICER', 'OPCC_APPROVER'] as const) {
      expect(
        (
          await call(t, team[who], 'POST', `/api/meetings/${meeting.id}/agenda-items/${precept.id}/decisions`, {
            kind: 'ORDINARY',
            motion: 'x',
            outcome: 'LOST',
            votes: [],
          })
        ).status,
      ).toBe(403);
    }
    const observer = expectStatus<PanelMember>(
      await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/members`, {
        name: 'Co-opted observer',
        kind: 'INDEPENDENT',
        votingRights: false,
        startsOn: '2026-01-01',
      }),
      201,
    );
    const item2 = expectStatus<AgendaItem>(
      await call(t, team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items`, { number: '7', title: 'Any other business' }),
      201,
    );
    const refused = await decide({ kind: 'ORDINARY', motion: 'x', outcome: 'CARRIED', votes: [{ memberId: observer.id, vote: 'FOR' }] }, item2);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ errors: [{ path: 'votes.0.vote', message: 'Co-opted observer has no voting rights' }] });
  });

  it('corrects a term with the version read, refusing a stale one and an end before the start, and never for other roles', async () => {
    const member = current[11] as PanelMember;
    const ended = expectStatus<PanelMember>(
      await call(t, team.CLERK, 'PATCH', `/api/members/${member.id}`, { endsOn: '2026-05-21', version: member.version }),
      200,
    );
    expect(ended).toMatchObject({ endsOn: '2026-05-21', version: member.version + 1 });
    expect((await call(t, team.CLERK, 'PATCH', `/api/members/${member.id}`, { office: 'CHAIR', version: member.version })).status).toBe(409);
    const backwards = await call(t, team.CLERK, 'PATCH', `/api/members/${member.id}`, { endsOn: '2020-01-01', version: ended.version });
    expect(backwards.status).toBe(422);
    expect(backwards.body).toMatchObject({ errors: [{ path: 'endsOn' }] });
    expect((await call(t, team.OPCC_OFFICER, 'PATCH', `/api/members/${member.id}`, { office: 'CHAIR', version: ended.version })).status).toBe(403);
    const councillorWithoutCouncil = await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/members`, {
      name: 'X',
      kind: 'COUNCILLOR',
      startsOn: '2026-01-01',
    });
    expect(councillorWithoutCouncil.status).toBe(400);
    expect(councillorWithoutCouncil.body).toMatchObject({ errors: [{ path: 'council' }] });
  });

  it('records attendance (present, apologies, substituted) and declarations, shown on the public meeting, for members on the day only', async () => {
    const version = expectStatus<MeetingDetail>(await call(t, null, 'GET', `/api/meetings/${meeting.id}`), 200).version;
    const [chair, vice, third] = current;
    if (!chair || !vice || !third) throw new Error('members missing');
    const records = [
      { memberId: chair.id, status: 'PRESENT' },
      { memberId: vice.id, status: 'APOLOGIES' },
      { memberId: third.id, status: 'SUBSTITUTED', substitute: 'Councillor Deputy' },
    ];
    const missingSubstitute = await call(t, team.CLERK, 'PUT', `/api/meetings/${meeting.id}/attendance`, {
      records: [{ memberId: third.id, status: 'SUBSTITUTED' }],
      version,
    });
    expect(missingSubstitute.status).toBe(400);
    expect(missingSubstitute.body).toMatchObject({ errors: [{ path: 'records.0.substitute' }] });
    const former = await call(t, team.CLERK, 'PUT', `/api/meetings/${meeting.id}/attendance`, {
      records: [{ memberId: leftTheDayBefore.id, status: 'PRESENT' }],
      version,
    });
    expect(former.body).toMatchObject({ errors: [{ path: 'records.0.memberId', message: 'Not a member of the panel on 2026-02-05' }] });
    expectStatus(await call(t, team.CLERK, 'PUT', `/api/meetings/${meeting.id}/attendance`, { records, version }), 200);
    expect((await call(t, team.CLERK, 'PUT', `/api/meetings/${meeting.id}/attendance`, { records, version })).status).toBe(409);
    expect((await call(t, team.PANEL_MEMBER, 'PUT', `/api/meetings/${meeting.id}/attendance`, { records, version: version + 1 })).status).toBe(403);
    expectStatus(
      await call(t, team.CLERK, 'POST', `/api/meetings/${meeting.id}/agenda-items/${precept.id}/declarations`, {
        memberId: chair.id,
        interest: 'A council tax payer in the force area (not disclosable).',
      }),
      201,
    );
    const shown = expectStatus<MeetingDetail>(await call(t, null, 'GET', `/api/meetings/${meeting.id}`), 200);
    expect(shown.attendance?.map((a) => [a.name, a.status, a.substitute])).toEqual(
      [
        [chair.name, 'PRESENT', null],
        [vice.name, 'APOLOGIES', null],
        [third.name, 'SUBSTITUTED', 'Councillor Deputy'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(shown.declarations).toEqual([
      expect.objectContaining({ agendaItemId: precept.id, name: chair.name, interest: 'A council tax payer in the force area (not disclosable).' }),
    ]);
  });
});
