import { Injectable } from '@nestjs/common';
import type { Prisma } from '@psp/db';
import { PrismaService, type Tx } from '../common/prisma.service';
import { RESPONSE_SELECT, type ResponseRow } from '../responses/responses.mapper';

export const LETTER_SELECT = {
  id: true,
  panelId: true,
  reference: true,
  date: true,
  addressee: true,
  salutation: true,
  subject: true,
  opening: true,
  closing: true,
  signatory: true,
  signatoryRole: true,
  provenanceNote: true,
  status: true,
  publishedAt: true,
  version: true,
} as const;

export type LetterRow = Prisma.ResponseLetterGetPayload<{ select: typeof LETTER_SELECT }>;

export type NewLetter = Omit<Prisma.ResponseLetterUncheckedCreateInput, 'id' | 'status' | 'publishedAt' | 'version' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class LettersRepository {
  constructor(private readonly prisma: PrismaService) {}

  list(panelId: string, statuses: Array<LetterRow['status']>): Promise<LetterRow[]> {
    return this.prisma.responseLetter.findMany({
      where: { panelId, status: { in: statuses } },
      select: LETTER_SELECT,
      orderBy: [{ date: 'desc' }, { reference: 'asc' }],
    });
  }

  findById(id: string): Promise<LetterRow | null> {
    return this.prisma.responseLetter.findUnique({ where: { id }, select: LETTER_SELECT });
  }

  responsesOf(letterIds: string[]): Promise<ResponseRow[]> {
    if (letterIds.length === 0) return Promise.resolve([]);
    return this.prisma.response.findMany({ where: { letterId: { in: letterIds } }, select: RESPONSE_SELECT, orderBy: { createdAt: 'asc' } });
  }

  /** What deciding whether responses may go into a letter needs. */
  responsesForLetter(ids: string[]) {
    return this.prisma.response.findMany({
      where: { id: { in: ids } },
      select: { id: true, status: true, letterId: true, recommendation: { select: { panelId: true } } },
    });
  }

  create(tx: Tx, data: NewLetter): Promise<LetterRow> {
    return tx.responseLetter.create({ data, select: LETTER_SELECT });
  }

  /** Changes a DRAFT letter's fields at the version read; 0 when stale or published. */
  async update(tx: Tx, id: string, version: number, data: Partial<Omit<NewLetter, 'panelId' | 'createdById'>>): Promise<number> {
    const { count } = await tx.responseLetter.updateMany({ where: { id, version, status: 'DRAFT' }, data: { ...data, version: { increment: 1 } } });
    return count;
  }

  /** Takes responses out of a draft letter (all of them, or all but `keep`). */
  async detachResponses(tx: Tx, letterId: string, keep: string[] = []): Promise<number> {
    const { count } = await tx.response.updateMany({
      where: { letterId, id: { notIn: keep } },
      data: { letterId: null, version: { increment: 1 } },
    });
    return count;
  }

  /** Deletes a DRAFT letter at the version read; 0 when stale or published. */
  async discard(tx: Tx, id: string, version: number): Promise<number> {
    const { count } = await tx.responseLetter.deleteMany({ where: { id, version, status: 'DRAFT' } });
    return count;
  }

  /** Puts responses in the letter; only those in no letter yet (the count tells). */
  async attachResponses(tx: Tx, letterId: string, responseIds: string[]): Promise<number> {
    const { count } = await tx.response.updateMany({
      where: { id: { in: responseIds }, letterId: null },
      data: { letterId, version: { increment: 1 } },
    });
    return count;
  }

  async publish(tx: Tx, id: string, version: number, publishedAt: Date): Promise<number> {
    const { count } = await tx.responseLetter.updateMany({
      where: { id, version, status: 'DRAFT' },
      data: { status: 'PUBLISHED', publishedAt, version: { increment: 1 } },
    });
    return count;
  }

  /** Publishes the letter's approved responses with it; the count tells how many moved. */
  async publishApprovedResponses(tx: Tx, letterId: string, responseIds: string[], publishedAt: Date): Promise<number> {
    if (responseIds.length === 0) return 0;
    const { count } = await tx.response.updateMany({
      where: { letterId, id: { in: responseIds }, status: 'APPROVED' },
      data: { status: 'PUBLISHED', publishedAt, version: { increment: 1 } },
    });
    return count;
  }
}
