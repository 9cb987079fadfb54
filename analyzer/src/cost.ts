// The cost algebra behind the static estimate. A cost is a product of factors: the size of one
// input (or one dimension of it), a logarithm, or an exponential. Two dimensions of the same
// input multiply to its total size (rows x columns = n), while the same dimension twice is n^2.
import { TIME_CLASSES, type TimeClass } from './types.js';

export interface SizeFactor {
  t: 'n';
  /** Which input the size belongs to: a parameter name, or `$input` when only guessed. */
  source: string;
  /** 0 = the collection itself, 1 = one of its elements (a row, a word). */
  dim: number;
  /** True when the size was assumed rather than read from the code. */
  guess?: boolean;
  /** 2 to the power of that size (`1 << len(nums)`): counting to it is exponential. */
  exp?: boolean;
  /** The digits of that number (`str(n)`, `bin(n)`): as many as its logarithm. */
  digits?: boolean;
  /** A second size multiplied in (`n * m` of two numbers read from the input). */
  product?: SizeFactor;
}
export type Factor = SizeFactor | { t: 'log' } | { t: 'exp' };
export type Cost = readonly Factor[];

export interface Rank {
  exp: boolean;
  poly: number;
  log: number;
}

export const ONE: Cost = [];
export const LOG: Factor = { t: 'log' };
export const EXP: Factor = { t: 'exp' };

export function sizeFactor(source: string, dim = 0, guess = false): SizeFactor {
  return guess ? { t: 'n', source, dim, guess } : { t: 'n', source, dim };
}

/** The factors of a cost with every product of sizes spelled out. */
function expand(cost: Cost): Factor[] {
  if (!cost.some((f) => f.t === 'n' && f.product)) return cost as Factor[];
  const out: Factor[] = [];
  const push = (f: Factor): void => {
    if (f.t !== 'n' || !f.product) {
      out.push(f);
      return;
    }
    const { product, ...own } = f;
    out.push(own);
    push(product);
  };
  cost.forEach(push);
  return out;
}

export function rankOf(cost: Cost): Rank {
  let exp = false;
  let log = 0;
  const dims = new Map<string, number[]>();
  for (const f of expand(cost)) {
    if (f.t === 'exp' || (f.t === 'n' && f.exp)) exp = true;
    else if (f.t === 'log' || (f.t === 'n' && f.digits)) log++;
    else {
      const counts = dims.get(f.source) ?? [];
      counts[f.dim] = (counts[f.dim] ?? 0) + 1;
      dims.set(f.source, counts);
    }
  }
  let poly = 0;
  for (const counts of dims.values()) poly += Math.max(...counts.filter((c) => c !== undefined));
  return { exp, poly, log };
}

export function compareRanks(a: Rank, b: Rank): number {
  if (a.exp !== b.exp) return a.exp ? 1 : -1;
  if (a.poly !== b.poly) return a.poly - b.poly;
  return Math.min(a.log, 1) - Math.min(b.log, 1);
}

export function compareCosts(a: Cost, b: Cost): number {
  return compareRanks(rankOf(a), rankOf(b));
}

export function classOfRank(rank: Rank): TimeClass {
  if (rank.exp) return 'O(2^n)';
  if (rank.poly >= 3) return 'O(n^3)';
  if (rank.poly === 2) return 'O(n^2)';
  if (rank.poly === 1) return rank.log > 0 ? 'O(n log n)' : 'O(n)';
  return rank.log > 0 ? 'O(log n)' : 'O(1)';
}

/** The rank a time class stands for: `O(n log n)` -> poly 1, log 1. */
export function rankOfClass(time: TimeClass): Rank {
  const ranks: Record<TimeClass, Rank> = {
    'O(1)': { exp: false, poly: 0, log: 0 },
    'O(log n)': { exp: false, poly: 0, log: 1 },
    'O(n)': { exp: false, poly: 1, log: 0 },
    'O(n log n)': { exp: false, poly: 1, log: 1 },
    'O(n^2)': { exp: false, poly: 2, log: 0 },
    'O(n^3)': { exp: false, poly: 3, log: 0 },
    'O(2^n)': { exp: true, poly: 0, log: 0 },
  };
  return ranks[time];
}

/** The class of doing `each` work `times` times: O(n) times O(n) is O(n^2). */
export function timesClass(times: TimeClass, each: TimeClass): TimeClass {
  const a = rankOfClass(times);
  const b = rankOfClass(each);
  return classOfRank({ exp: a.exp || b.exp, poly: a.poly + b.poly, log: a.log + b.log });
}

export function classOf(cost: Cost): TimeClass {
  return classOfRank(rankOf(cost));
}

export function classIndex(time: TimeClass): number {
  return TIME_CLASSES.indexOf(time);
}

/** True when the cost holds a factor that was assumed rather than read from the code. */
export function isGuess(cost: Cost): boolean {
  return cost.some((f) => f.t === 'n' && f.guess === true);
}

export function hasSize(cost: Cost): boolean {
  return cost.some((f) => f.t === 'n');
}
