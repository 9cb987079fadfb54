import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { SubmissionPage } from '../../../types/api';

/** One page of the caller's submissions of a problem, newest first (no reports, no code). */
export function listSubmissions(problem: string, page: number): Promise<SubmissionPage> {
  return apiRequest<SubmissionPage>('/api/submissions', { query: { problem, page } });
}

// Under ['submissions']: a new submission invalidates every list (create-submission.ts).
export const submissionsQueryOptions = (problem: string) =>
  infiniteQueryOptions({
    queryKey: ['submissions', problem],
    queryFn: ({ pageParam }) => listSubmissions(problem, pageParam),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });

export function useSubmissions(problem: string, enabled = true) {
  return useInfiniteQuery({ ...submissionsQueryOptions(problem), enabled });
}
