import { Injectable } from '@nestjs/common';
import type { Prisma } from '@psp/db';
import { PrismaService, type Tx } from '../common/prisma.service';
import { PROVISION_SELECT } from '../common/provisions';
import type { KeyedMinuteItem } from './minute-items';

export const MINUTES_VERSION_SELECT = {
  id: true,
  documentId: true,
  sequence: true,
  label: true,
  status: true,
  version: true,
  publishedAt: true,
  reconstructed: true,
  reconstructionNote: true,
} as const;
export type MinutesVersionRow = Prisma.DocumentVersionGetPayload<{ select: typeof MINUTES_VERSION_SELECT }>;

@Injectable()
export class MinutesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Versions of the meeting's minutes, newest first (none when there are no minutes). */
  versionsOf(meetingId: string, tx: Tx | PrismaService = this.prisma): Promise<MinutesVersionRow[]> {
    return tx.documentVersion.findMany({
      where: { document: { meetingId, kind: 'MINUTES' } },
      select: MINUTES_VERSION_SELECT,
      orderBy: { sequence: 'desc' },
    });
  }

  provisionsOf(versionId: string) {
    return this.prisma.provision.findMany({ where: { versionId }, select: PROVISION_SELECT, orderBy: { position: 'asc' } });
  }

  numbersOf(tx: Tx, versionId: string) {
    return tx.provision.findMany({ where: { versionId }, select: { provisionKey: true, number: true } });
  }

  createDocument(tx: Tx, data: { panelId: string; meetingId: string; title: string }) {
    return tx.document.create({ data: { ...data, kind: 'MINUTES' }, select: { id: true } });
  }

  createVersion(
    tx: Tx,
    data: { documentId: string; sequence: number; label: string; basedOnId: string | null; createdById: string },
    items: KeyedMinuteItem[],
  ): Promise<MinutesVersionRow> {
    return tx.documentVersion.create({
      data: { ...data, status: 'DRAFT', provisions: { create: items } },
      select: MINUTES_VERSION_SELECT,
    });
  }

  /** Bumps a draft's version if it is still the one the caller read; 0 when stale or no longer a draft. */
  async touchDraft(tx: Tx, versionId: string, version: number): Promise<number> {
    const { count } = await tx.documentVersion.updateMany({ where: { id: versionId, version, status: 'DRAFT' }, data: { version: { increment: 1 } } });
    return count;
  }

  /**
   * Replaces the draft's items, keeping the rows of items whose key survives (a citation of
   * them stays valid). Positions are moved out of the way first, because (versionId, position)
   * is unique at every step. Removing an item that something cites fails (P2003).
   */
  async rewriteProvisions(tx: Tx, versionId: string, items: KeyedMinuteItem[]): Promise<void> {
    await tx.$executeRaw`UPDATE "Provision" SET position = -1 - position WHERE "versionId" = ${versionId}::text`;
    await tx.provision.deleteMany({ where: { versionId, provisionKey: { notIn: items.map((i) => i.provisionKey) } } });
    const existing = new Set((await tx.provision.findMany({ where: { versionId }, select: { provisionKey: true } })).map((p) => p.provisionKey));
    for (const item of items) {
      if (existing.has(item.provisionKey)) {
        await tx.provision.update({ where: { versionId_provisionKey: { versionId, provisionKey: item.provisionKey } }, data: item });
      } else {
        await tx.provision.create({ data: { ...item, versionId } });
      }
    }
  }

  /** Moves the version from `from` at the version the caller read; 0 when stale. */
  async changeStatus(
    tx: Tx,
    versionId: string,
    version: number,
    from: MinutesVersionRow['status'],
    change: { status: MinutesVersionRow['status']; approvedAt?: Date | null; publishedAt?: Date },
  ): Promise<number> {
    const { count } = await tx.documentVersion.updateMany({ where: { id: versionId, version, status: from }, data: { ...change, version: { increment: 1 } } });
    return count;
  }
}
