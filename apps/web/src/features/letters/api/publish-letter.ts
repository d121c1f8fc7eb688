import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';

export const publishLetter = (id: string, version: number) => apiClient.post(apiPaths.letterPublish(id), { schema: 'ResponseLetter', body: { version } });

export function usePublishLetter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => publishLetter(id, version),
    onSuccess: (letter) => {
      queryClient.setQueryData(['letters', letter.id], letter);
      // Publishing the letter publishes its responses: every recommendation view may change.
      void queryClient.invalidateQueries({ queryKey: ['panels'] });
      void queryClient.invalidateQueries({ queryKey: ['recommendations'] });
    },
  });
}
