import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Recommendation } from '../../../types/api';

export function getRecommendations(limit = 5): Promise<{ items: Recommendation[] }> {
  return apiRequest<{ items: Recommendation[] }>('/api/me/recommendations', { query: { limit } });
}

export const recommendationsQueryOptions = (limit = 5) =>
  queryOptions({ queryKey: ['recommendations', limit], queryFn: () => getRecommendations(limit), staleTime: 0 });

export function useRecommendations(limit = 5) {
  return useQuery(recommendationsQueryOptions(limit));
}
