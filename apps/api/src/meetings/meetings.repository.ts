import { Injectable } from '@nestjs/common';
import type { Prisma } from '@psp/db';
import { PrismaService, type Tx } from '../common/prisma.service';

export const MEETING_SELECT = {
  id: true,
  panelId: true,
  title: true,
  startsAt: true,
  status: true,
  location: true,
  version: true,
  provenanceNote: true,
} as const;
export type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof MEETING_SELECT }>;

export const AGENDA_ITEM_SELECT = {
  id: true,
  number: true,
  title: true,
  description: true,
  generatedPaper: true,
  paperVersion: { select: { id: true, label: true, status: true, document: { select: { id: true, title: true, kind: true } } } },
} as const;
export type AgendaItemRow = Prisma.AgendaItemGetPayload<{ select: typeof AGENDA_ITEM_SELECT }>;

export interface MeetingChanges {
  title?: string;
  startsAt?: Date;
  location?: string | null;
  status?: MeetingRow['status'];
}

@Injectable()
export class MeetingsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  listForPanel(panelId: string): Promise<MeetingRow[]> {
    return this.prisma.meeting.findMany({ where: { panelId }, select: MEETING_SELECT, orderBy: [{ startsAt: 'desc' }, { id: 'asc' }] });
  }

  findById(id: string): Promise<MeetingRow | null> {
    return this.prisma.meeting.findUnique({ where: { id }, select: MEETING_SELECT });
  }

  agendaOf(meetingId: string): Promise<AgendaItemRow[]> {
    return this.prisma.agendaItem.findMany({ where: { meetingId }, select: AGENDA_ITEM_SELECT, orderBy: { position: 'asc' } });
  }

  findPaperVersion(versionId: string) {
    return this.prisma.documentVersion.findUnique({
      where: { id: versionId },
      select: { id: true, status: true, document: { select: { panelId: true, kind: true } } },
    });
  }

  create(tx: Tx, data: { panelId: string; title: string; startsAt: Date; location: string | null }): Promise<MeetingRow> {
    return tx.meeting.create({ data, select: MEETING_SELECT });
  }

  /** Applies changes at the version the caller read; 0 when stale. */
  async update(tx: Tx, id: string, version: number, changes: MeetingChanges): Promise<number> {
    const { count } = await tx.meeting.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
    return count;
  }

  /** Holds the meeting row until the transaction ends: agenda positions and minutes are then
   *  decided by one writer at a time. */
  async lock(tx: Tx, id: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${id}::text FOR UPDATE`;
  }

  /** Moves the meeting's version on at the version read (an agenda correction); 0 when stale. */
  async bumpVersion(tx: Tx, id: string, version: number): Promise<number> {
    const { count } = await tx.meeting.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
    return count;
  }

  async updateAgendaItem(
    tx: Tx,
    itemId: string,
    data: { number?: string; title?: string; description?: string | null; paperVersionId?: string | null },
  ): Promise<AgendaItemRow> {
    return tx.agendaItem.update({ where: { id: itemId }, data, select: AGENDA_ITEM_SELECT });
  }

  async removeAgendaItem(tx: Tx, itemId: string): Promise<void> {
    await tx.agendaItem.delete({ where: { id: itemId } });
  }

  /**
   * Positions follow the order given (every item of the meeting, each once). Positions are unique
   * per meeting, so the items step aside to negative positions first.
   */
  async reorderAgenda(tx: Tx, itemIds: string[]): Promise<void> {
    for (const [index, id] of itemIds.entries()) await tx.agendaItem.update({ where: { id }, data: { position: -1 - index } });
    for (const [position, id] of itemIds.entries()) await tx.agendaItem.update({ where: { id }, data: { position } });
  }

  /** Whether any version of the meeting's minutes has been published: the agenda is then fixed. */
  async minutesPublished(meetingId: string): Promise<boolean> {
    const count = await this.prisma.documentVersion.count({ where: { status: 'PUBLISHED', document: { kind: 'MINUTES', meetingId } } });
    return count > 0;
  }

  async createAgendaItem(
    tx: Tx,
    meetingId: string,
    data: { number: string; title: string; description: string | null; paperVersionId: string | null; generatedPaper: 'RECOMMENDATIONS_TRACKER' | null },
  ): Promise<AgendaItemRow> {
    const { _max } = await tx.agendaItem.aggregate({ where: { meetingId }, _max: { position: true } });
    return tx.agendaItem.create({ data: { ...data, meetingId, position: (_max.position ?? -1) + 1 }, select: AGENDA_ITEM_SELECT });
  }
}
