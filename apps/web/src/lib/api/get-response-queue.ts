import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ResponseStatus } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '../api-client';
import { queryKeys } from '../query-keys';

/**
 * The OPCC's responses not yet published (or those of one status), with their recommendations:
 * the officer's and approver's queues, and the responses a letter can carry.
 */
export const getResponseQueue = (slug: string, status: ResponseStatus | undefined, signal?: AbortSignal) =>
  apiClient.get(apiPaths.panelResponses(slug), { schema: 'ResponseQueueItem', many: true, params: { status }, signal });

export const responseQueueQueryOptions = (slug: string, status?: ResponseStatus) =>
  queryOptions({ queryKey: queryKeys.panels.responses(slug, status), queryFn: ({ signal }) => getResponseQueue(slug, status, signal), staleTime: 10_000 });

export const useResponseQueue = (slug: string, status?: ResponseStatus) => useQuery(responseQueueQueryOptions(slug, status));
