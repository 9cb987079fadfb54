import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { JudgeOutput } from '../../../types/api';

export function getSubmission(id: string): Promise<JudgeOutput> {
  return apiRequest<JudgeOutput>(`/api/submissions/${encodeURIComponent(id)}`);
}

export const submissionQueryOptions = (id: string) => queryOptions({ queryKey: ['submission', id], queryFn: () => getSubmission(id) });

export function useSubmission(id: string | undefined) {
  return useQuery({ ...submissionQueryOptions(id ?? ''), enabled: Boolean(id) });
}
