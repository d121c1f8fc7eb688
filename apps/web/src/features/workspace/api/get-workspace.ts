import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const getWorkspace = (signal?: AbortSignal) => apiClient.get(apiPaths.workspace(), { schema: 'WorkspaceSummary', signal });

/** Always read afresh when the workspace opens: its counts are what the person acts on. */
export const workspaceQueryOptions = () => queryOptions({ queryKey: queryKeys.workspace, queryFn: ({ signal }) => getWorkspace(signal), staleTime: 0 });

export const useWorkspace = () => useQuery(workspaceQueryOptions());
