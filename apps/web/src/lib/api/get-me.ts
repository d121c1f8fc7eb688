import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient, isApiError } from '../api-client';
import { hasSession, mayHaveSession, setCsrfToken } from '../session';
import { queryKeys } from '../query-keys';

/**
 * The signed-in user, or null for the public (a 401 is an answer here, not an error). The answer
 * carries the session's CSRF token: keeping it here is what lets a new tab, a bookmark or a link
 * from an email write without signing in again.
 */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  try {
    const { csrfToken, ...user } = await apiClient.get(apiPaths.me(), { schema: 'CurrentUser', signal });
    setCsrfToken(csrfToken);
    return user;
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: queryKeys.me, queryFn: ({ signal }) => getMe(signal), staleTime: 5 * 60_000 });

/**
 * The signed-in user. Public pages ask only when this tab holds a token (so the public never sees
 * a 401); a staff page's loader asks regardless and stores the token, after which this follows.
 */
export function useMe() {
  return useQuery({ ...meQueryOptions(), enabled: hasSession() || mayHaveSession() });
}
