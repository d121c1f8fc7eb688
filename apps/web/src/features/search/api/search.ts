import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const search = (q: string, panel: string | undefined, signal?: AbortSignal) =>
  apiClient.get(apiPaths.search(), { schema: 'SearchResult', params: { q, panel }, signal });

export const searchQueryOptions = (q: string, panel?: string) =>
  queryOptions({ queryKey: queryKeys.search(q, panel ?? null), queryFn: ({ signal }) => search(q, panel, signal) });

export const useSearch = (q: string, panel?: string) => useQuery({ ...searchQueryOptions(q, panel), enabled: Boolean(q.trim()) });
