import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RecommendationQuery } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '../api-client';
import { queryKeys } from '../query-keys';

export type RecommendationFilters = Pick<RecommendationQuery, 'status' | 'outcome' | 'implementation' | 'meetingId' | 'theme' | 'q' | 'provisionKey' | 'sort'>;

export const getRecommendations = (slug: string, filters: RecommendationFilters = {}, signal?: AbortSignal) =>
  apiClient.get(apiPaths.panelRecommendations(slug), { schema: 'Recommendation', many: true, params: { ...filters }, signal });

export const recommendationsQueryOptions = (slug: string, filters: RecommendationFilters = {}) =>
  queryOptions({
    queryKey: queryKeys.panels.recommendations(slug, filters),
    queryFn: ({ signal }) => getRecommendations(slug, filters, signal),
  });

export const useRecommendations = (slug: string, filters: RecommendationFilters = {}) => useQuery(recommendationsQueryOptions(slug, filters));
