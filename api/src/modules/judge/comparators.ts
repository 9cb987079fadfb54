// Compares a returned value with the expected one, in Node, after the run: the sandbox never
// sees expected outputs. Values are plain JSON (the harness guarantees it), so comparison is
// structural; `unordered` ignores the outer list's order, `unordered-nested` also each inner
// list's; floats may compare within a tolerance.
import type { ComparatorName } from '../problems/index.js';

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
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tol));
}

/** A canonical text for sorting: objects with sorted keys. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return (
      '{' +
      Object.keys(o)
        .sort()
        .map((k) => JSON.stringify(k) + ':' + canonical(o[k]))
        .join(',') +
      '}'
    );
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
  const list: unknown[] = v;
  const outer = comparator === 'unordered-nested' ? list.map((x) => (Array.isArray(x) ? sortedByCanonical(x) : x)) : list;
  return sortedByCanonical(outer);
}

// Expected values are the problem's own objects, the same with every submission: each is
// sorted (or counted) once. (Per comparator, though a problem has only one.)
const normalizedExpected = new Map<string, WeakMap<object, unknown>>();
function once<T>(kind: string, expected: object, make: () => T): T {
  let known = normalizedExpected.get(kind);
  if (!known) normalizedExpected.set(kind, (known = new WeakMap()));
  if (!known.has(expected)) known.set(expected, make());
  return known.get(expected) as T;
}

/** An element's text for counting: inner lists sorted first where their order does not count. */
const elementKey = (x: unknown, comparator: ComparatorName): string =>
  canonical(comparator === 'unordered-nested' && Array.isArray(x) ? sortedByCanonical(x) : x);

function countsOf(list: unknown[], comparator: ComparatorName): Map<string, number> {
  const counts = new Map<string, number>();
  for (const x of list) {
    const key = elementKey(x, comparator);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The same elements as often, in any order: counted, not sorted (a returned list can be 10^5 long). */
function sameMultiset(actual: unknown[], expected: unknown[], comparator: ComparatorName): boolean {
  const remaining = new Map(once(`${comparator}:counts`, expected, () => countsOf(expected, comparator)));
  for (const x of actual) {
    const key = elementKey(x, comparator);
    const left = remaining.get(key);
    if (!left) return false;
    remaining.set(key, left - 1);
  }
  return true; // as many elements as expected (checked first), none left over
}

export function valuesMatch(actual: unknown, expected: unknown, options: CompareOptions): boolean {
  const { comparator, floatTolerance } = options;
  if (comparator !== 'exact' && Array.isArray(actual) !== Array.isArray(expected)) return false;
  if (Array.isArray(actual) && Array.isArray(expected) && actual.length !== expected.length) return false;
  if (comparator === 'exact' || !Array.isArray(actual) || !Array.isArray(expected)) return deepEqual(actual, expected, floatTolerance);
  // The same order is a match under any comparator, and the usual case.
  if (deepEqual(actual, expected, floatTolerance)) return true;
  // Within a tolerance equal values can have different texts: only sorting pairs them.
  if (floatTolerance !== null)
    return deepEqual(
      normalize(actual, comparator),
      once(comparator, expected, () => normalize(expected, comparator)),
      floatTolerance,
    );
  return sameMultiset(actual, expected, comparator);
}
