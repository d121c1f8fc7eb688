import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateRecommendationInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const correctRecommendation = (id: string, input: UpdateRecommendationInput) =>
  apiClient.patch(apiPaths.recommendation(id), { schema: 'Recommendation', body: input });

export function useCorrectRecommendation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateRecommendationInput) => correctRecommendation(id, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.recommendations.one(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.all });
    },
  });
}
