import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const removeAgendaItem = (meetingId: string, itemId: string, version: number) =>
  apiClient.post(apiPaths.meetingAgendaItemRemove(meetingId, itemId), { schema: 'MeetingDetail', body: { version } });

export function useRemoveAgendaItem(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, version }: { itemId: string; version: number }) => removeAgendaItem(meetingId, itemId, version),
    onSuccess: (meeting) => queryClient.setQueryData(queryKeys.meetings.one(meetingId), meeting),
  });
}
