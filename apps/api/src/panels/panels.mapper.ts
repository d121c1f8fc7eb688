import type { ImplementationState, Panel, PanelDeadline, PanelSummary, RecommendationStatus } from '@psp/contracts';
import { IMPLEMENTATION_STATES } from '@psp/contracts/enums';
import { addDays, deadlineState, RECOMMENDATION_STATUSES, type Deadline } from '@psp/domain';
import type { PanelRow } from './panels.repository';

export function mapPanel(row: PanelRow): Panel {
  return {
    slug: row.slug,
    name: row.name,
    forceArea: row.forceArea,
    hostAuthority: row.hostAuthority,
    responseDueDays: row.responseDueDays,
  };
}

export function mapPanelSummary(
  row: PanelRow,
  counted: Array<{ status: string; count: number }>,
  implementation: Array<{ state: string; count: number }> = [],
): PanelSummary {
  const counts = Object.fromEntries(RECOMMENDATION_STATUSES.map((status) => [status, 0])) as Record<RecommendationStatus, number>;
  for (const { status, count } of counted) counts[status as RecommendationStatus] = count;
  const implementationCounts = Object.fromEntries(IMPLEMENTATION_STATES.map((state) => [state, 0])) as Record<ImplementationState, number>;
  for (const { state, count } of implementation) {
    const known = IMPLEMENTATION_STATES.find((candidate) => candidate === state);
    if (known) implementationCounts[known] = count;
  }
  return { ...mapPanel(row), counts, implementationCounts };
}

/** A statutory deadline falls due at the end of its day (UTC, which is GMT in February and March). */
export function mapDeadline(deadline: Deadline, now: Date): PanelDeadline {
  return {
    code: deadline.code,
    label: deadline.label,
    date: deadline.date.toISOString().slice(0, 10),
    state: deadlineState(addDays(deadline.date, 1), now),
  };
}
