import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateResponseInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Edits a draft; `version` is the one read, and a stale one is refused with 409. */
export const updateResponse = (responseId: string, input: UpdateResponseInput) =>
  apiClient.patch(apiPaths.response(responseId), { schema: 'Response', body: input });

export function useUpdateResponse(recommendationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ responseId, input }: { responseId: string; input: UpdateResponseInput }) => updateResponse(responseId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.recommendations.one(recommendationId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.all });
    },
  });
}
