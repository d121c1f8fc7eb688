import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const getVersionAmendments = (id: string, signal?: AbortSignal) =>
  apiClient.get(apiPaths.documentVersionAmendments(id), { schema: 'VersionAmendments', signal });

export const versionAmendmentsQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.documentVersions.amendments(id), queryFn: ({ signal }) => getVersionAmendments(id, signal) });

export const useVersionAmendments = (id: string) => useQuery(versionAmendmentsQueryOptions(id));
