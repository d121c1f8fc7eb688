import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '../api-client';
import { queryKeys } from '../query-keys';

export const getMeetings = (slug: string, signal?: AbortSignal) =>
  apiClient.get(apiPaths.panelMeetings(slug), { schema: 'MeetingSummary', many: true, signal });

export const meetingsQueryOptions = (slug: string) =>
  queryOptions({ queryKey: queryKeys.panels.meetings(slug), queryFn: ({ signal }) => getMeetings(slug, signal) });

export const useMeetings = (slug: string) => useQuery(meetingsQueryOptions(slug));
