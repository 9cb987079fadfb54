// A problem with made-up tests (stress inputs, failing tests for mutants): the judge runs code
// on them like on any problem. Its content hash is distinct so cached results never mix.
import type { Problem, ProblemTest } from '../problems/index.js';

export function withTests(problem: Problem, purpose: string, tests: Array<Pick<ProblemTest, 'id' | 'input'> & Partial<ProblemTest>>): Problem {
  return {
    ...problem,
    contentHash: `${problem.contentHash}:${purpose}`,
    tests: tests.map((test) => ({ expected: null, hidden: false, tags: [], ...test })),
  };
}
