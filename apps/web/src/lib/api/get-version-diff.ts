import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '../api-client';
import { queryKeys } from '../query-keys';

/** The changes from version `baseId` to version `id`, paragraph by paragraph (by identity, not number). */
export const getVersionDiff = (id: string, baseId: string, signal?: AbortSignal) =>
  apiClient.get(apiPaths.documentVersionDiff(id), { schema: 'DiffEntry', many: true, params: { base: baseId }, signal });

export const versionDiffQueryOptions = (id: string, baseId: string) =>
  queryOptions({ queryKey: queryKeys.documentVersions.diff(id, baseId), queryFn: ({ signal }) => getVersionDiff(id, baseId, signal) });

export const useVersionDiff = (id: string | undefined, baseId: string | undefined) =>
  useQuery({ ...versionDiffQueryOptions(id ?? '', baseId ?? ''), enabled: Boolean(id && baseId) });
