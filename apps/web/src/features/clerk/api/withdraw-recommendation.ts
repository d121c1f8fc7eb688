import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WithdrawRecommendationInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const withdrawRecommendation = (id: string, input: WithdrawRecommendationInput) =>
  apiClient.post(apiPaths.recommendationWithdraw(id), { schema: 'Recommendation', body: input });

export function useWithdrawRecommendation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WithdrawRecommendationInput) => withdrawRecommendation(id, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.recommendations.one(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.all });
    },
  });
}
