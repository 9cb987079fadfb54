// A report's tests carry their inputs and expected outputs, which the problem has anyway; a
// large test's input is megabytes. Where a report is kept (the result cache) or stored compacted
// (submissions), these are dropped or cut, and put back from the tests it was judged on.
import type { ProblemTest } from '../problems/problem-schema.js';
import type { JudgeReport } from './types.js';

export function withoutTestData<T extends JudgeReport>(report: T): T {
  return { ...report, tests: report.tests.map((test) => ({ ...test, input: [], expected: null })) };
}

/** Each test's input and expected output from `tests`; a test not among them (stress) is kept as it is. */
export function withTestData<T extends JudgeReport>(report: T, tests: ProblemTest[]): T {
  const byId = new Map(tests.map((test) => [test.id, test]));
  return {
    ...report,
    tests: report.tests.map((test) => {
      const original = byId.get(test.id);
      return original ? { ...test, input: original.input, expected: original.expected } : test;
    }),
  };
}
