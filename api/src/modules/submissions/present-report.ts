// What a learner may see of a judge report. Hidden tests keep their secrets: no input, expected,
// actual or printed output — except the first failing one, which is shown in full so the
// learner can understand the verdict. Public tests are shown whole.
import type { JudgeReport, TestReport } from '../judge/types.js';

export interface PresentedTest {
  id: string;
  hidden: boolean;
  tags: string[];
  status: TestReport['status'];
  input?: unknown[];
  expected?: unknown;
  actual?: unknown;
  error: TestReport['error'];
  time_ms: number | null;
  cpu_ms?: number | null;
  stdout?: string;
}

export function presentTests(report: JudgeReport): PresentedTest[] {
  const firstFailing = report.tests.find((test) => test.status !== 'passed' && test.status !== 'skipped');
  return report.tests.map((test) => {
    if (!test.hidden || test === firstFailing) return { ...test };
    // An exception message can quote the input, so other hidden tests show only its type.
    const error = test.error ? { type: test.error.type, message: '', line: test.error.line } : null;
    return { id: test.id, hidden: true, tags: test.tags, status: test.status, error, time_ms: test.time_ms, cpu_ms: test.cpu_ms };
  });
}
