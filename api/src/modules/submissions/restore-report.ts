// A stored report, made whole again for analysis: storing compacts every value over a few
// kilobytes (see compact-report.ts), so each test's input and expected output are taken back
// from the problem itself. A test the problem does not have (the stress test) is kept as stored.
import type { JudgeReport } from '../judge/types.js';
import type { Problem } from '../problems/problem-schema.js';

export function restoreReport<T extends JudgeReport>(stored: T, problem: Problem): T {
  const byId = new Map(problem.tests.map((test) => [test.id, test]));
  return {
    ...stored,
    tests: stored.tests.map((test) => {
      const original = byId.get(test.id);
      return original ? { ...test, input: original.input, expected: original.expected } : test;
    }),
  };
}
