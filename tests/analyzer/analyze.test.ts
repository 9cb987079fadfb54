// analyze() as a whole: its output shape (the `analyze --json` document), and that it never
// throws, whatever the input.
import { describe, expect, it } from 'vitest';
import { analyze, TIME_CLASSES } from '../../analyzer/src/index.js';

describe('analyze', () => {
  it('returns patterns, a time class with its source, and features', () => {
    const result = analyze({ code: 'def f(nums):\n    return sorted(nums)\n' });
    expect(result.complexity).toEqual({ time: 'O(n log n)', source: 'static' });
    expect(result.patterns).toEqual([]);
    expect(result.features.entryPoint).toBe('f');
    expect(result.features.functions[0]).toMatchObject({ name: 'f', params: ['nums'], time: 'O(n log n)' });
  });

  it('reports code that does not parse as a syntax error, not as a crash', () => {
    const result = analyze({ code: 'def f(nums:\n    return nums\n' });
    expect(result.syntaxError?.line).toBeGreaterThan(0);
    expect(result.patterns).toEqual([]);
    expect(result.internalError).toBeUndefined();
  });

  it('never throws on odd input', () => {
    const odd = [
      '',
      '\n\n',
      'x = 1',
      'class A:\n  pass',
      'def f(:',
      'lambda: 0',
      'def f():\n    return f()',
      '\u00e9 = 1\nprint(\u00e9)',
      'def f(*a, **k): yield from a',
      'async def f(x):\n    await x',
      'x'.repeat(5000),
      '('.repeat(300),
    ];
    for (const code of odd) {
      const result = analyze({ code });
      expect(TIME_CLASSES).toContain(result.complexity.time);
      expect(result.internalError).toBeUndefined();
    }
  });

  it('turns an internal failure into internalError instead of throwing', () => {
    const result = analyze({ code: 'def f(x):\n    return x\n', tests: [{ id: 't1', tags: null as unknown as string[], status: 'failed' }] });
    expect(result.internalError?.message).toBeTruthy();
    expect(result.patterns).toEqual([]);
  });

  it('reports the problem classes and prefers measured growth', () => {
    const points = [16, 32, 64, 128, 256].map((n) => ({ size: n, events: n * n, lineCounts: { '4': n * n } }));
    const result = analyze({
      code: 'def f(nums):\n    total = 0\n    for x in nums:\n        total += x\n    return total\n',
      problem: { slug: 'p', acceptable: 'O(n)', optimal: 'O(n)', targetPatterns: [] },
      growth: { points },
    });
    expect(result.complexity).toEqual({ time: 'O(n^2)', source: 'growth', optimal: 'O(n)', acceptable: 'O(n)' });
    expect(result.patterns[0]).toMatchObject({ id: 'suboptimal-complexity', line: 4 });
    expect(result.patterns[0].message).toContain('Doubling n multiplied the work by about 4');
    expect(result.patterns[0].evidence).toContain('growth');
  });

  it('keeps the static class when growth cannot see work done inside built-ins', () => {
    const points = [16, 32, 64, 128, 256].map((n) => ({ size: n, events: 3 * n, lineCounts: {} }));
    const result = analyze({
      code: 'def f(nums):\n    seen = []\n    for x in nums:\n        if x not in seen:\n            seen.append(x)\n    return seen\n',
      growth: { points },
    });
    expect(result.complexity).toEqual({ time: 'O(n^2)', source: 'both' });
  });

  it('finds the LeetCode-style entry point by its camelCase name', () => {
    const code =
      'class Solution:\n    def twoSum(self, nums, target):\n        for i in range(len(nums)):\n            for j in range(i + 1, len(nums)):\n                pass\n';
    expect(analyze({ code, entryPoint: 'two_sum' }).features.entryPoint).toBe('twoSum');
    expect(analyze({ code, entryPoint: 'two_sum' }).complexity.time).toBe('O(n^2)');
  });
});
