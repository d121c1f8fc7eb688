import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';

export const getLetters = (slug: string, signal?: AbortSignal) => apiClient.get(apiPaths.panelLetters(slug), { schema: 'ResponseLetter', many: true, signal });

export const lettersQueryOptions = (slug: string) =>
  queryOptions({ queryKey: ['panels', slug, 'letters'], queryFn: ({ signal }) => getLetters(slug, signal) });

export const useLetters = (slug: string) => useQuery(lettersQueryOptions(slug));
