// What a learner may see of a judge report. Hidden tests keep their secrets: no input, expected,
// actual or printed output, except the first failing one, whose input and expected answer are
// shown so the learner can understand the verdict. What the code itself produced on a hidden
// test is never a channel out: code can keep every input it is called with in a global and
// print, return or raise them all on the test it fails on purpose. So hidden tests never show
// printed output; the first failing one shows its answer only when about the size of the
// expected one, and its exception message cut short. Public tests are shown whole. A test's
// memory is the code's to set to the kilobyte (allocate n KB for a value n of the input), a
// finer channel than its time: hidden tests show it only on the first failing one.
import type { SubmissionAnalysis } from '../analysis/index.js';
import type { JudgeReport, TestReport } from '../judge/index.js';

/** A hidden test's answer is shown when its JSON is at most twice the expected one's, or this. */
const HIDDEN_ACTUAL_MIN_CHARS = 40;
/** Enough for Python's own messages ("list index out of range", "'NoneType' object is not subscriptable"). */
const HIDDEN_MESSAGE_CHARS = 160;

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
  /** Peak memory of the call, KB (TestReport.memory_kb); absent on hidden tests other than the first failing one. */
  memory_kb?: number | null;
  stdout?: string;
}

/** Whether a judged submission's findings are final (`complete`) or may still grow (`pending`). */
export type AnalysisStatus = 'pending' | 'complete';

/**
 * The judge's output document, the one shape both `codementor judge --json` and the API's
 * judged submissions take: the report's totals, its tests as the caller may show them, the
 * findings, the time class, then the feedback; `syntaxError` and `rejection` only when set.
 * `analysis` (the API's) says whether the findings are final; the CLI's always are, so it
 * leaves it out.
 */
export function judgedDocument<Test, Feedback>(analysis: SubmissionAnalysis, shown: { tests: Test[]; feedback: Feedback; analysisStatus?: AnalysisStatus }) {
  const { report } = analysis;
  return {
    problem: report.problem,
    verdict: report.verdict,
    passed: report.passed,
    total: report.total,
    tests: shown.tests,
    patterns: analysis.patterns,
    complexity: analysis.complexity,
    ...(shown.analysisStatus ? { analysis: { status: shown.analysisStatus } } : {}),
    feedback: shown.feedback,
    ...(report.syntaxError ? { syntaxError: report.syntaxError } : {}),
    ...(report.rejection ? { rejection: report.rejection } : {}),
  };
}

export function presentTests(report: JudgeReport): PresentedTest[] {
  const firstFailing = report.tests.find((test) => test.status !== 'passed' && test.status !== 'skipped');
  return report.tests.map((test) => {
    // Reports stored before memory was measured have none: null, as for a test not measured.
    const memory = { memory_kb: test.memory_kb ?? null };
    if (!test.hidden) return { ...test, ...memory };
    const { stdout: _never, ...shown } = test;
    if (test === firstFailing) {
      const error = test.error ? { ...test.error, message: cut(test.error.message, HIDDEN_MESSAGE_CHARS) } : null;
      return { ...shown, ...memory, actual: hiddenAnswer(test.actual, test.expected), error };
    }
    // An exception message can quote the input, so other hidden tests show only its type.
    const error = test.error ? { type: test.error.type, message: '', line: test.error.line } : null;
    return { id: test.id, hidden: true, tags: test.tags, status: test.status, error, time_ms: test.time_ms, cpu_ms: test.cpu_ms };
  });
}

/**
 * The report as stored: hidden tests keep no printed output. It is never shown, and stored rows
 * leave the server in other ways (the learner's data export).
 */
export function withoutHiddenStdout<T extends JudgeReport>(report: T): T {
  return { ...report, tests: report.tests.map((test) => (test.hidden && test.stdout !== undefined ? withoutStdout(test) : test)) };
}

function withoutStdout(test: TestReport): TestReport {
  const { stdout: _dropped, ...rest } = test;
  return rest;
}

function hiddenAnswer(actual: unknown, expected: unknown): unknown {
  const length = JSON.stringify(actual)?.length ?? 0;
  const limit = Math.max(HIDDEN_ACTUAL_MIN_CHARS, 2 * (JSON.stringify(expected)?.length ?? 0));
  if (length <= limit) return actual;
  return `(${length.toLocaleString('en-US')} characters of JSON, omitted: on a hidden test the answer is shown only when about the size of the expected one)`;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
