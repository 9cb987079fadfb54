// The validator's own checks on hand-made problems, so each one is known to catch what it
// claims to catch (the problem-set test only shows that the real set passes them).
import { describe, expect, it } from 'vitest';
import type { Problem, ProblemTest } from '../../api/src/modules/problems/problem-schema.js';
import type { Judge } from '../../api/src/modules/judge/judge.js';
import type { JudgeReport, TestReport } from '../../api/src/modules/judge/types.js';
import { checkReference, checkReferenceSpeed } from '../../scripts/commands/judged-checks.js';
import { REQUIRED_PROBLEMS } from '../../scripts/commands/required-problems.js';
import { checkProblemSet } from '../../scripts/commands/set-checks.js';
import { checkHelpTexts } from '../../scripts/commands/help-check.js';
import { checkStarterCode } from '../../scripts/commands/starter-check.js';
import { checkStatementExamples, extractExamples } from '../../scripts/commands/statement-examples.js';
import { checkEdgeCases, checkHiddenShare, checkLargeTests, checkRequiredShape, checkTestCount } from '../../scripts/commands/test-set-checks.js';

const pythonBin = process.env.PYTHON_BIN ?? 'python3';

const STATEMENT = `# Two Sum

### Example 1

Input: nums = [2, 7, 11, 15], target = 9
Output: [1, 0]
Explanation: in any order.

### Example 2

Input: nums = [3, 3], target = 6
Output: (0, 1)

## Constraints
`;

const test = (id: string, fields: Partial<ProblemTest> = {}): ProblemTest => ({ id, input: [[1], 1], expected: 0, hidden: true, tags: [], ...fields });

function makeProblem(overrides: Partial<Problem> = {}): Problem {
  return {
    slug: 'two-sum',
    title: 'Two Sum',
    difficulty: 'easy',
    category: 'hash-maps',
    tags: [],
    entryPoint: 'two_sum',
    params: ['nums', 'target'],
    comparator: 'unordered',
    floatTolerance: null,
    inPlace: false,
    timeLimitMs: 1000,
    optimal: 'O(n)',
    acceptable: 'O(n)',
    optimalSpace: 'O(n)',
    hints: ['Which value would complete the pair?', 'Remember the positions of values already seen.'],
    targetPatterns: ['off-by-one'],
    statement: STATEMENT,
    starterCode: 'def two_sum(nums: list[int], target: int) -> list[int]:\n    pass\n',
    solutionCode: '',
    explanation: '',
    tests: [
      test('t1', { input: [[2, 7, 11, 15], 9], expected: [0, 1], hidden: false, tags: ['example'] }),
      test('t2', { input: [[3, 3], 6], expected: [0, 1], hidden: false, tags: ['example'] }),
    ],
    contentHash: 'x',
    dir: '/nowhere',
    ...overrides,
  };
}

describe('test-count checks', () => {
  it('needs ten tests, half of them hidden', () => {
    const nine = makeProblem({ tests: Array.from({ length: 9 }, (_, i) => test(`t${i}`, { hidden: i < 4 })) });
    expect(checkTestCount(nine).details).toEqual(['9 tests, at least 10 required']);
    expect(checkHiddenShare(nine).details).toEqual(['4 of 9 tests hidden, at least half (5) required']);
    const ten = makeProblem({ tests: Array.from({ length: 10 }, (_, i) => test(`t${i}`, { hidden: i < 5 })) });
    expect(checkTestCount(ten).status).toBe('passed');
    expect(checkHiddenShare(ten).status).toBe('passed');
  });

  it('counts edge:* tests and refuses a tag outside the vocabulary', () => {
    const tests = [test('a', { tags: ['edge:empty'] }), test('b', { tags: ['edge:single'] }), test('c', { tags: ['edge:overflow'] })];
    expect(checkEdgeCases(makeProblem({ tests })).details).toEqual([expect.stringMatching(/test c has the unknown tag "edge:overflow"/)]);
    expect(checkEdgeCases(makeProblem({ tests: tests.slice(0, 2) })).details).toEqual(['2 tests tagged edge:*, at least 3 required']);
  });

  it('wants a large test made by generate', () => {
    expect(checkLargeTests(makeProblem({ tests: [test('a')] })).details).toEqual(['no test is tagged large']);
    expect(checkLargeTests(makeProblem({ tests: [test('a', { tags: ['large'] })] })).details).toEqual(['no large test is made by generate (a are literal)']);
    const generated = test('a', { tags: ['large'], generate: { size: 10, seed: 1 } });
    expect(checkLargeTests(makeProblem({ tests: [generated] })).status).toBe('passed');
  });
});

describe('the required shape', () => {
  it('names every field that differs from the required set', () => {
    const outcome = checkRequiredShape(makeProblem({ entryPoint: 'twoSum', comparator: 'exact' }));
    expect(outcome.details).toEqual(['entryPoint is "twoSum", the required set has "two_sum"', 'comparator is "exact", the required set has "unordered"']);
  });

  it('holds 15 arrays, 8 strings and 7 hash maps', () => {
    const count = (category: string) => REQUIRED_PROBLEMS.filter((p) => p.category === category).length;
    expect([REQUIRED_PROBLEMS.length, count('arrays'), count('strings'), count('hash-maps')]).toEqual([30, 15, 8, 7]);
    expect(new Set(REQUIRED_PROBLEMS.map((p) => p.slug)).size).toBe(30);
  });

  it('reports missing and extra problems and wrong category counts', () => {
    const set = checkProblemSet(['two-sum', 'fizz-buzz'], [makeProblem()]);
    expect(set['required-set'].details).toContain('problems/binary-search is missing (arrays, entry point binary_search)');
    expect(set['required-set'].details).toContain('problems/fizz-buzz is not one of the 30 required problems');
    expect(set.categories.details).toEqual(['arrays 0 of 15, strings 0 of 8, hash-maps 1 of 7 (1 problems failed to load and are not counted)']);
    expect(checkProblemSet(['two-sum'], [makeProblem(), makeProblem()])['unique-slugs'].details).toEqual(['slug "two-sum" is used by 2 problems']);
  });
});

describe('the starter code', () => {
  it.each([
    ['a top-level function', 'def two_sum(nums, target):\n    pass\n'],
    ['a Solution method in camel case', 'class Solution:\n    def twoSum(self, nums: list[int], target: int = 0) -> list[int]:\n        pass\n'],
  ])('accepts %s', (_, starterCode) => {
    expect(checkStarterCode(makeProblem({ starterCode })).details).toEqual([]);
  });

  it.each([
    ['code that does not parse', 'def two_sum(nums, target)\n    pass\n', /does not parse \(line 1\)/],
    ['a missing entry point', 'def twosum(nums, target):\n    pass\n', /defines neither two_sum\(\)/],
    ['parameters that differ from params', 'def two_sum(target, nums):\n    pass\n', /takes \(target, nums\), params say \(nums, target\)/],
    ['an empty file', '', /missing or empty/],
  ])('refuses %s', (_, starterCode, message) => {
    expect(checkStarterCode(makeProblem({ starterCode })).details).toEqual([expect.stringMatching(message)]);
  });
});

describe('the help texts', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const explanation = (n: number, classes = '**Time:** O(n) · **Space:** O(n)') => `${words(n)}\n\n${classes}`;

  it('accepts distinct prose hints and an explanation closing with the classes', () => {
    expect(checkHelpTexts(makeProblem({ explanation: explanation(120) })).details).toEqual([]);
  });

  it.each([
    ['repeated hints', { hints: ['Same.', 'Same.'], explanation: explanation(120) }, /two hints are the same/],
    ['a hint that is code', { hints: ['Think.', 'def two_sum(nums): return []'], explanation: explanation(120) }, /hint 2 is code/],
    [
      'classes that differ from the front matter',
      { explanation: explanation(120, '**Time:** O(n^2) · **Space:** O(1)') },
      /must end with the line "\*\*Time:\*\* O\(n\) · \*\*Space:\*\* O\(n\)"/,
    ],
    ['a one-line explanation', { explanation: explanation(12) }, /has 12 words/],
    ['an essay', { explanation: explanation(400) }, /has 400 words/],
  ])('refuses %s', (_, fields, message) => {
    expect(checkHelpTexts(makeProblem(fields)).details).toEqual([expect.stringMatching(message)]);
  });
});

describe('the statement examples', () => {
  it('finds each example block with its Input and Output lines', () => {
    const { examples, issues } = extractExamples(STATEMENT);
    expect(issues).toEqual([]);
    expect(examples.map((e) => [e.number, e.input, e.output])).toEqual([
      [1, 'nums = [2, 7, 11, 15], target = 9', '[1, 0]'],
      [2, 'nums = [3, 3], target = 6', '(0, 1)'],
    ]);
  });

  it('wants two or three examples, each with both lines', () => {
    const one = extractExamples('### Example 1\n\nInput: x = 1\n');
    expect(one.issues).toEqual(['Example 1 has no Output: line', 'the statement has 1 "### Example N" blocks, 2-3 required']);
  });

  it('agrees with public example tests, reading values as Python literals under the comparator', async () => {
    expect((await checkStatementExamples(makeProblem(), pythonBin)).details).toEqual([]);
  });

  it('names the example whose output, input or argument names differ from the tests', async () => {
    const statement = STATEMENT.replace('Output: [1, 0]', 'Output: [1, 2]').replace('target = 6', 'goal = 6');
    const tests = [...makeProblem().tests, test('t3', { tags: ['example'] })];
    const outcome = await checkStatementExamples(makeProblem({ statement, tests }), pythonBin);
    expect(outcome.details).toEqual([
      'test t3 is tagged example but hidden',
      'Example 1: Output: [1,2] but test t1 expects [0,1]',
      'Example 2: Input: names the arguments (nums, goal), params are (nums, target)',
    ]);
  });

  it('refuses values that are not Python literals', async () => {
    const statement = STATEMENT.replace('target = 9', 'target = len(nums)');
    const outcome = await checkStatementExamples(makeProblem({ statement }), pythonBin);
    expect(outcome.details).toEqual([expect.stringMatching(/^Example 1: Input: holds a value that is not a JSON-like Python literal/)]);
  });
});

describe('the reference speed', () => {
  const large = (id: string, times: Pick<TestReport, 'time_ms' | 'cpu_ms'>): TestReport => ({
    id,
    hidden: true,
    tags: ['large'],
    status: 'passed',
    input: [[1], 1],
    expected: [0, 1],
    actual: [0, 1],
    error: null,
    ...times,
  });
  /** A judge that gives back one fixed report, enough for checkReference. */
  const judgeGiving = (tests: TestReport[]): Judge => {
    const report: JudgeReport = { problem: 'two-sum', verdict: 'accepted', passed: tests.length, total: tests.length, tests, executor: 'local', cached: false };
    return { judge: async () => report } as unknown as Judge;
  };

  it('counts CPU time, not wall time inflated by a busy machine', async () => {
    const { largeTimes } = await checkReference(judgeGiving([large('t9', { time_ms: 250, cpu_ms: 40 })]), makeProblem());
    expect(largeTimes).toEqual(new Map([['t9', 40]]));
    expect(checkReferenceSpeed(makeProblem(), largeTimes)).toEqual({ speed: { status: 'passed', details: [] }, largeMs: 40 });
  });

  it('falls back to wall time when the harness gave no CPU time', async () => {
    const judge = judgeGiving([large('t9', { time_ms: 30, cpu_ms: null }), large('t10', { time_ms: 120 })]);
    const { largeTimes } = await checkReference(judge, makeProblem());
    expect(largeTimes).toEqual(
      new Map([
        ['t9', 30],
        ['t10', 120],
      ]),
    );
    expect(checkReferenceSpeed(makeProblem(), largeTimes).speed.details).toEqual([
      'solution.py takes 120.0 ms of CPU time on large test t10, must stay under 100 ms (a tenth of the 1000 ms limit)',
    ]);
  });
});
