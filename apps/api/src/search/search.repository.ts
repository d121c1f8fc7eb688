import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';
import { PROVISION_SELECT } from '../common/provisions';
import { correctionSql, currentPlanVersionsSql, searchSql, type SearchFilters, type SearchRow, type SearchScope } from './search.sql';

/** What a direct hit needs of a paragraph of a current plan version: the paragraph, and where it is. */
const DIRECT_PROVISION_SELECT = {
  ...PROVISION_SELECT,
  versionId: true,
  documentVersion: { select: { label: true, publishedAt: true, createdAt: true, document: { select: { title: true, panel: { select: { slug: true } } } } } },
} as const;

@Injectable()
export class SearchRepository {
  constructor(private readonly prisma: PrismaService) {}

  search(q: string, scope: SearchScope, limit: number, filters: SearchFilters): Promise<SearchRow[]> {
    return this.prisma.$queryRaw<SearchRow[]>(searchSql(q, scope, limit, filters));
  }

  /** The words as the visible material spells them; null when there are no words. */
  async correction(q: string, scope: SearchScope): Promise<string | null> {
    const [row] = await this.prisma.$queryRaw<Array<{ corrected: string | null }>>(correctionSql(q, scope));
    return row?.corrected ?? null;
  }

  /** Paragraphs of the newest visible version of each plan, in reading order, for citing. */
  async currentPlanProvisions(scope: SearchScope) {
    const versions = await this.prisma.$queryRaw<Array<{ id: string }>>(currentPlanVersionsSql(scope));
    if (versions.length === 0) return [];
    return this.prisma.provision.findMany({
      where: { versionId: { in: versions.map((version) => version.id) } },
      orderBy: [{ versionId: 'asc' }, { position: 'asc' }],
      select: DIRECT_PROVISION_SELECT,
    });
  }

  /** Recommendations with these numbers (recommendations are public once recorded). */
  recommendationsNumbered(numbers: number[], panelId: string | null) {
    return this.prisma.recommendation.findMany({
      where: { number: { in: numbers }, ...(panelId ? { panelId } : {}) },
      orderBy: [{ panelId: 'asc' }, { number: 'asc' }],
      select: { id: true, number: true, text: true, meetingId: true, panel: { select: { slug: true } }, meeting: { select: { startsAt: true } } },
    });
  }
}
