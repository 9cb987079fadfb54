// The profile updates for one submission, each run inside the transaction that stores what it
// reads, so the profile never disagrees with the submissions:
// - `recordVerdict`, with the verdict: problems solved and the streak follow from the verdict
//   alone and show as soon as the answer does;
// - `recordFindings`, with the final findings (right after the verdict, or when the background
//   analysis ends): the weakness patterns and their mastery.
// Each runs once per submission: only a row still pending (or still unanalyzed) is completed.
// Concurrent submissions of one user are serialized on the user's row (FOR NO KEY UPDATE: it
// excludes other profile updates but not inserts that reference the user). Every writer of a
// user's pattern rows takes that lock first, so it also covers pattern rows not inserted yet,
// which a FOR UPDATE on the rows themselves could not; the read-modify-write of mastery and
// streak is safe under it, and counters are atomic SQL increments regardless.
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Cache } from '../../cache/cache.js';
import type { Database } from '../../db/client.js';
import { problemHelp, problems, solvedProblems, type Submission, submissions, users, weaknessPatterns } from '../../db/schema.js';
import { invalidateDashboard } from './dashboard-cache.js';
import { BKT_PARAMETERS, hintEvidenceWeight, SOLUTION_SHOWN_WEIGHT, updateMastery } from './mastery.js';
import { extendStreak, utcDay } from './streak.js';
import { calledNothing, hintLevelOf, observePatterns, type PatternObservation, shownPatternIds } from './submission-evidence.js';

/** Problems solved and the streak: what the verdict alone decides. */
export async function recordVerdict(tx: Database, submission: Submission, cache?: Cache): Promise<void> {
  if (!submission) return; // deleted with its account while being judged: the update found no row
  const user = await lockUser(tx, submission.userId);
  if (!user) return; // the account was deleted while the submission was being judged
  const newlySolved = submission.verdict === 'accepted' ? await markSolved(tx, submission) : false;
  const streak = extendStreak(user, utcDay(submission.createdAt));
  await tx
    .update(users)
    .set({
      problemsSolved: newlySolved ? sql`${users.problemsSolved} + 1` : undefined,
      streakDays: streak.streakDays,
      lastActiveDay: streak.lastActiveDay,
    })
    .where(eq(users.id, submission.userId));
  // Before the commit: a dashboard read in the few milliseconds until then could cache the old
  // state for up to a minute; the caller invalidates again after the commit.
  if (cache) await invalidateDashboard(cache, submission.userId);
}

/** The weakness patterns and their mastery: what the final findings decide. */
export async function recordFindings(tx: Database, submission: Submission, cache?: Cache): Promise<void> {
  if (!submission) return;
  // Everything that needs no lock is read first, so the lock is held for as few statements as possible.
  const observations = await observationsOf(tx, submission);
  if (observations.length === 0) return;
  const rightWeight = observations.some((o) => !o.shown) ? await helpedEvidenceWeight(tx, submission) : 1;
  if (!(await lockUser(tx, submission.userId))) return;
  // A separate statement, after the lock: under READ COMMITTED it sees what the previous lock
  // holder committed. Joined into the locking query, these rows would come from the snapshot
  // taken before the wait (PostgreSQL re-reads only the locked row), and updates would be lost.
  const patternRows = await tx
    .select({ patternId: weaknessPatterns.patternId, mastery: weaknessPatterns.mastery, observations: weaknessPatterns.observations })
    .from(weaknessPatterns)
    .where(eq(weaknessPatterns.userId, submission.userId));
  const before = new Map(patternRows.map((row) => [row.patternId, row]));
  await updatePatternRows(tx, submission, observations, before, rightWeight);
  if (cache) await invalidateDashboard(cache, submission.userId);
}

/** Both at once, for a submission whose verdict and final findings are stored together. */
export async function recordJudgedSubmission(tx: Database, submission: Submission, cache?: Cache): Promise<void> {
  await recordVerdict(tx, submission, cache);
  await recordFindings(tx, submission, cache);
}

function lockUser(tx: Database, userId: string) {
  return tx
    .select({ streakDays: users.streakDays, lastActiveDay: users.lastActiveDay })
    .from(users)
    .where(eq(users.id, userId))
    .for('no key update')
    .then((rows) => rows[0]);
}

async function observationsOf(tx: Database, submission: Submission): Promise<PatternObservation[]> {
  const [problem] = await tx.select({ targetPatterns: problems.targetPatterns }).from(problems).where(eq(problems.id, submission.problemId));
  return observePatterns(submission.verdict, problem?.targetPatterns ?? [], shownPatternIds(submission.patterns), !calledNothing(submission.result));
}

type PatternState = { mastery: number; observations: number };

/** One upsert per observed pattern: frequency, last occurrence and problems when it showed; mastery always. */
async function updatePatternRows(
  tx: Database,
  submission: Submission,
  observations: PatternObservation[],
  before: Map<string, PatternState>,
  rightWeight: number,
): Promise<void> {
  if (observations.length === 0) return;
  await tx
    .insert(weaknessPatterns)
    .values(
      observations.map(({ patternId, shown }) => ({
        userId: submission.userId,
        patternId,
        frequency: shown ? 1 : 0,
        lastOccurred: shown ? submission.createdAt : null,
        problemSlugs: shown ? [submission.problemSlug] : [],
        // Mastery and the number of observations behind it are one state, computed from the
        // locked read and written together: a lost update would show as a missing observation.
        mastery: updateMastery(before.get(patternId)?.mastery ?? BKT_PARAMETERS.pInit, { correct: !shown, weight: shown ? 1 : rightWeight }),
        observations: (before.get(patternId)?.observations ?? 0) + 1,
      })),
    )
    .onConflictDoUpdate({
      target: [weaknessPatterns.userId, weaknessPatterns.patternId],
      set: {
        frequency: sql`${weaknessPatterns.frequency} + excluded.frequency`,
        lastOccurred: sql`greatest(${weaknessPatterns.lastOccurred}, excluded.last_occurred)`,
        problemSlugs: sql`case when excluded.problem_slugs <@ ${weaknessPatterns.problemSlugs} then ${weaknessPatterns.problemSlugs}
          else ${weaknessPatterns.problemSlugs} || excluded.problem_slugs end`,
        mastery: sql`excluded.mastery`,
        observations: sql`excluded.observations`,
        updatedAt: sql`now()`,
      },
    });
}

/**
 * How much a right observation on this submission counts, by the help taken on the problem: the
 * deepest hint seen (the problem's own ladder before submitting, or the feedback's after one), or
 * the reference solution asked for before this submission.
 */
async function helpedEvidenceWeight(tx: Database, submission: Submission): Promise<number> {
  const [feedbackRows, helpRows] = await Promise.all([
    tx
      .select({ feedback: submissions.feedback })
      .from(submissions)
      .where(and(eq(submissions.userId, submission.userId), eq(submissions.problemSlug, submission.problemSlug))),
    tx
      .select({ kind: problemHelp.kind, rung: problemHelp.rung })
      .from(problemHelp)
      .where(
        and(eq(problemHelp.userId, submission.userId), eq(problemHelp.problemSlug, submission.problemSlug), lte(problemHelp.createdAt, submission.createdAt)),
      ),
  ]);
  if (helpRows.some((row) => row.kind === 'solution')) return SOLUTION_SHOWN_WEIGHT;
  const levels = [...[...feedbackRows.map((row) => row.feedback), submission.feedback].map(hintLevelOf), ...helpRows.map((row) => row.rung)].filter(
    (level): level is number => level !== null,
  );
  return hintEvidenceWeight(levels.length > 0 ? Math.max(...levels) : null);
}

/** True the first time this user solves this problem (the primary key decides, atomically). */
async function markSolved(tx: Database, submission: Submission): Promise<boolean> {
  const inserted = await tx
    .insert(solvedProblems)
    .values({ userId: submission.userId, problemSlug: submission.problemSlug, firstSolvedAt: submission.createdAt })
    .onConflictDoNothing()
    .returning({ slug: solvedProblems.problemSlug });
  return inserted.length > 0;
}
