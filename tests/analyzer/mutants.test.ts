// Mutants of a reference solution: typical one-token mistakes, each still valid Python.
import { describe, expect, it } from 'vitest';
import { analyze, generateMutants } from '../../analyzer/src/index.js';

const REFERENCE = `def max_profit(prices):
    if not prices:
        return 0
    lowest = prices[0]
    best = 0
    seen = set()
    for i in range(1, len(prices)):
        seen.add(prices[i])
        if prices[i] < lowest:
            lowest = prices[i]
        best = max(best, prices[i] - lowest)
    return best
`;

describe('generateMutants', () => {
  const mutants = generateMutants(REFERENCE);

  it('produces each kind of typical mistake', () => {
    expect(new Set(mutants.map((m) => m.kind))).toEqual(new Set(['range-bound-shifted', 'comparison-swapped', 'guard-dropped', 'set-to-list']));
  });

  it('moves a range bound by one', () => {
    const codes = mutants.filter((m) => m.kind === 'range-bound-shifted').map((m) => m.code);
    expect(codes.some((c) => c.includes('range(1, len(prices) - 1)'))).toBe(true);
    expect(codes.some((c) => c.includes('range(2, len(prices))'))).toBe(true);
  });

  it('swaps < and <=, drops the emptiness guard, and turns the set into a list', () => {
    expect(mutants.find((m) => m.kind === 'comparison-swapped')?.code).toContain('prices[i] <= lowest');
    expect(mutants.find((m) => m.kind === 'guard-dropped')?.code).not.toContain('if not prices');
    const list = mutants.find((m) => m.kind === 'set-to-list')?.code ?? '';
    expect(list).toContain('seen = []');
    expect(list).toContain('seen.append(prices[i])');
  });

  it('only produces code that parses', () => {
    for (const m of mutants) expect(analyze({ code: m.code }).syntaxError).toBeUndefined();
  });

  it('gives nothing for code that does not parse', () => {
    expect(generateMutants('def f(:\n')).toEqual([]);
  });
});
