// The learner's status on each problem (solved once accepted, attempted after any submission),
// cached per learner for a minute under a prefix of its own: seeding a new problem version
// (which wipes PROBLEM_CACHE_PREFIX) does not change a status, so it leaves these alone.
// Whatever changes a learner's submissions calls invalidateProblemStatuses after its commit:
// the submissions service once a verdict is stored, DELETE /api/me, the retention job.
// Kept in app.cache only (Redis when configured), so every replica reads and drops the same copy.
import { eq, sql } from 'drizzle-orm';
import { type Cache, cached } from '../../cache/cache.js';
import type { Database } from '../../db/client.js';
import { submissions } from '../../db/schema.js';

export type ProblemStatus = 'solved' | 'attempted' | 'new';

export const PROBLEM_STATUSES_TTL_SECONDS = 60;
export const PROBLEM_STATUSES_PREFIX = 'problem-statuses:';

export const problemStatusesCacheKey = (userId: string) => `${PROBLEM_STATUSES_PREFIX}${userId}`;

/** The caller's status per problem slug; problems never submitted to are absent ('new'). */
export async function statusesForUser(db: Database, cache: Cache, userId: string): Promise<Map<string, ProblemStatus>> {
  // Cached as [slug, status] pairs: a Map does not survive JSON, and a plain object keyed by
  // slug would answer `constructor` from its prototype.
  const entries = await cached(cache, problemStatusesCacheKey(userId), PROBLEM_STATUSES_TTL_SECONDS, async () => {
    const rows = await db
      .select({
        slug: submissions.problemSlug,
        solved: sql<boolean>`bool_or(${submissions.verdict} = 'accepted')`,
      })
      .from(submissions)
      .where(eq(submissions.userId, userId))
      .groupBy(submissions.problemSlug);
    return rows.map((row): [string, ProblemStatus] => [row.slug, row.solved ? 'solved' : 'attempted']);
  });
  return new Map(entries);
}

/** Drops the learner's cached statuses; call it after the change is committed. */
export function invalidateProblemStatuses(cache: Cache, userId: string): Promise<void> {
  return cache.delete(problemStatusesCacheKey(userId));
}

/** Drops every learner's cached statuses (after a bulk change such as the retention job). */
export function invalidateAllProblemStatuses(cache: Cache): Promise<void> {
  return cache.deletePrefix(PROBLEM_STATUSES_PREFIX);
}
