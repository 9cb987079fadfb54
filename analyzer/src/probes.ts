// Counterfactual probes: transformations of a failing test's input that satisfy an assumption
// code often makes without checking it (sorted, k within the length, the value present, only
// lowercase letters, k > 0) or remove an extreme trait (empty, repeated values, negatives, zeros).
// A submission that is right on the transformed input relies on that assumption or fails at
// that edge. Pure functions over the JSON argument list; problems declare theirs by name in
// front matter, optionally pinned to an argument (`k-mod-len(k)`); otherwise each probe finds
// its argument by the values' shapes (the only integer, the list of numbers...).
import type { PatternId } from './types.js';

export const PROBE_NAMES = [
  'sorted',
  'k-mod-len',
  'k-clamp-len',
  'k-clamp-distinct',
  'k-positive',
  'target-present',
  'lowercase',
  'ascii',
  'non-empty',
  'distinct',
  'non-negative',
  'non-zero',
] as const;
export type ProbeName = (typeof PROBE_NAMES)[number];

/** What a fixing probe shows: an unchecked assumption, or a mishandled extreme input. */
export const PROBE_PATTERN: Readonly<Record<ProbeName, Extract<PatternId, 'missing-validation' | 'missing-edge-case'>>> = {
  sorted: 'missing-validation',
  'k-mod-len': 'missing-validation',
  'k-clamp-len': 'missing-validation',
  'k-clamp-distinct': 'missing-validation',
  'k-positive': 'missing-validation',
  'target-present': 'missing-validation',
  lowercase: 'missing-validation',
  ascii: 'missing-validation',
  'non-empty': 'missing-edge-case',
  distinct: 'missing-edge-case',
  'non-negative': 'missing-edge-case',
  'non-zero': 'missing-edge-case',
};

export interface ProbeSpec {
  name: ProbeName;
  /** The argument it changes, when the front matter pins one. */
  param: string | null;
}

export interface ProbedInput {
  input: unknown[];
  /** Names of the arguments that changed. */
  changed: string[];
}

/** `sorted` or `k-mod-len(k)`; null when the name is not in the vocabulary. */
export function parseProbeSpec(text: string): ProbeSpec | null {
  const match = /^\s*([a-z-]+)\s*(?:\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\))?\s*$/.exec(text);
  if (!match || !(PROBE_NAMES as readonly string[]).includes(match[1])) return null;
  return { name: match[1] as ProbeName, param: match[2] ?? null };
}

/**
 * Whether an input already satisfies an assumption probe's condition: the target is among the
 * values, every list is sorted. An extreme-input probe whose input also satisfies it (an empty
 * list made `[5]` for the target 5) cannot tell the edge from the assumption. Null for the
 * probes this is not worked out for.
 */
export function assumptionHolds(name: ProbeName, input: readonly unknown[]): boolean | null {
  const lists = input.filter((a): a is unknown[] => Array.isArray(a));
  if (name === 'sorted') return lists.every((list) => list.every((v, i) => i === 0 || !comparable(v, list[i - 1]) || pythonOrder(list[i - 1], v) <= 0));
  if (name === 'target-present') {
    const targets = input.filter((a): a is number => typeof a === 'number');
    return targets.length === 1 && lists.length === 1 ? lists[0].includes(targets[0]) : null;
  }
  return null;
}

/**
 * The input transformed by one probe, or null when the probe does not apply (no argument of
 * its shape) or leaves the input as it is. `samples` are other inputs of the same problem:
 * `non-empty` borrows an argument from the smallest of them, so the result keeps the
 * statement's promises about values.
 */
export function applyProbe(spec: ProbeSpec, input: readonly unknown[], params: readonly string[], samples: readonly unknown[][] = []): ProbedInput | null {
  const args = input.map((a) => structuredClone(a));
  const pinned = spec.param === null ? -1 : params.indexOf(spec.param);
  if (spec.param !== null && pinned < 0) return null;
  const only = (indices: number[]) => (pinned >= 0 ? indices.filter((i) => i === pinned) : indices);
  const lists = indicesOf(args, Array.isArray);
  const sequences = indicesOf(args, (a) => Array.isArray(a) || typeof a === 'string');
  const changed = new Set<number>();
  const set = (i: number, value: unknown) => {
    if (!sameJson(args[i], value)) changed.add(i);
    args[i] = value;
  };

  switch (spec.name) {
    case 'sorted':
      for (const i of only(lists)) {
        const list = args[i] as unknown[];
        if (list.every((v) => comparable(v, list[0]))) set(i, [...list].sort(pythonOrder));
      }
      break;
    case 'k-mod-len':
    case 'k-clamp-len':
    case 'k-clamp-distinct':
    case 'k-positive': {
      const k = single(only(indicesOf(args, isInteger)));
      const seq = single(sequences.filter((i) => i !== k)) ?? sequences[0];
      if (k === null || seq === undefined) break;
      const items = args[seq] as unknown[] | string;
      const count = args[k] as number;
      const n = spec.name === 'k-clamp-distinct' ? new Set([...items].map((v) => JSON.stringify(v))).size : items.length;
      if (spec.name === 'k-mod-len') {
        if (n > 0) set(k, ((count % n) + n) % n);
      } else if (spec.name === 'k-positive') {
        if (n > 0) set(k, Math.max(1, count));
      } else set(k, Math.max(0, Math.min(count, n)));
      break;
    }
    case 'target-present': {
      const target = single(only(indicesOf(args, (a) => typeof a === 'number')));
      const list = single(lists.filter((i) => (args[i] as unknown[]).length > 0 && (args[i] as unknown[]).every((v) => typeof v === 'number')));
      if (target === null || list === null) break;
      const values = args[list] as number[];
      const wanted = args[target] as number;
      if (!values.includes(wanted))
        set(
          target,
          values.reduce((best, v) =>
            Math.abs(v - wanted) < Math.abs(best - wanted) || (Math.abs(v - wanted) === Math.abs(best - wanted) && v < best) ? v : best,
          ),
        );
      break;
    }
    case 'lowercase':
    case 'ascii': {
      const relabel = relabelling(args, only(indicesOf(args, () => true)), spec.name);
      if (relabel) for (const i of only(indicesOf(args, () => true))) set(i, mapStrings(args[i], relabel));
      break;
    }
    case 'non-empty':
      for (const i of only(sequences)) {
        if ((args[i] as unknown[] | string).length > 0) continue;
        const borrowed = smallestSample(samples, i, typeof args[i]);
        if (borrowed !== undefined) set(i, structuredClone(borrowed));
      }
      break;
    case 'distinct':
      for (const i of only(lists)) {
        const seen = new Set<string>();
        set(
          i,
          (args[i] as unknown[]).filter((v) => !seen.has(JSON.stringify(v)) && seen.add(JSON.stringify(v))),
        );
      }
      break;
    case 'non-negative':
    case 'non-zero':
      for (const i of only(lists)) {
        const list = args[i] as unknown[];
        if (!list.every((v) => typeof v === 'number')) continue;
        const mapped = list.map((v) => (spec.name === 'non-negative' ? Math.abs(v) : v === 0 ? 1 : v));
        // A sorted list stays sorted: the statement may promise it.
        set(i, isSorted(list) ? mapped.sort(pythonOrder) : mapped);
      }
      break;
  }
  if (changed.size === 0) return null;
  return { input: args, changed: [...changed].sort((a, b) => a - b).map((i) => params[i] ?? `arg${i + 1}`) };
}

const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const indicesOf = (args: unknown[], test: (a: unknown) => boolean) => args.map((a, i) => (test(a) ? i : -1)).filter((i) => i >= 0);
const single = (indices: number[]): number | null => (indices.length === 1 ? indices[0] : null);
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isSorted = (list: unknown[]) => list.every((v, i) => i === 0 || pythonOrder(list[i - 1], v) <= 0);

/** Values Python can order against each other: numbers, strings, lists of such. */
function comparable(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return true;
  if (typeof a === 'string' && typeof b === 'string') return true;
  return Array.isArray(a) && Array.isArray(b) && a.every((v, i) => i >= b.length || comparable(v, b[i]));
}

/** Python's `<` on numbers, strings (by code point) and lists (element by element). */
export function pythonOrder(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') {
    const x = [...a];
    const y = [...b];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
      if (d !== 0) return d;
    }
    return x.length - y.length;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = pythonOrder(a[i], b[i]);
      if (d !== 0) return d;
    }
    return a.length - b.length;
  }
  return 0;
}

const LOWERCASE = 'abcdefghijklmnopqrstuvwxyz';
const ASCII_SPARES = `${LOWERCASE}ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_{|}~`;

/**
 * One injective renaming of characters over every string of the chosen arguments, so equal
 * characters stay equal across arguments (an anagram stays an anagram): `lowercase` maps
 * every character outside a-z to an unused lowercase letter, `ascii` every character beyond
 * ASCII to an unused ASCII one. Null when nothing needs renaming or the spares run out.
 */
function relabelling(args: unknown[], indices: number[], name: 'lowercase' | 'ascii'): Map<string, string> | null {
  const used = new Set<string>();
  for (const i of indices) for (const s of stringsIn(args[i])) for (const c of s) used.add(c);
  const keeps = (c: string) => (name === 'lowercase' ? LOWERCASE.includes(c) : c.codePointAt(0)! < 0x80);
  const spares = [...(name === 'lowercase' ? LOWERCASE : ASCII_SPARES)].filter((c) => !used.has(c));
  const renamed = [...used].filter((c) => !keeps(c));
  if (renamed.length === 0 || renamed.length > spares.length) return null;
  return new Map(renamed.map((c, i) => [c, spares[i]]));
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.flatMap(stringsIn) : [];
}

function mapStrings(value: unknown, relabel: Map<string, string>): unknown {
  if (typeof value === 'string') return [...value].map((c) => relabel.get(c) ?? c).join('');
  return Array.isArray(value) ? value.map((v) => mapStrings(v, relabel)) : value;
}

/** The same argument of the smallest sample where it is non-empty and of the same type. */
function smallestSample(samples: readonly unknown[][], index: number, type: string): unknown {
  let best: unknown;
  let bestSize = Infinity;
  for (const sample of samples) {
    const value = sample[index];
    const sameType = type === 'string' ? typeof value === 'string' : Array.isArray(value);
    if (!sameType || (value as unknown[] | string).length === 0) continue;
    const size = JSON.stringify(sample).length;
    if (size < bestSize) [best, bestSize] = [value, size];
  }
  return best;
}
