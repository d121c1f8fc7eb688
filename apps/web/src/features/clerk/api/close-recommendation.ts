import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CloseRecommendationInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const closeRecommendation = (id: string, input: CloseRecommendationInput) =>
  apiClient.post(apiPaths.recommendationClose(id), { schema: 'Recommendation', body: input });

export function useCloseRecommendation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CloseRecommendationInput) => closeRecommendation(id, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.recommendations.one(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.all });
    },
  });
}
