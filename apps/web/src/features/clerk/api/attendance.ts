// Recording who attended a meeting and the interests declared on its items (the clerk).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeclareInterestInput, SetAttendanceInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const setAttendance = (meetingId: string, input: SetAttendanceInput) =>
  apiClient.put(apiPaths.meetingAttendance(meetingId), { schema: 'AttendanceRecord', many: true, body: input });
export const declareInterest = (meetingId: string, itemId: string, input: DeclareInterestInput) =>
  apiClient.post(apiPaths.agendaItemDeclarations(meetingId, itemId), { schema: 'Declaration', body: input });

export function useSetAttendance(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetAttendanceInput) => setAttendance(meetingId, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.meetings.one(meetingId) }),
  });
}

export function useDeclareInterest(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, input }: { itemId: string; input: DeclareInterestInput }) => declareInterest(meetingId, itemId, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.meetings.one(meetingId) }),
  });
}
