import { Injectable } from '@nestjs/common';
import type { Prisma, ProcedureKind } from '@psp/db';
import { PrismaService, type Tx } from '../common/prisma.service';

export const PROCEDURE_SELECT = {
  id: true,
  panelId: true,
  kind: true,
  title: true,
  year: true,
  startedOn: true,
  vetoed: true,
  version: true,
  steps: { select: { code: true, doneOn: true, meetingId: true, paperVersionId: true, decisionId: true, note: true } },
} as const satisfies Prisma.ProcedureSelect;
export type ProcedureRow = Prisma.ProcedureGetPayload<{ select: typeof PROCEDURE_SELECT }>;

@Injectable()
export class ProceduresRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /** The panel's procedures, newest first (the precept by year, the others by the day of notification). */
  list(panelId: string): Promise<ProcedureRow[]> {
    return this.prisma.procedure.findMany({
      where: { panelId },
      orderBy: [{ year: { sort: 'desc', nulls: 'last' } }, { startedOn: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
      select: PROCEDURE_SELECT,
    });
  }

  find(id: string): Promise<ProcedureRow | null> {
    return this.prisma.procedure.findUnique({ where: { id }, select: PROCEDURE_SELECT });
  }

  preceptOf(panelId: string, year: number, db: Tx | PrismaService = this.prisma): Promise<ProcedureRow | null> {
    return db.procedure.findFirst({ where: { panelId, kind: 'PRECEPT', year }, select: PROCEDURE_SELECT });
  }

  overrides(panelId: string) {
    return this.prisma.procedureRule.findMany({ where: { panelId }, select: { kind: true, code: true, daysAfterStart: true } });
  }

  create(tx: Tx, data: { panelId: string; kind: ProcedureKind; title: string; year: number | null; startedOn: Date | null; createdById: string }) {
    return tx.procedure.create({ data, select: PROCEDURE_SELECT });
  }

  /** What a step may name: a meeting of the panel, a published version of its documents, a decision at one of its meetings. */
  async links(panelId: string, ids: { meetingId?: string; paperVersionId?: string; decisionId?: string }) {
    const [meeting, paper, decision] = await Promise.all([
      ids.meetingId ? this.prisma.meeting.findFirst({ where: { id: ids.meetingId, panelId }, select: { id: true } }) : null,
      ids.paperVersionId
        ? this.prisma.documentVersion.findFirst({ where: { id: ids.paperVersionId, status: 'PUBLISHED', document: { panelId } }, select: { id: true } })
        : null,
      ids.decisionId ? this.prisma.decision.findFirst({ where: { id: ids.decisionId, agendaItem: { meeting: { panelId } } }, select: { id: true } }) : null,
    ]);
    return { meeting, paper, decision };
  }

  /** The meetings and papers the steps name, for their titles. */
  async linked(meetingIds: string[], versionIds: string[]) {
    const [meetings, versions] = await Promise.all([
      meetingIds.length ? this.prisma.meeting.findMany({ where: { id: { in: meetingIds } }, select: { id: true, title: true } }) : [],
      versionIds.length
        ? this.prisma.documentVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, label: true, document: { select: { title: true } } } })
        : [],
    ]);
    return { meetings, versions };
  }

  /** Records a step when `version` is still current; false when it is not. */
  async recordStep(
    tx: Tx,
    procedureId: string,
    version: number,
    step: {
      code: string;
      doneOn: Date;
      meetingId: string | null;
      paperVersionId: string | null;
      decisionId: string | null;
      note: string | null;
      createdById: string;
    },
    vetoed: boolean | undefined,
  ): Promise<boolean> {
    const { count } = await tx.procedure.updateMany({
      where: { id: procedureId, version },
      data: { version: { increment: 1 }, ...(vetoed ? { vetoed: true } : {}) },
    });
    if (!count) return false;
    await tx.procedureStep.create({ data: { procedureId, ...step } });
    return true;
  }
}
