import { Injectable } from '@nestjs/common';
import { Prisma } from '@psp/db';
import { PrismaService } from '../common/prisma.service';
import { recommendationHasStatusSql } from '../recommendations/recommendation-status.sql';

const DAY_MS = 86_400_000;
/** "Due soon": a response due within this many days. */
const DUE_SOON_DAYS = 7;
/** Readings of the workspace this close together are one sitting. */
const SITTING_MS = 30 * 60_000;

/** Counts of the work waiting on a panel, each one statement; what they count is only ever the caller's own panel. */
@Injectable()
export class WorkspaceRepository {
  constructor(private readonly prisma: PrismaService) {}

  panels(panelIds: string[]) {
    return this.prisma.panel.findMany({ where: { id: { in: panelIds } }, orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true } });
  }

  async clerk(panelId: string, now: Date) {
    const [row] = await this.prisma.$queryRaw<Array<{ withoutMinutes: number; toApprove: number; toPublish: number }>>(Prisma.sql`
      SELECT
        (SELECT count(*)::int FROM "Meeting" m
          WHERE m."panelId" = ${panelId} AND m."startsAt" < ${now} AND m.status <> 'CANCELLED'
            AND NOT EXISTS (SELECT 1 FROM "Document" d WHERE d."meetingId" = m.id AND d.kind = 'MINUTES')) AS "withoutMinutes",
        (SELECT count(*)::int FROM "Document" d JOIN "DocumentVersion" v ON v."documentId" = d.id
          WHERE d."panelId" = ${panelId} AND d.kind = 'MINUTES' AND v.status = 'DRAFT') AS "toApprove",
        (SELECT count(*)::int FROM "Document" d JOIN "DocumentVersion" v ON v."documentId" = d.id
          WHERE d."panelId" = ${panelId} AND d.kind = 'MINUTES' AND v.status = 'APPROVED') AS "toPublish"`);
    const next = await this.prisma.meeting.findFirst({
      where: { panelId, startsAt: { gte: now }, status: { not: 'CANCELLED' } },
      orderBy: { startsAt: 'asc' },
      select: { id: true, title: true, startsAt: true },
    });
    return {
      meetingsWithoutMinutes: row?.withoutMinutes ?? 0,
      minutesToApprove: row?.toApprove ?? 0,
      minutesToPublish: row?.toPublish ?? 0,
      nextMeeting: next,
    };
  }

  /** Recommendations the OPCC still has to answer: waiting or overdue, with no response in review or approved. */
  async officer(panelId: string, now: Date) {
    const waiting = Prisma.sql`(${recommendationHasStatusSql('AWAITING_RESPONSE', now)} OR ${recommendationHasStatusSql('OVERDUE', now)})`;
    const soon = new Date(now.getTime() + DUE_SOON_DAYS * DAY_MS);
    const [row] = await this.prisma.$queryRaw<Array<{ toDraft: number; overdue: number; dueSoon: number; returned: number }>>(Prisma.sql`
      SELECT count(*)::int AS "toDraft",
             count(*) FILTER (WHERE ${recommendationHasStatusSql('OVERDUE', now)})::int AS overdue,
             count(*) FILTER (WHERE r."dueAt" >= ${now} AND r."dueAt" < ${soon})::int AS "dueSoon",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Response" s JOIN "AuditEvent" e ON e."entityId" = s.id AND e.action = 'response.returned'
                                             WHERE s."recommendationId" = r.id AND s.status = 'DRAFT'))::int AS returned
      FROM "Recommendation" r
      WHERE r."panelId" = ${panelId} AND ${waiting}
        AND NOT EXISTS (SELECT 1 FROM "Response" s WHERE s."recommendationId" = r.id AND s.status IN ('IN_REVIEW', 'APPROVED'))`);
    return { toDraft: row?.toDraft ?? 0, overdue: row?.overdue ?? 0, dueSoon: row?.dueSoon ?? 0, returned: row?.returned ?? 0 };
  }

  async approver(panelId: string) {
    const [toReview, approvedNotInLetter, lettersToPublish] = await Promise.all([
      this.prisma.response.count({ where: { status: 'IN_REVIEW', recommendation: { panelId } } }),
      this.prisma.response.count({ where: { status: 'APPROVED', letterId: null, recommendation: { panelId } } }),
      this.prisma.responseLetter.count({ where: { panelId, status: 'DRAFT' } }),
    ]);
    return { toReview, approvedNotInLetter, lettersToPublish };
  }

  /** What a member of the panel follows: recommendations waiting and overdue, and those answered since `since`. */
  async councillor(panelId: string, now: Date, since: Date | null) {
    const [row] = await this.prisma.$queryRaw<Array<{ waiting: number; overdue: number; answered: number }>>(Prisma.sql`
      SELECT count(*) FILTER (WHERE ${recommendationHasStatusSql('AWAITING_RESPONSE', now)} OR ${recommendationHasStatusSql('OVERDUE', now)})::int AS waiting,
             count(*) FILTER (WHERE ${recommendationHasStatusSql('OVERDUE', now)})::int AS overdue,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Response" s WHERE s."recommendationId" = r.id AND s.status = 'PUBLISHED'
                                              AND s."publishedAt" > ${since ?? new Date(0)}))::int AS answered
      FROM "Recommendation" r WHERE r."panelId" = ${panelId}`);
    return { waiting: row?.waiting ?? 0, overdue: row?.overdue ?? 0, answered: row?.answered ?? 0 };
  }

  /** People with no role yet whom this panel's admin manages (made for the panel, or for none). */
  peopleWithoutRole(panelId: string): Promise<number> {
    return this.prisma.user.count({ where: { memberships: { none: {} }, OR: [{ createdForPanelId: panelId }, { createdForPanelId: null }] } });
  }

  /**
   * Records this visit and answers the one before it. A visit within a sitting (less than
   * SITTING_MS after the last) moves only the last visit, so reading the workspace again does not
   * reset what is new since the previous sitting.
   */
  async visit(userId: string, now: Date): Promise<Date | null> {
    const sittingStart = new Date(now.getTime() - SITTING_MS);
    const [row] = await this.prisma.$queryRaw<Array<{ previous: Date | null }>>(Prisma.sql`
      UPDATE "User" SET
        "previousWorkspaceVisitAt" = CASE WHEN "lastWorkspaceVisitAt" IS NULL OR "lastWorkspaceVisitAt" < ${sittingStart}
                                          THEN "lastWorkspaceVisitAt" ELSE "previousWorkspaceVisitAt" END,
        "lastWorkspaceVisitAt" = ${now}
      WHERE id = ${userId}
      RETURNING "previousWorkspaceVisitAt" AS previous`);
    return row?.previous ?? null;
  }
}
