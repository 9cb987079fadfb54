import { describe, expect, it } from 'vitest';
import { formatWeek, masteryBand, orderedCounts, shapeMastery, shapeShares, shapeTrend } from '../../../web/src/features/dashboard/utils/shape-dashboard';
import { patternCatalogue } from '../../../web/src/lib/get-patterns';
import type { DashboardPattern, PatternId, PatternSummary } from '../../../web/src/types/api';

const pattern = (id: PatternId, count: number, share: number, mastery: number, level: DashboardPattern['level'] = 'improving'): DashboardPattern => ({
  id,
  count,
  share,
  mastery,
  level,
  lastOccurred: null,
  observations: count,
});

// The server's list as GET /api/patterns gives it (its order, its titles).
const summary = (id: PatternId, title: string): PatternSummary => ({
  id,
  title,
  why: '',
  docs: { what: '', why: '', plainWhy: '', expertWhy: '', example: '', better: '', knownMisses: '' },
});
const catalogue = patternCatalogue([
  summary('missing-edge-case', 'Missing edge case'),
  summary('suboptimal-complexity', 'Suboptimal complexity'),
  summary('off-by-one', 'Off by one'),
  summary('wrong-data-structure', 'Wrong data structure'),
]);

describe('shapeTrend', () => {
  it('gives one row per week in order, with every seen pattern present (missing as 0)', () => {
    const shaped = shapeTrend(
      [
        { week: '2026-11-16', counts: { 'off-by-one': 2 } },
        { week: '2026-11-09', counts: { 'off-by-one': 1, 'suboptimal-complexity': 3 } },
      ],
      catalogue,
    );
    expect(shaped.rows).toEqual([
      { week: 'Nov 9', 'suboptimal-complexity': 3, 'off-by-one': 1 },
      { week: 'Nov 16', 'suboptimal-complexity': 0, 'off-by-one': 2 },
    ]);
    expect(shaped.series.map((s) => s.key)).toEqual(['suboptimal-complexity', 'off-by-one']);
    expect(shaped.series[1]).toMatchObject({ label: 'Off by one' });
    expect(shaped.summary).toBe('Findings per week over 2 weeks: Suboptimal complexity 3, Off by one 3.');
  });

  it('draws no series for patterns never seen, and says so when there are none', () => {
    const shaped = shapeTrend([{ week: '2026-11-16', counts: { 'off-by-one': 0 } }], catalogue);
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
    const shares = shapeShares(
      [pattern('off-by-one', 1, 0.25, 0.5), pattern('missing-edge-case', 0, 0, 0.3), pattern('wrong-data-structure', 3, 0.75, 0.2)],
      catalogue,
    );
    expect(shares.map((s) => [s.key, s.value])).toEqual([
      ['wrong-data-structure', 0.75],
      ['off-by-one', 0.25],
    ]);
  });
});

describe('mastery bands', () => {
  it('follows the server’s level', () => {
    expect(masteryBand({ level: 'mastered', mastery: 0.1 })).toBe('high');
    expect(masteryBand({ level: 'improving', mastery: 0.9 })).toBe('medium');
    expect(masteryBand({ level: 'critical', mastery: 0.9 })).toBe('low');
    // Never observed: no band and no percentage, so nothing shows red before any code ran.
    expect(masteryBand({ level: 'not-measured', mastery: null })).toBe('unmeasured');
    expect(
      shapeMastery([{ id: 'off-by-one', count: 0, share: 0, mastery: null, level: 'not-measured', lastOccurred: null, observations: 0 }], catalogue)[0],
    ).toMatchObject({ percent: null, band: 'unmeasured' });
  });

  it('lists the patterns in the server’s order with percentages clamped to 0..100', () => {
    const rows = shapeMastery([pattern('off-by-one', 1, 1, 1.2), pattern('missing-edge-case', 0, 0, -0.1)], catalogue);
    expect(rows.map((r) => [r.id, r.percent])).toEqual([
      ['missing-edge-case', 0],
      ['off-by-one', 100],
    ]);
  });
});

describe('orderedCounts', () => {
  it('keeps the server’s order and leaves absent keys out', () => {
    expect(orderedCounts({ easy: 3, medium: undefined, hard: 1 })).toEqual([
      ['easy', 3],
      ['hard', 1],
    ]);
  });
});
