import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '../api-client';
import { queryKeys } from '../query-keys';

export const getMeeting = (id: string, signal?: AbortSignal) => apiClient.get(apiPaths.meeting(id), { schema: 'MeetingDetail', signal });

export const meetingQueryOptions = (id: string) => queryOptions({ queryKey: queryKeys.meetings.one(id), queryFn: ({ signal }) => getMeeting(id, signal) });

export const useMeeting = (id: string) => useQuery({ ...meetingQueryOptions(id), enabled: Boolean(id) });
