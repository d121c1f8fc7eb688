import type { MinutesTransitionInput } from '@psp/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type MinutesTarget = MinutesTransitionInput['to'];

export const transitionMinutes = (meetingId: string, to: MinutesTarget, version: number) =>
  apiClient.post(apiPaths.meetingMinutesTransitions(meetingId), { schema: 'Minutes', body: { to, version } });

export function useTransitionMinutes(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ to, version }: { to: MinutesTarget; version: number }) => transitionMinutes(meetingId, to, version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.meetings.one(meetingId) }),
  });
}
