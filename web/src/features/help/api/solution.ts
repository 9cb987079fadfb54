import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { ReferenceSolution } from '../../../types/api';

const solutionKey = (slug: string) => ['solution', slug] as const;

/** The solution, or null while it is locked (not solved, not asked for). */
export async function getSolution(slug: string): Promise<ReferenceSolution | null> {
  return (await apiRequest<{ solution: ReferenceSolution | null }>(`/api/problems/${encodeURIComponent(slug)}/solution`)).solution;
}

export function useSolution(slug: string, enabled: boolean) {
  return useQuery({ queryKey: solutionKey(slug), queryFn: () => getSolution(slug), enabled, retry: false });
}

/** Shows the solution before solving: recorded by the server as help. */
export function useRevealSolution(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<ReferenceSolution>(`/api/problems/${encodeURIComponent(slug)}/solution/reveal`, { method: 'POST', body: { confirm: true } }),
    onSuccess: (solution) => client.setQueryData(solutionKey(slug), solution),
  });
}
