import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { ProblemPage } from '../../../types/api';

export interface ProblemFilters {
  difficulty?: string;
  category?: string;
  tag?: string;
  q?: string;
  page?: number;
}

export function getProblems(filters: ProblemFilters): Promise<ProblemPage> {
  return apiRequest<ProblemPage>('/api/problems', { query: { ...filters } });
}

export const problemsQueryOptions = (filters: ProblemFilters) =>
  queryOptions({ queryKey: ['problems', filters], queryFn: () => getProblems(filters), placeholderData: keepPreviousData });

export function useProblems(filters: ProblemFilters) {
  return useQuery(problemsQueryOptions(filters));
}
