import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The statutory precept timetable for the coming financial year (the panel's DeadlineRules). */
export const getDeadlines = (slug: string, signal?: AbortSignal) =>
  apiClient.get(apiPaths.panelDeadlines(slug), { schema: 'PanelDeadline', many: true, signal });

export const deadlinesQueryOptions = (slug: string) =>
  queryOptions({ queryKey: queryKeys.panels.deadlines(slug), queryFn: ({ signal }) => getDeadlines(slug, signal) });

export const useDeadlines = (slug: string) => useQuery(deadlinesQueryOptions(slug));
