// The learner's data rights: GET /api/me/export hands over everything we hold about them as
// JSON, DELETE /api/me erases it. Deleting the user row cascades to every table that references
// it (submissions, patterns, solved problems, recommendation feedback, finding disputes, help
// taken, mock interviews, refresh tokens), and the auth plugin rejects the tokens of a user that no longer exists: on every
// instance at once, through the note left in the shared cache.
import { asc, eq } from 'drizzle-orm';
import type { Cache } from '../../cache/cache.js';
import type { Database } from '../../db/client.js';
import { findingDisputes, mockInterviews, problemHelp, recommendationFeedback, solvedProblems, submissions, users, weaknessPatterns } from '../../db/schema.js';
import { noteAccountDeleted } from '../auth/index.js';
import type { JudgeReport } from '../judge/index.js';
import { invalidateProblemStatuses } from '../problems/index.js';
import { presentTests } from '../submissions/index.js';
import { invalidateDashboard } from './dashboard-cache.js';

/**
 * The account fields handed out, listed one by one so a secret column added later (a hash, a
 * salt, lockout state) is never exported by accident.
 */
const EXPORTED_ACCOUNT_FIELDS = {
  id: users.id,
  email: users.email,
  authProvider: users.authProvider,
  externalId: users.externalId,
  explanationDepth: users.explanationDepth,
  problemsSolved: users.problemsSolved,
  streakDays: users.streakDays,
  lastActiveDay: users.lastActiveDay,
  createdAt: users.createdAt,
};

export async function exportUserData(db: Database, userId: string, now = new Date()) {
  // One snapshot, so the parts agree with each other even while a submission is being judged.
  return db.transaction(
    async (tx) => {
      const [account] = await tx.select(EXPORTED_ACCOUNT_FIELDS).from(users).where(eq(users.id, userId));
      if (!account) return null;
      const [userSubmissions, patterns, solved, feedback, disputes, help, interviews] = await Promise.all([
        tx.select().from(submissions).where(eq(submissions.userId, userId)).orderBy(asc(submissions.createdAt)),
        tx.select().from(weaknessPatterns).where(eq(weaknessPatterns.userId, userId)).orderBy(asc(weaknessPatterns.patternId)),
        tx.select().from(solvedProblems).where(eq(solvedProblems.userId, userId)).orderBy(asc(solvedProblems.firstSolvedAt)),
        tx.select().from(recommendationFeedback).where(eq(recommendationFeedback.userId, userId)).orderBy(asc(recommendationFeedback.createdAt)),
        tx.select().from(findingDisputes).where(eq(findingDisputes.userId, userId)).orderBy(asc(findingDisputes.createdAt)),
        tx.select().from(problemHelp).where(eq(problemHelp.userId, userId)).orderBy(asc(problemHelp.createdAt)),
        tx.select().from(mockInterviews).where(eq(mockInterviews.userId, userId)).orderBy(asc(mockInterviews.startedAt)),
      ]);
      return {
        exportedAt: now.toISOString(),
        account,
        submissions: userSubmissions.map(withPresentedTests),
        weaknessPatterns: patterns,
        solvedProblems: solved,
        recommendationFeedback: feedback,
        findingDisputes: disputes,
        helpTaken: help,
        mockInterviews: interviews,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * A stored report's hidden tests as the learner sees them anywhere else: what the code returned,
 * raised or printed on a hidden test is a channel out for its inputs (see present-report.ts).
 */
function withPresentedTests<T extends { result: JudgeReport | null }>(row: T): T {
  const report = row.result;
  if (!report) return row;
  return { ...row, result: { ...report, tests: presentTests(report) } };
}

/** Erases the user and everything that references them; false when there was no such user. */
export async function deleteUserData(db: Database, cache: Cache, userId: string): Promise<boolean> {
  const deleted = await db.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
  await Promise.all([
    invalidateDashboard(cache, userId),
    invalidateProblemStatuses(cache, userId),
    deleted.length > 0 ? noteAccountDeleted(cache, userId) : undefined,
  ]);
  return deleted.length > 0;
}
