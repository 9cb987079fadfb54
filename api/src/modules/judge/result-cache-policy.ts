// Which reports the result cache may hand to the next learner who submits the same code. Only
// outcomes fixed by the code alone qualify: a value returned, an exception the code raised, a
// memory or output limit it reached. Never a timeout or a skipped test (they depend on the
// machine's load), nor a process that ended without reporting (a signal from outside, an
// infrastructure failure): a verdict produced that way would otherwise be served for a day.
import type { JudgeReport, TestReport } from './types.js';

/** Error types the judge gives a test when the process ended without the harness reporting. */
const ENDED_FROM_OUTSIDE = new Set(['Crash']);

function decidedByCode(test: TestReport): boolean {
  if (test.status === 'passed' || test.status === 'failed') return true;
  if (test.status !== 'error' || !test.error) return false;
  return !ENDED_FROM_OUTSIDE.has(test.error.type);
}

export function mayShareReport(report: JudgeReport): boolean {
  return report.tests.every(decidedByCode);
}
