import { Injectable } from '@nestjs/common';
import type { DecisionKind, DecisionOutcome, Prisma, VoteValue } from '@psp/db';
import { PrismaService, type Tx } from '../common/prisma.service';

const DECISION_SELECT = {
  id: true,
  agendaItemId: true,
  kind: true,
  motion: true,
  outcome: true,
  decidedOn: true,
  membersOnDay: true,
  needed: true,
  votes: { select: { memberId: true, value: true, member: { select: { name: true } } }, orderBy: { member: { name: 'asc' } } },
} as const satisfies Prisma.DecisionSelect;
export type DecisionRow = Prisma.DecisionGetPayload<{ select: typeof DECISION_SELECT }>;

@Injectable()
export class DecisionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /** The agenda item with its meeting's panel and time, when it belongs to that meeting. */
  agendaItem(meetingId: string, itemId: string) {
    return this.prisma.agendaItem.findFirst({
      where: { id: itemId, meetingId },
      select: { id: true, number: true, meeting: { select: { id: true, panelId: true, startsAt: true, status: true } } },
    });
  }

  /** Every decision of the meeting, in agenda order. */
  decisionsOf(meetingId: string): Promise<DecisionRow[]> {
    return this.prisma.decision.findMany({
      where: { agendaItem: { meetingId } },
      orderBy: [{ agendaItem: { position: 'asc' } }, { createdAt: 'asc' }, { id: 'asc' }],
      select: DECISION_SELECT,
    });
  }

  async create(
    tx: Tx,
    decision: {
      agendaItemId: string;
      kind: DecisionKind;
      motion: string;
      outcome: DecisionOutcome;
      decidedOn: Date;
      membersOnDay: number;
      needed: number | null;
      createdById: string;
    },
    votes: Array<{ memberId: string; value: VoteValue }>,
  ): Promise<DecisionRow> {
    const { id } = await tx.decision.create({ data: { ...decision, votes: { createMany: { data: votes } } }, select: { id: true } });
    return tx.decision.findUniqueOrThrow({ where: { id }, select: DECISION_SELECT });
  }
}
