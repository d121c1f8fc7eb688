import { Injectable } from '@nestjs/common';
import type { CommitmentFulfilment } from '@psp/contracts';
import { PrismaService, type Tx } from '../common/prisma.service';
import { COMMITMENT_SELECT, type CommitmentRow } from './commitments.mapper';

@Injectable()
export class CommitmentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /** The response a commitment is made in, with what access needs: its status and panel. */
  responseOf(responseId: string) {
    return this.prisma.response.findUnique({
      where: { id: responseId },
      select: { id: true, status: true, text: true, recommendation: { select: { panelId: true } } },
    });
  }

  findById(id: string) {
    return this.prisma.commitment.findUnique({
      where: { id },
      select: { ...COMMITMENT_SELECT, response: { select: { status: true, recommendation: { select: { panelId: true } } } } },
    });
  }

  meetingOfPanel(meetingId: string, panelId: string) {
    return this.prisma.meeting.findFirst({ where: { id: meetingId, panelId }, select: { id: true } });
  }

  /** A published version of one of the panel's documents. */
  publishedVersionOfPanel(versionId: string, panelId: string) {
    return this.prisma.documentVersion.findFirst({ where: { id: versionId, status: 'PUBLISHED', document: { panelId } }, select: { id: true } });
  }

  agendaItemOfPanel(agendaItemId: string, panelId: string) {
    return this.prisma.agendaItem.findFirst({ where: { id: agendaItemId, meeting: { panelId } }, select: { id: true } });
  }

  async create(tx: Tx, data: { responseId: string; words: string; owner: string; dueAt: Date | null; dueMeetingId: string | null }): Promise<CommitmentRow> {
    // Serialises concurrent additions to one response, so positions stay unique.
    await tx.$queryRaw`SELECT id FROM "Response" WHERE id = ${data.responseId} FOR UPDATE`;
    const last = await tx.commitment.aggregate({ where: { responseId: data.responseId }, _max: { position: true } });
    return tx.commitment.create({ data: { ...data, position: (last._max.position ?? 0) + 1 }, select: COMMITMENT_SELECT });
  }

  /** Records what fulfilled it, if it is still at `version` and unfulfilled; null otherwise. */
  async fulfil(
    tx: Tx,
    id: string,
    version: number,
    data: {
      fulfilment: CommitmentFulfilment;
      fulfilledByVersionId: string | null;
      fulfilledByAgendaItemId: string | null;
      fulfilmentNote: string | null;
      fulfilledAt: Date;
    },
  ): Promise<CommitmentRow | null> {
    const { count } = await tx.commitment.updateMany({ where: { id, version, fulfilledAt: null }, data: { ...data, version: { increment: 1 } } });
    return count === 0 ? null : tx.commitment.findUnique({ where: { id }, select: COMMITMENT_SELECT });
  }
}
