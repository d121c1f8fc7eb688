// The tracker's filters live in the URL (?status=OVERDUE&theme=…) so any view can be shared,
// bookmarked or downloaded as CSV. Unknown values are ignored rather than sent to the API.
import type { ImplementationState, RecommendationStatus, ResponseOutcome } from '@psp/contracts';
import { IMPLEMENTATION_STATES, RESPONSE_OUTCOMES, TRACKER_SORTS } from '@psp/contracts/enums';
import { RECOMMENDATION_STATUSES } from '@psp/domain';
import type { RecommendationFilters } from '@/lib/api/get-recommendations';

export const OUTCOMES: readonly ResponseOutcome[] = RESPONSE_OUTCOMES;

export const FILTER_KEYS = ['status', 'outcome', 'implementation', 'meetingId', 'theme', 'q', 'sort'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Record<FilterKey, string>;

export const EMPTY_FILTERS: FilterValues = { status: '', outcome: '', implementation: '', meetingId: '', theme: '', q: '', sort: '' };

const isImplementationState = (value: string): value is ImplementationState => IMPLEMENTATION_STATES.some((state) => state === value);
const trackerSort = (value: string) => TRACKER_SORTS.find((sort) => sort === value);

export function filterValuesFromSearch(search: URLSearchParams): FilterValues {
  const status = search.get('status') ?? '';
  const outcome = search.get('outcome') ?? '';
  return {
    status: (RECOMMENDATION_STATUSES as readonly string[]).includes(status) ? status : '',
    outcome: (OUTCOMES as readonly string[]).includes(outcome) ? outcome : '',
    implementation: isImplementationState(search.get('implementation') ?? '') ? (search.get('implementation') ?? '') : '',
    meetingId: search.get('meetingId')?.trim() ?? '',
    theme: search.get('theme')?.trim() ?? '',
    q: search.get('q')?.trim() ?? '',
    // The default order (newest meeting first) needs no parameter.
    sort: trackerSort(search.get('sort') ?? '') === 'implementation' ? 'implementation' : '',
  };
}

/** The values as API query parameters (empty ones left out, so the query key stays stable). */
export function apiFiltersFrom(values: FilterValues): RecommendationFilters {
  const filters: RecommendationFilters = {};
  if (values.status) filters.status = values.status as RecommendationStatus;
  if (values.outcome) filters.outcome = values.outcome as ResponseOutcome;
  if (isImplementationState(values.implementation)) filters.implementation = values.implementation;
  if (values.meetingId) filters.meetingId = values.meetingId;
  if (values.theme) filters.theme = values.theme;
  if (values.q) filters.q = values.q;
  const sort = trackerSort(values.sort);
  if (sort) filters.sort = sort;
  return filters;
}

export function searchFromFilterValues(values: FilterValues): Record<string, string> {
  const search: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = values[key].trim();
    if (value) search[key] = value;
  }
  return search;
}

export function hasActiveFilters(values: FilterValues): boolean {
  // The order is not a filter: sorted, the tracker still shows every recommendation.
  return FILTER_KEYS.some((key) => key !== 'sort' && values[key] !== '');
}
