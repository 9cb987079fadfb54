// Judged submissions for feedback tests: judge reports and analyzer findings shaped like the real
// ones (two-sum, binary-search), and helpers to store them as submission rows.
import type { Finding } from '../../analyzer/src/types.js';
import type { Database } from '../../api/src/db/client.js';
import { problems, submissions, users, type Submission } from '../../api/src/db/schema.js';
import type { ExplanationDepth, FeedbackInput, FeedbackProblem } from '../../api/src/modules/feedback/feedback-types.js';
import type { JudgeReport, TestReport, Verdict } from '../../api/src/modules/judge/types.js';
import { storedProblemContent } from '../helpers/stored-values.js';

export const TWO_SUM: FeedbackProblem = { slug: 'two-sum', entryPoint: 'two_sum', params: ['nums', 'target'], acceptable: 'O(n)', optimal: 'O(n)' };

export const BRUTE_FORCE = `def two_sum(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
`;

export function test(id: string, status: TestReport['status'], extra: Partial<TestReport> = {}): TestReport {
  return {
    id,
    hidden: false,
    tags: [],
    status,
    input: [[2, 7, 11, 15], 9],
    expected: [0, 1],
    actual: status === 'passed' ? [0, 1] : null,
    error: null,
    time_ms: 0.2,
    ...extra,
  };
}

export function report(verdict: Verdict, tests: TestReport[], extra: Partial<JudgeReport> = {}): JudgeReport {
  const passed = tests.filter((t) => t.status === 'passed').length;
  return { problem: 'two-sum', verdict, passed, total: tests.length, tests, executor: 'local', cached: false, ...extra };
}

export function finding(id: Finding['id'], line: number, extra: Partial<Finding> = {}): Finding {
  return { id, severity: 'warning', confidence: 0.9, line, message: `Line ${line}: the analyzer's message about ${id}.`, evidence: ['static'], ...extra };
}

/** A wrong answer with an off-by-one finding resting on a visible failing test. */
export function offByOneInput(level: 1 | 2 | 3 = 1): FeedbackInput & { level: 1 | 2 | 3 } {
  return {
    report: report('wrong_answer', [
      test('t1', 'passed'),
      test('t2', 'failed', { input: [[3, 2, 4], 6], expected: [1, 2], actual: [0, 0], tags: ['edge:duplicates'] }),
    ]),
    findings: [
      finding('off-by-one', 3, {
        severity: 'critical',
        message: 'Line 3: `range(i, len(nums))` starts the inner loop at `i` itself, so an element can pair with itself.',
        evidence: ['static', 'test:t2'],
      }),
    ],
    complexity: { time: 'O(n^2)', source: 'static', acceptable: 'O(n)', optimal: 'O(n)' },
    problem: TWO_SUM,
    level,
  };
}

/** A time-limit verdict with a quadratic brute force measured by growth runs. */
export function quadraticInput(): FeedbackInput & { level: 1 } {
  return {
    report: report('time_limit_exceeded', [test('t1', 'passed'), test('t9', 'timeout', { hidden: true, tags: ['large'], input: [[1], 2] })]),
    findings: [
      finding('suboptimal-complexity', 3, {
        severity: 'critical',
        message: 'Lines 2-3: two nested loops over `nums` try every pair, O(n^2) in total.',
        evidence: ['static', 'growth', 'test:t9'],
      }),
    ],
    complexity: { time: 'O(n^2)', source: 'growth', acceptable: 'O(n)', optimal: 'O(n)' },
    problem: TWO_SUM,
    level: 1,
  };
}

/** Stores a user, a two-sum problem version and a judged submission; returns the row. */
export async function insertJudgedSubmission(
  db: Database,
  options: { input: FeedbackInput; code?: string; userId?: string; problemId?: string; createdAt?: Date; analyzed?: boolean },
): Promise<Submission> {
  const userId = options.userId ?? (await insertUser(db));
  const problemId = options.problemId ?? (await insertProblem(db));
  const { input } = options;
  const [row] = await db
    .insert(submissions)
    .values({
      userId,
      problemId,
      problemSlug: input.problem.slug,
      code: options.code ?? BRUTE_FORCE,
      status: 'judged',
      verdict: input.report.verdict,
      passed: input.report.passed,
      total: input.report.total,
      // Stored as the pipeline stores it: the classes come from the problem.
      result: {
        ...input.report,
        complexity: {
          time: input.complexity?.time ?? null,
          source: input.complexity?.source ?? null,
          optimal: input.complexity?.optimal ?? input.problem.optimal ?? 'O(n)',
          acceptable: input.complexity?.acceptable ?? input.problem.acceptable ?? 'O(n)',
        },
      },
      patterns: input.findings,
      // Final findings unless the test wants a row whose background analysis is still to do.
      analyzedAt: options.analyzed === false ? null : new Date(),
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    })
    .returning();
  return row;
}

let users_ = 0;
export async function insertUser(db: Database, depth: ExplanationDepth = 'intermediate'): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ email: `learner${Date.now()}-${users_++}@example.com`, explanationDepth: depth })
    .returning({ id: users.id });
  return row.id;
}

let versions = 0;
export async function insertProblem(db: Database): Promise<string> {
  const [row] = await db
    .insert(problems)
    .values({
      slug: `two-sum-fixture-${versions}`,
      version: ++versions,
      contentHash: `hash-${versions}`,
      title: 'Two Sum',
      difficulty: 'easy',
      category: 'hash-maps',
      content: storedProblemContent({ entryPoint: 'two_sum', params: ['nums', 'target'], acceptable: 'O(n)', optimal: 'O(n)' }),
    })
    .returning({ id: problems.id });
  return row.id;
}
