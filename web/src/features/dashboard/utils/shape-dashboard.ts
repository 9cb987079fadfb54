// Turns the dashboard's API shape into what the charts and bars draw: one row per week with a
// count per pattern (missing ones as 0), the shares of patterns seen, and a mastery level in
// three bands. Patterns follow the server's list and take its titles. Pure functions, tested on
// their own.
import type { PatternCatalogue } from '../../../lib/get-patterns';
import { PATTERN_COLORS } from '../../../lib/pattern-colors';
import type { Dashboard, DashboardPattern, PatternId } from '../../../types/api';

export interface TrendSeries {
  key: PatternId;
  label: string;
  color: string;
}

export interface ShapedTrend {
  rows: Record<string, string | number>[];
  series: TrendSeries[];
  summary: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatWeek(week: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(week);
  if (!match) return week;
  return `${MONTHS[Number(match[2]) - 1]} ${Number(match[3])}`;
}

/** The ids in the catalogue's order, any it does not list yet after them. */
function inCatalogueOrder(ids: Iterable<PatternId>, catalogue: PatternCatalogue): PatternId[] {
  const rank = new Map(catalogue.items.map((item, i) => [item.id, i]));
  return [...ids].sort((a, b) => (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size) || a.localeCompare(b));
}

export function shapeTrend(trend: Dashboard['trend'], catalogue: PatternCatalogue): ShapedTrend {
  const sorted = [...trend].sort((a, b) => a.week.localeCompare(b.week));
  const seen = new Set<PatternId>();
  for (const week of sorted) for (const id of Object.keys(week.counts) as PatternId[]) if ((week.counts[id] ?? 0) > 0) seen.add(id);
  const ids = inCatalogueOrder(seen, catalogue);
  const rows = sorted.map((week) => {
    const row: Record<string, string | number> = { week: formatWeek(week.week) };
    for (const id of ids) row[id] = week.counts[id] ?? 0;
    return row;
  });
  const totals = ids.map((id) => [id, sorted.reduce((sum, w) => sum + (w.counts[id] ?? 0), 0)] as const);
  const summary =
    ids.length === 0
      ? 'No findings yet.'
      : `Findings per week over ${rows.length} week${rows.length === 1 ? '' : 's'}: ${totals.map(([id, n]) => `${catalogue.title(id)} ${n}`).join(', ')}.`;
  return { rows, series: ids.map((id) => ({ key: id, label: catalogue.title(id), color: PATTERN_COLORS[id] })), summary };
}

export function shapeShares(patterns: DashboardPattern[], catalogue: PatternCatalogue) {
  return patterns
    .filter((p) => p.count > 0)
    .sort((a, b) => b.share - a.share || a.id.localeCompare(b.id))
    .map((p) => ({ key: p.id, label: catalogue.title(p.id), value: p.share, color: PATTERN_COLORS[p.id] }));
}

export type MasteryBand = 'low' | 'medium' | 'high' | 'unmeasured';

const BANDS: Record<DashboardPattern['level'], MasteryBand> = { critical: 'low', improving: 'medium', mastered: 'high', 'not-measured': 'unmeasured' };

/**
 * The three level colors, from the server's level. A pattern never observed is not measured yet:
 * no color, so nothing shows red before any code ran.
 */
export function masteryBand(pattern: Pick<DashboardPattern, 'level' | 'mastery'>): MasteryBand {
  return pattern.mastery === null ? 'unmeasured' : BANDS[pattern.level];
}

export function shapeMastery(patterns: DashboardPattern[], catalogue: PatternCatalogue) {
  const byId = new Map(patterns.map((p) => [p.id, p]));
  const ordered = inCatalogueOrder(byId.keys(), catalogue).map((id) => byId.get(id)!);
  return ordered.map((p) => ({
    id: p.id,
    label: catalogue.title(p.id),
    percent: p.mastery === null ? null : Math.round(Math.max(0, Math.min(1, p.mastery)) * 100),
    band: masteryBand(p),
    level: p.level,
    count: p.count,
  }));
}

/** Entries of a count table in the server's order (it lists its vocabulary's order). */
export function orderedCounts(counts: Partial<Record<string, number>>): [string, number][] {
  return Object.entries(counts).filter((entry): entry is [string, number] => entry[1] !== undefined);
}
