import { describe, expect, it } from 'vitest';
import { formatWeek, masteryBand, orderedCounts, shapeMastery, shapeShares, shapeTrend } from '../../../web/src/features/dashboard/utils/shape-dashboard';
import type { DashboardPattern } from '../../../web/src/types/api';

const pattern = (id: string, count: number, share: number, mastery: number, level = ''): DashboardPattern => ({ id, count, share, mastery, level, lastOccurred: null });

describe('shapeTrend', () => {
  it('gives one row per week in order, with every seen pattern present (missing as 0)', () => {
    const shaped = shapeTrend([
      { week: '2026-11-16', counts: { 'off-by-one': 2 } },
      { week: '2026-11-09', counts: { 'off-by-one': 1, 'suboptimal-complexity': 3 } },
    ]);
    expect(shaped.rows).toEqual([
      { week: 'Nov 9', 'suboptimal-complexity': 3, 'off-by-one': 1 },
      { week: 'Nov 16', 'suboptimal-complexity': 0, 'off-by-one': 2 },
    ]);
    expect(shaped.series.map((s) => s.key)).toEqual(['suboptimal-complexity', 'off-by-one']);
    expect(shaped.series[1]).toMatchObject({ label: 'Off by one' });
    expect(shaped.summary).toBe('Findings per week over 2 weeks: Suboptimal complexity 3, Off by one 3.');
  });

  it('draws no series for patterns never seen, and says so when there are none', () => {
    const shaped = shapeTrend([{ week: '2026-11-16', counts: { 'off-by-one': 0 } }]);
    expect(shaped.series).toEqual([]);
    expect(shaped.summary).toBe('No findings yet.');
  });

  it('keeps week labels it cannot read as they are', () => {
    expect(formatWeek('2026-W47')).toBe('2026-W47');
    expect(formatWeek('2026-01-05')).toBe('Jan 5');
  });
});

describe('shapeShares', () => {
  it('keeps the patterns seen, largest share first', () => {
    const shares = shapeShares([pattern('off-by-one', 1, 0.25, 0.5), pattern('missing-edge-case', 0, 0, 0.3), pattern('wrong-data-structure', 3, 0.75, 0.2)]);
    expect(shares.map((s) => [s.key, s.value])).toEqual([
      ['wrong-data-structure', 0.75],
      ['off-by-one', 0.25],
    ]);
  });
});

describe('mastery bands', () => {
  it('reads the level word when the server gives one, the number otherwise', () => {
    expect(masteryBand({ level: 'mastered', mastery: 0.1 })).toBe('high');
    expect(masteryBand({ level: 'learning', mastery: 0.9 })).toBe('medium');
    expect(masteryBand({ level: 'struggling', mastery: 0.9 })).toBe('low');
    expect(masteryBand({ level: '', mastery: 0.8 })).toBe('high');
    expect(masteryBand({ level: '', mastery: 0.5 })).toBe('medium');
    expect(masteryBand({ level: '', mastery: 0.1 })).toBe('low');
    // Never observed: no band and no percentage, so nothing shows red before any code ran.
    expect(masteryBand({ level: 'not-measured', mastery: null })).toBe('unmeasured');
    expect(shapeMastery([{ id: 'off-by-one', count: 0, share: 0, mastery: null, level: 'not-measured', lastOccurred: null }])[0]).toMatchObject({ percent: null, band: 'unmeasured' });
  });

  it('lists all patterns in the fixed order with percentages clamped to 0..100', () => {
    const rows = shapeMastery([pattern('off-by-one', 1, 1, 1.2), pattern('missing-edge-case', 0, 0, -0.1)]);
    expect(rows.map((r) => [r.id, r.percent])).toEqual([
      ['missing-edge-case', 0],
      ['off-by-one', 100],
    ]);
  });
});

describe('orderedCounts', () => {
  it('puts known keys in their order, then the rest alphabetically', () => {
    expect(orderedCounts({ hard: 1, zeta: 2, easy: 3, alpha: 4 }, ['easy', 'medium', 'hard'])).toEqual([
      ['easy', 3],
      ['hard', 1],
      ['alpha', 4],
      ['zeta', 2],
    ]);
  });
});
