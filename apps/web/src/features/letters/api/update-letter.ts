import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateLetterInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const updateLetter = (id: string, input: UpdateLetterInput) => apiClient.patch(apiPaths.letter(id), { schema: 'ResponseLetter', body: input });

export function useUpdateLetter(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateLetterInput) => updateLetter(id, input),
    onSuccess: (letter) => {
      queryClient.setQueryData(queryKeys.letters.one(letter.id), letter);
      // Which responses wait for a letter may have changed: the queues and letter lists follow.
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.all });
    },
  });
}
