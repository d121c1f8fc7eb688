import type { RecommendationStatus } from '@psp/contracts';
import { RECOMMENDATION_STATUSES } from '@psp/contracts/enums';

export type RecommendationStatusName = RecommendationStatus;
export { RECOMMENDATION_STATUSES };

export interface RecommendationFacts {
  /** Withdrawn by the clerk as recorded by mistake. */
  withdrawnAt: Date | null;
  closedAt: Date | null;
  dueAt: Date | null;
  /** When the first response was published, if one has been. */
  firstPublishedResponseAt: Date | null;
}

/** What may hold of a recommendation, each read from its own facts (and the clock). */
export type StatusCondition = 'withdrawn' | 'closed' | 'answered' | 'pastDue';

/**
 * The status rule as data, the one home of it: the first rule whose condition holds gives the
 * status, and the last has none. Withdrawn (recorded by mistake) wins; then closed by the panel; then a published response; then
 * overdue once the due date has passed without one. The API's SQL forms are built from this
 * table (apps/api/src/recommendations/recommendation-status.sql.ts).
 */
export const STATUS_RULES: ReadonlyArray<{ status: RecommendationStatusName; when: StatusCondition | null }> = [
  { status: 'WITHDRAWN', when: 'withdrawn' },
  { status: 'CLOSED', when: 'closed' },
  { status: 'RESPONDED', when: 'answered' },
  { status: 'OVERDUE', when: 'pastDue' },
  { status: 'AWAITING_RESPONSE', when: null },
];

const HOLDS: Record<StatusCondition, (facts: RecommendationFacts, now: Date) => boolean> = {
  withdrawn: (facts) => facts.withdrawnAt !== null,
  closed: (facts) => facts.closedAt !== null,
  answered: (facts) => facts.firstPublishedResponseAt !== null,
  pastDue: (facts, now) => facts.dueAt !== null && facts.dueAt.getTime() < now.getTime(),
};

/** A recommendation's status is derived, never stored: by STATUS_RULES. */
export function deriveRecommendationStatus(facts: RecommendationFacts, now: Date): RecommendationStatusName {
  for (const rule of STATUS_RULES) if (rule.when === null || HOLDS[rule.when](facts, now)) return rule.status;
  return 'AWAITING_RESPONSE';
}

export function isAwaitingAnswer(status: RecommendationStatusName): boolean {
  return status === 'AWAITING_RESPONSE' || status === 'OVERDUE';
}

/** The statuses counted in totals: a withdrawn recommendation was recorded by mistake and counts nowhere. */
export const COUNTED_STATUSES: readonly RecommendationStatusName[] = RECOMMENDATION_STATUSES.filter((status) => status !== 'WITHDRAWN');
