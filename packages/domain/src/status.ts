import type { RecommendationStatus } from '@psp/contracts';
import { RECOMMENDATION_STATUSES } from '@psp/contracts/enums';

export type RecommendationStatusName = RecommendationStatus;
export { RECOMMENDATION_STATUSES };

export interface RecommendationFacts {
  closedAt: Date | null;
  dueAt: Date | null;
  /** When the first response was published, if one has been. */
  firstPublishedResponseAt: Date | null;
}

/**
 * A recommendation's status is derived, never stored: closed by the panel wins; then a published
 * response; then overdue once the due date has passed without one.
 */
export function deriveRecommendationStatus(facts: RecommendationFacts, now: Date): RecommendationStatusName {
  if (facts.closedAt) return 'CLOSED';
  if (facts.firstPublishedResponseAt) return 'RESPONDED';
  if (facts.dueAt && facts.dueAt.getTime() < now.getTime()) return 'OVERDUE';
  return 'AWAITING_RESPONSE';
}

export function isAwaitingAnswer(status: RecommendationStatusName): boolean {
  return status === 'AWAITING_RESPONSE' || status === 'OVERDUE';
}
