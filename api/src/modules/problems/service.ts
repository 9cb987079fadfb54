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

/**
 * The catalogue is read by every list and changes only with a seed, so each process also keeps
 * the parsed copy (one per cache) for a few seconds: most lists neither wait on the shared cache
 * nor parse it, and concurrent misses share one read. invalidateProblemCache drops it at once in
 * every process sharing the cache (its invalidation channel: Redis pub/sub across replicas);
 * CATALOGUE_MEMO_MS only bounds a copy kept through a lost message. Callers share the array and
 * must not mutate it.
 */
const CATALOGUE_MEMO_MS = 5_000;
const PROBLEM_SET_TOPIC = 'problem-set';
const catalogueMemos = new WeakMap<Cache, { expiresAt: number; catalogue: Promise<ProblemSummary[]> }>();
const watchedCaches = new WeakSet<Cache>();

/** Every current problem, sorted by category, difficulty and title. Cached for five minutes. */
export function listCatalogue(db: Database, cache: Cache): Promise<ProblemSummary[]> {
  if (!watchedCaches.has(cache)) {
    watchedCaches.add(cache);
    cache.onInvalidation(PROBLEM_SET_TOPIC, () => catalogueMemos.delete(cache));
  }
  const memo = catalogueMemos.get(cache);
  if (memo && memo.expiresAt > Date.now()) return memo.catalogue;
  const catalogue = readCatalogue(db, cache);
  catalogueMemos.set(cache, { expiresAt: Date.now() + CATALOGUE_MEMO_MS, catalogue });
  catalogue.catch(() => {
    if (catalogueMemos.get(cache)?.catalogue === catalogue) catalogueMemos.delete(cache);
  });
  return catalogue;
}

function readCatalogue(db: Database, cache: Cache): Promise<ProblemSummary[]> {
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
      (a, b) => a.category.localeCompare(b.category) || DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || a.title.localeCompare(b.title),
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
      (!query || problem.title.toLowerCase().includes(query) || problem.slug.includes(query) || problem.tags.some((t) => t.toLowerCase().includes(query))),
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
      content: row.content,
    };
  });
}

/** Drops every cached view of the problem set (after a seed), in every process sharing the cache. */
export async function invalidateProblemCache(cache: Cache): Promise<void> {
  await cache.deletePrefix(PROBLEM_CACHE_PREFIX);
  // After the sweep: a list during it may have kept the old copy. Here at once, elsewhere as
  // soon as the message arrives.
  catalogueMemos.delete(cache);
  await cache.publishInvalidation(PROBLEM_SET_TOPIC);
}
