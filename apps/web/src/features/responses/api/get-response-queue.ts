import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ResponseStatus } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';

/** The OPCC's work queue: unpublished responses, or those of one status. */
export const getResponseQueue = (slug: string, status: ResponseStatus | undefined, signal?: AbortSignal) =>
  apiClient.get(apiPaths.panelResponses(slug), { schema: 'ResponseQueueItem', many: true, params: { status }, signal });

export const responseQueueQueryOptions = (slug: string, status?: ResponseStatus) =>
  queryOptions({ queryKey: ['panels', slug, 'responses', status ?? 'unpublished'], queryFn: ({ signal }) => getResponseQueue(slug, status, signal), staleTime: 10_000 });

export const useResponseQueue = (slug: string, status?: ResponseStatus) => useQuery(responseQueueQueryOptions(slug, status));
