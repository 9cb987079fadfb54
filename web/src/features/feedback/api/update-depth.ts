import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { ExplanationDepth } from '../../../types/api';

/** Saves how deep the learner wants explanations; feedback produced afterwards follows it. */
export function updateDepth(explanationDepth: ExplanationDepth): Promise<unknown> {
  return apiRequest('/api/me/preferences', { method: 'PATCH', body: { explanationDepth } });
}

export function useUpdateDepth() {
  const client = useQueryClient();
  return useMutation({ mutationFn: updateDepth, onSettled: () => client.invalidateQueries({ queryKey: ['me'] }) });
}
