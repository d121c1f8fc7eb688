import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const getUsers = (signal?: AbortSignal) => apiClient.get(apiPaths.adminUsers(), { schema: 'AdminUser', many: true, signal });

export const usersQueryOptions = () => queryOptions({ queryKey: queryKeys.admin.users, queryFn: ({ signal }) => getUsers(signal) });

export const useUsers = () => useQuery(usersQueryOptions());
