import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { PatternDocs } from '../../../types/api';

/** The detectors' own documentation ("learn more"), keyed by pattern id. */
export async function getPatternDocs(): Promise<Record<string, PatternDocs>> {
  const body = await apiRequest<{ items: PatternDocs[] }>('/api/patterns');
  return Object.fromEntries(body.items.map((item) => [item.id, item]));
}

export const patternDocsQueryOptions = () =>
  queryOptions({ queryKey: ['pattern-docs'], queryFn: getPatternDocs, staleTime: Infinity, retry: false });

export function usePatternDocs() {
  return useQuery(patternDocsQueryOptions());
}
