import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordDecisionInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const recordDecision = (meetingId: string, itemId: string, input: RecordDecisionInput) =>
  apiClient.post(apiPaths.agendaItemDecisions(meetingId, itemId), { schema: 'Decision', body: input });

export function useRecordDecision(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, input }: { itemId: string; input: RecordDecisionInput }) => recordDecision(meetingId, itemId, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.meetings.one(meetingId) }),
  });
}
