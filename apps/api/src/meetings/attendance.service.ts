import { Injectable } from '@nestjs/common';
import type { AttendanceRecord, Declaration, DeclareInterestInput, FieldError, SetAttendanceInput } from '@psp/contracts';
import { londonDay } from '@psp/domain';
import { AuditRepository } from '../common/audit.repository';
import { badRequest, notFound, staleVersion } from '../common/problem';
import { requirePanelPermission, type Caller } from '../auth/principal';
import { MembersService } from '../members/members.service';
import { AttendanceRepository } from './attendance.repository';
import { MeetingsRepository } from './meetings.repository';

/** Who attended a meeting and the interests declared on its items: recorded by the clerk, public as the meeting is. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly attendance: AttendanceRepository,
    private readonly meetings: MeetingsRepository,
    private readonly members: MembersService,
    private readonly audit: AuditRepository,
  ) {}

  async attendanceOf(meetingId: string): Promise<AttendanceRecord[]> {
    return (await this.attendance.attendanceOf(meetingId)).map((row) => ({
      memberId: row.memberId,
      name: row.member.name,
      status: row.status,
      substitute: row.substitute,
    }));
  }

  async declarationsOf(meetingId: string): Promise<Declaration[]> {
    return (await this.attendance.declarationsOf(meetingId)).map((row) => ({
      id: row.id,
      agendaItemId: row.agendaItemId,
      memberId: row.memberId,
      name: row.member.name,
      interest: row.interest,
    }));
  }

  /** Replaces the attendance of the meeting; every member named must be a member on the meeting's day. */
  async setAttendance(caller: Caller, meetingId: string, input: SetAttendanceInput): Promise<AttendanceRecord[]> {
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) throw notFound('Meeting');
    const clerk = requirePanelPermission(caller, meeting.panelId, 'meeting:write');
    const day = londonDay(meeting.startsAt);
    const members = new Set((await this.members.membersOn(meeting.panelId, day)).map((m) => m.id));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    input.records.forEach((record, index) => {
      if (!members.has(record.memberId)) errors.push({ path: `records.${index}.memberId`, message: `Not a member of the panel on ${day}` });
      else if (seen.has(record.memberId)) errors.push({ path: `records.${index}.memberId`, message: 'Listed twice' });
      seen.add(record.memberId);
    });
    if (errors.length) throw badRequest('Some records do not fit the panel’s membership on the day.', errors);
    await this.meetings.transaction(async (tx) => {
      if ((await this.meetings.bumpVersion(tx, meetingId, input.version)) === 0) throw staleVersion();
      await this.attendance.replaceAttendance(
        tx,
        meetingId,
        input.records.map((r) => ({ memberId: r.memberId, status: r.status, substitute: r.status === 'SUBSTITUTED' ? (r.substitute ?? null) : null })),
      );
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: meeting.panelId,
        action: 'meeting.attendanceRecorded',
        entityType: 'Meeting',
        entityId: meetingId,
        after: { records: input.records, version: input.version + 1 },
      });
    });
    return this.attendanceOf(meetingId);
  }

  async declare(caller: Caller, meetingId: string, itemId: string, input: DeclareInterestInput): Promise<Declaration> {
    const item = await this.attendance.agendaItem(meetingId, itemId);
    if (!item) throw notFound('That agenda item');
    const clerk = requirePanelPermission(caller, item.meeting.panelId, 'meeting:write');
    const day = londonDay(item.meeting.startsAt);
    const onTheDay = await this.members.membersOn(item.meeting.panelId, day);
    if (!onTheDay.some((m) => m.id === input.memberId))
      throw badRequest('That person was not a member on the day.', [{ path: 'memberId', message: `Not a member of the panel on ${day}` }]);
    const row = await this.meetings.transaction(async (tx) => {
      const created = await this.attendance.createDeclaration(tx, {
        agendaItemId: item.id,
        memberId: input.memberId,
        interest: input.interest,
        createdById: clerk.userId,
      });
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: item.meeting.panelId,
        action: 'declaration.recorded',
        entityType: 'Declaration',
        entityId: created.id,
        after: { agendaItemId: item.id, memberId: input.memberId, interest: input.interest },
      });
      return created;
    });
    return { id: row.id, agendaItemId: row.agendaItemId, memberId: row.memberId, name: row.member.name, interest: row.interest };
  }
}
