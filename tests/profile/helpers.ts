// Fixtures for the profile tests: minimal problems, users and judged submissions written
// straight to the database, findings in the analyzer's shape, a submission hook that stores
// chosen findings on API submissions, and a fast judge (the judge and the analyzer are tested
// elsewhere; here they only need to hand the profile a verdict and findings).
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type Finding, PATTERN_IDS, type PatternId } from '../../analyzer/src/index.js';
import type { Database } from '../../api/src/db/client.js';
import { createJudge, type Judge } from '../../api/src/modules/judge/judge.js';
import type { Executor, JudgeReport, Verdict } from '../../api/src/modules/judge/types.js';
import { problems, type StoredFeedback, type Submission, submissions, users } from '../../api/src/db/schema.js';
import { recordJudgedSubmission } from '../../api/src/modules/profile/record-judged-submission.js';
import { storedProblemContent } from '../helpers/stored-values.js';

export const finding = (id: PatternId, line = 3): Finding => ({
  id,
  severity: 'critical',
  confidence: 0.9,
  line,
  message: `test finding ${id}`,
  evidence: ['static'],
});

const isPatternId = (id: string): id is PatternId => (PATTERN_IDS as readonly string[]).includes(id);

let counter = 0;

export async function insertProblem(
  db: Database,
  fields: { slug: string; targetPatterns: PatternId[]; difficulty?: 'easy' | 'medium' | 'hard'; category?: 'arrays' | 'strings' | 'hash-maps' },
) {
  const [row] = await db
    .insert(problems)
    .values({
      slug: fields.slug,
      version: 1,
      contentHash: `hash-${fields.slug}`,
      title: fields.slug,
      difficulty: fields.difficulty ?? 'easy',
      category: fields.category ?? 'arrays',
      targetPatterns: fields.targetPatterns,
      content: storedProblemContent(),
    })
    .returning();
  return row;
}

export async function insertUser(db: Database): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ email: `profile-${Date.now()}-${counter++}@example.com` })
    .returning({ id: users.id });
  return row.id;
}

export interface JudgedFields {
  verdict?: Verdict;
  patterns?: Finding[];
  at?: Date;
  feedback?: StoredFeedback | null;
}

/** A judged submission stored as the pipeline stores it, with no profile update. */
export async function insertJudged(db: Database, userId: string, problem: { id: string; slug: string }, fields: JudgedFields = {}): Promise<Submission> {
  const [row] = await db
    .insert(submissions)
    .values({
      userId,
      problemId: problem.id,
      problemSlug: problem.slug,
      code: 'pass',
      status: 'judged',
      verdict: fields.verdict ?? 'wrong_answer',
      passed: 0,
      total: 10,
      patterns: fields.patterns ?? [],
      feedback: fields.feedback ?? null,
      analyzedAt: fields.at ?? new Date(),
      createdAt: fields.at ?? new Date(),
    })
    .returning();
  return row;
}

/** A judged submission followed by the profile update, in one transaction like the pipeline. */
export async function judge(db: Database, userId: string, problem: { id: string; slug: string }, fields: JudgedFields = {}): Promise<Submission> {
  return db.transaction(async (tx) => {
    const row = await insertJudged(tx, userId, problem, fields);
    await recordJudgedSubmission(tx, row);
    return row;
  });
}

/** Makes API submissions whose code contains `# shows: <pattern id>` store that finding. */
export function storeFindingsNamedInCode(app: FastifyInstance): void {
  const record = app.submissionHooks.onJudged!;
  app.submissionHooks.onJudged = async (tx, submission) => {
    const named = [...submission.code.matchAll(/# shows: ([a-z-]+)/g)]
      .map((match) => match[1])
      .filter(isPatternId)
      .map((id) => finding(id));
    const [row] = await tx.update(submissions).set({ patterns: named }).where(eq(submissions.id, submission.id)).returning();
    await record(tx, row);
  };
}

/**
 * Judges each distinct code for real once, then replays that report at once, without its
 * `large` tests (their inputs are megabytes, and storing them is not what these tests measure).
 * It names itself a remote executor, so the pipeline skips its extra runs (stress, growth).
 * Close it after the app.
 */
export function replayingJudge(): Judge {
  const real = createJudge({ pythonBin: process.env.PYTHON_BIN ?? 'python3', concurrency: 1 });
  const reports = new Map<string, Promise<JudgeReport>>();
  const nothingToRun = () => Promise.reject(new Error('the replaying judge runs nothing itself'));
  const executor: Executor = {
    name: 'judge0',
    boundary: 'judge0',
    execute: nothingToRun,
    checkSyntax: async () => null,
    ping: async () => true,
    close: async () => {},
  };
  return {
    executor,
    async judge(request) {
      const key = `${request.problem.slug}\0${request.scope}\0${request.code}`;
      if (!reports.has(key)) reports.set(key, real.judge(request).then(withoutLargeTests));
      return structuredClone(await reports.get(key)!);
    },
    measureGrowth: nothingToRun,
    ping: async () => true,
    close: () => real.close(),
  };
}

function withoutLargeTests(report: JudgeReport): JudgeReport {
  const tests = report.tests.filter((test) => !test.tags.includes('large'));
  return { ...report, tests, total: tests.length, passed: tests.filter((test) => test.status === 'passed').length };
}
