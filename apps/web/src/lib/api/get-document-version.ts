import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '../api-client';
import { queryKeys } from '../query-keys';

export const getDocumentVersion = (id: string, signal?: AbortSignal) => apiClient.get(apiPaths.documentVersion(id), { schema: 'DocumentVersion', signal });

export const documentVersionQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.documentVersions.one(id), queryFn: ({ signal }) => getDocumentVersion(id, signal) });

export const useDocumentVersion = (id: string | undefined) => useQuery({ ...documentVersionQueryOptions(id ?? ''), enabled: Boolean(id) });

/** The version without its text (label, title, what it was based on): `?provisions=none`. */
export const getDocumentVersionSummary = (id: string, signal?: AbortSignal) =>
  apiClient.get(apiPaths.documentVersion(id), { schema: 'DocumentVersion', params: { provisions: 'none' }, signal });

export const documentVersionSummaryQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.documentVersions.summary(id), queryFn: ({ signal }) => getDocumentVersionSummary(id, signal) });

export const useDocumentVersionSummary = (id: string | undefined) => useQuery({ ...documentVersionSummaryQueryOptions(id ?? ''), enabled: Boolean(id) });
