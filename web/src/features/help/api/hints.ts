import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { HintLadder } from '../../../types/api';

const hintsKey = (slug: string) => ['hints', slug] as const;

export function useHints(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: hintsKey(slug),
    queryFn: () => apiRequest<HintLadder>(`/api/problems/${encodeURIComponent(slug)}/hints`),
    enabled,
  });
}

/** Opens the ladder up to `rung`; the answer is the ladder as it now stands. */
export function useOpenHint(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rung: number) => apiRequest<HintLadder>(`/api/problems/${encodeURIComponent(slug)}/hints`, { method: 'POST', body: { rung } }),
    onSuccess: (ladder) => client.setQueryData(hintsKey(slug), ladder),
  });
}
