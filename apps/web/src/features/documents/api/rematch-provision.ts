import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RematchInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const rematchProvision = (versionId: string, provisionKey: string, input: RematchInput) =>
  apiClient.put(apiPaths.documentVersionMatch(versionId, provisionKey), { schema: 'VersionMatches', body: input });

/** "This is draft paragraph 38": re-keys a paragraph of a draft; the links into the version follow, so they are read again. */
export function useRematchProvision(versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ provisionKey, input }: { provisionKey: string; input: RematchInput }) => rematchProvision(versionId, provisionKey, input),
    onSuccess: (matches) => {
      queryClient.setQueryData(queryKeys.documentVersions.matches(versionId), matches);
      void queryClient.invalidateQueries({ queryKey: queryKeys.documentVersions.one(versionId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.documentVersions.amendments(versionId) });
    },
  });
}
