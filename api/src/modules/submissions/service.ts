// Judging through the API. A run checks the public tests and stores nothing. A submission is
// stored as `pending` before judging (so a crash mid-judge leaves a row to finish at restart),
// then judged against every test and stored with its verdict, which is the answer. Its findings
// are final once the extra runs (mutants, growth) are done in the background (`analyzed_at`);
// the profile counts the verdict with it (solved, streak) and the findings once they are final,
// and feedback explains it then.
import { createHash } from 'node:crypto';
import { and, desc, eq, isNull, lt, notInArray, sql } from 'drizzle-orm';
import type { Database, DbExecutor } from '../../db/client.js';
import { type StoredResult, type Submission, submissions } from '../../db/schema.js';
import { badRequest, notFound, serviceUnavailable } from '../../errors.js';
import { type Judge, type JudgeReport, withTestData } from '../judge/index.js';
import { findCurrentProblem, invalidateProblemStatuses, type Problem, type ProblemRegistry } from '../problems/index.js';
import type { Cache } from '../../cache/cache.js';
import { confirmVerdict, findPatterns, type SubmissionAnalysis, usesExtraRuns } from '../analysis/index.js';
import type { AnalysisBacklog } from './analysis-backlog.js';
import type { SubmissionJobs } from './submission-jobs.js';
import { compactReport } from './compact-report.js';
import { assertSameRequest, findKeyedSubmission } from './idempotency.js';
import { type AnalysisStatus, judgedDocument, presentTests, withoutHiddenStdout } from './present-report.js';
import { withoutNul } from './without-nul.js';
import { CustomInputError, parseCustomInput } from './custom-input.js';

export const SUBMISSIONS_PAGE_SIZE = 20;

/**
 * The steps of the submission pipeline that other modules own, put together in
 * api/src/submission-pipeline.ts (which lists every step in order).
 * `onVerdict` runs inside the transaction that stores the verdict, once per submission (what
 * follows from the verdict alone: problems solved, the streak). A submission counts as judged
 * for the other hooks once its findings are final: with the verdict when no extra runs are
 * due, else when the background analysis stores them. `onJudged` runs inside the transaction
 * that stores them (profile patterns change atomically with it); `afterJudged` runs after the
 * commit and must not delay anything. `afterVerdict` runs after the verdict's commit, findings
 * final or not, and is awaited before the answer (cache invalidation: the learner's next read
 * must see the new attempt); its failure never fails the submission.
 */
export interface SubmissionHooks {
  onVerdict?: (tx: DbExecutor, submission: Submission) => Promise<void>;
  onJudged?: (tx: DbExecutor, submission: Submission) => Promise<void>;
  afterJudged?: (submission: Submission) => void;
  afterVerdict?: (submission: Submission) => Promise<void>;
}

export interface SubmissionDeps {
  db: Database;
  cache: Cache;
  judge: Judge;
  problems: ProblemRegistry;
  hooks: SubmissionHooks;
  analysis: { pythonBin: string; dynamic: boolean };
  backlog: AnalysisBacklog;
  /** Durable jobs (Redis): set = analyses are queued for any worker, not run here. */
  jobs?: SubmissionJobs;
  /** With jobs: verdicts too are left to the workers (RUN_JOBS=false), this process waits for them. */
  judgeOnWorkers?: boolean;
}

/** What is stored in `submissions.result`: the judge report and the measured complexity. */
export type { StoredResult };

async function loadProblem(deps: SubmissionDeps, slug: string) {
  const problem = await deps.problems.get(slug);
  if (!problem) throw notFound(`problem "${slug}"`);
  return problem;
}

/** The judge's output document for a learner (hidden tests redacted). */
export function presentReport(analysis: SubmissionAnalysis, feedback: unknown = null, analysisState: AnalysisStatus = 'complete') {
  // `pending`: the patterns and time class so far come from the code and the tests alone;
  // mutant matching and growth runs may still add to them (then `complete`).
  return judgedDocument(analysis, { tests: presentTests(analysis.report), feedback, analysisStatus: analysisState });
}

export async function runPublicTests(deps: SubmissionDeps, slug: string, code: string) {
  const problem = await loadProblem(deps, slug);
  const report = await deps.judge.judge({ problem, code, scope: 'public' });
  // A run is a quick check: findings from the code and the public tests, no extra runs.
  const found = await findPatterns(deps.judge, problem, code, report, { ...deps.analysis, dynamic: false });
  return presentReport({ ...found, report: compactReport(report) });
}

/**
 * "Run with my input": the learner's own inputs, typed as the statement shows them, judged like
 * public tests. The expected answer of each comes from the problem's own solution; an input it
 * cannot answer is outside what the statement allows, and is refused. Nothing is recorded.
 */
export async function runCustomInputs(deps: SubmissionDeps, slug: string, code: string, inputs: readonly string[]) {
  const problem = await loadProblem(deps, slug);
  const args = inputs.map((text, i) => {
    try {
      return parseCustomInput(text, problem.params);
    } catch (error) {
      if (error instanceof CustomInputError) throw badRequest(`input ${i + 1}: ${error.message}`);
      throw error;
    }
  });
  // Each set of inputs is a problem version of its own: result caches never mix them up.
  const version = `${problem.contentHash}:yours:${createHash('sha256').update(JSON.stringify(args)).digest('hex').slice(0, 16)}`;
  const tests = args.map((input, i) => ({ id: `yours-${i + 1}`, input, expected: null, hidden: false, tags: ['your input'] }));
  const answers = await deps.judge.judge({ problem: { ...problem, tests, contentHash: `${version}:answers` }, code: problem.solutionCode, scope: 'public' });
  const unanswerable = answers.tests.findIndex((t) => t.status === 'error' || t.status === 'timeout');
  if (unanswerable >= 0) throw badRequest(`input ${unanswerable + 1} is outside what the statement allows: the problem has no answer for it`);
  const withAnswers = tests.map((test, i) => ({ ...test, expected: answers.tests[i].actual }));
  const report = await deps.judge.judge({ problem: { ...problem, tests: withAnswers, contentHash: version }, code, scope: 'public' });
  // A handful of small inputs says nothing about patterns or growth: the answers only.
  return presentReport({
    report: compactReport(report),
    patterns: [],
    complexity: { time: null, optimal: problem.optimal, acceptable: problem.acceptable, source: null },
  });
}

/**
 * Stores, judges and answers a submission. With an idempotency key already used by this user
 * (a concurrent retry that lost the race to insert) the earlier submission is answered instead,
 * `replayed`.
 */
export async function createSubmission(
  deps: SubmissionDeps,
  userId: string,
  slug: string,
  code: string,
  language: string,
  idempotencyKey?: string,
): Promise<{ submission: ReturnType<typeof presentSubmission>; replayed: boolean }> {
  if (language !== 'python') throw badRequest(`language "${language}" is not supported; only "python" is`);
  const problem = await loadProblem(deps, slug);
  const row = await findCurrentProblem(deps.db, deps.cache, slug);
  if (!row) throw notFound(`problem "${slug}"`);
  const [pending] = await deps.db
    .insert(submissions)
    .values({ userId, problemId: row.id, problemSlug: slug, code, language, status: 'pending', idempotencyKey })
    .onConflictDoNothing()
    .returning({ id: submissions.id });
  if (!pending) {
    const earlier = idempotencyKey ? await findKeyedSubmission(deps.db, userId, idempotencyKey) : null;
    if (!earlier) throw new Error('a new submission conflicted with no keyed one');
    assertSameRequest(earlier, slug, code);
    return { submission: presentSubmission(earlier), replayed: true };
  }
  try {
    const stored =
      deps.judgeOnWorkers && deps.jobs ? await judgedByWorker(deps.jobs, pending.id) : await judgeAndStore(deps, { id: pending.id, code }, problem);
    const [row] = stored ? [stored] : await deps.db.select().from(submissions).where(eq(submissions.id, pending.id));
    if (row.status === 'pending') throw serviceUnavailable('JUDGE_UNAVAILABLE', 'no worker stored a verdict for the submission; try again', 5);
    return { submission: presentSubmission(row), replayed: false };
  } catch (error) {
    // Not judged (e.g. the judge is saturated): the caller gets an error, so keep no trace.
    // If the database itself is down this fails too, and recovery at start finishes the row.
    await deps.db
      .delete(submissions)
      .where(and(eq(submissions.id, pending.id), eq(submissions.status, 'pending')))
      .catch(() => {});
    // A list read while it was being judged may have cached the problem as attempted.
    await invalidateProblemStatuses(deps.cache, userId).catch(() => undefined);
    throw error;
  }
}

/** How long an API waits for a worker's verdict: the judge's wall bound, the stress test and a queue. */
const WORKER_VERDICT_WAIT_MS = 60_000;

/** Leaves the verdict to a worker and waits for it; the row then holds it (or is still pending). */
async function judgedByWorker(jobs: SubmissionJobs, submissionId: string): Promise<null> {
  try {
    await jobs.judge(submissionId, WORKER_VERDICT_WAIT_MS);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw serviceUnavailable('JUDGE_UNAVAILABLE', `the submission could not be judged: ${reason}`, 5);
  }
  return null;
}

/** A pending submission judged from its stored row: what a judging job does. */
export async function judgePendingSubmission(deps: SubmissionDeps, submissionId: string): Promise<void> {
  const [row] = await deps.db
    .select({ id: submissions.id, code: submissions.code, problemSlug: submissions.problemSlug })
    .from(submissions)
    .where(and(eq(submissions.id, submissionId), eq(submissions.status, 'pending')));
  if (!row) return; // judged already, or withdrawn by an API that gave up waiting
  const problem = await loadProblem(deps, row.problemSlug);
  await judgeAndStore(deps, row, problem);
}

/**
 * Judges a pending submission and stores its verdict. Only a row still pending is completed,
 * so two processes finishing the same submission (recovery) never count it twice; the loser
 * gets null. When extra runs are due, the findings stored now are provisional and the
 * background analysis completes them.
 */
async function judgeAndStore(deps: SubmissionDeps, pending: { id: string; code: string }, problem: Problem): Promise<Submission | null> {
  const judged = await deps.judge.judge({ problem, code: pending.code, scope: 'all' });
  // Stress testing stays in the answer: it can change the verdict, which must never change later.
  const report = await confirmVerdict(deps.judge, problem, pending.code, judged, deps.analysis);
  const deferred = usesExtraRuns(problem, report, deps.analysis);
  const found = await findPatterns(deps.judge, problem, pending.code, report, { ...deps.analysis, dynamic: false });
  const stored = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(submissions)
      .set({
        status: 'judged',
        verdict: report.verdict,
        passed: report.passed,
        total: report.total,
        result: withoutNul({ ...compactReport(withoutHiddenStdout(report)), complexity: found.complexity } satisfies StoredResult),
        patterns: withoutNul(found.patterns),
        analyzedAt: deferred ? null : sql`now()`,
      })
      .where(and(eq(submissions.id, pending.id), eq(submissions.status, 'pending')))
      .returning();
    if (row) await deps.hooks.onVerdict?.(tx, row);
    if (row && !deferred) await deps.hooks.onJudged?.(tx, row);
    return row ?? null;
  });
  if (!stored) return null;
  await deps.hooks.afterVerdict?.(stored).catch(() => undefined);
  if (!deferred) deps.hooks.afterJudged?.(stored);
  // A failed enqueue leaves the row unanalyzed: the recovery queues it again.
  else if (deps.jobs) await deps.jobs.enqueue(stored.id).catch(() => undefined);
  else deps.backlog.add(stored.id, () => completeAnalysis(deps, stored, report, problem).then(() => undefined));
  return stored;
}

/**
 * The background half: mutant matches and growth runs, then the final findings stored with the
 * profile update in one transaction. Only a row not yet analyzed is completed (recovery may race
 * with this process). During a shutdown the judge is being closed under the runs, so what they
 * found may be partial: nothing is stored and the row stays to do.
 */
async function completeAnalysis(deps: SubmissionDeps, submission: Submission, report: JudgeReport, problem: Problem): Promise<Submission | null> {
  // The analyzer and the reports run on this thread whatever their runs' priority: verdicts first.
  await deps.judge.whenVerdictsQuiet?.();
  const found = await findPatterns(deps.judge, problem, submission.code, report, { ...deps.analysis, priority: 'background' });
  if (deps.backlog.signal.aborted) return null;
  return storeFinalFindings(deps, submission.id, {
    // A stored report that could not be read back is left as it is.
    ...(submission.result ? { result: { ...submission.result, complexity: found.complexity } satisfies StoredResult } : {}),
    patterns: withoutNul(found.patterns),
  });
}

/**
 * Marks a submission's findings final (with `findings` when they changed) and counts it in the
 * profile in the same transaction. Only a row not yet analyzed is completed, so a recovery that
 * races with this process never counts a submission twice; the loser gets null.
 */
async function storeFinalFindings(
  deps: SubmissionDeps,
  submissionId: string,
  findings: Pick<typeof submissions.$inferInsert, 'result' | 'patterns'> = {},
): Promise<Submission | null> {
  const stored = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(submissions)
      .set({ ...findings, analyzedAt: sql`now()` })
      .where(and(eq(submissions.id, submissionId), eq(submissions.status, 'judged'), isNull(submissions.analyzedAt)))
      .returning();
    if (row) await deps.hooks.onJudged?.(tx, row);
    return row ?? null;
  });
  if (stored) deps.hooks.afterJudged?.(stored);
  return stored;
}

/** A pending submission this old belongs to a process that died while judging it. */
export const ABANDONED_AFTER_MS = 2 * 60 * 1000;

/** A judged row still unanalyzed this long after it was created, and not in this process's backlog, was abandoned. */
export const UNANALYZED_AFTER_MS = 30 * 1000;

/**
 * Finishes what a crash, a shutdown or a lost database connection left undone, oldest first:
 * submissions still pending are judged; judged ones whose analysis never completed are analyzed
 * from their stored report. One whose problem no longer exists is marked failed (pending) or
 * keeps its provisional findings (judged), rather than being retried forever.
 */
export async function finishAbandonedSubmissions(deps: SubmissionDeps, now = new Date()): Promise<{ finished: number; failed: number; analyzed: number }> {
  const cutoff = new Date(now.getTime() - ABANDONED_AFTER_MS);
  const rows = await deps.db
    .select({ id: submissions.id, code: submissions.code, problemSlug: submissions.problemSlug })
    .from(submissions)
    .where(and(eq(submissions.status, 'pending'), lt(submissions.createdAt, cutoff)))
    .orderBy(submissions.createdAt)
    .limit(500);
  const outcome = { finished: 0, failed: 0, analyzed: 0 };
  for (const row of rows) {
    const problem = await deps.problems.get(row.problemSlug);
    if (!problem) {
      await deps.db
        .update(submissions)
        .set({ status: 'failed' })
        .where(and(eq(submissions.id, row.id), eq(submissions.status, 'pending')));
      outcome.failed++;
      continue;
    }
    if (deps.judgeOnWorkers && deps.jobs) {
      // Left to the workers like every verdict here (a job already waiting or running for it is the same job).
      if (
        await deps.jobs.enqueueJudging(row.id).then(
          () => true,
          () => false,
        )
      )
        outcome.finished++;
      continue;
    }
    if (await judgeAndStore(deps, row, problem)) outcome.finished++;
  }
  outcome.analyzed = await finishAbandonedAnalyses(deps, now);
  return outcome;
}

async function finishAbandonedAnalyses(deps: SubmissionDeps, now: Date): Promise<number> {
  const inProcess = [...deps.backlog.ids()];
  const rows = await deps.db
    .select({ id: submissions.id })
    .from(submissions)
    .where(
      and(
        eq(submissions.status, 'judged'),
        isNull(submissions.analyzedAt),
        lt(submissions.createdAt, new Date(now.getTime() - UNANALYZED_AFTER_MS)),
        inProcess.length > 0 ? notInArray(submissions.id, inProcess) : undefined,
      ),
    )
    .orderBy(submissions.createdAt)
    .limit(500);
  let analyzed = 0;
  for (const row of rows) {
    if (deps.backlog.signal.aborted) break;
    // With durable jobs, queued again (a job already waiting or running for it is the same job).
    if (deps.jobs)
      await deps.jobs.enqueue(row.id).then(
        () => analyzed++,
        () => undefined,
      );
    else if (await analyzeStoredSubmission(deps, row.id)) analyzed++;
  }
  return analyzed;
}

/**
 * The analysis of a judged submission from its stored row: what a job does, and the recovery.
 * Null when there is nothing to do (analyzed already, or gone).
 */
export async function analyzeStoredSubmission(deps: SubmissionDeps, submissionId: string): Promise<Submission | null> {
  const [row] = await deps.db
    .select()
    .from(submissions)
    .where(and(eq(submissions.id, submissionId), eq(submissions.status, 'judged'), isNull(submissions.analyzedAt)));
  if (!row) return null;
  const problem = await deps.problems.get(row.problemSlug);
  // Stored reports are compacted: each test's input and expected output come back from the problem.
  // The problem is gone, or the stored report cannot be read: the provisional findings become final.
  return problem && row.result ? completeAnalysis(deps, row, withTestData(row.result, problem.tests), problem) : storeFinalFindings(deps, row.id);
}

export function presentSubmission(row: Submission) {
  const stored = row.result;
  const base = {
    id: row.id,
    status: row.status,
    language: row.language,
    createdAt: row.createdAt.toISOString(),
  };
  if (!stored) {
    return {
      ...base,
      problem: row.problemSlug,
      verdict: null,
      passed: 0,
      total: 0,
      tests: [],
      patterns: [],
      complexity: null,
      analysis: { status: 'pending' },
      feedback: null,
    };
  }
  const { complexity, ...report } = stored;
  const analysis = { report, complexity, patterns: row.patterns };
  // The explanation is written once the findings are final: until then it is pending.
  return { ...base, ...presentReport(analysis, row.feedback ?? { status: 'pending' }, row.analyzedAt ? 'complete' : 'pending') };
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
  const where = filter.problem ? and(eq(submissions.userId, userId), eq(submissions.problemSlug, filter.problem)) : eq(submissions.userId, userId);
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
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(submissions)
      .where(where),
  ]);
  return {
    items: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    total,
    page: filter.page,
    pageSize: SUBMISSIONS_PAGE_SIZE,
  };
}
