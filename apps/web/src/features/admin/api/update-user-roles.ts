import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdminUser, UpdateUserRolesInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const updateUserRoles = (id: string, input: UpdateUserRolesInput) => apiClient.patch(apiPaths.adminUser(id), { schema: 'AdminUser', body: input });

export function useUpdateUserRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUserRolesInput }) => updateUserRoles(id, input),
    onSuccess: (user: AdminUser) => {
      queryClient.setQueryData<AdminUser[]>(queryKeys.admin.users, (users) => users?.map((u) => (u.id === user.id ? user : u)));
      void queryClient.invalidateQueries({ queryKey: queryKeys.admin.users });
    },
  });
}
