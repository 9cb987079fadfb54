// GET /api/me/recommendations: gathers what the ranking needs about the learner (mastery per
// pattern, judged attempts, first solves) and the current catalogue, then ranks with the pure
// rank-recommendations.ts, the same code the simulator measures.
import { and, eq } from 'drizzle-orm';
import type { Cache } from '../../cache/cache.js';
import type { Database } from '../../db/client.js';
import { solvedProblems, submissions, weaknessPatterns } from '../../db/schema.js';
import { listCatalogue } from '../problems/index.js';
import { type Recommendation, rankRecommendations } from './rank-recommendations.js';

export async function recommendProblems(db: Database, cache: Cache, userId: string, limit: number, now = new Date()): Promise<Recommendation[]> {
  const [catalogue, patternRows, attemptRows, solvedRows] = await Promise.all([
    listCatalogue(db, cache),
    db.select({ patternId: weaknessPatterns.patternId, mastery: weaknessPatterns.mastery }).from(weaknessPatterns).where(eq(weaknessPatterns.userId, userId)),
    db
      .select({ slug: submissions.problemSlug, at: submissions.createdAt, verdict: submissions.verdict })
      .from(submissions)
      .where(and(eq(submissions.userId, userId), eq(submissions.status, 'judged'))),
    db.select({ slug: solvedProblems.problemSlug, at: solvedProblems.firstSolvedAt }).from(solvedProblems).where(eq(solvedProblems.userId, userId)),
  ]);
  return rankRecommendations(
    catalogue,
    {
      mastery: Object.fromEntries(patternRows.map((row) => [row.patternId, row.mastery])),
      attempts: attemptRows.map((row) => ({ slug: row.slug, at: row.at, accepted: row.verdict === 'accepted' })),
      solvedAt: new Map(solvedRows.map((row) => [row.slug, row.at])),
    },
    { now, limit },
  );
}
