import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateAgendaItemInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const createAgendaItem = (meetingId: string, input: CreateAgendaItemInput) =>
  apiClient.post(apiPaths.meetingAgendaItems(meetingId), { schema: 'AgendaItem', body: input });

export function useCreateAgendaItem(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAgendaItemInput) => createAgendaItem(meetingId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.meetings.one(meetingId) }),
  });
}
