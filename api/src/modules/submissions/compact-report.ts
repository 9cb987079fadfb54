// Keeps stored and shown reports small: a large test's input (a million numbers for the
// O(log n) problems) says nothing to a reader and would make every stored submission megabytes.
// Any argument, expected or actual value whose JSON passes a few kilobytes is replaced by a
// short description that keeps its start.
import type { JudgeReport, TestReport } from '../judge/types.js';

const MAX_VALUE_CHARS = 4096;
const PREVIEW_CHARS = 200;

function compactValue(value: unknown): unknown {
  const text = JSON.stringify(value);
  if (text === undefined || text.length <= MAX_VALUE_CHARS) return value;
  const size = Array.isArray(value) ? `${value.length.toLocaleString('en-US')} items` : typeof value === 'string' ? `${value.length.toLocaleString('en-US')} characters` : `${text.length.toLocaleString('en-US')} characters of JSON`;
  return `${text.slice(0, PREVIEW_CHARS)}... (${size}, omitted)`;
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
