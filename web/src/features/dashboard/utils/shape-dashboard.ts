// Turns the dashboard's API shape into what the charts and bars draw: one row per week with a
// count per pattern (missing ones as 0), the shares of patterns seen, and a mastery level in
// three bands. Pure functions, tested on their own.
import { PATTERN_IDS, patternColor, patternTitle } from '../../../lib/patterns';
import type { Dashboard, DashboardPattern } from '../../../types/api';

export interface TrendSeries {
  key: string;
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

export function shapeTrend(trend: Dashboard['trend']): ShapedTrend {
  const sorted = [...trend].sort((a, b) => a.week.localeCompare(b.week));
  const seen = new Set<string>();
  for (const week of sorted) for (const [id, n] of Object.entries(week.counts ?? {})) if (n > 0) seen.add(id);
  const ids = [...PATTERN_IDS.filter((id) => seen.has(id)), ...[...seen].filter((id) => !(PATTERN_IDS as readonly string[]).includes(id)).sort()];
  const rows = sorted.map((week) => {
    const row: Record<string, string | number> = { week: formatWeek(week.week) };
    for (const id of ids) row[id] = week.counts?.[id] ?? 0;
    return row;
  });
  const totals = ids.map((id) => [id, sorted.reduce((sum, w) => sum + (w.counts?.[id] ?? 0), 0)] as const);
  const summary =
    ids.length === 0
      ? 'No findings yet.'
      : `Findings per week over ${rows.length} week${rows.length === 1 ? '' : 's'}: ${totals.map(([id, n]) => `${patternTitle(id)} ${n}`).join(', ')}.`;
  return { rows, series: ids.map((id) => ({ key: id, label: patternTitle(id), color: patternColor(id) })), summary };
}

export function shapeShares(patterns: DashboardPattern[]) {
  return patterns
    .filter((p) => p.count > 0)
    .sort((a, b) => b.share - a.share || a.id.localeCompare(b.id))
    .map((p) => ({ key: p.id, label: patternTitle(p.id), value: p.share, color: patternColor(p.id) }));
}

export type MasteryBand = 'low' | 'medium' | 'high' | 'unmeasured';

/**
 * The three level colors: from the server's level word when it has one, else from the number. A
 * pattern never observed is not measured yet: no color, so nothing shows red before any code ran.
 */
export function masteryBand(pattern: Pick<DashboardPattern, 'level' | 'mastery'>): MasteryBand {
  const level = (pattern.level ?? '').toLowerCase();
  if (pattern.mastery === null || level === 'not-measured') return 'unmeasured';
  if (/master|strong|high|advanced|proficient/.test(level)) return 'high';
  if (/learn|develop|medium|improv|progress|intermediate/.test(level)) return 'medium';
  if (/struggl|weak|low|novice|begin|needs/.test(level)) return 'low';
  if (pattern.mastery >= 0.75) return 'high';
  if (pattern.mastery >= 0.4) return 'medium';
  return 'low';
}

export function shapeMastery(patterns: DashboardPattern[]) {
  const byId = new Map(patterns.map((p) => [p.id, p]));
  const ordered = [...PATTERN_IDS.map((id) => byId.get(id)).filter((p): p is DashboardPattern => Boolean(p)), ...patterns.filter((p) => !(PATTERN_IDS as readonly string[]).includes(p.id))];
  return ordered.map((p) => ({
    id: p.id,
    label: patternTitle(p.id),
    percent: p.mastery === null ? null : Math.round(Math.max(0, Math.min(1, p.mastery)) * 100),
    band: masteryBand(p),
    level: p.level,
    count: p.count,
  }));
}

/** Entries of a count table in a stable, meaningful order. */
export function orderedCounts(counts: Record<string, number>, order: string[] = []): [string, number][] {
  const keys = [...order.filter((k) => k in counts), ...Object.keys(counts).filter((k) => !order.includes(k)).sort()];
  return keys.map((k) => [k, counts[k]]);
}
