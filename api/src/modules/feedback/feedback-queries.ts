// The database reads and writes of feedback: what an explanation needs besides the submission
// (the problem version's facts, the learner's depth, earlier failed attempts), and storing it.
import { and, count, desc, eq, isNotNull, isNull, lt, lte, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { problems, type Submission, submissions, users } from '../../db/schema.js';
import type { StoredProblemContent } from '../problems/index.js';
import type { ExplanationDepth, FeedbackProblem, FeedbackResult } from './feedback-types.js';
import { readDepth } from './submission-input.js';

export interface SubmissionFacts {
  problem: FeedbackProblem;
  depth: ExplanationDepth;
  failedAttempts: number;
}

export async function loadSubmissionFacts(db: Database, row: Submission): Promise<SubmissionFacts> {
  const [[problem], [user], [attempts]] = await Promise.all([
    db.select({ slug: problems.slug, content: problems.content }).from(problems).where(eq(problems.id, row.problemId)),
    db.select({ depth: users.explanationDepth }).from(users).where(eq(users.id, row.userId)),
    db
      .select({ failed: count() })
      .from(submissions)
      .where(
        and(
          eq(submissions.userId, row.userId),
          eq(submissions.problemSlug, row.problemSlug),
          eq(submissions.status, 'judged'),
          ne(submissions.verdict, 'accepted'),
          // Compared in SQL: a JS Date keeps milliseconds, PostgreSQL microseconds.
          lte(submissions.createdAt, sql`(select s.created_at from submissions s where s.id = ${row.id})`),
        ),
      ),
  ]);
  const content: Partial<StoredProblemContent> = problem?.content ?? {};
  return {
    problem: {
      slug: row.problemSlug,
      entryPoint: typeof content.entryPoint === 'string' ? content.entryPoint : 'solution',
      params: Array.isArray(content.params) ? content.params : [],
      acceptable: content.acceptable,
      optimal: content.optimal,
      hints: Array.isArray(content.hints) ? content.hints : undefined,
    },
    depth: readDepth(user?.depth),
    failedAttempts: attempts?.failed ?? 0,
  };
}

export async function storeFeedback(db: Database, submissionId: string, feedback: FeedbackResult): Promise<void> {
  await db.update(submissions).set({ feedback }).where(eq(submissions.id, submissionId));
}

/** Judged submissions left without feedback (a process stopped mid-generation), oldest first. */
export async function findSubmissionsWithoutFeedback(db: Database, olderThanSeconds: number, limit: number): Promise<Submission[]> {
  const rows = await db
    .select()
    .from(submissions)
    .where(
      and(
        eq(submissions.status, 'judged'),
        isNotNull(submissions.analyzedAt),
        isNull(submissions.feedback),
        lt(submissions.createdAt, sql`now() - make_interval(secs => ${olderThanSeconds})`),
      ),
    )
    .orderBy(desc(submissions.createdAt))
    .limit(limit);
  return rows.reverse();
}

/** The depth a learner chose; a stored explanation at another depth is written again. */
export async function readLearnerDepth(db: Database, userId: string): Promise<ExplanationDepth> {
  const [user] = await db.select({ depth: users.explanationDepth }).from(users).where(eq(users.id, userId));
  return readDepth(user?.depth);
}

export async function setExplanationDepth(db: Database, userId: string, depth: ExplanationDepth): Promise<boolean> {
  const updated = await db.update(users).set({ explanationDepth: depth }).where(eq(users.id, userId)).returning({ id: users.id });
  return updated.length > 0;
}
