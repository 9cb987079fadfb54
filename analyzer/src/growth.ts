// Measured growth: fit counted line events at several input sizes to a time class, and find
// the line whose count grows fastest. Pure arithmetic on the judge's measurements; a class is
// chosen by fitting `events = a * f(n) + b` (b: the fixed overhead of a call) for every class
// and keeping the best relative fit, preferring the cheaper class when two fit about as well.
import type { GrowthPoint, TimeClass } from './types.js';

export interface HotLine {
  line: number;
  time: TimeClass;
  /** Times the line ran at the largest size measured. */
  count: number;
  /** Its share of all counted events at that size. */
  share: number;
}

export interface GrowthFit {
  time: TimeClass;
  /** log-log slope between the two largest sizes. */
  slope: number;
  /** How much the work grew per doubling of n, between the two largest sizes. */
  doublingFactor: number;
  /** Relative RMS error of the chosen model. */
  error: number;
  hotLine: HotLine | null;
  sizes: number[];
}

type Model = { time: TimeClass; f: (n: number) => number; lower?: (n: number) => number };

const MODELS: Model[] = [
  { time: 'O(1)', f: () => 1 },
  { time: 'O(log n)', f: (n) => Math.log2(n + 1) },
  { time: 'O(n)', f: (n) => n, lower: (n) => Math.log2(n + 1) },
  { time: 'O(n log n)', f: (n) => n * Math.log2(n + 1), lower: (n) => n },
  { time: 'O(n^2)', f: (n) => n * n, lower: (n) => n },
  { time: 'O(n^3)', f: (n) => n * n * n, lower: (n) => n * n },
  { time: 'O(2^n)', f: (n) => 2 ** Math.min(n, 1000) },
];

/** A cheaper class is preferred while its error stays within best * 1.5 + 0.01. */
const SIMPLER_FACTOR = 1.5;
const SIMPLER_SLACK = 0.01;
const MIN_POINTS = 3;

/** Fit a series of (size, count) pairs; null when there are too few usable points. */
export function fitSeries(sizes: number[], counts: number[]): { time: TimeClass; error: number; slope: number; doublingFactor: number } | null {
  const pts = sizes
    .map((n, i) => ({ n, y: counts[i] }))
    .filter((p) => p.n > 0 && p.y > 0)
    .sort((a, b) => a.n - b.n);
  if (pts.length < MIN_POINTS || pts[pts.length - 1].n <= pts[0].n) return null;
  const last = pts[pts.length - 1];
  const prev = pts[pts.length - 2];
  const slope = Math.log(last.y / prev.y) / Math.log(last.n / prev.n);
  const doublingFactor = 2 ** slope;
  // A count that does not move at all is constant, whatever the models say.
  if (pts.every((p) => p.y === pts[0].y)) return { time: 'O(1)', error: 0, slope: 0, doublingFactor: 1 };
  // Exponential work outruns every polynomial: the judge stops after very few sizes.
  if (slope > 4.5) return { time: 'O(2^n)', error: 0, slope, doublingFactor };
  let best: { time: TimeClass; error: number } | null = null;
  const fits = MODELS.filter((m) => m.time !== 'O(2^n)' || last.n <= 64).map((m) => ({ time: m.time, error: fitError(pts, m) }));
  for (const fit of fits) if (!best || fit.error < best.error) best = fit;
  const limit = (best as { error: number }).error * SIMPLER_FACTOR + SIMPLER_SLACK;
  const chosen = fits.find((fit) => fit.error <= limit) ?? best;
  return { time: (chosen as { time: TimeClass }).time, error: (chosen as { error: number }).error, slope, doublingFactor };
}

/**
 * Weighted least squares of y = a f(n) + c lower(n) + b with every coefficient >= 0 and the
 * leading one > 0 (a model whose leading term vanishes is a cheaper class, not this one);
 * the error is relative to y.
 */
function fitError(pts: Array<{ n: number; y: number }>, model: Model): number {
  const bases = [model.f, ...(model.lower ? [model.lower] : []), () => 1];
  let best = Infinity;
  // Try every subset of the optional terms that keeps the leading one.
  for (let mask = 0; mask < 1 << (bases.length - 1); mask++) {
    const used = [model.f, ...bases.slice(1).filter((_, i) => mask & (1 << i))];
    const coef = solveWeighted(pts, used);
    if (!coef || coef[0] <= 0 || coef.some((c) => c < 0)) continue;
    let sum = 0;
    for (const { n, y } of pts) {
      const pred = used.reduce((acc, g, i) => acc + coef[i] * g(n), 0);
      sum += ((pred - y) / y) ** 2;
    }
    best = Math.min(best, Math.sqrt(sum / pts.length));
  }
  return best;
}

/** Normal equations for weights 1/y^2; tiny systems (at most 3x3), Gaussian elimination. */
function solveWeighted(pts: Array<{ n: number; y: number }>, bases: Array<(n: number) => number>): number[] | null {
  const k = bases.length;
  const m = Array.from({ length: k }, () => new Array<number>(k + 1).fill(0));
  for (const { n, y } of pts) {
    const w = 1 / (y * y);
    const x = bases.map((g) => g(n));
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) m[i][j] += w * x[i] * x[j];
      m[i][k] += w * x[i] * y;
    }
  }
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (Math.abs(m[pivot][col]) < 1e-300) return null;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const factor = m[r][col] / m[col][col];
      for (let c = col; c <= k; c++) m[r][c] -= factor * m[col][c];
    }
  }
  const result = m.map((row, i) => row[k] / row[i]);
  return result.every(Number.isFinite) ? result : null;
}

export function fitGrowth(points: readonly GrowthPoint[]): GrowthFit | null {
  const sorted = [...points].filter((p) => p.size > 0 && p.events > 0 && !p.exceeded).sort((a, b) => a.size - b.size);
  const sizes = sorted.map((p) => p.size);
  const overall = fitSeries(
    sizes,
    sorted.map((p) => p.events),
  );
  if (!overall) return null;
  return { ...overall, hotLine: findHotLine(sorted, sizes), sizes };
}

/**
 * The line whose count grows fastest (ties: the one that runs most), among lines that carry a
 * noticeable share of the work at the largest size.
 */
function findHotLine(sorted: GrowthPoint[], sizes: number[]): HotLine | null {
  const last = sorted[sorted.length - 1];
  let best: (HotLine & { slope: number }) | null = null;
  for (const [key, count] of Object.entries(last.lineCounts)) {
    const line = Number(key);
    if (!Number.isInteger(line) || count <= 0 || count < last.events * 0.05) continue;
    const series = fitSeries(
      sizes,
      sorted.map((p) => p.lineCounts[key] ?? 0),
    );
    if (!series) continue;
    const candidate = { line, time: series.time, count, share: count / last.events, slope: series.slope };
    if (!best || rankOf(candidate.time) > rankOf(best.time) || (rankOf(candidate.time) === rankOf(best.time) && count > best.count)) best = candidate;
  }
  if (!best) return null;
  const { slope: _slope, ...hot } = best;
  return hot;
}

function rankOf(time: TimeClass): number {
  return MODELS.findIndex((m) => m.time === time);
}
