import type { CitedProvision, Recommendation } from '@psp/contracts';
import { implementationState } from '@psp/domain';
import type { RecommendationView } from './recommendations.repository';

export function mapRecommendation(view: RecommendationView, provisions: CitedProvision[]): Recommendation {
  return {
    id: view.id,
    number: view.number,
    text: view.text,
    status: view.status,
    meetingId: view.meetingId,
    meetingTitle: view.meetingTitle,
    meetingStartsAt: view.meetingStartsAt.toISOString(),
    theme: view.theme,
    dueAt: view.dueAt?.toISOString() ?? null,
    closedAt: view.closedAt?.toISOString() ?? null,
    closedReason: view.closedReason,
    withdrawnAt: view.withdrawnAt?.toISOString() ?? null,
    withdrawnReason: view.withdrawnReason,
    provisions,
    latestOutcome: view.latestOutcome,
    implementationState: implementationState(view.implementationState, view.latestOutcome),
    version: view.version,
  };
}
