// Ordinary, well-behaved code that the judge must accept (through the full judge, policy on).
import { afterAll, describe, expect, it } from 'vitest';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import { PYTHON_BIN, makeProblem, sumProblem, test } from './helpers.js';

const judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 1 });
afterAll(() => judge.close());

const depthProblem = makeProblem({
  slug: 'depth',
  entryPoint: 'depth_sum',
  tests: [test('t1', [3000], (3000 * 3001) / 2), test('t2', [10], 55, true)],
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

// Sources as editors save them: CPython runs each of these exactly like the plain version.
const plainSum = 'def list_sum(nums):\n    total = 0\n    for x in nums:\n        total += x\n    return total\n';
const asSaved = [
  { name: 'a UTF-8 byte-order mark', code: `\uFEFF${plainSum}` },
  { name: 'CRLF line endings', code: plainSum.replace(/\n/g, '\r\n') },
  { name: 'tab indentation', code: plainSum.replace(/ {4}/g, '\t') },
  { name: 'a byte-order mark, CRLF and tabs together', code: `\uFEFF${plainSum.replace(/ {4}/g, '\t').replace(/\n/g, '\r\n')}` },
  {
    name: 'a parameter named open, with old Mac line endings (CR)',
    code: 'def list_sum(open):\r    total = 0\r    for x in open:\r        total += x\r    return total\r',
  },
  {
    name: 'a byte-order mark before from __future__',
    code: '\uFEFFfrom __future__ import annotations\r\n\r\ndef list_sum(nums: list[int]) -> int:\r\n\treturn sum(nums)\r\n',
  },
];

// Standard modules used for debugging or convenience; imported and used with the audit hooks on.
const debugging = [
  {
    name: 'dataclasses under from __future__ import annotations',
    code: 'from __future__ import annotations\nfrom dataclasses import dataclass, field\nimport typing\n\n@dataclass(order=True)\nclass Total:\n    value: int = 0\n    seen: list[int] = field(default_factory=list)\n\ndef list_sum(nums):\n    t = Total()\n    for x in nums:\n        t.value += x\n        t.seen.append(x)\n    assert typing.get_type_hints(Total)["value"] is int\n    return t.value\n',
  },
  {
    name: 'traceback',
    code: 'import traceback\n\ndef list_sum(nums):\n    try:\n        {}["missing"]\n    except KeyError:\n        traceback.print_exc()\n        text = traceback.format_exc()\n        assert "KeyError" in text, text\n    traceback.print_stack()\n    return sum(nums)\n',
  },
  {
    name: 'warnings',
    code: 'import warnings\n\ndef list_sum(nums):\n    warnings.warn("just checking")\n    with warnings.catch_warnings(record=True) as caught:\n        warnings.simplefilter("always")\n        warnings.warn("noted", RuntimeWarning)\n    assert len(caught) == 1\n    return sum(nums)\n',
  },
  {
    name: 'pprint and reprlib',
    code: 'import pprint\nimport reprlib\nfrom pprint import pformat\n\ndef list_sum(nums):\n    pprint.pprint({"nums": nums, "deep": [[1, [2, [3]]]]}, width=20)\n    print(pformat(nums), reprlib.repr(list(range(100))))\n    return sum(nums)\n',
  },
  {
    name: 'graphlib',
    code: 'from graphlib import TopologicalSorter\n\ndef list_sum(nums):\n    order = list(TopologicalSorter({"b": {"a"}, "c": {"b"}}).static_order())\n    assert order == ["a", "b", "c"]\n    return sum(nums)\n',
  },
];

describe('benign code', () => {
  it.each(cases)(
    'accepts $name',
    async ({ problem, code }) => {
      const report = await judge.judge({ problem, code, scope: 'all' });
      expect(report.tests.filter((t) => t.status !== 'passed')).toEqual([]);
      expect(report.verdict).toBe('accepted');
    },
    60_000,
  );

  it.each(asSaved)(
    'runs a source with $name as CPython does',
    async ({ code }) => {
      const report = await judge.judge({ problem: sumProblem, code, scope: 'all' });
      expect(report.syntaxError ?? report.rejection ?? null).toBeNull();
      expect(report.verdict).toBe('accepted');
    },
    60_000,
  );

  it.each(debugging)(
    'accepts $name',
    async ({ code }) => {
      const report = await judge.judge({ problem: sumProblem, code, scope: 'all' });
      expect(report.rejection ?? report.tests.find((t) => t.status !== 'passed')?.error ?? null).toBeNull();
      expect(report.verdict).toBe('accepted');
    },
    60_000,
  );

  it('gives a byte-order mark with a coding other than UTF-8 the syntax error CPython gives', async () => {
    const report = await judge.judge({ problem: sumProblem, code: `\uFEFF# -*- coding: latin-1 -*-\n${plainSum}`, scope: 'all' });
    expect(report.verdict).toBe('syntax_error');
    expect(report.syntaxError?.message).toMatch(/encoding problem: .*with BOM/);
  }, 60_000);

  it('gives text that no UTF-8 file can hold (a lone surrogate) a syntax error with its line', async () => {
    const code = 'def list_sum(nums):\r\n    s = "\uD800"\r\n    return sum(nums)\r\n';
    const report = await judge.judge({ problem: sumProblem, code, scope: 'all' });
    expect(report.verdict).toBe('syntax_error');
    expect(report.syntaxError).toMatchObject({ line: 2, message: expect.stringContaining('surrogates not allowed') });
  }, 60_000);

  it('shows what traceback and warnings print, separately from the result', async () => {
    const [tb, warn] = [debugging[1].code, debugging[2].code];
    const traced = await judge.judge({ problem: sumProblem, code: tb, scope: 'public' });
    expect(traced.tests[0]).toMatchObject({
      status: 'passed',
      stdout: expect.stringMatching(/Traceback \(most recent call last\):[\s\S]*File "solution.py", line 5, in list_sum[\s\S]*KeyError: 'missing'/),
    });
    const warned = await judge.judge({ problem: sumProblem, code: warn, scope: 'public' });
    expect(warned.tests[0]).toMatchObject({ status: 'passed', stdout: expect.stringContaining('solution.py:4: UserWarning: just checking') });
  }, 60_000);

  it('shows what the code printed, separately from the result', async () => {
    const report = await judge.judge({ problem: sumProblem, code: cases[3].code, scope: 'public' });
    expect(report.tests[0]).toMatchObject({ status: 'passed', actual: 6, stdout: expect.stringContaining('running total 6') });
  }, 60_000);
});
