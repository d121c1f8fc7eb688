import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const publishVersion = (id: string, version: number) =>
  apiClient.post(apiPaths.documentVersionPublish(id), { schema: 'DocumentVersionDetail', body: { version } });

export function usePublishVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => publishVersion(id, version),
    onSuccess: (published) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.documentVersions.one(published.id) });
      // A published version changes the panel's plan pages, the changes view and every paragraph's history.
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.provisions.all });
    },
  });
}
