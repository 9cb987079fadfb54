// Ordinary, well-behaved code that the judge must accept (through the full judge, policy on).
import { afterAll, describe, expect, it } from 'vitest';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import { PYTHON_BIN, makeProblem, sumProblem, test } from './helpers.js';

const judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 1 });
afterAll(() => judge.close());

const depthProblem = makeProblem({
  slug: 'depth',
  entryPoint: 'depth_sum',
  tests: [test('t1', [3000], 3000 * 3001 / 2), test('t2', [10], 55, true)],
});

const moveZeroes = makeProblem({
  slug: 'move-zeroes-mini',
  entryPoint: 'move_zeroes',
  inPlace: true,
  tests: [test('t1', [[0, 1, 0, 3, 12]], [1, 3, 12, 0, 0]), test('t2', [[]], [], true), test('t3', [[0]], [0], true)],
});

const twoSum = makeProblem({
  slug: 'two-sum-mini',
  entryPoint: 'two_sum',
  comparator: 'unordered',
  tests: [test('t1', [[2, 7, 11, 15], 9], [0, 1]), test('t2', [[3, 3], 6], [0, 1], true)],
});

const cases = [
  {
    name: 'recursion to depth 3000 after setrecursionlimit',
    problem: depthProblem,
    code: 'import sys\nsys.setrecursionlimit(10000)\n\ndef depth_sum(n):\n    if n == 0:\n        return 0\n    return n + depth_sum(n - 1)\n',
  },
  {
    name: 'functools.lru_cache',
    problem: depthProblem,
    code: 'from functools import lru_cache\n\n@lru_cache(maxsize=None)\ndef tri(n):\n    return 0 if n == 0 else n + tri(n - 1)\n\ndef depth_sum(n):\n    for k in range(0, n + 1, 100):\n        tri(k)\n    return tri(n)\n',
  },
  {
    name: 'collections and heapq',
    problem: sumProblem,
    code: 'import heapq\nfrom collections import Counter, deque, defaultdict\n\ndef list_sum(nums):\n    heap = list(nums)\n    heapq.heapify(heap)\n    q = deque(heapq.heappop(heap) for _ in range(len(nums)))\n    d = defaultdict(int)\n    for k, v in Counter(q).items():\n        d[k] += k * v\n    return sum(d.values())\n',
  },
  {
    name: 'print debugging',
    problem: sumProblem,
    code: 'def list_sum(nums):\n    print("nums =", nums)\n    total = 0\n    for x in nums:\n        total += x\n        print("running total", total)\n    return total\n',
  },
  {
    name: 'an `if __name__ == "__main__":` block',
    problem: sumProblem,
    code: 'def list_sum(nums):\n    return sum(nums)\n\nif __name__ == "__main__":\n    print(list_sum([1, 2, 3]))\n    raise SystemExit(1)\n',
  },
  {
    name: 'a class Solution with a camelCase method',
    problem: twoSum,
    code: 'from typing import List\n\nclass Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        seen = {}\n        for i, n in enumerate(nums):\n            if target - n in seen:\n                return [i, seen[target - n]]\n            seen[n] = i\n        return []\n',
  },
  {
    name: 'an in-place solution returning None',
    problem: moveZeroes,
    code: 'def move_zeroes(nums):\n    w = 0\n    for x in nums:\n        if x != 0:\n            nums[w] = x\n            w += 1\n    for i in range(w, len(nums)):\n        nums[i] = 0\n',
  },
  {
    name: 'a tuple returned for a pair',
    problem: twoSum,
    code: 'def two_sum(nums, target):\n    where = {}\n    for i, n in enumerate(nums):\n        if target - n in where:\n            return (where[target - n], i)\n        where[n] = i\n',
  },
];

describe('benign code', () => {
  it.each(cases)('accepts $name', async ({ problem, code }) => {
    const report = await judge.judge({ problem, code, scope: 'all' });
    expect(report.tests.filter((t) => t.status !== 'passed')).toEqual([]);
    expect(report.verdict).toBe('accepted');
  }, 60_000);

  it('shows what the code printed, separately from the result', async () => {
    const report = await judge.judge({ problem: sumProblem, code: cases[3].code, scope: 'public' });
    expect(report.tests[0]).toMatchObject({ status: 'passed', actual: 6, stdout: expect.stringContaining('running total 6') });
  }, 60_000);
});
