import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '../api-client';
import { queryKeys } from '../query-keys';

export const getPanels = (signal?: AbortSignal) => apiClient.get(apiPaths.panels(), { schema: 'Panel', many: true, signal });

export const panelsQueryOptions = () => queryOptions({ queryKey: queryKeys.panels.all, queryFn: ({ signal }) => getPanels(signal), staleTime: 10 * 60_000 });

export const usePanels = () => useQuery(panelsQueryOptions());
