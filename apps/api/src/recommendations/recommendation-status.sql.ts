import { Prisma } from '@psp/db';
import type { RecommendationStatus } from '@psp/contracts';
import { IMPLEMENTATION_TRACKED_OUTCOMES, STATUS_RULES, type StatusCondition } from '@psp/domain';

/**
 * Each condition of @psp/domain's STATUS_RULES as SQL on the recommendation's own row (alias `r`),
 * never NULL, so that its negation is exact. `firstPublishedResponseAt` is kept by the database
 * from the PUBLISHED responses only (migration 20261124090000), so the status is the same for
 * every caller and never betrays an unpublished response.
 */
const CONDITIONS: Record<StatusCondition, (now: Date) => Prisma.Sql> = {
  withdrawn: () => Prisma.sql`r."withdrawnAt" IS NOT NULL`,
  closed: () => Prisma.sql`r."closedAt" IS NOT NULL`,
  answered: () => Prisma.sql`r."firstPublishedResponseAt" IS NOT NULL`,
  pastDue: (now) => Prisma.sql`(r."dueAt" IS NOT NULL AND r."dueAt" < ${utcTimestamp(now)})`,
};

/**
 * A recommendation's status, derived in SQL from STATUS_RULES, so that filters, counts and pages
 * agree with each other and with `deriveRecommendationStatus` (test/recommendation-status.spec.ts
 * checks them against each other on generated cases).
 */
export function recommendationStatusSql(now: Date): Prisma.Sql {
  const branches = STATUS_RULES.map((rule) =>
    rule.when === null
      ? Prisma.sql`ELSE ${Prisma.raw(`'${rule.status}'`)}`
      : Prisma.sql`WHEN ${CONDITIONS[rule.when](now)} THEN ${Prisma.raw(`'${rule.status}'`)}`,
  );
  return Prisma.sql`(CASE ${Prisma.join(branches, ' ')} END)`;
}

/**
 * The same rule as a condition on the row's own columns, one status at a time (no earlier rule
 * holds, and its own does), so a filter on status can use the recommendation's indexes instead
 * of deriving every row first.
 */
export function recommendationHasStatusSql(status: RecommendationStatus, now: Date): Prisma.Sql {
  const index = STATUS_RULES.findIndex((rule) => rule.status === status);
  const rule = STATUS_RULES[index];
  if (!rule) throw new Error(`no status rule for ${status}`);
  const earlier = STATUS_RULES.slice(0, index).flatMap((previous) => (previous.when ? [Prisma.sql`NOT ${CONDITIONS[previous.when](now)}`] : []));
  const own = rule.when ? [CONDITIONS[rule.when](now)] : [];
  const parts = [...earlier, ...own];
  return parts.length ? Prisma.sql`(${Prisma.join(parts, ' AND ')})` : Prisma.sql`TRUE`;
}

/** Prisma keeps DateTime as UTC in `timestamp(3)` columns; a JS Date compares with them like this. */
export function utcTimestamp(date: Date): Prisma.Sql {
  return Prisma.sql`(${date}::timestamptz AT TIME ZONE 'UTC')`;
}

/**
 * The implementation state shown, in SQL: the one last recorded, else NOT_STARTED once a published
 * response accepts the recommendation (the rule of @psp/domain's implementationState).
 */
export const implementationStateSql = (r: Prisma.Sql) =>
  Prisma.sql`COALESCE(${r}."implementationState"::text,
                      CASE WHEN ${r}."latestOutcome" IN (${Prisma.join(IMPLEMENTATION_TRACKED_OUTCOMES.map((outcome) => Prisma.raw(`'${outcome}'`)))}) THEN 'NOT_STARTED' END)`;
