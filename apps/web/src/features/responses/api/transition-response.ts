import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResponseStatus } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Moves a response through its workflow: submit (IN_REVIEW), approve, publish, or return (DRAFT). */
export const transitionResponse = (responseId: string, to: ResponseStatus, version: number, comment?: string) =>
  apiClient.post(apiPaths.responseTransitions(responseId), { schema: 'Response', body: { to, version, ...(comment ? { comment } : {}) } });

export function useTransitionResponse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ responseId, to, version, comment }: { responseId: string; to: ResponseStatus; version: number; comment?: string }) =>
      transitionResponse(responseId, to, version, comment),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.recommendations.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.all });
    },
  });
}
