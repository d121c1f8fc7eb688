import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '../api-client';
import { queryKeys } from '../query-keys';

export const getRecommendation = (id: string, signal?: AbortSignal) => apiClient.get(apiPaths.recommendation(id), { schema: 'RecommendationDetail', signal });

export const recommendationQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.recommendations.one(id), queryFn: ({ signal }) => getRecommendation(id, signal) });

export const useRecommendation = (id: string) => useQuery(recommendationQueryOptions(id));
