import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '../api-client';
import { queryKeys } from '../query-keys';

/** Finds the paragraph citations in typed text ("Para 46(e) and 52") in one version. */
export const resolveCitations = (versionId: string, text: string, signal?: AbortSignal) =>
  apiClient.post(apiPaths.resolveCitations(versionId), { schema: 'ResolveResult', body: { text }, signal });

// A POST that only reads: cached like a query so retyping the same words asks nothing again.
export const resolveCitationsQueryOptions = (versionId: string, text: string) =>
  queryOptions({
    queryKey: queryKeys.documentVersions.resolve(versionId, text),
    queryFn: ({ signal }) => resolveCitations(versionId, text, signal),
    staleTime: Infinity,
  });

export const useResolvedCitations = (versionId: string, text: string) =>
  useQuery({ ...resolveCitationsQueryOptions(versionId, text), enabled: Boolean(versionId && text.trim()), placeholderData: keepPreviousData });
