import { Prisma } from '@psp/db';

/**
 * A recommendation's status, derived in SQL so that filters, counts and pages agree with each
 * other and with `deriveRecommendationStatus` of @psp/domain (test/recommendation-status.spec.ts
 * checks the two against each other on generated cases). It reads the recommendation as alias
 * `r`. Only PUBLISHED responses count, so the status is the same for every caller and never
 * betrays an unpublished response.
 */
export function recommendationStatusSql(now: Date): Prisma.Sql {
  return Prisma.sql`(CASE
    WHEN r."closedAt" IS NOT NULL THEN 'CLOSED'
    WHEN EXISTS (SELECT 1 FROM "Response" answered WHERE answered."recommendationId" = r.id AND answered.status = 'PUBLISHED') THEN 'RESPONDED'
    WHEN r."dueAt" < ${utcTimestamp(now)} THEN 'OVERDUE'
    ELSE 'AWAITING_RESPONSE'
  END)`;
}

/** The outcome of the newest published response, or null: the tracker's "latest outcome". */
export function latestOutcomeSql(): Prisma.Sql {
  return Prisma.sql`(SELECT newest.outcome::text FROM "Response" newest
    WHERE newest."recommendationId" = r.id AND newest.status = 'PUBLISHED'
    ORDER BY newest."publishedAt" DESC NULLS LAST, newest."createdAt" DESC, newest.id DESC LIMIT 1)`;
}

/** Prisma keeps DateTime as UTC in `timestamp(3)` columns; a JS Date compares with them like this. */
export function utcTimestamp(date: Date): Prisma.Sql {
  return Prisma.sql`(${date}::timestamptz AT TIME ZONE 'UTC')`;
}
