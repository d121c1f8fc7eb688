import { Prisma } from '@psp/db';
import type { RecommendationStatus } from '@psp/contracts';

/**
 * A recommendation's status, derived in SQL so that filters, counts and pages agree with each
 * other and with `deriveRecommendationStatus` of @psp/domain (test/recommendation-status.spec.ts
 * checks the two against each other on generated cases). It reads the recommendation as alias
 * `r`, one row: `firstPublishedResponseAt` is kept by the database from the PUBLISHED responses
 * only (migration 20261124090000), so the status is the same for every caller and never betrays
 * an unpublished response.
 */
export function recommendationStatusSql(now: Date): Prisma.Sql {
  return Prisma.sql`(CASE
    WHEN r."closedAt" IS NOT NULL THEN 'CLOSED'
    WHEN r."firstPublishedResponseAt" IS NOT NULL THEN 'RESPONDED'
    WHEN r."dueAt" < ${utcTimestamp(now)} THEN 'OVERDUE'
    ELSE 'AWAITING_RESPONSE'
  END)`;
}

/**
 * The same rule as a condition on the row's own columns, one status at a time, so a filter on
 * status can use the recommendation's indexes instead of deriving every row first.
 */
export function recommendationHasStatusSql(status: RecommendationStatus, now: Date): Prisma.Sql {
  switch (status) {
    case 'CLOSED':
      return Prisma.sql`r."closedAt" IS NOT NULL`;
    case 'RESPONDED':
      return Prisma.sql`(r."closedAt" IS NULL AND r."firstPublishedResponseAt" IS NOT NULL)`;
    case 'OVERDUE':
      return Prisma.sql`(r."closedAt" IS NULL AND r."firstPublishedResponseAt" IS NULL AND r."dueAt" < ${utcTimestamp(now)})`;
    case 'AWAITING_RESPONSE':
      return Prisma.sql`(r."closedAt" IS NULL AND r."firstPublishedResponseAt" IS NULL AND (r."dueAt" IS NULL OR r."dueAt" >= ${utcTimestamp(now)}))`;
  }
}

/** Prisma keeps DateTime as UTC in `timestamp(3)` columns; a JS Date compares with them like this. */
export function utcTimestamp(date: Date): Prisma.Sql {
  return Prisma.sql`(${date}::timestamptz AT TIME ZONE 'UTC')`;
}
