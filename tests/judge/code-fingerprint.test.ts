import { describe, expect, it } from 'vitest';
import { normalizeCode, resultCacheKey } from '../../api/src/modules/judge/code-fingerprint.js';

const base = 'def f(nums):\n    total = 0\n    for x in nums:\n        total += x\n    return total\n';

describe('the result-cache key', () => {
  it('ignores comments, blank lines, trailing spaces and indentation width', () => {
    const noisy = '# my solution\ndef f(nums):   \n  total = 0  # start\n\n  for x in nums:\n      total += x\n  return total\n';
    expect(normalizeCode(noisy)).toBe(normalizeCode(base));
  });

  it('keeps the block structure, strings and tokens', () => {
    const dedented = 'def f(nums):\n    total = 0\n    for x in nums:\n        total += x\n        return total\n';
    expect(normalizeCode(dedented)).not.toBe(normalizeCode(base));
    expect(normalizeCode('s = "a  b"\n')).not.toBe(normalizeCode('s = "a b"\n'));
    expect(normalizeCode(base.replace('total += x', 'total -= x'))).not.toBe(normalizeCode(base));
  });

  it('depends on the problem version and the scope', () => {
    const key = (contentHash: string, scope: string) => resultCacheKey({ slug: 'p', contentHash, scope, executor: 'local', code: base });
    expect(key('v1', 'all')).toBe(key('v1', 'all'));
    expect(key('v1', 'all')).not.toBe(key('v2', 'all'));
    expect(key('v1', 'all')).not.toBe(key('v1', 'public'));
  });
});
