// Shared by the judge's tests: small in-memory problems (independent of problems/, which
// other people edit) and the machine's interpreter.
import { probeSandbox } from '../../api/src/modules/judge/sandbox-capabilities.js';
import type { Problem, ProblemTest } from '../../api/src/modules/problems/problem-schema.js';

export const PYTHON_BIN = process.env.PYTHON_BIN ?? 'python3';
export const caps = probeSandbox(PYTHON_BIN);

export function makeProblem(overrides: Partial<Problem> & { tests: ProblemTest[] }): Problem {
  return {
    slug: 'test-problem',
    title: 'Test problem',
    difficulty: 'easy',
    category: 'arrays',
    tags: [],
    entryPoint: 'solve',
    params: ['nums'],
    comparator: 'exact',
    floatTolerance: null,
    inPlace: false,
    timeLimitMs: 1000,
    optimal: 'O(n)',
    acceptable: 'O(n)',
    optimalSpace: 'O(1)',
    hints: ['Look at each value once.', 'Keep what you need as you go.'],
    targetPatterns: [],
    statement: '',
    starterCode: '',
    solutionCode: '',
    explanation: '',
    contentHash: 'test-hash',
    dir: '/nonexistent',
    ...overrides,
  };
}

export const test = (id: string, input: unknown[], expected: unknown, hidden = false, tags: string[] = []): ProblemTest => ({
  id,
  input,
  expected,
  hidden,
  tags,
});

/** "Sum of a list" with a few tests: the workhorse of the verdict tables. */
export const sumProblem = makeProblem({
  slug: 'list-sum',
  entryPoint: 'list_sum',
  tests: [
    test('t1', [[1, 2, 3]], 6, false, ['example']),
    test('t2', [[]], 0, true, ['edge:empty']),
    test('t3', [[-5]], -5, true, ['edge:single', 'edge:negative']),
    test('t4', [[10, 20, 30, 40]], 100, true),
  ],
});
