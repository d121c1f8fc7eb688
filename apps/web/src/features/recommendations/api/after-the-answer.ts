// The writes that follow a published answer: a commitment marked in a response, what fulfilled it,
// the OPCC's progress and the panel's verdict. Each refreshes the recommendation it belongs to.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateCommitmentInput, FulfilCommitmentInput, RecordProgressInput, RecordVerdictInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const createCommitment = (responseId: string, input: CreateCommitmentInput) =>
  apiClient.post(apiPaths.responseCommitments(responseId), { schema: 'Commitment', body: input });
export const fulfilCommitment = (commitmentId: string, input: FulfilCommitmentInput) =>
  apiClient.post(apiPaths.commitmentFulfilment(commitmentId), { schema: 'Commitment', body: input });
export const recordProgress = (recommendationId: string, input: RecordProgressInput) =>
  apiClient.post(apiPaths.recommendationProgress(recommendationId), { schema: 'ImplementationUpdate', body: input });
export const recordVerdict = (recommendationId: string, input: RecordVerdictInput) =>
  apiClient.post(apiPaths.recommendationVerdict(recommendationId), { schema: 'ImplementationUpdate', body: input });

/** A mutation that, once done, refreshes the recommendation and every list that counts it. */
function useRecommendationWrite<Input, Result>(recommendationId: string, write: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.recommendations.one(recommendationId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.all });
    },
  });
}

export const useCreateCommitment = (recommendationId: string, responseId: string) =>
  useRecommendationWrite(recommendationId, (input: CreateCommitmentInput) => createCommitment(responseId, input));
export const useFulfilCommitment = (recommendationId: string, commitmentId: string) =>
  useRecommendationWrite(recommendationId, (input: FulfilCommitmentInput) => fulfilCommitment(commitmentId, input));
export const useRecordProgress = (recommendationId: string) =>
  useRecommendationWrite(recommendationId, (input: RecordProgressInput) => recordProgress(recommendationId, input));
export const useRecordVerdict = (recommendationId: string) =>
  useRecommendationWrite(recommendationId, (input: RecordVerdictInput) => recordVerdict(recommendationId, input));
