import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface DisputeInput {
  submissionId: string;
  index: number;
  comment?: string;
}

/** Records that the learner thinks a finding is wrong (for calibrating the detectors). */
export function disputeFinding({ submissionId, index, comment }: DisputeInput): Promise<unknown> {
  return apiRequest(`/api/submissions/${encodeURIComponent(submissionId)}/findings/${index}/dispute`, {
    method: 'POST',
    body: comment ? { comment } : {},
  });
}

export function useDisputeFinding() {
  return useMutation({ mutationFn: disputeFinding });
}
