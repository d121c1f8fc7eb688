import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SetAmendmentsInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const setVersionAmendments = (versionId: string, input: SetAmendmentsInput) =>
  apiClient.put(apiPaths.documentVersionAmendments(versionId), { schema: 'VersionAmendments', body: input });

/** Replaces every link from the version's changes to the responses that caused them (or editorial notes). */
export function useSetVersionAmendments(versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetAmendmentsInput) => setVersionAmendments(versionId, input),
    onSuccess: (amendments) => {
      queryClient.setQueryData(queryKeys.documentVersions.amendments(versionId), amendments);
      // The version's `version` moved on: the review and the publish page must carry the new one.
      void queryClient.invalidateQueries({ queryKey: queryKeys.documentVersions.matches(versionId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.documentVersions.one(versionId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.documentVersions.summary(versionId) });
    },
  });
}
