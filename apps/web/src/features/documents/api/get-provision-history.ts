import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const getProvisionHistory = (provisionKey: string, signal?: AbortSignal) =>
  apiClient.get(apiPaths.provisionHistory(provisionKey), { schema: 'ProvisionHistory', signal });

export const provisionHistoryQueryOptions = (provisionKey: string) =>
  queryOptions({ queryKey: queryKeys.provisions.history(provisionKey), queryFn: ({ signal }) => getProvisionHistory(provisionKey, signal) });

export const useProvisionHistory = (provisionKey: string) => useQuery(provisionHistoryQueryOptions(provisionKey));
