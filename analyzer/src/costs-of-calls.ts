// The hidden cost of built-in calls and methods: what one call costs given its arguments.
// Lazy helpers (range, enumerate, zip, reversed) cost nothing here; the loop that consumes them
// pays. An argument that is itself a comprehension is paid by that comprehension.
import { LOG, type Factor } from './cost.js';
import type { PyNode } from './syntax.js';
import { callArgs, isIntegerLiteral } from './syntax-queries.js';
import { isSequence, iteratedSize, type Scope } from './values.js';

export type HiddenCostKind =
  'sort' | 'aggregate' | 'copy' | 'join' | 'scan-method' | 'pop-front' | 'insert-front' | 'string-method' | 'heap' | 'heapify' | 'bisect' | 'power';

export interface HiddenCost {
  kind: HiddenCostKind;
  factors: Factor[];
  /** The container or sequence paid for (`nums`, `seen`). */
  subject: PyNode | null;
  what: string;
}

const GENERATED = new Set(['generator_expression', 'list_comprehension', 'set_comprehension', 'dictionary_comprehension']);
const AGGREGATES = new Set(['sum', 'max', 'min', 'any', 'all']);
const COPIES = new Set(['list', 'set', 'tuple', 'dict', 'Counter', 'deque', 'frozenset', 'OrderedDict', 'deepcopy']);
const STRING_SCANS = new Set([
  'split',
  'replace',
  'lower',
  'upper',
  'strip',
  'lstrip',
  'rstrip',
  'find',
  'rfind',
  'casefold',
  'translate',
  'title',
  'swapcase',
  'encode',
]);

/** The cost of one call to a built-in, or null when it is O(1) or not a built-in. */
export function hiddenCostOfCall(call: PyNode, scope: Scope): HiddenCost | null {
  const fn = call.child('function');
  if (!fn) return null;
  const args = callArgs(call);
  const first = args[0] ?? null;
  // A comprehension argument is paid for by its own loop, except where the call does more
  // than one step per element (sorting).
  const sizeOf = (node: PyNode | null, evenIfGenerated = false): Factor[] => {
    if (!node || (GENERATED.has(node.type) && !evenIfGenerated)) return [];
    const size = scope.valueOf(node).size;
    return size ? [size] : [];
  };
  const make = (kind: HiddenCostKind, factors: Factor[], subject: PyNode | null, what: string): HiddenCost | null =>
    factors.length ? { kind, factors, subject, what } : null;

  if (fn.type === 'identifier' || (fn.type === 'attribute' && /^(heapq|bisect|copy|collections)$/.test(fn.child('object')?.text ?? ''))) {
    const name = fn.type === 'identifier' ? fn.text : (fn.child('attribute')?.text ?? '');
    // pow(a, b, m): square-and-multiply, one step per bit of the exponent.
    if (name === 'pow' && args.length === 3) return sizeOf(args[1]).length ? { kind: 'power', factors: [LOG], subject: args[1], what: `pow(...)` } : null;
    if (name === 'sorted') return make('sort', withLog(sizeOf(first, true)), first, `sorted(${first?.text ?? ''})`);
    if (name === 'reduce') return make('aggregate', sizeOf(args[1] ?? null), args[1] ?? null, `reduce(...)`);
    if (AGGREGATES.has(name) && args.length === 1) return make('aggregate', sizeOf(first), first, `${name}(${first?.text ?? ''})`);
    if (COPIES.has(name) && args.length >= 1) return make('copy', sizeOf(first), first, `${name}(${first?.text ?? ''})`);
    if (name === 'heappush' || name === 'heappop' || name === 'heappushpop' || name === 'heapreplace') {
      return sizeOf(first).length ? { kind: 'heap', factors: [LOG], subject: first, what: `${name}(${first?.text ?? ''})` } : null;
    }
    if (name === 'heapify') return make('heapify', sizeOf(first), first, `heapify(${first?.text ?? ''})`);
    // nsmallest(k, xs) keeps a heap of k: one pass over xs when k is a constant.
    if (name === 'nlargest' || name === 'nsmallest') {
      const items = sizeOf(args[1] ?? null, true);
      return make('sort', isIntegerLiteral(first) ? items : withLog(items), args[1] ?? null, `${name}(...)`);
    }
    if (name === 'bisect_left' || name === 'bisect_right' || name === 'bisect') return { kind: 'bisect', factors: [LOG], subject: first, what: `${name}(...)` };
    if (name === 'insort' || name === 'insort_left' || name === 'insort_right') return make('insert-front', sizeOf(first), first, `${name}(...)`);
    return null;
  }
  if (fn.type !== 'attribute') return null;
  const method = fn.child('attribute')?.text ?? '';
  const object = fn.child('object');
  if (!object) return null;
  const value = scope.valueOf(object);
  const own = value.size ? [value.size] : [];
  switch (method) {
    case 'sort':
      return make('sort', withLog(own), object, `${object.text}.sort()`);
    case 'most_common':
      return make('sort', withLog(own), object, `${object.text}.most_common(...)`);
    case 'fromkeys':
      return make('copy', sizeOf(first), first, `fromkeys(...)`);
    case 'index':
    case 'count':
    case 'remove':
      return isSequence(value.kind) && !(value.kind === 'str' && method === 'remove')
        ? make('scan-method', own, object, `${object.text}.${method}(...)`)
        : null;
    case 'pop':
      return value.kind !== 'dict' && value.kind !== 'set' && value.kind !== 'deque' && first && !isLastIndex(first)
        ? make('pop-front', own, object, `${object.text}.pop(${first.text})`)
        : null;
    case 'insert':
      return value.kind !== 'deque' ? make('insert-front', own, object, `${object.text}.insert(${first?.text ?? ''}, ...)`) : null;
    case 'copy':
      return make('copy', own, object, `${object.text}.copy()`);
    case 'extend': {
      const items = first && !GENERATED.has(first.type) ? iteratedSize(first, scope) : null;
      return make('copy', items ? [items] : [], first, `${object.text}.extend(...)`);
    }
    case 'reverse':
      return make('copy', own, object, `${object.text}.reverse()`);
    case 'join':
      return make('join', sizeOf(first), first, `join(${first?.text ?? ''})`);
    default:
      if (STRING_SCANS.has(method) && (value.kind === 'str' || value.kind === 'unknown'))
        return make('string-method', own, object, `${object.text}.${method}(...)`);
      return null;
  }
}

function withLog(factors: Factor[]): Factor[] {
  return factors.length ? [...factors, LOG] : [];
}

function isLastIndex(node: PyNode): boolean {
  return node.type === 'unary_operator' && isIntegerLiteral(node.child('argument'), 1);
}
