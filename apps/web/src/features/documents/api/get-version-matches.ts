import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const getVersionMatches = (id: string, signal?: AbortSignal) => apiClient.get(apiPaths.documentVersionMatches(id), { schema: 'VersionMatches', signal });

export const versionMatchesQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.documentVersions.matches(id), queryFn: ({ signal }) => getVersionMatches(id, signal) });

export const useVersionMatches = (id: string) => useQuery(versionMatchesQueryOptions(id));
