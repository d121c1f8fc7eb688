import { RECOMMENDATION_STATUS_VALUES, type RecommendationStatus } from '@psp/contracts';

export type RecommendationStatusName = RecommendationStatus;
// The plain array, not the zod enum's options: the web app uses this list, and must not ship zod.
export const RECOMMENDATION_STATUSES: readonly RecommendationStatusName[] = RECOMMENDATION_STATUS_VALUES;

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
