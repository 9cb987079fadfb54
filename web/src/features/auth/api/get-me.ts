import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Me } from '../../../types/api';

export function getMe(): Promise<Me> {
  return apiRequest<Me>('/api/me');
}

export const meQueryOptions = () => queryOptions({ queryKey: ['me'], queryFn: getMe });

export function useMe(enabled = true) {
  return useQuery({ ...meQueryOptions(), enabled });
}
