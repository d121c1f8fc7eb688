import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateAgendaItemInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const updateAgendaItem = (meetingId: string, itemId: string, input: UpdateAgendaItemInput) =>
  apiClient.patch(apiPaths.meetingAgendaItem(meetingId, itemId), { schema: 'MeetingDetail', body: input });

export function useUpdateAgendaItem(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, input }: { itemId: string; input: UpdateAgendaItemInput }) => updateAgendaItem(meetingId, itemId, input),
    onSuccess: (meeting) => queryClient.setQueryData(queryKeys.meetings.one(meetingId), meeting),
  });
}
