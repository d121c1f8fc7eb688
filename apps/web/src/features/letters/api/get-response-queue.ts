import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ResponseStatus } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';

/** Responses a letter can carry: approved or already published. */
export const getResponsesByStatus = (slug: string, status: ResponseStatus, signal?: AbortSignal) =>
  apiClient.get(apiPaths.panelResponses(slug), { schema: 'ResponseQueueItem', many: true, params: { status }, signal });

export const responsesByStatusQueryOptions = (slug: string, status: ResponseStatus) =>
  queryOptions({ queryKey: ['panels', slug, 'responses', status], queryFn: ({ signal }) => getResponsesByStatus(slug, status, signal) });

export const useResponsesByStatus = (slug: string, status: ResponseStatus) => useQuery(responsesByStatusQueryOptions(slug, status));
