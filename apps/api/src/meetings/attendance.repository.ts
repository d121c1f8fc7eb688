import { Injectable } from '@nestjs/common';
import type { AttendanceStatus } from '@psp/db';
import { PrismaService, type Tx } from '../common/prisma.service';

@Injectable()
export class AttendanceRepository {
  constructor(private readonly prisma: PrismaService) {}

  attendanceOf(meetingId: string) {
    return this.prisma.attendance.findMany({
      where: { meetingId },
      orderBy: [{ member: { name: 'asc' } }, { memberId: 'asc' }],
      select: { memberId: true, status: true, substitute: true, member: { select: { name: true } } },
    });
  }

  declarationsOf(meetingId: string) {
    return this.prisma.declaration.findMany({
      where: { agendaItem: { meetingId } },
      orderBy: [{ agendaItem: { position: 'asc' } }, { createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, agendaItemId: true, memberId: true, interest: true, member: { select: { name: true } } },
    });
  }

  /** Replaces the meeting's attendance with these records. */
  async replaceAttendance(tx: Tx, meetingId: string, records: Array<{ memberId: string; status: AttendanceStatus; substitute: string | null }>) {
    await tx.attendance.deleteMany({ where: { meetingId } });
    if (records.length) await tx.attendance.createMany({ data: records.map((r) => ({ meetingId, ...r })) });
  }

  agendaItem(meetingId: string, itemId: string) {
    return this.prisma.agendaItem.findFirst({
      where: { id: itemId, meetingId },
      select: { id: true, meeting: { select: { id: true, panelId: true, startsAt: true } } },
    });
  }

  createDeclaration(tx: Tx, data: { agendaItemId: string; memberId: string; interest: string; createdById: string }) {
    return tx.declaration.create({ data, select: { id: true, agendaItemId: true, memberId: true, interest: true, member: { select: { name: true } } } });
  }
}
