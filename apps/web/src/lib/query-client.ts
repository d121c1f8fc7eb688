import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

/** Published records change rarely; a minute's staleness keeps navigation instant. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // A 4xx will not change on retry (not found, not allowed, invalid); a network blip might.
        retry: (failureCount, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
