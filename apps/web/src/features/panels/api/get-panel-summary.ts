import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const getPanelSummary = (slug: string, signal?: AbortSignal) => apiClient.get(apiPaths.panel(slug), { schema: 'PanelSummary', signal });

export const panelSummaryQueryOptions = (slug: string) =>
  queryOptions({ queryKey: queryKeys.panels.summary(slug), queryFn: ({ signal }) => getPanelSummary(slug, signal) });

export const usePanelSummary = (slug: string) => useQuery(panelSummaryQueryOptions(slug));
