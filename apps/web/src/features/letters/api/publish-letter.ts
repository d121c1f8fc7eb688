import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const publishLetter = (id: string, version: number) => apiClient.post(apiPaths.letterPublish(id), { schema: 'ResponseLetter', body: { version } });

export function usePublishLetter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => publishLetter(id, version),
    onSuccess: (letter) => {
      queryClient.setQueryData(queryKeys.letters.one(letter.id), letter);
      // Publishing the letter publishes its responses: every recommendation view may change.
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.recommendations.all });
    },
  });
}
