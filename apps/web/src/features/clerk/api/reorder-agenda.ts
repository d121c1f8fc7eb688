import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReorderAgendaInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const reorderAgenda = (meetingId: string, input: ReorderAgendaInput) =>
  apiClient.put(apiPaths.meetingAgendaOrder(meetingId), { schema: 'MeetingDetail', body: input });

export function useReorderAgenda(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReorderAgendaInput) => reorderAgenda(meetingId, input),
    onSuccess: (meeting) => queryClient.setQueryData(queryKeys.meetings.one(meetingId), meeting),
  });
}
