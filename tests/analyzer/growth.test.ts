// Fitting measured line counts to a time class, and naming the line whose count grows fastest.
import { describe, expect, it } from 'vitest';
import { fitGrowth } from '../../analyzer/src/index.js';

const SIZES = [16, 32, 64, 128, 256, 512, 1024];
const measure = (f: (n: number) => number, lines: Record<string, (n: number) => number> = {}) =>
  SIZES.map((n) => ({ size: n, events: Math.round(f(n)), lineCounts: Object.fromEntries(Object.entries(lines).map(([k, g]) => [k, Math.round(g(n))])) }));

describe('fitGrowth', () => {
  const cases: Array<[string, (n: number) => number]> = [
    ['O(1)', () => 9],
    ['O(log n)', (n) => 4 * Math.log2(n) + 6],
    ['O(n)', (n) => 3 * n + 8],
    ['O(n log n)', (n) => 2 * n * Math.log2(n) + 5 * n],
    ['O(n^2)', (n) => (n * n) / 2 + 4 * n + 6],
    ['O(n^3)', (n) => (n * n * n) / 6 + n * n],
  ];
  for (const [time, f] of cases) {
    it(`recognises ${time} with a fixed overhead and lower-order terms`, () => {
      expect(fitGrowth(measure(f))?.time).toBe(time);
    });
  }

  it('recognises exponential growth from the few sizes the judge can afford', () => {
    const points = [4, 6, 8, 10, 12].map((n) => ({ size: n, events: 2 ** n * 3, lineCounts: {} }));
    expect(fitGrowth(points)?.time).toBe('O(2^n)');
  });

  it('reports how much doubling n multiplied the work', () => {
    expect(fitGrowth(measure((n) => n * n))?.doublingFactor).toBeCloseTo(4, 1);
  });

  it('names the line whose count grows fastest', () => {
    const fit = fitGrowth(measure((n) => n * n + 2 * n, { '3': (n) => n, '5': (n) => n * n, '6': (n) => n }));
    expect(fit?.hotLine).toMatchObject({ line: 5, time: 'O(n^2)' });
  });

  it('needs at least three sizes', () => {
    expect(fitGrowth(measure((n) => n).slice(0, 2))).toBeNull();
  });
});

describe('partial measurements', () => {
  it('ignores sizes whose event budget ran out', () => {
    const points = [16, 32, 64, 128].map((n) => ({ size: n, events: n * n, lineCounts: {} }));
    const cut = { size: 256, events: 5000, lineCounts: {}, exceeded: true };
    expect(fitGrowth([...points, cut])?.time).toBe('O(n^2)');
  });
});
