// Browsing the problem set: the current version of each problem, filtered and paginated, with
// the caller's status on each. The catalogue is cached (it changes only when seeded); statuses
// are per user and cached apart (problem-statuses.ts), since they change with every submission.
import { and, eq } from 'drizzle-orm';
import { type Cache, cached } from '../../cache/cache.js';
import type { Database } from '../../db/client.js';
import { problems } from '../../db/schema.js';
import type { StoredProblemContent } from './seed-problems.js';

export const PAGE_SIZE = 20;
const CATALOGUE_TTL_SECONDS = 300;
export const PROBLEM_CACHE_PREFIX = 'problems:';

export interface ProblemSummary {
  id: string;
  slug: string;
  title: string;
  difficulty: 'easy' | 'medium' | 'hard';
  category: 'arrays' | 'strings' | 'hash-maps';
  tags: string[];
  targetPatterns: string[];
  version: number;
}

export interface ProblemFilters {
  difficulty?: string;
  category?: string;
  tag?: string;
  q?: string;
  page?: number;
}

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

/** Every current problem, sorted by category, difficulty and title. Cached for five minutes. */
export function listCatalogue(db: Database, cache: Cache): Promise<ProblemSummary[]> {
  return cached(cache, `${PROBLEM_CACHE_PREFIX}catalogue`, CATALOGUE_TTL_SECONDS, async () => {
    const rows = await db
      .select({
        id: problems.id,
        slug: problems.slug,
        title: problems.title,
        difficulty: problems.difficulty,
        category: problems.category,
        tags: problems.tags,
        targetPatterns: problems.targetPatterns,
        version: problems.version,
      })
      .from(problems)
      .where(eq(problems.isCurrent, true));
    return rows.sort(
      (a, b) =>
        a.category.localeCompare(b.category) ||
        DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] ||
        a.title.localeCompare(b.title),
    );
  });
}

export function filterCatalogue(catalogue: ProblemSummary[], filters: ProblemFilters): ProblemSummary[] {
  const query = filters.q?.trim().toLowerCase();
  const tag = filters.tag?.toLowerCase();
  return catalogue.filter(
    (problem) =>
      (!filters.difficulty || problem.difficulty === filters.difficulty) &&
      (!filters.category || problem.category === filters.category) &&
      (!tag || problem.tags.some((t) => t.toLowerCase() === tag)) &&
      (!query ||
        problem.title.toLowerCase().includes(query) ||
        problem.slug.includes(query) ||
        problem.tags.some((t) => t.toLowerCase().includes(query))),
  );
}

export interface ProblemDetail extends ProblemSummary {
  content: StoredProblemContent;
}

export function findCurrentProblem(db: Database, cache: Cache, slug: string): Promise<ProblemDetail | null> {
  return cached(cache, `${PROBLEM_CACHE_PREFIX}detail:${slug}`, CATALOGUE_TTL_SECONDS, async () => {
    const [row] = await db
      .select()
      .from(problems)
      .where(and(eq(problems.slug, slug), eq(problems.isCurrent, true)));
    if (!row) return null;
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      difficulty: row.difficulty,
      category: row.category,
      tags: row.tags,
      targetPatterns: row.targetPatterns,
      version: row.version,
      content: row.content as StoredProblemContent,
    };
  });
}

/** Drops every cached view of the problem set (after a seed). */
export function invalidateProblemCache(cache: Cache): Promise<void> {
  return cache.deletePrefix(PROBLEM_CACHE_PREFIX);
}
