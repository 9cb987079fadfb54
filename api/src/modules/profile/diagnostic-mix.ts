// The first queue of a learner we know nothing about: a short mix that spreads across the
// categories and, within that, covers every one of the six patterns it can, easier first,
// so the first few submissions give every pattern's mastery an observation. Pure.
import { CATEGORIES, DIFFICULTIES } from '../problems/index.js';
import type { RankableProblem, Recommendation } from './rank-recommendations.js';

/** Two problems per category. */
export const DIAGNOSTIC_SIZE = 6;

export function diagnosticMix(catalogue: readonly RankableProblem[], limit: number): Recommendation[] {
  const size = Math.min(limit, DIAGNOSTIC_SIZE, catalogue.length);
  const covered = new Set<string>();
  const picksPerCategory = new Map<string, number>();
  const remaining = [...catalogue];
  const mix: Recommendation[] = [];
  while (mix.length < size) {
    // Spread over categories; then anything that checks a pattern not yet covered; easier
    // first (a newcomer's first problems should be winnable); then the widest coverage.
    const sortKey = (problem: RankableProblem) => {
      const uncovered = problem.targetPatterns.filter((p) => !covered.has(p)).length;
      return [
        picksPerCategory.get(problem.category) ?? 0,
        uncovered > 0 ? 0 : 1,
        DIFFICULTIES.indexOf(problem.difficulty),
        -uncovered,
        CATEGORIES.indexOf(problem.category),
      ];
    };
    remaining.sort((a, b) => compareKeys(sortKey(a), sortKey(b)) || a.slug.localeCompare(b.slug));
    const pick = remaining.shift()!;
    const fresh = pick.targetPatterns.filter((p) => !covered.has(p));
    for (const pattern of pick.targetPatterns) covered.add(pattern);
    picksPerCategory.set(pick.category, (picksPerCategory.get(pick.category) ?? 0) + 1);
    const checks = (fresh.length > 0 ? fresh : pick.targetPatterns).join(', ');
    mix.push({
      slug: pick.slug,
      title: pick.title,
      difficulty: pick.difficulty,
      score: Math.round(((size - mix.length) / size) * 1000) / 1000,
      reason: `diagnostic: ${pick.difficulty === 'easy' ? 'an' : 'a'} ${pick.difficulty} ${pick.category} problem, to see how you handle ${checks}`,
      targetPatterns: [...pick.targetPatterns],
    });
  }
  return mix;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
