import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiRequest } from '../../../lib/api-client';
import type { JudgeOutput, SubmissionWithCode } from '../../../types/api';

export function getSubmission(id: string): Promise<SubmissionWithCode> {
  return apiRequest<SubmissionWithCode>(`/api/submissions/${encodeURIComponent(id)}`);
}

export const submissionQueryOptions = (id: string) => queryOptions({ queryKey: ['submission', id], queryFn: () => getSubmission(id) });

export function useSubmission(id: string | undefined) {
  return useQuery({ ...submissionQueryOptions(id ?? ''), enabled: Boolean(id) });
}

/** The code of one of the caller's submissions (only reading one submission answers it). */
export async function getSubmissionCode(id: string): Promise<string> {
  return (await getSubmission(id)).code;
}

// Its own key: the submission cached from the answer to POST has no code. Code never changes.
export const submissionCodeQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['submission-code', id], queryFn: () => getSubmissionCode(id), staleTime: Infinity });

export function useSubmissionCode(id: string) {
  return useQuery(submissionCodeQueryOptions(id));
}

const isPending = (submission: JudgeOutput | undefined) => submission?.analysis?.status === 'pending';

/**
 * A submission is answered with its verdict while its findings are still being completed in
 * the background. Until they are, this asks again every second and returns the answer as it
 * was; then the completed submission (and the profile views it changed are refreshed).
 */
export function useCompletedSubmission(answer: JudgeOutput | undefined): JudgeOutput | undefined {
  const client = useQueryClient();
  const waiting = Boolean(answer?.id) && isPending(answer);
  const query = useQuery({
    ...submissionQueryOptions(answer?.id ?? ''),
    enabled: waiting,
    refetchInterval: (current) => (isPending(current.state.data) ? 1000 : false),
  });
  const completed = waiting && query.data && !isPending(query.data) ? query.data : undefined;
  useEffect(() => {
    if (!completed) return;
    void client.invalidateQueries({ queryKey: ['dashboard'] });
    void client.invalidateQueries({ queryKey: ['recommendations'] });
  }, [client, completed]);
  return completed ?? answer;
}
