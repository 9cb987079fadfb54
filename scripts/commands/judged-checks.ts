// The checks that run code through the real judge (all tests, hidden included): the reference
// solution must be accepted and fast on the large tests, and slower.py, a correct solution of
// the next time class, must exceed the time limit on a large test, which proves the large
// tests tell the acceptable class from the next one.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Judge } from '../../api/src/modules/judge/judge.js';
import type { JudgeReport, TestReport } from '../../api/src/modules/judge/types.js';
import type { Problem } from '../../api/src/modules/problems/problem-schema.js';
import { outcomeOf, skipped, type CheckOutcome } from './validation-result.js';

/** The reference may use at most this share of the time limit on a large test. */
export const REFERENCE_TIME_SHARE = 0.1;
/** Extra timings of the large tests before calling the reference slow (timings under load are noisy). */
const SPEED_RETRIES = 3;
const SHOWN_FAILURES = 3;

const isLarge = (test: { tags: string[] }): boolean => test.tags.includes('large');

/**
 * The time a test counts against the budget: CPU time, what the time limit itself counts and
 * what barely moves when other work shares the cores; wall time when the harness gave none.
 */
export const chargedMs = (test: TestReport): number | null => test.cpu_ms ?? test.time_ms;

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** One line on why a test did not pass, for the failure list. */
export function describeTestFailure(test: TestReport): string {
  if (test.status === 'failed') return `test ${test.id}: expected ${show(test.expected)}, got ${show(test.actual)}`;
  if (test.status === 'error') return `test ${test.id}: ${test.error?.type}: ${test.error?.message}`;
  if (test.status === 'timeout') return `test ${test.id}: exceeded the time limit`;
  return `test ${test.id}: ${test.status}`;
}

/** The first test that did not pass decides the verdict (the judge's own rule). */
export const decidingTest = (report: JudgeReport): TestReport | undefined => report.tests.find((t) => t.status !== 'passed');

/** The reference's CPU time per large test, ms (see chargedMs); null when it did not finish the test. */
export type LargeTestTimes = Map<string, number | null>;

export interface ReferenceResult {
  reference: CheckOutcome;
  largeTimes: LargeTestTimes;
}

export async function checkReference(judge: Judge, problem: Problem): Promise<ReferenceResult> {
  const report = await judge.judge({ problem, code: problem.solutionCode, scope: 'all' });
  const failing = report.tests.filter((t) => t.status !== 'passed');
  const reference =
    report.verdict === 'accepted'
      ? outcomeOf([])
      : outcomeOf([
          `solution.py gets ${report.verdict} (${failing.length} of ${report.total} tests): ` +
            failing.slice(0, SHOWN_FAILURES).map(describeTestFailure).join('; ') +
            (failing.length > SHOWN_FAILURES ? `; and ${failing.length - SHOWN_FAILURES} more` : ''),
        ]);
  const largeTimes: LargeTestTimes = new Map(report.tests.filter(isLarge).map((t) => [t.id, t.status === 'passed' ? chargedMs(t) : null]));
  return { reference, largeTimes };
}

const budgetOf = (problem: Problem): number => problem.timeLimitMs * REFERENCE_TIME_SHARE;

export const isOverBudget = (problem: Problem, times: LargeTestTimes): boolean => [...times.values()].some((ms) => ms === null || ms >= budgetOf(problem));

/**
 * Even CPU time runs somewhat slower while other problems are judged on the same cores (shared
 * caches, clock scaling): the validator retimes slow references once its own work has finished,
 * and the fastest reading of each large test counts.
 */
export async function retimeReference(judge: Judge, problem: Problem, times: LargeTestTimes): Promise<LargeTestTimes> {
  const best: LargeTestTimes = new Map(times);
  const largeOnly: Problem = { ...problem, tests: problem.tests.filter(isLarge) };
  for (let retry = 0; retry < SPEED_RETRIES && isOverBudget(problem, best); retry++) {
    const again = await judge.judge({ problem: largeOnly, code: problem.solutionCode, scope: 'all' });
    for (const t of again.tests) {
      const previous = best.get(t.id) ?? null;
      const ms = t.status === 'passed' ? chargedMs(t) : null;
      if (ms !== null && (previous === null || ms < previous)) best.set(t.id, ms);
    }
  }
  return best;
}

export function checkReferenceSpeed(problem: Problem, times: LargeTestTimes): { speed: CheckOutcome; largeMs: number | null } {
  if (times.size === 0) return { speed: skipped(), largeMs: null };
  const budgetMs = budgetOf(problem);
  const readings = [...times.values()];
  const largeMs = readings.some((ms) => ms === null) ? null : Math.max(...(readings as number[]));
  const details = [...times]
    .filter(([, ms]) => ms === null || ms >= budgetMs)
    .map(([id, ms]) =>
      ms === null
        ? `solution.py did not pass large test ${id}, so it cannot be timed`
        : `solution.py takes ${ms.toFixed(1)} ms of CPU time on large test ${id}, must stay under ${budgetMs} ms (a tenth of the ${problem.timeLimitMs} ms limit)`,
    );
  return { speed: outcomeOf(details), largeMs };
}

export interface SlowerResult {
  slower: CheckOutcome;
  verdict: string | null;
}

export async function checkSlowerSolution(judge: Judge, problem: Problem): Promise<SlowerResult> {
  let code: string;
  try {
    code = await readFile(path.join(problem.dir, 'slower.py'), 'utf8');
  } catch {
    return { slower: outcomeOf(['slower.py is missing']), verdict: null };
  }
  const report = await judge.judge({ problem, code, scope: 'all' });
  return { slower: outcomeOf(slowSolutionFailures(problem, report, 'slower.py', ['time_limit_exceeded'])), verdict: report.verdict };
}

/**
 * What is wrong with the verdict on a correct solution of a slower class (slower.py, or one of
 * slow-variants/): it must pass every test that is not large (any small failure is a bug in
 * it), and a large test must stop it with one of `refusals` (wrong_answer never counts: that
 * would be a wrong solution, not a slow one).
 */
export function slowSolutionFailures(problem: Problem, report: JudgeReport, file: string, refusals: readonly string[]): string[] {
  const deciding = decidingTest(report);
  const details: string[] = [];
  const smallFailures = report.tests.filter((t) => !isLarge(t) && t.status !== 'passed');
  if (smallFailures.length > 0) {
    details.push(`${file} must pass every test that is not large, but fails ${smallFailures.slice(0, SHOWN_FAILURES).map(describeTestFailure).join('; ')}`);
  }
  if (report.verdict === 'accepted') {
    const slowest = Math.max(...report.tests.filter(isLarge).map((t) => chargedMs(t) ?? 0));
    details.push(
      `${file} is accepted (slowest large test ${slowest.toFixed(1)} ms CPU of the ${problem.timeLimitMs} ms limit): the large tests do not separate ${problem.acceptable} from the next class`,
    );
  } else if (deciding && isLarge(deciding) && !refusals.includes(report.verdict)) {
    details.push(`${file} gets ${report.verdict} on large test ${deciding.id}, not ${refusals.join(' or ')}: ${describeTestFailure(deciding)}`);
  }
  return details;
}
