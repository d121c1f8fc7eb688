import type { Panel, PanelDeadline, PanelSummary, RecommendationStatus } from '@psp/contracts';
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

export function mapPanelSummary(row: PanelRow, counted: Array<{ status: string; count: number }>): PanelSummary {
  const counts = Object.fromEntries(RECOMMENDATION_STATUSES.map((status) => [status, 0])) as Record<RecommendationStatus, number>;
  for (const { status, count } of counted) counts[status as RecommendationStatus] = count;
  return { ...mapPanel(row), counts };
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
