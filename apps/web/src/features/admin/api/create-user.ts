import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const createUser = (input: CreateUserInput) => apiClient.post(apiPaths.adminUsers(), { schema: 'AdminUser', body: input });

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.admin.users }) });
}
