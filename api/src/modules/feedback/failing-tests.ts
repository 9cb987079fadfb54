// The failing tests an explanation may quote: exactly what the learner is shown (public tests,
// and the first failing hidden test), with inputs printed as Python so they read like the code.
import type { JudgeReport, TestError } from '../judge/types.js';
import { presentTests } from '../submissions/present-report.js';

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

export function formatArguments(input: unknown[], params: string[]): string {
  return input.map((value, i) => `${params[i] ?? `arg${i + 1}`} = ${formatPython(value)}`).join(', ');
}

/** A value as Python would print it, cut to a readable length. */
export function formatPython(value: unknown, limit = VALUE_LIMIT): string {
  const text = toPython(value);
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}

function toPython(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toPython).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${toPython(v)}`).join(', ')}}`;
  }
  return String(value);
}
