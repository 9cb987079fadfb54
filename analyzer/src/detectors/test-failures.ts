// Reading test results: which tests failed, what their inputs looked like, and which kind of
// mistake a failure most likely shows. Shared by the detectors so that one failing test is
// not claimed by two patterns for two different reasons.
import { formatValue } from '../format-value.js';
import type { TestResult } from '../types.js';

export type FailureCause =
  | 'edge' // an extreme but valid input: empty, single, duplicates, negatives, zero, unicode
  | 'validation' // a value the code assumed present (ValueError from .index)
  | 'boundary-index' // an index one past the end on an ordinary input, or only the ends differ
  | 'slow' // ran out of time on a large input
  | 'hang' // ran out of time on a small input: a loop that never ends
  | 'other';

/** Python's words when a call's arguments do not fit the parameters: `two_sum() takes 1 positional argument but 2 were given`. */
const SIGNATURE_MISMATCH = /^[\w.]+\(\) (takes \d+|missing \d+ required|got an unexpected keyword)/;

/**
 * The judge could not call the code: no entry point (misnamed or missing), or one whose
 * parameters do not take the test's arguments (a TypeError raised at the call itself, so no
 * line of the code is named). Either way no line of the code ran.
 */
export function judgeCouldNotCall(error: { type?: unknown; message?: unknown; line?: unknown } | null | undefined): boolean {
  if (!error) return false;
  if (error.type === 'EntryPointNotFound') return true;
  return error.type === 'TypeError' && error.line == null && typeof error.message === 'string' && SIGNATURE_MISMATCH.test(error.message);
}

export function isFailing(test: TestResult): boolean {
  // Nothing called means no line of the code ran: not a failure of its logic.
  if (judgeCouldNotCall(test.error)) return false;
  return test.status === 'failed' || test.status === 'error' || test.status === 'timeout';
}

export function edgeTags(test: TestResult): string[] {
  return test.tags.filter((t) => t.startsWith('edge:'));
}

export function hasEmptyArgument(test: TestResult): boolean {
  return (test.input ?? []).some((a) => (Array.isArray(a) || typeof a === 'string') && a.length === 0);
}

export function hasSingleArgument(test: TestResult): boolean {
  return (test.input ?? []).some((a) => (Array.isArray(a) || typeof a === 'string') && a.length === 1);
}

/**
 * An integer argument the code uses as a count (`isCount(i)`, decided from its use in the
 * code, not its name) that is larger than a list argument's length, or zero.
 */
export function hasCountPastLength(test: TestResult, isCount: (index: number) => boolean): boolean {
  const input = test.input ?? [];
  const lists = input.filter((a): a is unknown[] => Array.isArray(a));
  const counts = input.filter((a, i): a is number => typeof a === 'number' && Number.isInteger(a) && isCount(i));
  return lists.length > 0 && counts.some((k) => k === 0 || lists.some((l) => k > l.length));
}

/**
 * A string argument with characters outside ASCII, or control characters (what an
 * `edge:unicode` test is about). Walks the values rather than their JSON: a large test's
 * input is a million numbers, which can hold no such character.
 */
export function hasNonAscii(test: TestResult): boolean {
  return containsUnusualText(test.input ?? []);
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const UNUSUAL_CHARACTER = /[^\x00-\x7f]|[\x00-\x07\x0b\x0e-\x1f]/;

function containsUnusualText(value: unknown): boolean {
  if (typeof value === 'string') return UNUSUAL_CHARACTER.test(value);
  if (Array.isArray(value)) return value.some(containsUnusualText);
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([key, item]) => UNUSUAL_CHARACTER.test(key) || containsUnusualText(item));
  return false;
}

/**
 * An input that is an edge case by its shape even when not tagged as one: an empty or
 * one-element sequence, numbers that are all negative (or all zero), all values equal.
 */
export function looksLikeEdge(test: TestResult): boolean {
  return (test.input ?? []).some((a) => {
    if (typeof a === 'string') return a.length <= 1;
    if (!Array.isArray(a)) return false;
    if (a.length <= 1) return true;
    if (a.every((v) => typeof v === 'number' && v <= 0)) return true;
    return a.every((v) => sameValue(v, a[0]));
  });
}

/** Deep equality of plain JSON values; primitives compared directly (large inputs hold millions). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function classifyFailure(test: TestResult): FailureCause {
  const tags = edgeTags(test);
  const edge = tags.length > 0 || looksLikeEdge(test);
  if (test.status === 'timeout') return test.tags.includes('large') ? 'slow' : 'hang';
  if (test.status === 'error') {
    const type = test.error?.type ?? '';
    const message = test.error?.message ?? '';
    if (type === 'ValueError' && /not in list|substring not found|is not in/.test(message)) return 'validation';
    if (type === 'ZeroDivisionError') return 'edge';
    if (type === 'ValueError' && /empty/.test(message)) return 'edge';
    if (type === 'IndexError') {
      if (/empty/.test(message) || edge || hasSingleArgument(test)) return 'edge';
      return 'boundary-index';
    }
    if (type === 'KeyError') return edge ? 'edge' : 'validation';
    return edge ? 'edge' : 'other';
  }
  if (test.status === 'failed') {
    if (edge) return 'edge';
    if (differsOnlyAtAnEnd(test.expected, test.actual)) return 'boundary-index';
  }
  return 'other';
}

/** Two lists of the same length that differ only in their first or last element. */
export function differsOnlyAtAnEnd(expected: unknown, actual: unknown): boolean {
  // With two elements every difference is "at an end": too short to say anything.
  if (!Array.isArray(expected) || !Array.isArray(actual) || expected.length !== actual.length || expected.length < 3) return false;
  const last = expected.length - 1;
  let differing = -1;
  for (let i = 0; i <= last; i++) {
    if (sameValue(expected[i], actual[i])) continue;
    if (differing >= 0) return false; // a second difference
    differing = i;
  }
  return differing === 0 || differing === last;
}

/** `nums = [1, 2], k = 3`, each value cut to a readable length. */
export function formatInput(test: TestResult, params: string[]): string {
  const input = test.input ?? [];
  return input.map((value, i) => `${params[i] ?? `arg${i + 1}`} = ${formatValue(value)}`).join(', ');
}

/** "test t7 (nums = [3, 3])" or just "test t7" when the input is not known. */
export function describeTest(test: TestResult, params: string[]): string {
  const input = test.input ? formatInput(test, params) : '';
  return input ? `test ${test.id} (${input})` : `test ${test.id}`;
}
