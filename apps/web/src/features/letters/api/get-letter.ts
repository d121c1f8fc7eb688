import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const getLetter = (id: string, signal?: AbortSignal) => apiClient.get(apiPaths.letter(id), { schema: 'ResponseLetter', signal });

export const letterQueryOptions = (id: string) => queryOptions({ queryKey: queryKeys.letters.one(id), queryFn: ({ signal }) => getLetter(id, signal) });

export const useLetter = (id: string) => useQuery(letterQueryOptions(id));
