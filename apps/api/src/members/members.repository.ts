import { Injectable } from '@nestjs/common';
import type { Prisma } from '@psp/db';
import { PrismaService, type Tx } from '../common/prisma.service';

export const MEMBER_SELECT = {
  id: true,
  panelId: true,
  name: true,
  kind: true,
  council: true,
  office: true,
  votingRights: true,
  startsOn: true,
  endsOn: true,
  version: true,
} as const;
export type MemberRow = Prisma.PanelMemberGetPayload<{ select: typeof MEMBER_SELECT }>;

/** A calendar day as PostgreSQL's DATE reads it back (midnight UTC). */
export const dayAsDate = (day: string) => new Date(`${day}T00:00:00Z`);

@Injectable()
export class MembersRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /** Every term on the panel, chair first, then by name and start. */
  allTerms(panelId: string): Promise<MemberRow[]> {
    return this.prisma.panelMember.findMany({ where: { panelId }, orderBy: [{ startsOn: 'asc' }, { name: 'asc' }, { id: 'asc' }], select: MEMBER_SELECT });
  }

  /** The terms that cover `day`: the persons who are members of the panel on it. */
  membersOn(panelId: string, day: string, db: Tx | PrismaService = this.prisma): Promise<MemberRow[]> {
    const date = dayAsDate(day);
    return db.panelMember.findMany({
      where: { panelId, startsOn: { lte: date }, OR: [{ endsOn: null }, { endsOn: { gte: date } }] },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      select: MEMBER_SELECT,
    });
  }

  find(id: string): Promise<MemberRow | null> {
    return this.prisma.panelMember.findUnique({ where: { id }, select: MEMBER_SELECT });
  }

  create(tx: Tx, data: Prisma.PanelMemberUncheckedCreateInput): Promise<MemberRow> {
    return tx.panelMember.create({ data, select: MEMBER_SELECT });
  }

  /** Applies the change when `version` is still current; null when it is not. */
  async update(tx: Tx, id: string, version: number, data: Prisma.PanelMemberUncheckedUpdateInput): Promise<MemberRow | null> {
    const { count } = await tx.panelMember.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return count ? tx.panelMember.findUnique({ where: { id }, select: MEMBER_SELECT }) : null;
  }
}
