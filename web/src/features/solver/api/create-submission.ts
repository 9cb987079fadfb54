import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Submission } from '../../../types/api';
import type { CodeInput } from './run-code';

export function createSubmission(input: CodeInput): Promise<Submission> {
  return apiRequest<Submission>('/api/submissions', { method: 'POST', body: { ...input, language: 'python' } });
}

export function useCreateSubmission() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createSubmission,
    onSuccess: (submission) => {
      if (submission.id) client.setQueryData(['submission', submission.id], submission);
      // The problem's status, its submissions, the dashboard and the recommendations change with a verdict.
      void client.invalidateQueries({ queryKey: ['problems'] });
      void client.invalidateQueries({ queryKey: ['submissions'] });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
      void client.invalidateQueries({ queryKey: ['recommendations'] });
    },
  });
}
