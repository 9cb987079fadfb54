// Keeps stored and shown reports small: a large test's input (a million numbers for the
// O(log n) problems) says nothing to a reader and would make every stored submission megabytes.
// Any argument, expected or actual value whose JSON passes a few kilobytes is replaced by a
// short description that keeps its start.
import type { JudgeReport, TestReport } from '../judge/index.js';

const MAX_VALUE_CHARS = 4096;
const PREVIEW_CHARS = 200;

/**
 * The JSON length (exact up to the limit, else only known to be past it) and start of a
 * value. A returned list or string is read only as far as the limit: a submission's output can
 * be megabytes. Remembered for objects: the problem's inputs and expected outputs come back
 * with every submission.
 */
// Per object, and a pure function of it: nothing another replica does can make it stale.
const measured = new WeakMap<object, { length: number; head: string }>();
function measure(value: unknown): { length: number; head: string } | null {
  const remembered = typeof value === 'object' && value !== null ? measured.get(value) : undefined;
  if (remembered) return remembered;
  const text = Array.isArray(value)
    ? jsonUpTo(value, MAX_VALUE_CHARS)
    : typeof value === 'string' && value.length > MAX_VALUE_CHARS
      ? JSON.stringify(value.slice(0, MAX_VALUE_CHARS))
      : JSON.stringify(value);
  if (text === undefined) return null;
  const measure = { length: text.length, head: text.slice(0, PREVIEW_CHARS) };
  if (typeof value === 'object' && value !== null) measured.set(value, measure);
  return measure;
}

/** The list's JSON, cut a little past `limit` characters once it gets there. */
function jsonUpTo(list: unknown[], limit: number): string {
  let text = '[';
  for (let i = 0; i < list.length && text.length <= limit; i++) text += (i ? ',' : '') + (JSON.stringify(list[i]) ?? 'null');
  return text.length > limit ? text : `${text}]`;
}

function compactValue(value: unknown): unknown {
  const json = measure(value);
  if (json === null || json.length <= MAX_VALUE_CHARS) return value;
  const size = Array.isArray(value)
    ? `${value.length.toLocaleString('en-US')} items`
    : typeof value === 'string'
      ? `${value.length.toLocaleString('en-US')} characters`
      : `${json.length.toLocaleString('en-US')} characters of JSON`;
  return `${json.head}... (${size}, omitted)`;
}

function compactTest(test: TestReport): TestReport {
  return {
    ...test,
    input: Array.isArray(test.input) ? test.input.map(compactValue) : test.input,
    expected: compactValue(test.expected),
    actual: compactValue(test.actual),
  };
}

export function compactReport<T extends JudgeReport>(report: T): T {
  return { ...report, tests: report.tests.map(compactTest) };
}
