import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient, isApiError } from '../api-client';
import { hasSession } from '../session';
import { queryKeys } from '../query-keys';

/** The signed-in user, or null for the public (a 401 is an answer here, not an error). */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  try {
    return await apiClient.get(apiPaths.me(), { schema: 'User', signal });
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: queryKeys.me, queryFn: ({ signal }) => getMe(signal), staleTime: 5 * 60_000 });

/** The signed-in user; only asked when this tab holds a sign-in, so the public never sees a 401. */
export function useMe() {
  return useQuery({ ...meQueryOptions(), enabled: hasSession() });
}
