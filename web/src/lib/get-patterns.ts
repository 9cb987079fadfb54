// GET /api/patterns: the six error patterns with the titles and documentation their detectors
// give them, the one source of what the web app calls a pattern. The list changes only with a
// release, so it is fetched once per session and shared by every feature that names a pattern.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PatternId, PatternList, PatternSummary } from '../types/api';
import { apiRequest } from './api-client';

export function getPatterns(): Promise<PatternList> {
  return apiRequest<PatternList>('/api/patterns');
}

export const patternsQueryOptions = () => queryOptions({ queryKey: ['patterns'], queryFn: getPatterns, staleTime: Infinity });

export function usePatterns() {
  return useQuery(patternsQueryOptions());
}

/** The patterns in the server's order, with a title for any id (the id itself until they load). */
export interface PatternCatalogue {
  items: readonly PatternSummary[];
  title: (id: PatternId) => string;
  docs: (id: PatternId) => PatternSummary | undefined;
}

export function patternCatalogue(items: readonly PatternSummary[]): PatternCatalogue {
  const byId = new Map(items.map((item) => [item.id, item]));
  return { items, title: (id) => byId.get(id)?.title ?? id, docs: (id) => byId.get(id) };
}

export function usePatternCatalogue(): PatternCatalogue {
  const { data } = usePatterns();
  return useMemo(() => patternCatalogue(data?.items ?? []), [data]);
}
