import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveMinutesInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const saveMinutes = (meetingId: string, input: SaveMinutesInput) =>
  apiClient.put(apiPaths.meetingMinutes(meetingId), { schema: 'Minutes', body: input });

export function useSaveMinutes(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveMinutesInput) => saveMinutes(meetingId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.meetings.one(meetingId) }),
  });
}
