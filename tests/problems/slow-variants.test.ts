// The validator's `variants` check against the real judge: a slow variant that a large test
// does not stop (it is accepted), one that a large test proves wrong, and a folder with too few
// variants are refused; a quadratic variant stopped by the time limit passes.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import type { Problem, ProblemTest } from '../../api/src/modules/problems/problem-schema.js';
import { checkSlowVariants, listSlowVariants } from '../../scripts/commands/slow-variant-checks.js';

const pythonBin = process.env.PYTHON_BIN ?? 'python3';
const judge = createJudge({ pythonBin, concurrency: 1, poolSize: 0 });
const dirs: string[] = [];

afterAll(async () => {
  await judge.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const HASH_MAP = `def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
`;
// list.index scans the rest of the list in C: ~n^2/2 comparisons, far over 100 ms at n = 20,000.
const INDEX_LOOKUP = `def two_sum(nums, target):
    for i, x in enumerate(nums):
        try:
            return [i, nums.index(target - x, i + 1)]
        except ValueError:
            pass
`;
const WRONG_WHEN_LARGE = `def two_sum(nums, target):
    if len(nums) > 1000:
        return [0, 0]
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
`;

const n = 20_000;
const largeNums = Array.from({ length: n }, (_, i) => 3 * i + 1); // no two of these sum to the target
largeNums[n - 2] = -5;
largeNums[n - 1] = 5;
const tests: ProblemTest[] = [
  { id: 't1', input: [[2, 7, 11, 15], 9], expected: [0, 1], hidden: false, tags: ['example'] },
  { id: 't2', input: [[3, 3], 6], expected: [0, 1], hidden: true, tags: [] },
  { id: 't3', input: [largeNums, 0], expected: [n - 2, n - 1], hidden: true, tags: ['large'] },
];

function problemWithVariants(variants: Record<string, string>): Problem {
  const dir = mkdtempSync(path.join(tmpdir(), 'slow-variants-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'slow-variants'));
  for (const [name, code] of Object.entries(variants)) writeFileSync(path.join(dir, 'slow-variants', name), code);
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
    timeLimitMs: 100,
    optimal: 'O(n)',
    acceptable: 'O(n)',
    optimalSpace: 'O(n)',
    hints: ['a', 'b'],
    explanation: '',
    targetPatterns: ['wrong-data-structure'],
    statement: '',
    starterCode: '',
    solutionCode: HASH_MAP,
    tests,
    contentHash: `variants-${dirs.length}`,
    dir,
  };
}

describe('the slow variants check', () => {
  it('passes when the time limit stops every variant on a large test', async () => {
    const result = await checkSlowVariants(judge, problemWithVariants({ 'index-lookup.py': INDEX_LOOKUP, 'index-lookup-again.py': INDEX_LOOKUP }));
    expect(result.variants).toEqual({ status: 'passed', details: [] });
    expect(result.verdicts.map((v) => v.verdict)).toEqual(['time_limit_exceeded', 'time_limit_exceeded']);
  }, 60_000);

  it('refuses a problem whose variant is accepted', async () => {
    const result = await checkSlowVariants(judge, problemWithVariants({ 'index-lookup.py': INDEX_LOOKUP, 'hash-map.py': HASH_MAP }));
    expect(result.variants.status).toBe('failed');
    expect(result.variants.details).toEqual([
      expect.stringMatching(
        /^slow-variants\/hash-map\.py is accepted \(slowest large test [\d.]+ ms CPU of the 100 ms limit\): the large tests do not separate O\(n\) from the next class$/,
      ),
    ]);
  }, 60_000);

  it('refuses a variant that a large test proves wrong rather than slow', async () => {
    const result = await checkSlowVariants(judge, problemWithVariants({ 'index-lookup.py': INDEX_LOOKUP, 'wrong.py': WRONG_WHEN_LARGE }));
    expect(result.variants.details).toEqual([
      expect.stringMatching(/^slow-variants\/wrong\.py gets wrong_answer on large test t3, not time_limit_exceeded or runtime_error or memory_limit_exceeded/),
    ]);
  }, 60_000);

  it('wants at least two variants, and lists only .py files', async () => {
    const problem = problemWithVariants({ 'index-lookup.py': INDEX_LOOKUP, 'notes.txt': 'not a variant' });
    expect(await listSlowVariants(problem)).toEqual(['index-lookup.py']);
    expect((await checkSlowVariants(judge, problem)).variants.details).toEqual(['slow-variants/ holds 1 variant, at least 2 required']);
  }, 60_000);
});
