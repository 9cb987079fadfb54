import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { MockInterview } from '../../../types/api';

const RUNNING_KEY = ['mock-interviews', 'running'] as const;
const LIST_KEY = ['mock-interviews', 'list'] as const;

/** The running interview (null when none); re-read each minute so an ended one disappears. */
export function useRunningInterview(enabled = true) {
  return useQuery({
    queryKey: RUNNING_KEY,
    queryFn: async () => (await apiRequest<{ interview: MockInterview | null }>('/api/mock-interviews/running')).interview,
    enabled,
    refetchInterval: 60_000,
  });
}

export function useInterviews() {
  return useQuery({
    queryKey: LIST_KEY,
    queryFn: async () => (await apiRequest<{ items: MockInterview[] }>('/api/mock-interviews')).items,
  });
}

function useRefreshInterviews() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: RUNNING_KEY }), client.invalidateQueries({ queryKey: LIST_KEY })]);
}

export function useStartInterview() {
  const refresh = useRefreshInterviews();
  return useMutation({
    mutationFn: (durationMinutes: number) => apiRequest<MockInterview>('/api/mock-interviews', { method: 'POST', body: { durationMinutes } }),
    onSettled: refresh,
  });
}

export function useFinishInterview() {
  const refresh = useRefreshInterviews();
  return useMutation({
    mutationFn: (id: string) => apiRequest<MockInterview>(`/api/mock-interviews/${id}/finish`, { method: 'POST' }),
    onSettled: refresh,
  });
}
