import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const discardLetter = (id: string, version: number) => apiClient.post(apiPaths.letterDiscard(id), { body: { version } });

export function useDiscardLetter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => discardLetter(id, version),
    onSuccess: (_nothing, { id }) => {
      queryClient.removeQueries({ queryKey: queryKeys.letters.one(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.all });
    },
  });
}
