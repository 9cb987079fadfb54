// Compares a returned value with the expected one, in Node, after the run: the sandbox never
// sees expected outputs. Values are plain JSON (the harness guarantees it), so comparison is
// structural; `unordered` ignores the outer list's order, `unordered-nested` also each inner
// list's; floats may compare within a tolerance.
import type { ComparatorName } from '../problems/problem-schema.js';

export interface CompareOptions {
  comparator: ComparatorName;
  floatTolerance: number | null;
}

function floatsClose(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}

export function deepEqual(a: unknown, b: unknown, tol: number | null): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b || (tol !== null && floatsClose(a, b, tol));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i], tol));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b as object, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tol));
}

/** A canonical text for sorting: objects with sorted keys. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return '{' + Object.keys(o).sort().map((k) => JSON.stringify(k) + ':' + canonical(o[k])).join(',') + '}';
  }
  return JSON.stringify(v);
}

const sortedByCanonical = (list: unknown[]): unknown[] =>
  list
    .map((v) => [canonical(v), v] as const)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([, v]) => v);

function normalize(v: unknown, comparator: ComparatorName): unknown {
  if (comparator === 'exact' || !Array.isArray(v)) return v;
  const outer = comparator === 'unordered-nested' ? v.map((x) => (Array.isArray(x) ? sortedByCanonical(x) : x)) : v;
  return sortedByCanonical(outer);
}

// Expected values are the problem's own objects, the same with every submission: each is
// sorted once. (Per comparator, though a problem has only one.)
const normalizedExpected = new Map<ComparatorName, WeakMap<object, unknown>>();
function normalizeExpected(expected: unknown, comparator: ComparatorName): unknown {
  if (comparator === 'exact' || !Array.isArray(expected)) return expected;
  let known = normalizedExpected.get(comparator);
  if (!known) normalizedExpected.set(comparator, (known = new WeakMap()));
  if (!known.has(expected)) known.set(expected, normalize(expected, comparator));
  return known.get(expected);
}

export function valuesMatch(actual: unknown, expected: unknown, options: CompareOptions): boolean {
  if (options.comparator !== 'exact' && Array.isArray(actual) !== Array.isArray(expected)) return false;
  if (Array.isArray(actual) && Array.isArray(expected) && actual.length !== expected.length) return false;
  // The same order is a match under any comparator, and the usual case: sorting is for the rest.
  if (options.comparator !== 'exact' && deepEqual(actual, expected, options.floatTolerance)) return true;
  return deepEqual(normalize(actual, options.comparator), normalizeExpected(expected, options.comparator), options.floatTolerance);
}
