import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateLetterInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';

export const createLetter = (slug: string, input: CreateLetterInput) =>
  apiClient.post(apiPaths.panelLetters(slug), { schema: 'ResponseLetter', body: input });

export function useCreateLetter(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateLetterInput) => createLetter(slug, input),
    onSuccess: (letter) => {
      queryClient.setQueryData(['letters', letter.id], letter);
      void queryClient.invalidateQueries({ queryKey: ['panels', slug, 'letters'] });
    },
  });
}
