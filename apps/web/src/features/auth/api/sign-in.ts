import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { setCsrfToken } from '@/lib/session';
import { queryKeys } from '@/lib/query-keys';

export const signIn = (input: LoginInput) => apiClient.post(apiPaths.login(), { schema: 'LoginResult', body: input });

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (result) => {
      setCsrfToken(result.csrfToken);
      // What the public could see is not what staff can see: start from an empty cache.
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, result.user);
    },
  });
}
