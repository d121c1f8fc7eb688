import { Injectable } from '@nestjs/common';
import type { ResponseOutcome, ResponseStatus } from '@psp/contracts';
import { PrismaService, type Tx } from '../common/prisma.service';
import type { ResolvedCitation } from '../recommendations/citations.service';
import { RESPONSE_SELECT, type ResponseRow } from './responses.mapper';

export interface ResponseWithPanel extends ResponseRow {
  lastEditedById: string | null;
  recommendation: { panelId: string; panel: { approverMustDifferFromEditor: boolean } };
}

export interface StatusChange {
  status: ResponseStatus;
  submittedAt?: Date;
  approvedAt?: Date | null;
  approvedById?: string | null;
  publishedAt?: Date;
}

const citationRows = (citations: ResolvedCitation[]) =>
  citations.map((c) => ({ provisionId: c.provisionId, cited: c.cited, source: c.source, position: c.position }));

@Injectable()
export class ResponsesRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<ResponseWithPanel | null> {
    return this.prisma.response.findUnique({
      where: { id },
      select: {
        ...RESPONSE_SELECT,
        lastEditedById: true,
        recommendation: { select: { panelId: true, panel: { select: { approverMustDifferFromEditor: true } } } },
      },
    });
  }

  findRow(tx: Tx, id: string): Promise<ResponseRow | null> {
    return tx.response.findUnique({ where: { id }, select: RESPONSE_SELECT });
  }

  create(
    tx: Tx,
    data: { recommendationId: string; outcome: ResponseOutcome; outcomeReason: string | null; text: string; createdById: string },
    citations: ResolvedCitation[],
  ): Promise<ResponseRow> {
    return tx.response.create({
      data: { ...data, lastEditedById: data.createdById, status: 'DRAFT', citations: { create: citationRows(citations) } },
      select: RESPONSE_SELECT,
    });
  }

  /** Edits a draft at the version the caller read; 0 when stale or no longer a draft. */
  async updateDraft(
    tx: Tx,
    id: string,
    version: number,
    editorId: string,
    data: { outcome?: ResponseOutcome; outcomeReason?: string | null; text?: string },
  ): Promise<number> {
    const { count } = await tx.response.updateMany({
      where: { id, version, status: 'DRAFT' },
      data: { ...data, lastEditedById: editorId, version: { increment: 1 } },
    });
    return count;
  }

  async replaceCitations(tx: Tx, responseId: string, citations: ResolvedCitation[]): Promise<void> {
    await tx.responseCitation.deleteMany({ where: { responseId } });
    if (citations.length) await tx.responseCitation.createMany({ data: citationRows(citations).map((c) => ({ ...c, responseId })) });
  }

  /** Moves the response from `from` at the version the caller read; 0 when stale. */
  async changeStatus(tx: Tx, id: string, version: number, from: ResponseStatus, change: StatusChange): Promise<number> {
    const { count } = await tx.response.updateMany({ where: { id, version, status: from }, data: { ...change, version: { increment: 1 } } });
    return count;
  }

  /** The panel's responses in these statuses: most urgent recommendation first. */
  queue(panelId: string, statuses: ResponseStatus[]): Promise<ResponseRow[]> {
    return this.prisma.response.findMany({
      where: { status: { in: statuses }, recommendation: { panelId } },
      select: RESPONSE_SELECT,
      orderBy: [{ recommendation: { dueAt: { sort: 'asc', nulls: 'last' } } }, { recommendation: { number: 'asc' } }, { createdAt: 'asc' }],
    });
  }
}
