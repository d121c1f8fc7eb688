import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SearchQuery } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** What narrows a search besides its words and panel. */
export type SearchFilters = Pick<SearchQuery, 'kind' | 'from' | 'to'>;

export const search = (q: string, panel: string | undefined, filters: SearchFilters, signal?: AbortSignal) =>
  apiClient.get(apiPaths.search(), { schema: 'SearchResult', params: { q, panel, ...filters }, signal });

export const searchQueryOptions = (q: string, panel?: string, filters: SearchFilters = {}) =>
  queryOptions({ queryKey: queryKeys.search(q, panel ?? null, filters), queryFn: ({ signal }) => search(q, panel, filters, signal) });

export const useSearch = (q: string, panel?: string, filters: SearchFilters = {}) =>
  useQuery({ ...searchQueryOptions(q, panel, filters), enabled: Boolean(q.trim()) });
