import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateMeetingInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const createMeeting = (slug: string, input: CreateMeetingInput) =>
  apiClient.post(apiPaths.panelMeetings(slug), { schema: 'MeetingDetail', body: input });

export function useCreateMeeting(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMeetingInput) => createMeeting(slug, input),
    onSuccess: (meeting) => {
      queryClient.setQueryData(queryKeys.meetings.one(meeting.id), meeting);
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.meetings(slug) });
    },
  });
}
