// Judging through the API. A run checks the public tests and stores nothing. A submission is
// stored as `pending` before judging (so a crash mid-judge leaves a row to finish at restart),
// then judged against every test and completed with its verdict and report.
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { type Submission, submissions } from '../../db/schema.js';
import { badRequest, notFound } from '../../errors.js';
import type { Judge } from '../judge/judge.js';
import type { JudgeReport } from '../judge/types.js';
import type { ProblemRegistry } from '../problems/problem-registry.js';
import type { Problem } from '../problems/problem-schema.js';
import { findCurrentProblem } from '../problems/service.js';
import type { Cache } from '../../cache/cache.js';
import { analyzeSubmission, type SubmissionAnalysis } from '../analysis/analyze-submission.js';
import { compactReport } from './compact-report.js';
import { presentTests } from './present-report.js';

export const SUBMISSIONS_PAGE_SIZE = 20;

/**
 * Extension points of the submission pipeline, wired in app.ts by the modules that need them.
 * `onJudged` runs inside the transaction that stores the verdict (profile counters change
 * atomically with it); `afterJudged` runs after the commit and must not delay the answer.
 */
export interface SubmissionHooks {
  onJudged?: (tx: Database, submission: Submission) => Promise<void>;
  afterJudged?: (submission: Submission) => void;
}

export interface SubmissionDeps {
  db: Database;
  cache: Cache;
  judge: Judge;
  problems: ProblemRegistry;
  hooks: SubmissionHooks;
  analysis: { pythonBin: string; dynamic: boolean };
}

/** What is stored in `submissions.result`: the judge report and the measured complexity. */
export type StoredResult = JudgeReport & { complexity: SubmissionAnalysis['complexity'] };

async function loadProblem(deps: SubmissionDeps, slug: string) {
  const problem = await deps.problems.get(slug);
  if (!problem) throw notFound(`problem "${slug}"`);
  return problem;
}

/** The contract's judge output for a learner (hidden tests redacted). */
export function presentReport(analysis: SubmissionAnalysis, feedback: unknown = null) {
  const { report } = analysis;
  return {
    problem: report.problem,
    verdict: report.verdict,
    passed: report.passed,
    total: report.total,
    tests: presentTests(report),
    patterns: analysis.patterns,
    complexity: analysis.complexity,
    feedback,
    ...(report.syntaxError ? { syntaxError: report.syntaxError } : {}),
    ...(report.rejection ? { rejection: report.rejection } : {}),
  };
}

export async function runPublicTests(deps: SubmissionDeps, slug: string, code: string) {
  const problem = await loadProblem(deps, slug);
  const report = await deps.judge.judge({ problem, code, scope: 'public' });
  // A run is a quick check: findings from the code and the public tests, no extra runs.
  const analysis = await analyzeSubmission(deps.judge, problem, code, report, { ...deps.analysis, dynamic: false });
  return presentReport({ ...analysis, report: compactReport(analysis.report) });
}

export async function createSubmission(deps: SubmissionDeps, userId: string, slug: string, code: string, language: string) {
  if (language !== 'python') throw badRequest(`language "${language}" is not supported; only "python" is`);
  const problem = await loadProblem(deps, slug);
  const row = await findCurrentProblem(deps.db, deps.cache, slug);
  if (!row) throw notFound(`problem "${slug}"`);
  const [pending] = await deps.db
    .insert(submissions)
    .values({ userId, problemId: row.id, problemSlug: slug, code, language, status: 'pending' })
    .returning({ id: submissions.id });
  try {
    const stored = await judgeAndStore(deps, { id: pending.id, code }, problem);
    const [row] = stored ? [stored] : await deps.db.select().from(submissions).where(eq(submissions.id, pending.id));
    return presentSubmission(row);
  } catch (error) {
    // Not judged (e.g. the judge is saturated): the caller gets an error, so keep no trace.
    // If the database itself is down this fails too, and recovery at start finishes the row.
    await deps.db.delete(submissions).where(and(eq(submissions.id, pending.id), eq(submissions.status, 'pending'))).catch(() => {});
    throw error;
  }
}

/**
 * Judges a pending submission and stores the verdict with the profile update in one
 * transaction. Only a row still pending is completed, so two processes finishing the same
 * submission (recovery) never count it twice; the loser gets null.
 */
async function judgeAndStore(deps: SubmissionDeps, pending: { id: string; code: string }, problem: Problem): Promise<Submission | null> {
  const judged = await deps.judge.judge({ problem, code: pending.code, scope: 'all' });
  const analysis = await analyzeSubmission(deps.judge, problem, pending.code, judged, deps.analysis);
  const stored = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(submissions)
      .set({
        status: 'judged',
        verdict: analysis.report.verdict,
        passed: analysis.report.passed,
        total: analysis.report.total,
        result: { ...compactReport(analysis.report), complexity: analysis.complexity } satisfies StoredResult,
        patterns: analysis.patterns,
      })
      .where(and(eq(submissions.id, pending.id), eq(submissions.status, 'pending')))
      .returning();
    if (row) await deps.hooks.onJudged?.(tx as unknown as Database, row);
    return row ?? null;
  });
  if (stored) deps.hooks.afterJudged?.(stored);
  return stored;
}

/** A pending submission this old belongs to a process that died while judging it. */
export const ABANDONED_AFTER_MS = 2 * 60 * 1000;

/**
 * Finishes submissions left pending by a crash or a lost database connection, oldest first.
 * One whose problem no longer exists is marked failed rather than retried forever.
 */
export async function finishAbandonedSubmissions(deps: SubmissionDeps, now = new Date()): Promise<{ finished: number; failed: number }> {
  const cutoff = new Date(now.getTime() - ABANDONED_AFTER_MS);
  const rows = await deps.db
    .select({ id: submissions.id, code: submissions.code, problemSlug: submissions.problemSlug })
    .from(submissions)
    .where(and(eq(submissions.status, 'pending'), lt(submissions.createdAt, cutoff)))
    .orderBy(submissions.createdAt)
    .limit(500);
  const outcome = { finished: 0, failed: 0 };
  for (const row of rows) {
    const problem = await deps.problems.get(row.problemSlug);
    if (!problem) {
      await deps.db.update(submissions).set({ status: 'failed' }).where(and(eq(submissions.id, row.id), eq(submissions.status, 'pending')));
      outcome.failed++;
      continue;
    }
    if (await judgeAndStore(deps, row, problem)) outcome.finished++;
  }
  return outcome;
}

export function presentSubmission(row: Submission) {
  const stored = row.result as StoredResult | null;
  const base = {
    id: row.id,
    status: row.status,
    language: row.language,
    createdAt: row.createdAt.toISOString(),
  };
  if (!stored) {
    return { ...base, problem: row.problemSlug, verdict: null, passed: 0, total: 0, tests: [], patterns: [], complexity: null, feedback: null };
  }
  const { complexity, ...report } = stored;
  const analysis = { report, complexity, patterns: row.patterns as SubmissionAnalysis['patterns'] };
  // The explanation is written after the verdict is stored: until then it is pending.
  return { ...base, ...presentReport(analysis, row.feedback ?? { status: 'pending' }) };
}

/** The caller's own submission, or null (another user's id reads as unknown). */
export async function findOwnSubmission(db: Database, userId: string, id: string): Promise<Submission | null> {
  const [row] = await db
    .select()
    .from(submissions)
    .where(and(eq(submissions.id, id), eq(submissions.userId, userId)));
  return row ?? null;
}

export async function listOwnSubmissions(db: Database, userId: string, filter: { problem?: string; page: number }) {
  const where = filter.problem
    ? and(eq(submissions.userId, userId), eq(submissions.problemSlug, filter.problem))
    : eq(submissions.userId, userId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: submissions.id,
        problem: submissions.problemSlug,
        status: submissions.status,
        verdict: submissions.verdict,
        passed: submissions.passed,
        total: submissions.total,
        createdAt: submissions.createdAt,
      })
      .from(submissions)
      .where(where)
      .orderBy(desc(submissions.createdAt))
      .limit(SUBMISSIONS_PAGE_SIZE)
      .offset((filter.page - 1) * SUBMISSIONS_PAGE_SIZE),
    db.select({ total: sql<number>`count(*)::int` }).from(submissions).where(where),
  ]);
  return {
    items: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    total,
    page: filter.page,
    pageSize: SUBMISSIONS_PAGE_SIZE,
  };
}
