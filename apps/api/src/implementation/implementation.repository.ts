import { Injectable } from '@nestjs/common';
import type { ImplementationState } from '@psp/contracts';
import { PrismaService, type Tx } from '../common/prisma.service';

export const IMPLEMENTATION_UPDATE_SELECT = {
  id: true,
  state: true,
  note: true,
  evidenceUrl: true,
  verdictMinute: true,
  createdAt: true,
  verdictMeeting: { select: { id: true, title: true } },
} as const;

@Injectable()
export class ImplementationRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  recommendation(id: string) {
    return this.prisma.recommendation.findUnique({
      where: { id },
      select: { id: true, panelId: true, number: true, latestOutcome: true, closedAt: true, withdrawnAt: true, implementationState: true, version: true },
    });
  }

  meetingOfPanel(meetingId: string, panelId: string) {
    return this.prisma.meeting.findFirst({ where: { id: meetingId, panelId }, select: { id: true, title: true, startsAt: true } });
  }

  updatesOf(recommendationId: string) {
    return this.prisma.implementationUpdate.findMany({
      where: { recommendationId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: IMPLEMENTATION_UPDATE_SELECT,
    });
  }

  async recordProgress(tx: Tx, data: { recommendationId: string; state: ImplementationState; note: string; evidenceUrl: string | null; authorId: string }) {
    // The row lock orders concurrent updates, so the recommendation's state is the last one's.
    await tx.$queryRaw`SELECT id FROM "Recommendation" WHERE id = ${data.recommendationId} FOR UPDATE`;
    const update = await tx.implementationUpdate.create({ data, select: IMPLEMENTATION_UPDATE_SELECT });
    await tx.recommendation.update({ where: { id: data.recommendationId }, data: { implementationState: data.state } });
    return update;
  }

  /** Records the verdict and closes the recommendation, if it is still at `version` and open; null otherwise. */
  async recordVerdict(
    tx: Tx,
    version: number,
    data: {
      recommendationId: string;
      state: ImplementationState;
      note: string;
      verdictMeetingId: string;
      verdictMinute: string;
      authorId: string;
      closedReason: string;
    },
  ) {
    const { closedReason, ...update } = data;
    const { count } = await tx.recommendation.updateMany({
      where: { id: data.recommendationId, version, closedAt: null, withdrawnAt: null },
      data: { implementationState: data.state, closedAt: new Date(), closedReason, version: { increment: 1 } },
    });
    if (count === 0) return null;
    return tx.implementationUpdate.create({ data: update, select: IMPLEMENTATION_UPDATE_SELECT });
  }
}
