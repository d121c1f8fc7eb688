import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '../api-client';
import { queryKeys } from '../query-keys';

/** The changes from version `baseId` to version `id`, paragraph by paragraph (by identity, not number). */
/** `onlyChanges`: without the unchanged paragraphs, for pages that show only what changed. */
export const getVersionDiff = (id: string, baseId: string, onlyChanges: boolean, signal?: AbortSignal) =>
  apiClient.get(apiPaths.documentVersionDiff(id), {
    schema: 'DiffEntry',
    many: true,
    params: { base: baseId, only: onlyChanges ? 'changes' : undefined },
    signal,
  });

export const versionDiffQueryOptions = (id: string, baseId: string, options: { onlyChanges?: boolean } = {}) =>
  queryOptions({
    queryKey: queryKeys.documentVersions.diff(id, baseId, options.onlyChanges ? 'changes' : 'all'),
    queryFn: ({ signal }) => getVersionDiff(id, baseId, options.onlyChanges ?? false, signal),
  });

export const useVersionDiff = (id: string | undefined, baseId: string | undefined, options: { onlyChanges?: boolean } = {}) =>
  useQuery({ ...versionDiffQueryOptions(id ?? '', baseId ?? '', options), enabled: Boolean(id && baseId) });
