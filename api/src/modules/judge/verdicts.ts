// Turns raw sandbox outcomes into test reports and the submission's verdict. The first
// failing test (in the problem's order) decides the verdict; every test still gets a status.
import type { Problem, ProblemTest } from '../problems/index.js';
import { valuesMatch } from './comparators.js';
import type { JudgeReport, RawOutcome, TestReport, Verdict } from './types.js';

const round = (ms: number | null): number | null => (ms === null ? null : Math.round(ms * 1000) / 1000);

export function reportTest(problem: Problem, test: ProblemTest, outcome: RawOutcome | undefined): TestReport {
  const base = { id: test.id, hidden: test.hidden, tags: test.tags, input: test.input, expected: test.expected };
  if (!outcome || outcome.kind === 'skipped') {
    return { ...base, status: 'skipped', actual: null, error: null, time_ms: null, cpu_ms: null, memory_kb: null };
  }
  const stdout = outcome.stdout ? { stdout: outcome.stdout } : {};
  const measured = { time_ms: round(outcome.timeMs), cpu_ms: round(outcome.cpuMs), memory_kb: outcome.memoryKb };
  switch (outcome.kind) {
    case 'timeout':
      return {
        ...base,
        status: 'timeout',
        actual: null,
        error: { type: 'TimeLimitExceeded', message: `the test ran longer than its ${problem.timeLimitMs} ms time limit`, line: null },
        ...measured,
        ...stdout,
      };
    case 'error': {
      const error = outcome.limit === 'memory' && !outcome.error.message ? { ...outcome.error, message: 'the program ran out of memory' } : outcome.error;
      return { ...base, status: 'error', actual: null, error, ...measured, ...stdout };
    }
    case 'returned': {
      if (!outcome.plain) {
        const message = `returned ${outcome.typeName}, which is not plain data (lists, dicts, strings, numbers, booleans, None)`;
        return {
          ...base,
          status: 'failed',
          actual: outcome.repr,
          error: { type: 'NotPlainData', message, line: null },
          ...measured,
          ...stdout,
        };
      }
      const passed = valuesMatch(outcome.value, test.expected, problem);
      return { ...base, status: passed ? 'passed' : 'failed', actual: outcome.value, error: null, ...measured, ...stdout };
    }
  }
}

function verdictOf(test: TestReport, outcome: RawOutcome | undefined): Verdict {
  if (test.status === 'failed') return 'wrong_answer';
  if (test.status === 'timeout') return 'time_limit_exceeded';
  if (outcome?.kind === 'error' && outcome.limit === 'memory') return 'memory_limit_exceeded';
  if (outcome?.kind === 'error' && outcome.limit === 'output') return 'output_limit_exceeded';
  if (test.status === 'skipped') return 'time_limit_exceeded'; // only the wall bound skips tests
  return 'runtime_error';
}

export function buildReport(problem: Problem, tests: ProblemTest[], outcomes: Map<string, RawOutcome>, executor: JudgeReport['executor']): JudgeReport {
  const reports = tests.map((t) => reportTest(problem, t, outcomes.get(t.id)));
  const firstFailure = reports.findIndex((r) => r.status !== 'passed');
  return {
    problem: problem.slug,
    verdict: firstFailure < 0 ? 'accepted' : verdictOf(reports[firstFailure], outcomes.get(reports[firstFailure].id)),
    passed: reports.filter((r) => r.status === 'passed').length,
    total: reports.length,
    tests: reports,
    executor,
    cached: false,
  };
}

/** A report for code that never ran (syntax error or rejection): every test is skipped. */
export function reportWithoutRun(problem: Problem, tests: ProblemTest[], verdict: Verdict): JudgeReport {
  return {
    problem: problem.slug,
    verdict,
    passed: 0,
    total: tests.length,
    tests: tests.map((t) => reportTest(problem, t, undefined)),
    executor: 'none',
    cached: false,
  };
}
