import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateLetterInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const createLetter = (slug: string, input: CreateLetterInput) => apiClient.post(apiPaths.panelLetters(slug), { schema: 'ResponseLetter', body: input });

export function useCreateLetter(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateLetterInput) => createLetter(slug, input),
    onSuccess: (letter) => {
      queryClient.setQueryData(queryKeys.letters.one(letter.id), letter);
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.letters(slug) });
    },
  });
}
