import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Dashboard } from '../../../types/api';

export function getDashboard(): Promise<Dashboard> {
  return apiRequest<Dashboard>('/api/me/dashboard');
}

export const dashboardQueryOptions = () => queryOptions({ queryKey: ['dashboard'], queryFn: getDashboard, staleTime: 0 });

export function useDashboard() {
  return useQuery(dashboardQueryOptions());
}
