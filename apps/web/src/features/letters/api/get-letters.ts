import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const getLetters = (slug: string, signal?: AbortSignal) => apiClient.get(apiPaths.panelLetters(slug), { schema: 'ResponseLetter', many: true, signal });

export const lettersQueryOptions = (slug: string) =>
  queryOptions({ queryKey: queryKeys.panels.letters(slug), queryFn: ({ signal }) => getLetters(slug, signal) });

export const useLetters = (slug: string) => useQuery(lettersQueryOptions(slug));
