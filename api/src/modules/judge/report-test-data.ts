// A report's tests carry their inputs and expected outputs, which the problem has anyway; a
// large test's input is megabytes. Where a report is kept (the result cache) or stored compacted
// (submissions), these are dropped or cut, and put back from the tests it was judged on.
import type { ProblemTest } from '../problems/index.js';
import type { JudgeReport } from './types.js';

/**
 * `passedAreExpected`: the problem compares exactly (no tolerance, no reordering), so a passed
 * test's returned value is its expected one and is dropped too (an in-place problem returns its
 * megabyte input); `withTestData` with the same flag puts it back.
 */
export function withoutTestData<T extends JudgeReport>(report: T, passedAreExpected = false): T {
  return {
    ...report,
    tests: report.tests.map((test) => ({ ...test, input: [], expected: null, ...(passedAreExpected && test.status === 'passed' ? { actual: null } : {}) })),
  };
}

/** Each test's input and expected output from `tests`; a test not among them (stress) is kept as it is. */
export function withTestData<T extends JudgeReport>(report: T, tests: ProblemTest[], passedAreExpected = false): T {
  const byId = new Map(tests.map((test) => [test.id, test]));
  return {
    ...report,
    tests: report.tests.map((test) => {
      const original = byId.get(test.id);
      if (!original) return test;
      const actual = passedAreExpected && test.status === 'passed' ? original.expected : test.actual;
      return { ...test, input: original.input, expected: original.expected, actual };
    }),
  };
}

/** Whether a passed test's value is always exactly the expected one. */
export function comparesExactly(problem: { comparator: string; floatTolerance: number | null }): boolean {
  return problem.comparator === 'exact' && problem.floatTolerance === null;
}
