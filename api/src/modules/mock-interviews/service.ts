// Mock interviews: a timed session on problems the recommendation queue picks. One runs per
// learner at a time (a partial unique index decides, even under concurrent starts). An interview
// whose time ran out is closed, and its report written, by the next read that sees it.
import { and, asc, desc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { Cache } from '../../cache/cache.js';
import type { Database } from '../../db/client.js';
import { type MockInterview, mockInterviews, submissions } from '../../db/schema.js';
import { AppError, conflict, notFound } from '../../errors.js';
import { findCurrentProblem } from '../problems/index.js';
import { recommendProblems } from '../profile/index.js';
import { buildReport, type InterviewProblem } from './report.js';

export const DEFAULT_DURATION_MINUTES = 45;
export const PROBLEMS_PER_INTERVIEW = 2;
const LISTED_INTERVIEWS = 20;
const UNIQUE_VIOLATION = '23505';

export interface InterviewDeps {
  db: Database;
  cache: Cache;
}

export async function startInterview(deps: InterviewDeps, userId: string, durationMinutes: number, now = new Date()): Promise<MockInterview> {
  await closeExpired(deps, userId, now);
  const picks = await recommendProblems(deps.db, deps.cache, userId, PROBLEMS_PER_INTERVIEW, now);
  try {
    const [row] = await deps.db
      .insert(mockInterviews)
      .values({
        userId,
        problemSlugs: picks.map((p) => p.slug),
        durationMinutes,
        startedAt: now,
        endsAt: new Date(now.getTime() + durationMinutes * 60_000),
      })
      .returning();
    return row;
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION || (error as { cause?: { code?: string } }).cause?.code === UNIQUE_VIOLATION) {
      throw conflict('MOCK_INTERVIEW_RUNNING', 'a mock interview is already running: finish it before starting another');
    }
    throw error;
  }
}

/** The learner's running interview, if any (one whose time ran out is closed first). */
export async function runningInterview(deps: InterviewDeps, userId: string, now = new Date()): Promise<MockInterview | null> {
  await closeExpired(deps, userId, now);
  const [row] = await deps.db
    .select()
    .from(mockInterviews)
    .where(and(eq(mockInterviews.userId, userId), isNull(mockInterviews.finishedAt)));
  return row ?? null;
}

/** Throws 403 when `slug` is a problem of the learner's running interview: no help there until it ends. */
export async function refuseHelpDuringInterview(deps: InterviewDeps, userId: string, slug: string, now = new Date()): Promise<void> {
  const interview = await runningInterview(deps, userId, now);
  if (interview?.problemSlugs.includes(slug)) {
    throw new AppError(403, 'MOCK_INTERVIEW_RUNNING', `hints and solutions are off during a mock interview (it ends at ${interview.endsAt.toISOString()})`);
  }
}

export async function listInterviews(deps: InterviewDeps, userId: string, now = new Date()): Promise<MockInterview[]> {
  await closeExpired(deps, userId, now);
  return deps.db.select().from(mockInterviews).where(eq(mockInterviews.userId, userId)).orderBy(desc(mockInterviews.startedAt)).limit(LISTED_INTERVIEWS);
}

export async function findInterview(deps: InterviewDeps, userId: string, id: string, now = new Date()): Promise<MockInterview> {
  await closeExpired(deps, userId, now);
  const [row] = await deps.db
    .select()
    .from(mockInterviews)
    .where(and(eq(mockInterviews.userId, userId), eq(mockInterviews.id, id)));
  if (!row) throw notFound('mock interview');
  return row;
}

/** Ends a running interview now and writes its report; an ended one is returned as it is. */
export async function finishInterview(deps: InterviewDeps, userId: string, id: string, now = new Date()): Promise<MockInterview> {
  const interview = await findInterview(deps, userId, id, now);
  if (interview.finishedAt) return interview;
  return close(deps, interview, now);
}

async function closeExpired(deps: InterviewDeps, userId: string, now: Date): Promise<void> {
  const expired = await deps.db
    .select()
    .from(mockInterviews)
    .where(and(eq(mockInterviews.userId, userId), isNull(mockInterviews.finishedAt), lte(mockInterviews.endsAt, now)));
  for (const interview of expired) await close(deps, interview, interview.endsAt);
}

/** Writes the report of what was submitted between the start and `at` (at most the end time). */
async function close(deps: InterviewDeps, interview: MockInterview, at: Date): Promise<MockInterview> {
  const end = at < interview.endsAt ? at : interview.endsAt;
  const [attempts, problems] = await Promise.all([
    deps.db
      .select({
        problemSlug: submissions.problemSlug,
        createdAt: submissions.createdAt,
        verdict: submissions.verdict,
        patterns: submissions.patterns,
        result: submissions.result,
      })
      .from(submissions)
      .where(
        and(
          eq(submissions.userId, interview.userId),
          inArray(submissions.problemSlug, interview.problemSlugs),
          gte(submissions.createdAt, interview.startedAt),
          lte(submissions.createdAt, end),
        ),
      )
      .orderBy(asc(submissions.createdAt)),
    Promise.all(interview.problemSlugs.map((slug) => interviewProblem(deps, slug))),
  ]);
  const report = buildReport(interview.startedAt, problems, attempts);
  // Only the first closer writes: a concurrent close finds the row finished and reads it back.
  const [closed] = await deps.db
    .update(mockInterviews)
    .set({ finishedAt: end, report })
    .where(and(eq(mockInterviews.id, interview.id), isNull(mockInterviews.finishedAt)))
    .returning();
  if (closed) return closed;
  const [current] = await deps.db.select().from(mockInterviews).where(eq(mockInterviews.id, interview.id));
  return current;
}

async function interviewProblem(deps: InterviewDeps, slug: string): Promise<InterviewProblem> {
  const problem = await findCurrentProblem(deps.db, deps.cache, slug);
  // A problem retired since the start keeps its slug as its title.
  return { slug, title: problem?.title ?? slug, optimal: problem?.content.optimal ?? null };
}
