import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateRecommendationInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const createRecommendation = (slug: string, input: CreateRecommendationInput) =>
  apiClient.post(apiPaths.panelRecommendations(slug), { schema: 'Recommendation', body: input });

export function useCreateRecommendation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRecommendationInput) => createRecommendation(slug, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.panels.one(slug) }),
  });
}
