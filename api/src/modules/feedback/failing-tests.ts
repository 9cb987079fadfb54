// The failing tests an explanation may quote: exactly what the learner is shown (public tests,
// and the first failing hidden test), with inputs printed as Python so they read like the code.
import { formatValue } from '../../../../analyzer/src/index.js';
import type { JudgeReport, TestError } from '../judge/index.js';
import { presentTests } from '../submissions/index.js';

export interface FailingTest {
  id: string;
  tags: string[];
  status: 'failed' | 'error' | 'timeout';
  /** `nums = [3, 3], target = 6`; absent for a hidden test whose input stays secret. */
  input?: string;
  expected?: string;
  actual?: string;
  error: TestError | null;
}

const VALUE_LIMIT = 60;

export function failingTests(report: JudgeReport, params: string[]): FailingTest[] {
  const failing: FailingTest[] = [];
  for (const test of presentTests(report)) {
    if (test.status !== 'failed' && test.status !== 'error' && test.status !== 'timeout') continue;
    const shown = test.input !== undefined;
    failing.push({
      id: test.id,
      tags: test.tags,
      status: test.status,
      error: test.error,
      ...(shown
        ? {
            input: formatArguments(test.input ?? [], params),
            expected: formatPython(test.expected),
            ...(test.status === 'failed' ? { actual: formatPython(test.actual) } : {}),
          }
        : {}),
    });
  }
  return failing;
}

/** A value as Python prints it, cut to a readable length (the analyzer's messages print alike). */
export function formatPython(value: unknown): string {
  return formatValue(value, VALUE_LIMIT);
}

export function formatArguments(input: unknown[], params: string[]): string {
  return input.map((value, i) => `${params[i] ?? `arg${i + 1}`} = ${formatPython(value)}`).join(', ');
}
