import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateMeetingInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const updateMeeting = (id: string, input: UpdateMeetingInput) => apiClient.patch(apiPaths.meeting(id), { schema: 'MeetingDetail', body: input });

export function useUpdateMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMeetingInput) => updateMeeting(id, input),
    onSuccess: (meeting) => {
      queryClient.setQueryData(queryKeys.meetings.one(meeting.id), meeting);
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.all });
    },
  });
}
