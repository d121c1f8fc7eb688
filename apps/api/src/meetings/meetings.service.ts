import { Injectable } from '@nestjs/common';
import type {
  AgendaItem,
  CreateAgendaItemInput,
  CreateMeetingInput,
  MeetingDetail,
  MeetingSummary,
  RemoveAgendaItemInput,
  ReorderAgendaInput,
  UpdateAgendaItemInput,
  UpdateMeetingInput,
} from '@psp/contracts';
import { canSeeVersion } from '@psp/domain';
import { AuditRepository } from '../common/audit.repository';
import { badRequest, conflict, notFound, staleVersion } from '../common/problem';
import { PrismaService } from '../common/prisma.service';
import { requirePanelPermission, rolesOn, type Caller } from '../auth/principal';
import { PanelsService } from '../panels/panels.service';
import { mapAgendaItem, mapMeetingDetail, mapMeetingSummary } from './meetings.mapper';
import { MeetingsRepository, type MeetingChanges, type MeetingRow } from './meetings.repository';
import { MinutesService } from './minutes.service';
import { DecisionsService } from './decisions.service';
import { AttendanceService } from './attendance.service';
import { mapDecision } from './decisions.mapper';

@Injectable()
export class MeetingsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly meetings: MeetingsRepository,
    private readonly minutes: MinutesService,
    private readonly decisions: DecisionsService,
    private readonly attendance: AttendanceService,
    private readonly panels: PanelsService,
    private readonly audit: AuditRepository,
  ) {}

  async list(slug: string): Promise<MeetingSummary[]> {
    const panel = await this.panels.panelBySlug(slug);
    return (await this.meetings.listForPanel(panel.id)).map(mapMeetingSummary);
  }

  /** The meeting, its agenda (papers the caller may see) and the minutes the caller may see. */
  async detail(id: string, caller: Caller): Promise<MeetingDetail> {
    const meeting = await this.meetingOrThrow(id);
    const roles = rolesOn(caller, meeting.panelId);
    const [agenda, minutes, decisions, attendance, declarations] = await Promise.all([
      this.meetings.agendaOf(id),
      this.minutes.visibleMinutes(id, roles),
      this.decisions.decisionsOf(id),
      this.attendance.attendanceOf(id),
      this.attendance.declarationsOf(id),
    ]);
    return {
      ...mapMeetingDetail(
        meeting,
        agenda.map((item) => mapAgendaItem(item, roles)),
        minutes,
      ),
      // Decisions and votes are public as the meeting is: a committee votes in public.
      ...(decisions.length ? { decisions: decisions.map(mapDecision) } : {}),
      ...(attendance.length ? { attendance } : {}),
      ...(declarations.length ? { declarations } : {}),
    };
  }

  async create(slug: string, input: CreateMeetingInput, caller: Caller): Promise<MeetingDetail> {
    const panel = await this.panels.panelBySlug(slug);
    const clerk = requirePanelPermission(caller, panel.id, 'meeting:write');
    const meeting = await this.prisma.$transaction(async (tx) => {
      const created = await this.meetings.create(tx, {
        panelId: panel.id,
        title: input.title,
        startsAt: new Date(input.startsAt),
        location: input.location || null,
      });
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: panel.id,
        action: 'meeting.created',
        entityType: 'Meeting',
        entityId: created.id,
        after: mapMeetingSummary(created),
      });
      return created;
    });
    return mapMeetingDetail(meeting, [], null);
  }

  async update(id: string, input: UpdateMeetingInput, caller: Caller): Promise<MeetingDetail> {
    const meeting = await this.meetingOrThrow(id);
    const clerk = requirePanelPermission(caller, meeting.panelId, 'meeting:write');
    const changes: MeetingChanges = {
      title: input.title,
      startsAt: input.startsAt ? new Date(input.startsAt) : undefined,
      location: input.location === undefined ? undefined : input.location || null,
      status: input.status,
    };
    await this.prisma.$transaction(async (tx) => {
      if ((await this.meetings.update(tx, id, input.version, changes)) === 0) throw staleVersion();
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: meeting.panelId,
        action: 'meeting.updated',
        entityType: 'Meeting',
        entityId: id,
        before: { ...mapMeetingSummary(meeting), version: meeting.version },
        after: { ...changes, version: input.version + 1 },
      });
    });
    return this.detail(id, caller);
  }

  async addAgendaItem(meetingId: string, input: CreateAgendaItemInput, caller: Caller): Promise<AgendaItem> {
    const meeting = await this.meetingOrThrow(meetingId);
    const clerk = requirePanelPermission(caller, meeting.panelId, 'meeting:write');
    const roles = rolesOn(caller, meeting.panelId);
    if (input.paperVersionId) {
      const paper = await this.meetings.findPaperVersion(input.paperVersionId);
      if (!paper || paper.document.panelId !== meeting.panelId || !canSeeVersion(paper.document.kind, paper.status, roles)) {
        throw badRequest('The request body has invalid fields.', [{ path: 'paperVersionId', message: 'No such document version in this panel' }]);
      }
    }
    const item = await this.prisma.$transaction(async (tx) => {
      await this.meetings.lock(tx, meetingId);
      const created = await this.meetings.createAgendaItem(tx, meetingId, {
        number: input.number,
        title: input.title,
        description: input.description || null,
        paperVersionId: input.paperVersionId ?? null,
        generatedPaper: input.generatedPaper ?? null,
      });
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: meeting.panelId,
        action: 'agendaItem.created',
        entityType: 'AgendaItem',
        entityId: created.id,
        after: { meetingId, ...mapAgendaItem(created, roles) },
      });
      return created;
    });
    return mapAgendaItem(item, roles);
  }

  async updateAgendaItem(meetingId: string, itemId: string, input: UpdateAgendaItemInput, caller: Caller): Promise<MeetingDetail> {
    const { meeting, clerk, agenda } = await this.agendaForCorrection(meetingId, caller);
    const item = agenda.find((candidate) => candidate.id === itemId);
    if (!item) throw notFound('Agenda item');
    if (input.paperVersionId) await this.checkPaper(input.paperVersionId, meeting, caller);
    const changes = {
      ...(input.number !== undefined ? { number: input.number } : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description || null } : {}),
      ...(input.paperVersionId !== undefined ? { paperVersionId: input.paperVersionId } : {}),
    };
    await this.prisma.$transaction(async (tx) => {
      await this.meetings.lock(tx, meetingId);
      if ((await this.meetings.bumpVersion(tx, meetingId, input.version)) === 0) throw staleVersion();
      await this.meetings.updateAgendaItem(tx, itemId, changes);
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: meeting.panelId,
        action: 'agendaItem.updated',
        entityType: 'AgendaItem',
        entityId: itemId,
        before: { meetingId, number: item.number, title: item.title, description: item.description, paperVersionId: item.paperVersion?.id ?? null },
        after: { meetingId, ...changes, meetingVersion: input.version + 1 },
      });
    });
    return this.detail(meetingId, caller);
  }

  async removeAgendaItem(meetingId: string, itemId: string, input: RemoveAgendaItemInput, caller: Caller): Promise<MeetingDetail> {
    const { meeting, clerk, agenda } = await this.agendaForCorrection(meetingId, caller);
    const item = agenda.find((candidate) => candidate.id === itemId);
    if (!item) throw notFound('Agenda item');
    await this.prisma.$transaction(async (tx) => {
      await this.meetings.lock(tx, meetingId);
      if ((await this.meetings.bumpVersion(tx, meetingId, input.version)) === 0) throw staleVersion();
      await this.meetings.removeAgendaItem(tx, itemId);
      // The audit keeps what the removed item said.
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: meeting.panelId,
        action: 'agendaItem.removed',
        entityType: 'AgendaItem',
        entityId: itemId,
        before: { meetingId, number: item.number, title: item.title, description: item.description, paperVersionId: item.paperVersion?.id ?? null },
        after: { meetingVersion: input.version + 1 },
      });
    });
    return this.detail(meetingId, caller);
  }

  async reorderAgenda(meetingId: string, input: ReorderAgendaInput, caller: Caller): Promise<MeetingDetail> {
    const { meeting, clerk, agenda } = await this.agendaForCorrection(meetingId, caller);
    const current = agenda.map((item) => item.id);
    if (input.itemIds.length !== current.length || new Set(input.itemIds).size !== current.length || !input.itemIds.every((id) => current.includes(id))) {
      throw badRequest('The request body has invalid fields.', [{ path: 'itemIds', message: 'List every item of this agenda once' }]);
    }
    await this.prisma.$transaction(async (tx) => {
      await this.meetings.lock(tx, meetingId);
      if ((await this.meetings.bumpVersion(tx, meetingId, input.version)) === 0) throw staleVersion();
      await this.meetings.reorderAgenda(tx, input.itemIds);
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: meeting.panelId,
        action: 'agenda.reordered',
        entityType: 'Meeting',
        entityId: meetingId,
        before: { itemIds: current },
        after: { itemIds: input.itemIds, version: input.version + 1 },
      });
    });
    return this.detail(meetingId, caller);
  }

  /** The meeting, its clerk and its agenda, when the agenda may still be corrected. */
  private async agendaForCorrection(meetingId: string, caller: Caller) {
    const meeting = await this.meetingOrThrow(meetingId);
    const clerk = requirePanelPermission(caller, meeting.panelId, 'meeting:write');
    // The published minutes follow the agenda as it was: from then on it is part of the record.
    if (await this.meetings.minutesPublished(meetingId)) {
      throw conflict('The agenda cannot be changed: the minutes of this meeting are published.', 'minutes-published');
    }
    return { meeting, clerk, agenda: await this.meetings.agendaOf(meetingId) };
  }

  private async checkPaper(paperVersionId: string, meeting: MeetingRow, caller: Caller): Promise<void> {
    const paper = await this.meetings.findPaperVersion(paperVersionId);
    if (!paper || paper.document.panelId !== meeting.panelId || !canSeeVersion(paper.document.kind, paper.status, rolesOn(caller, meeting.panelId))) {
      throw badRequest('The request body has invalid fields.', [{ path: 'paperVersionId', message: 'No such document version in this panel' }]);
    }
  }

  private async meetingOrThrow(id: string): Promise<MeetingRow> {
    const meeting = await this.meetings.findById(id);
    if (!meeting) throw notFound('Meeting');
    return meeting;
  }
}
