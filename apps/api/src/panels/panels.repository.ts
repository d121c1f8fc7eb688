import { Injectable } from '@nestjs/common';
import { Prisma } from '@psp/db';
import { PrismaService } from '../common/prisma.service';
import { recommendationStatusSql, implementationStateSql } from '../recommendations/recommendation-status.sql';

export const PANEL_SELECT = {
  id: true,
  slug: true,
  name: true,
  forceArea: true,
  hostAuthority: true,
  responseDueDays: true,
} as const;

export type PanelRow = Prisma.PanelGetPayload<{ select: typeof PANEL_SELECT }>;

@Injectable()
export class PanelsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findAll(): Promise<PanelRow[]> {
    return this.prisma.panel.findMany({ select: PANEL_SELECT, orderBy: { name: 'asc' } });
  }

  findBySlug(slug: string): Promise<PanelRow | null> {
    return this.prisma.panel.findUnique({ where: { slug }, select: PANEL_SELECT });
  }

  findById(id: string): Promise<PanelRow | null> {
    return this.prisma.panel.findUnique({ where: { id }, select: PANEL_SELECT });
  }

  deadlineRules(panelId: string) {
    return this.prisma.deadlineRule.findMany({
      where: { panelId },
      select: { code: true, label: true, month: true, day: true },
      orderBy: [{ month: 'asc' }, { day: 'asc' }],
    });
  }

  /** Recommendations of the panel by derived status (statuses with none are absent). */
  countRecommendationsByStatus(panelId: string, now: Date): Promise<Array<{ status: string; count: number }>> {
    return this.prisma.$queryRaw<Array<{ status: string; count: number }>>(Prisma.sql`
      SELECT derived.status, count(*)::int AS count
      FROM (SELECT ${recommendationStatusSql(now)} AS status FROM "Recommendation" r WHERE r."panelId" = ${panelId}) derived
      GROUP BY derived.status`);
  }

  /** Tracked recommendations of the panel by implementation state (withdrawn ones left out). */
  countImplementationStates(panelId: string): Promise<Array<{ state: string; count: number }>> {
    return this.prisma.$queryRaw<Array<{ state: string; count: number }>>(Prisma.sql`
      SELECT derived.state, count(*)::int AS count
      FROM (SELECT ${implementationStateSql(Prisma.sql`r`)} AS state FROM "Recommendation" r WHERE r."panelId" = ${panelId} AND r."withdrawnAt" IS NULL) derived
      WHERE derived.state IS NOT NULL
      GROUP BY derived.state`);
  }
}
