// Recording and correcting the panel's members (the clerk and the admin): each write refreshes every list of members.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateMemberInput, UpdateMemberInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const createMember = (slug: string, input: CreateMemberInput) => apiClient.post(apiPaths.panelMembers(slug), { schema: 'PanelMember', body: input });
export const updateMember = (id: string, input: UpdateMemberInput) => apiClient.patch(apiPaths.member(id), { schema: 'PanelMember', body: input });

export function useCreateMember(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMemberInput) => createMember(slug, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.panels.one(slug) }),
  });
}

export function useUpdateMember(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateMemberInput }) => updateMember(id, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.panels.one(slug) }),
  });
}
