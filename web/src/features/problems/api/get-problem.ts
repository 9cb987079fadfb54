import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Problem } from '../../../types/api';

export function getProblem(slug: string): Promise<Problem> {
  return apiRequest<Problem>(`/api/problems/${encodeURIComponent(slug)}`);
}

export const problemQueryOptions = (slug: string) => queryOptions({ queryKey: ['problem', slug], queryFn: () => getProblem(slug), staleTime: 5 * 60_000 });

export function useProblem(slug: string) {
  return useQuery(problemQueryOptions(slug));
}
