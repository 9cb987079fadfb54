// Bound variants of a learner's code: each moves one bound or comparison by one, names the
// statement as written and as changed, and says which way it moved; the list stays bounded and
// tries the lines failing tests point at first.
import { describe, expect, it } from 'vitest';
import { generateBoundVariants } from '../../analyzer/src/index.js';
import { parsePython } from '../../analyzer/src/parse.js';

const fn = (body: string) => `def f(nums, k):\n${body.replace(/^/gm, '    ')}\n`;

/** What a variant changed, as the table below writes it. */
const changesOf = (code: string) => generateBoundVariants(code, { max: 40 }).map((v) => `${v.kind}: ${v.statement} => ${v.changed}`);

describe('generateBoundVariants', () => {
  it.each([
    [
      'a range stop one early, moved to the end first',
      fn('for i in range(len(nums) - 1):\n    k += nums[i]\nreturn k'),
      'range-stop: for i in range(len(nums) - 1) => for i in range(len(nums))',
    ],
    [
      'a range stop one past the end, moved back first',
      fn('for i in range(len(nums) + 1):\n    k += nums[i]\nreturn k'),
      'range-stop: for i in range(len(nums) + 1) => for i in range(len(nums))',
    ],
    [
      'a range start moved to 0',
      fn('for i in range(1, len(nums)):\n    k += nums[i]\nreturn k'),
      'range-start: for i in range(1, len(nums)) => for i in range(0, len(nums))',
    ],
    [
      'a descending range stop moved to -1',
      fn('for i in range(len(nums) - 1, 0, -1):\n    nums[i] += 1\nreturn nums'),
      'range-stop: for i in range(len(nums) - 1, 0, -1) => for i in range(len(nums) - 1, -1, -1)',
    ],
    [
      'a one-argument range started at 1',
      fn('for i in range(len(nums)):\n    k += nums[i]\nreturn k'),
      'range-start: for i in range(len(nums)) => for i in range(1, len(nums))',
    ],
    ['a while comparison gains equality', fn('i = 0\nwhile i < k:\n    i += 1\nreturn i'), 'loop-comparison: while i < k => while i <= k'],
    ['a while comparison loses equality', fn('i = 0\nwhile i >= k:\n    i -= 1\nreturn i'), 'loop-comparison: while i >= k => while i > k'],
    ['an if comparison', fn('if k > len(nums):\n    return 0\nreturn 1'), 'comparison: if k > len(nums) => if k >= len(nums)'],
    ['a pointer started at the length', fn('lo, hi = 0, len(nums)\nreturn hi - lo'), 'length-bound: lo, hi = 0, len(nums) => lo, hi = 0, len(nums) - 1'],
    ['a pointer started at the last index', fn('hi = len(nums) - 1\nreturn hi'), 'length-bound: hi = len(nums) - 1 => hi = len(nums)'],
    ['a slice stop', fn('return nums[k:k + 2]'), 'slice-stop: return nums[k:k + 2] => return nums[k:k + 3]'],
    ['a slice start', fn('return nums[k:]'), 'slice-start: return nums[k:] => return nums[k - 1:]'],
    ['an index one position back', fn('stack = [0] * k\ntop = 1\nreturn stack[top]'), 'index: return stack[top] => return stack[top - 1]'],
    [
      'an index with an offset moved back to the name',
      fn('for i in range(1, k):\n    nums[i] = nums[i - 1] * 2\nreturn nums'),
      'index: nums[i] = nums[i - 1] * 2 => nums[i] = nums[i] * 2',
    ],
    ['a + 1 term dropped', fn('i, j = 0, k\nreturn j - i + 1'), 'offset-term: return j - i + 1 => return j - i'],
    ['a - 1 term flipped', fn('n = len(nums)\nreturn n * (n - 1) // 2'), 'offset-term: return n * (n - 1) // 2 => return n * (n + 1) // 2'],
    [
      'a width between two positions counted with both ends',
      fn('lo, hi = 0, k\nreturn max(0, hi - lo)'),
      'offset-term: return max(0, hi - lo) => return max(0, hi - lo + 1)',
    ],
    [
      'a pointer started two before the end',
      fn('lo, hi = 0, len(nums) - 2\nreturn hi'),
      'length-bound: lo, hi = 0, len(nums) - 2 => lo, hi = 0, len(nums) - 1',
    ],
    [
      'a loop over a sequence whose first element seeded the result',
      fn('best = nums[0]\nfor x in nums:\n    best += x\nreturn best'),
      'range-start: for x in nums => for x in nums[1:]',
    ],
  ])('%s', (_name, code, expected) => {
    expect(changesOf(code)).toContain(expected);
  });

  it('moves a binary search step past mid and back, the upper pointer below mid first', () => {
    const code = fn(
      'lo, hi = 0, len(nums) - 1\nwhile lo < hi:\n    mid = (lo + hi) // 2\n    if nums[mid] < k:\n        lo = mid + 1\n    else:\n        hi = mid\nreturn lo',
    );
    const steps = generateBoundVariants(code, { max: 40 })
      .filter((v) => v.kind === 'mid-step')
      .map((v) => `${v.before} -> ${v.after}`);
    expect(steps).toEqual(['mid + 1 -> mid', 'mid -> mid - 1', 'mid -> mid + 1']);
  });

  it('names the case a change adds or removes, and the element a range loop writes there', () => {
    const [variant] = generateBoundVariants(fn('out = nums[:]\nfor i in range(len(nums) - 1, 0, -1):\n    out[i] = out[i] * 2\nreturn out'), { max: 1 });
    expect(variant).toMatchObject({
      kind: 'range-stop',
      line: 3,
      before: '0',
      after: '-1',
      extends: true,
      edge: 'i = 0',
      element: { sequence: 'out', written: true },
    });
    const [swap] = generateBoundVariants(fn('lo, hi = 0, k\nwhile lo < hi:\n    lo += 1\nreturn lo'), { focusLines: [3], max: 1 });
    expect(swap).toMatchObject({ kind: 'loop-comparison', before: '<', after: '<=', edge: 'lo == hi', extends: true });
  });

  it('moves no key a loop takes from a sequence, and no step of a counter', () => {
    const changes = changesOf(
      fn('seen = {}\nfor ch in nums:\n    seen[ch] = 1\nfor i, x in enumerate(nums):\n    seen[x] = i\nwhile k < 3:\n    k = k + 1\nreturn seen'),
    );
    expect(changes.filter((c) => c.startsWith('index:'))).toEqual([]);
    expect(changes.some((c) => c.includes('k = k'))).toBe(false);
  });

  it('leaves strings, floats, wrapped negative indices and unknown calls alone', () => {
    const changes = changesOf(fn('if nums[0] < "b" or k > 0.5:\n    return nums[0:1]\nreturn nums[:k]'));
    expect(changes.some((c) => c.includes('"b"') || c.includes('0.5'))).toBe(false);
    expect(changes.some((c) => c.includes('[-1'))).toBe(false);
  });

  it('produces valid Python, each variant different from the code and from the others', () => {
    const code = fn(
      'best = 0\nfor i in range(1, len(nums) - 1):\n    if nums[i] > nums[i - 1] and i <= k:\n        best = max(best, sum(nums[i:k + 1]))\nreturn best',
    );
    const variants = generateBoundVariants(code, { max: 40 });
    expect(variants.length).toBeGreaterThan(6);
    expect(new Set(variants.map((v) => v.code)).size).toBe(variants.length);
    for (const v of variants) {
      expect(v.code).not.toBe(code);
      expect(parsePython(v.code).syntaxError).toBeNull();
    }
  });

  it('keeps to the budget, trying focused lines first and every bound once before any twice', () => {
    const code = fn('for i in range(len(nums)):\n    k += nums[i]\nj = 0\nwhile j < k:\n    j += 2\nif k > 3:\n    return j\nreturn nums[1:k]');
    expect(generateBoundVariants(code).length).toBeLessThanOrEqual(12);
    expect(generateBoundVariants(code, { max: 3 })).toHaveLength(3);
    expect(generateBoundVariants(code, { focusLines: [7], max: 1 })[0]).toMatchObject({ kind: 'comparison', line: 7 });
    const firstRound = generateBoundVariants(code, { max: 6 }).map((v) => `${v.kind}@${v.line}`);
    expect(new Set(firstRound).size).toBe(6);
  });

  it('gives nothing for code that does not parse', () => {
    expect(generateBoundVariants('def f(nums:\n  return 1\n')).toEqual([]);
  });
});
