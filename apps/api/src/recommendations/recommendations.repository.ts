import { Injectable } from '@nestjs/common';
import { Prisma } from '@psp/db';
import type { RecommendationStatus, ResponseOutcome } from '@psp/contracts';
import { PrismaService, type Tx } from '../common/prisma.service';
import { RESPONSE_SELECT, type ResponseRow } from '../responses/responses.mapper';
import type { ResolvedCitation } from './citations.service';
import { recommendationHasStatusSql, recommendationStatusSql } from './recommendation-status.sql';

export interface RecommendationFilter {
  panelId?: string;
  ids?: string[];
  status?: RecommendationStatus;
  /** Words of the text: full-text (English stemming), or a plain substring for partial words. */
  q?: string;
  /** Recommendations citing this provision, in whichever version they cited it. */
  provisionKey?: string;
  meetingId?: string;
  theme?: string;
  outcome?: ResponseOutcome;
  limit?: number;
  offset?: number;
}

/** A recommendation as the tracker shows it, status and latest outcome derived in SQL. */
export interface RecommendationView {
  id: string;
  panelId: string;
  number: number;
  text: string;
  theme: string | null;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  closedReason: string | null;
  version: number;
  status: RecommendationStatus;
  latestOutcome: ResponseOutcome | null;
}

export interface NewRecommendation {
  panelId: string;
  meetingId: string;
  number: number;
  text: string;
  theme: string | null;
  dueAt: Date;
  createdById: string;
}

/** `%`, `_` and `\` are wildcards in LIKE; a search for them means the characters themselves. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Injectable()
export class RecommendationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findViews(filter: RecommendationFilter, now: Date): Promise<RecommendationView[]> {
    if (filter.ids && filter.ids.length === 0) return [];
    const conditions: Prisma.Sql[] = [];
    if (filter.panelId) {
      // Said of the meeting too, so the planner reads only the panel's meetings for the sort.
      conditions.push(Prisma.sql`r."panelId" = ${filter.panelId}::text AND m."panelId" = ${filter.panelId}::text`);
    }
    if (filter.ids) conditions.push(Prisma.sql`r.id IN (${Prisma.join(filter.ids.map((id) => Prisma.sql`${id}::text`))})`);
    if (filter.meetingId) conditions.push(Prisma.sql`r."meetingId" = ${filter.meetingId}::text`);
    if (filter.theme) conditions.push(Prisma.sql`lower(r.theme) = lower(${filter.theme}::text)`);
    if (filter.q) {
      // The GIN index on the stored "searchVector" serves the first test; the substring catches
      // what stemming misses ("radical" in "radicalisation", a half-typed word).
      conditions.push(Prisma.sql`(r."searchVector" @@ websearch_to_tsquery('english', ${filter.q}::text)
        OR r."text" ILIKE ${likePattern(filter.q)}::text)`);
    }
    if (filter.provisionKey) {
      conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "RecommendationCitation" c JOIN "Provision" p ON p.id = c."provisionId"
        WHERE c."recommendationId" = r.id AND p."provisionKey" = ${filter.provisionKey}::text)`);
    }
    if (filter.status) conditions.push(recommendationHasStatusSql(filter.status, now));
    if (filter.outcome) conditions.push(Prisma.sql`r."latestOutcome" = ${filter.outcome}::"ResponseOutcome"`);

    const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
    const limit = filter.limit !== undefined ? Prisma.sql`LIMIT ${filter.limit}::int` : Prisma.empty;
    const offset = filter.offset ? Prisma.sql`OFFSET ${filter.offset}::int` : Prisma.empty;

    return this.prisma.$queryRaw<RecommendationView[]>(Prisma.sql`
      SELECT r.id, r."panelId", r.number, r.text, r.theme, r."meetingId", m.title AS "meetingTitle", m."startsAt" AS "meetingStartsAt",
             r."dueAt", r."closedAt", r."closedReason", r.version,
             ${recommendationStatusSql(now)} AS status,
             r."latestOutcome"::text AS "latestOutcome"
      FROM "Recommendation" r JOIN "Meeting" m ON m.id = r."meetingId"
      ${where}
      ORDER BY m."startsAt" DESC, r.number ASC, r.id ASC
      ${limit} ${offset}`);
  }

  findById(id: string) {
    return this.prisma.recommendation.findUnique({
      where: { id },
      select: { id: true, panelId: true, number: true, closedAt: true, version: true },
    });
  }

  findMeeting(meetingId: string) {
    return this.prisma.meeting.findUnique({ where: { id: meetingId }, select: { id: true, panelId: true, startsAt: true } });
  }

  /** Every response of the recommendation, newest first; the caller filters by visibility. */
  responsesOf(recommendationId: string): Promise<ResponseRow[]> {
    return this.prisma.response.findMany({
      where: { recommendationId },
      select: RESPONSE_SELECT,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
  }

  /**
   * The panel's next recommendation number. The panel row is locked until the transaction ends,
   * so concurrent creations take numbers one after another instead of colliding.
   */
  async nextNumber(tx: Tx, panelId: string): Promise<number> {
    await tx.$queryRaw`SELECT id FROM "Panel" WHERE id = ${panelId}::text FOR UPDATE`;
    const { _max } = await tx.recommendation.aggregate({ where: { panelId }, _max: { number: true } });
    return (_max.number ?? 0) + 1;
  }

  async create(tx: Tx, data: NewRecommendation, citations: ResolvedCitation[]) {
    return tx.recommendation.create({
      data: {
        ...data,
        citations: { create: citations.map((c) => ({ provisionId: c.provisionId, cited: c.cited, position: c.position })) },
      },
      select: { id: true, number: true, meetingId: true, text: true, theme: true, dueAt: true },
    });
  }

  /** Closes an open recommendation at the version the caller read; 0 when stale or already closed. */
  async close(tx: Tx, id: string, version: number, closedAt: Date, closedReason: string): Promise<number> {
    const { count } = await tx.recommendation.updateMany({
      where: { id, version, closedAt: null },
      data: { closedAt, closedReason, version: { increment: 1 } },
    });
    return count;
  }
}
