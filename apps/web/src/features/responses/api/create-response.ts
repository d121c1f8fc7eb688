import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateResponseInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const createResponse = (recommendationId: string, input: CreateResponseInput) =>
  apiClient.post(apiPaths.recommendationResponses(recommendationId), { schema: 'Response', body: input });

export function useCreateResponse(recommendationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateResponseInput) => createResponse(recommendationId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.recommendations.one(recommendationId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.all });
    },
  });
}
