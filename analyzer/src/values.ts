// Abstract values: for any expression, what kind of thing it is (list, set, dict, str, int...)
// and how big it is, as a size factor tied to an input (`nums`, or a row of `grid`). Names are
// resolved through the function's bindings, its parameters, then the enclosing scopes.
import { collectBindings, type Binding, type BindingTable } from './bindings.js';
import { sizeFactor, type SizeFactor } from './cost.js';
import type { FunctionInfo } from './functions.js';
import type { PyNode } from './syntax.js';
import { isTestCaseLoop, kindOfRead } from './stdin.js';
import { callArgs, findAll, isFixedWidthSlice, nameOf, namesIn } from './syntax-queries.js';

export type Kind = 'list' | 'set' | 'dict' | 'str' | 'deque' | 'tuple' | 'int' | 'bool' | 'range' | 'iter' | 'node' | 'none' | 'unknown';

export interface Value {
  kind: Kind;
  size: SizeFactor | null;
}

export const UNKNOWN: Value = { kind: 'unknown', size: null };

const bindingCache = new WeakMap<PyNode, BindingTable>();

export function bindingsOf(body: PyNode): BindingTable {
  let table = bindingCache.get(body);
  if (!table) {
    table = collectBindings(body);
    bindingCache.set(body, table);
  }
  return table;
}

/** Kinds where `x in c` and lookups take constant time. */
export function isHashed(kind: Kind): boolean {
  return kind === 'set' || kind === 'dict' || kind === 'range';
}

/** Kinds where `x in c`, `.index`, `.count`, `.remove` scan every element. */
export function isSequence(kind: Kind): boolean {
  return kind === 'list' || kind === 'deque' || kind === 'tuple' || kind === 'str' || kind === 'unknown';
}

export function elementSize(size: SizeFactor | null): SizeFactor | null {
  return size && size.dim < 1 ? { ...size, dim: size.dim + 1 } : null;
}

export function largerSize(a: SizeFactor | null, b: SizeFactor | null): SizeFactor | null {
  if (!a) return b;
  if (!b) return a;
  if (a.exp !== b.exp) return a.exp ? a : b;
  if (a.digits !== b.digits) return a.digits ? b : a;
  if (a.guess && !b.guess) return b;
  if (b.guess && !a.guess) return a;
  return b.dim < a.dim ? b : a;
}

function join(a: Value | null, b: Value | null): Value | null {
  if (!a) return b;
  if (!b) return a;
  const kind = a.kind === b.kind ? a.kind : a.kind === 'unknown' || a.kind === 'none' ? b.kind : b.kind === 'unknown' || b.kind === 'none' ? a.kind : a.kind;
  return { kind, size: largerSize(a.size, b.size) };
}

export function kindFromAnnotation(annotation: string | null): Kind {
  if (!annotation) return 'unknown';
  const a = annotation.replace(/^(typing\.|Optional\[)/, '');
  if (/^(list|List|Sequence|Iterable)\b/.test(a)) return 'list';
  if (/^(str)\b/.test(a)) return 'str';
  if (/^(int|float)\b/.test(a)) return 'int';
  if (/^(bool)\b/.test(a)) return 'bool';
  if (/^(set|Set|frozenset)\b/.test(a)) return 'set';
  if (/^(dict|Dict|Mapping)\b/.test(a)) return 'dict';
  if (/(Node|Tree)/.test(a)) return 'node';
  return 'unknown';
}

type CallShape = [Kind, 'arg' | 'none' | 'element' | 'range' | 'second'];
const CALLS: Record<string, CallShape> = {
  len: ['int', 'arg'],
  range: ['range', 'range'],
  xrange: ['range', 'range'],
  sorted: ['list', 'arg'],
  list: ['list', 'arg'],
  tuple: ['tuple', 'arg'],
  set: ['set', 'arg'],
  frozenset: ['set', 'arg'],
  dict: ['dict', 'arg'],
  Counter: ['dict', 'arg'],
  OrderedDict: ['dict', 'arg'],
  defaultdict: ['dict', 'none'],
  deque: ['deque', 'arg'],
  reversed: ['iter', 'arg'],
  enumerate: ['iter', 'arg'],
  zip: ['iter', 'arg'],
  izip: ['iter', 'arg'],
  iter: ['iter', 'arg'],
  map: ['iter', 'second'],
  merge: ['iter', 'arg'],
  groupby: ['iter', 'arg'],
  chain: ['iter', 'arg'],
  accumulate: ['iter', 'arg'],
  filter: ['iter', 'second'],
  str: ['str', 'arg'],
  sum: ['int', 'element'],
  max: ['int', 'element'],
  min: ['int', 'element'],
  abs: ['int', 'arg'],
  int: ['int', 'arg'],
  float: ['int', 'arg'],
  round: ['int', 'arg'],
  ord: ['int', 'none'],
  chr: ['str', 'none'],
  bool: ['bool', 'none'],
  any: ['bool', 'none'],
  all: ['bool', 'none'],
  isinstance: ['bool', 'none'],
};

type MethodShape = [Kind | 'same', 'object' | 'none' | 'element' | 'arg'];
const METHODS: Record<string, MethodShape> = {
  split: ['list', 'object'],
  splitlines: ['list', 'object'],
  keys: ['set', 'object'],
  values: ['list', 'object'],
  items: ['list', 'object'],
  copy: ['same', 'object'],
  lower: ['str', 'object'],
  upper: ['str', 'object'],
  casefold: ['str', 'object'],
  strip: ['str', 'object'],
  lstrip: ['str', 'object'],
  rstrip: ['str', 'object'],
  replace: ['str', 'object'],
  join: ['str', 'arg'],
  get: ['unknown', 'element'],
  pop: ['unknown', 'element'],
  popleft: ['unknown', 'element'],
  heappop: ['unknown', 'element'],
  most_common: ['list', 'object'],
  fromkeys: ['dict', 'arg'],
  count: ['int', 'object'],
  index: ['int', 'object'],
  find: ['int', 'object'],
  isalnum: ['bool', 'none'],
  isalpha: ['bool', 'none'],
  isdigit: ['bool', 'none'],
};

/**
 * A function's variables, seen from one analysis: parameters are bound to the values the
 * caller passed, everything else is read from the bindings.
 */
export class Scope {
  private readonly bindings: BindingTable;
  private readonly cache = new Map<string, Value | null>();
  private readonly resolving = new Set<string>();
  /**
   * A container's value before its growth is added, while the growth is being worked out: a
   * loop counted from the container itself (`for _ in range(nums.count(0)): nums.append(0)`)
   * reads it there, instead of finding nothing and keeping that.
   */
  private readonly beforeGrowth = new Map<string, Value | null>();

  constructor(
    readonly fn: FunctionInfo | null,
    readonly parent: Scope | null,
    readonly params: Map<string, Value>,
    body: PyNode,
    /** The size of a loop, for containers that grow in it (given by the loop module). */
    private readonly loopSize: (loop: PyNode, scope: Scope) => SizeFactor | null,
  ) {
    this.bindings = bindingsOf(body);
  }

  bindingsFor(name: string): Binding[] {
    return this.bindings.get(name) ?? [];
  }

  /**
   * A number or a line read inside a loop over the input's items (not a loop over test cases)
   * is one item of the input, not a size: `for _ in range(n): x = int(input())`.
   */
  private readsOneItem(at: PyNode): boolean {
    const isCount = (count: PyNode) => kindOfRead(count) !== null || (count.type === 'identifier' && this.isReadFromInput(count.text));
    for (let p = at.parent; p && p.type !== 'function_definition'; p = p.parent) {
      if ((p.type === 'for_statement' || p.type === 'while_statement') && !isTestCaseLoop(p, isCount) && !this.runsFixedTimes(p)) return true;
    }
    return false;
  }

  /** `for _ in range(1)`, `for _ in range(tc)` with `tc = 1`: a loop that runs a fixed number of times. */
  private runsFixedTimes(loop: PyNode): boolean {
    const iter = loop.type === 'for_statement' ? loop.child('right') : null;
    if (!iter || iter.type !== 'call' || !/^x?range$/.test(iter.child('function')?.text ?? '')) return false;
    const literal = (n: PyNode) => n.type === 'integer';
    const constant = (name: string) => {
      const bindings = this.bindingsOfName(name);
      return bindings.length > 0 && bindings.every((b) => b.how === 'value' && b.expr !== null && literal(b.expr));
    };
    return callArgs(iter).every((a) => literal(a) || (a.type === 'identifier' && constant(a.text)));
  }

  private bindingsOfName(name: string): Binding[] {
    return this.owner(name)?.bindingsFor(name) ?? [];
  }

  /** True when `name` holds a value read from the input (`t = int(input())`). */
  isReadFromInput(name: string): boolean {
    const owner = this.owner(name);
    return (owner?.bindingsFor(name) ?? []).some((b) => (b.how === 'value' || b.how === 'element') && b.expr !== null && kindOfRead(b.expr) !== null);
  }

  /** The scope that binds `name` (this one, or an enclosing one). */
  owner(name: string): Scope | null {
    if (this.params.has(name) || this.bindings.has(name)) return this;
    return this.parent?.owner(name) ?? null;
  }

  lookup(name: string): Value | null {
    if (this.cache.has(name)) return this.cache.get(name) ?? null;
    if (this.resolving.has(name)) return this.beforeGrowth.get(name) ?? null;
    let value: Value | null = null;
    const param = this.params.get(name);
    const bindings = this.bindings.get(name) ?? [];
    // `d[k] = v` or `d.append(v)` changes a container without making `d` a local name.
    const binds = param !== undefined || bindings.some((b) => b.how !== 'grow');
    this.resolving.add(name);
    if (binds) {
      value = param ?? null;
      for (const b of bindings) if (b.how !== 'grow' && !isComprehensionBinding(b)) value = join(value, this.valueOfBinding(b, name));
    } else if (this.parent) {
      value = this.parent.lookup(name);
    }
    // `row[j] = x` overwrites an item of a list; it grows only a dict (or what it may be).
    const isList = value?.kind === 'list' || value?.kind === 'str';
    this.beforeGrowth.set(name, value);
    for (const b of bindings) if (b.how === 'grow' && !(b.byIndex && isList)) value = join(value, this.valueOfBinding(b, name));
    this.beforeGrowth.delete(name);
    this.resolving.delete(name);
    this.cache.set(name, value);
    return value;
  }

  private valueOfBinding(b: Binding, name: string): Value | null {
    if (!b.expr && b.how !== 'grow') return null;
    switch (b.how) {
      case 'value': {
        // n = int(input()): a value read from the input is an input of its own.
        const read = kindOfRead(b.expr as PyNode);
        if (read) return { kind: read, size: read === 'list' || !this.readsOneItem(b.at) ? sizeFactor(name) : null };
        return this.valueOf(b.expr as PyNode);
      }
      case 'element': {
        // n, m = map(int, input().split()): each number read is an input of its own.
        const read = kindOfRead(b.expr as PyNode);
        if (read === 'list') return { kind: 'int', size: this.readsOneItem(b.at) ? null : sizeFactor(name) };
        return elementOf(this.valueOf(b.expr as PyNode));
      }
      case 'index':
        return { kind: 'int', size: this.valueOf(b.expr as PyNode).size };
      case 'aug': {
        const v = this.valueOf(b.expr as PyNode);
        return v.kind === 'list' || v.kind === 'str' ? { kind: v.kind, size: v.size } : null;
      }
      case 'grow': {
        // When the inner loop's own size is unknown (it runs over what the container feeds,
        // `merged = kept`), the outermost loop bounds the growth as before.
        const loop = this.growthLoop(b, name);
        const size = loop ? this.loopSize(loop, this) : null;
        return { kind: 'unknown', size: size ?? (b.loop && loop !== b.loop ? this.loopSize(b.loop, this) : null) };
      }
    }
  }

  /**
   * The outermost loop around a growth that does not also start the container over
   * (`t = []` or `t.clear()` in an outer loop: t grows only within one of its passes).
   */
  private growthLoop(b: Binding, name: string): PyNode | null {
    // t = t[::-1] keeps what t holds; t = [] starts it over.
    const restarts = this.bindingsFor(name)
      .filter((r) => r.how === 'value' && !(r.expr && namesIn(r.expr).has(name)))
      .map((r) => r.at);
    const loops: PyNode[] = [];
    for (let p = b.at.parent; p && p.type !== 'function_definition' && p.type !== 'class_definition'; p = p.parent) {
      if (p.type === 'for_statement' || p.type === 'while_statement' || p.type === 'for_in_clause') loops.unshift(p);
    }
    const clears = (loop: PyNode) =>
      findAll(loop, 'call').some((c) => {
        const fn = c.child('function');
        return fn?.type === 'attribute' && fn.child('attribute')?.text === 'clear' && nameOf(fn.child('object') ?? fn) === name;
      });
    return loops.find((loop) => !restarts.some((r) => isWithin(r, loop)) && !clears(loop)) ?? null;
  }

  valueOf(expr: PyNode): Value {
    switch (expr.type) {
      case 'identifier':
        return this.comprehensionVariable(expr) ?? this.lookup(expr.text) ?? UNKNOWN;
      case 'attribute': {
        const name = nameOf(expr);
        if (name) return this.lookup(name) ?? UNKNOWN;
        const object = expr.child('object');
        const base = object ? this.valueOf(object) : UNKNOWN;
        // node.left, node.next: a part of a linked structure, as large as the structure.
        return base.kind === 'node' || base.size ? { kind: 'node', size: base.size } : UNKNOWN;
      }
      case 'integer':
      case 'float':
      case 'true':
      case 'false':
        return { kind: 'int', size: null };
      case 'none':
        return { kind: 'none', size: null };
      case 'string':
      case 'concatenated_string':
        return { kind: 'str', size: null };
      case 'list':
        return { kind: 'list', size: null };
      case 'tuple':
        return { kind: 'tuple', size: null };
      case 'set':
        return { kind: 'set', size: null };
      case 'dictionary':
        return { kind: 'dict', size: null };
      case 'list_comprehension':
      case 'set_comprehension':
      case 'dictionary_comprehension':
      case 'generator_expression': {
        const kind: Kind =
          expr.type === 'list_comprehension' ? 'list' : expr.type === 'set_comprehension' ? 'set' : expr.type === 'dictionary_comprehension' ? 'dict' : 'iter';
        const clause = expr.children.find((c) => c.type === 'for_in_clause');
        const iter = clause?.child('right');
        return { kind, size: iter ? this.valueOf(iter).size : null };
      }
      case 'list_splat':
        // zip(*rows): one element of the input at a time.
        return expr.namedChildren[0] ? elementOf(this.valueOf(expr.namedChildren[0])) : UNKNOWN;
      case 'parenthesized_expression':
        return expr.namedChildren[0] ? this.valueOf(expr.namedChildren[0]) : UNKNOWN;
      case 'conditional_expression': {
        const [a, , b] = expr.namedChildren;
        return join(a ? this.valueOf(a) : null, b ? this.valueOf(b) : null) ?? UNKNOWN;
      }
      case 'boolean_operator': {
        const a = expr.child('left');
        const b = expr.child('right');
        return join(a ? this.valueOf(a) : null, b ? this.valueOf(b) : null) ?? UNKNOWN;
      }
      case 'unary_operator': {
        const a = expr.child('argument');
        return a ? { kind: 'int', size: this.valueOf(a).size } : UNKNOWN;
      }
      case 'binary_operator':
        return this.valueOfBinary(expr);
      case 'subscript':
        return this.valueOfSubscript(expr);
      case 'call':
        return this.valueOfCall(expr);
      case 'comparison_operator':
      case 'not_operator':
        return { kind: 'bool', size: null };
      default:
        return UNKNOWN;
    }
  }

  /** `w` inside `{... for w in words}`: the comprehension's own variable (it does not leak). */
  private comprehensionVariable(id: PyNode): Value | null {
    for (let p = id.parent; p && p.type !== 'function_definition' && p.type !== 'lambda'; p = p.parent) {
      if (!COMPREHENSION_TYPES.has(p.type)) continue;
      for (const clause of p.children) {
        if (clause.type !== 'for_in_clause') continue;
        const binding = (this.bindingsFor(id.text) ?? []).find((b) => b.at === clause);
        if (binding) return this.valueOfBinding(binding, id.text);
      }
    }
    return null;
  }

  private valueOfBinary(expr: PyNode): Value {
    const left = expr.child('left');
    const right = expr.child('right');
    const op = expr.child('operator')?.type ?? '';
    const a = left ? this.valueOf(left) : UNKNOWN;
    const b = right ? this.valueOf(right) : UNKNOWN;
    if (op === '*' && (a.kind === 'list' || a.kind === 'str')) return { kind: a.kind, size: largerSize(a.size, b.size) };
    if (op === '*' && (b.kind === 'list' || b.kind === 'str')) return { kind: b.kind, size: largerSize(a.size, b.size) };
    if (op === '+' && (a.kind === 'list' || a.kind === 'str' || a.kind === 'tuple')) return { kind: a.kind, size: largerSize(a.size, b.size) };
    if (op === '+' && (b.kind === 'list' || b.kind === 'str')) return { kind: b.kind, size: largerSize(a.size, b.size) };
    if (op === '|' || op === '&' || op === '-' || op === '^') {
      if (a.kind === 'set' || a.kind === 'dict') return { kind: a.kind, size: largerSize(a.size, b.size) };
    }
    // a + b of two inputs of unknown kind: could be numbers or sequences; keep it unknown.
    if (op === '+' && a.kind === 'unknown' && b.kind === 'unknown') return { kind: 'unknown', size: largerSize(a.size, b.size) };
    if (op === '%') return { kind: 'int', size: b.size ?? a.size };
    // n * m of two numbers: as large as both together (a grid's cell count).
    if (op === '*' && a.size && b.size && !a.size.exp && !b.size.exp && !a.size.digits && !b.size.digits) {
      return { kind: 'int', size: { ...a.size, product: b.size } };
    }
    // 1 << n, 2 ** n: a count of subsets.
    if ((op === '<<' && /^[12]$/.test(left?.text ?? '')) || (op === '**' && left?.text === '2')) {
      return { kind: 'int', size: b.size ? { ...b.size, exp: true } : null };
    }
    return { kind: 'int', size: largerSize(a.size, b.size) };
  }

  private valueOfSubscript(expr: PyNode): Value {
    const value = expr.child('value');
    const base = value ? this.valueOf(value) : UNKNOWN;
    const index = expr.child('subscript');
    if (index?.type === 'slice') return { kind: base.kind, size: isFixedWidthSlice(index) ? null : base.size };
    if (base.kind === 'str') return { kind: 'str', size: null };
    return { kind: 'unknown', size: elementSize(base.size) };
  }

  private valueOfCall(expr: PyNode): Value {
    // range(int(input())): a number read from the input bounds the loop like a named one.
    if (kindOfRead(expr) === 'int') return { kind: 'int', size: sizeFactor(`input:${expr.line}:${expr.start}`) };
    const fn = expr.child('function');
    const args = callArgs(expr);
    if (!fn) return UNKNOWN;
    if (fn.type === 'attribute') {
      const method = fn.child('attribute')?.text ?? '';
      const object = fn.child('object');
      if (object && /^(heapq|bisect|itertools|collections|math|functools)$/.test(object.text)) {
        return this.valueOfFunctionCall(method, args);
      }
      const shape = METHODS[method];
      if (!shape || !object) return UNKNOWN;
      const base = this.valueOf(object);
      const kind = shape[0] === 'same' ? base.kind : shape[0];
      switch (shape[1]) {
        case 'object':
          return { kind, size: base.size };
        case 'element':
          return { kind, size: elementSize(base.size) };
        case 'arg':
          return { kind, size: args[0] ? this.valueOf(args[0]).size : null };
        default:
          return { kind, size: null };
      }
    }
    return this.valueOfFunctionCall(fn.text, args);
  }

  private valueOfFunctionCall(name: string, args: PyNode[]): Value {
    if (name === 'heappop' || name === 'heappushpop' || name === 'heapreplace') {
      return { kind: 'unknown', size: args[0] ? elementSize(this.valueOf(args[0]).size) : null };
    }
    if (name === 'nlargest' || name === 'nsmallest') return { kind: 'list', size: args[0] ? this.valueOf(args[0]).size : null };
    // combinations(xs, k) with k a variable, permutations(xs): exponentially many.
    if ((name === 'combinations' && args[1] && args[1].type !== 'integer') || name === 'permutations') {
      const size = args[0] ? this.valueOf(args[0]).size : null;
      if (size) return { kind: 'iter', size: { ...size, exp: true } };
    }
    // str(n), bin(n): the digits of a number, as many as its logarithm.
    if (/^(str|bin|hex|oct)$/.test(name) && args.length === 1) {
      const number = this.valueOf(args[0]);
      if (number.kind === 'int' && number.size && !number.size.exp) return { kind: 'str', size: { ...number.size, product: undefined, digits: true } };
    }
    const shape = CALLS[name];
    if (!shape) return UNKNOWN;
    const [kind, how] = shape;
    const first = args[0] ? this.valueOf(args[0]) : null;
    switch (how) {
      case 'arg':
        return { kind, size: first?.size ?? null };
      case 'second':
        return { kind, size: args[1] ? this.valueOf(args[1]).size : null };
      case 'range': {
        let size: SizeFactor | null = null;
        for (const a of args.slice(0, 2)) size = largerSize(size, this.valueOf(a).size);
        return { kind, size };
      }
      case 'element':
        // max(xs) is one element of xs (a word of a word list, a value of a list).
        if (args.length === 1) return { kind, size: first ? (first.kind === 'range' ? first.size : elementSize(first.size)) : null };
        // min(n, 26): never more than the constant.
        if (name === 'min' && args.some((a) => a.type === 'integer')) return { kind, size: null };
        return { kind, size: args.map((a) => this.valueOf(a).size).reduce(largerSize, null) };
      default:
        return { kind, size: null };
    }
  }
}

const COMPREHENSION_TYPES = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);

function isComprehensionBinding(b: Binding): boolean {
  return b.at.type === 'for_in_clause';
}

function isWithin(node: PyNode, container: PyNode): boolean {
  for (let p: PyNode | null = node; p; p = p.parent) if (p === container) return true;
  return false;
}

/**
 * The size of what a loop runs over. `for c in node.children`: the attribute of a node that is
 * iterated holds that node's neighbours, one element of the structure (all of them together
 * are its edges), not the whole structure.
 */
export function iteratedSize(iter: PyNode, scope: Scope): SizeFactor | null {
  const object = iter.type === 'attribute' ? iter.child('object') : null;
  if (object && scope.valueOf(object).kind === 'node') return elementSize(scope.valueOf(iter).size);
  return scope.valueOf(iter).size;
}

export function elementOf(value: Value): Value {
  if (value.kind === 'str') return { kind: 'str', size: null };
  if (value.kind === 'range') return { kind: 'int', size: value.size };
  return { kind: 'unknown', size: elementSize(value.size) };
}

/**
 * The value an entry point's parameter starts with: its own input, of the annotated kind, or
 * (without an annotation) of the kind its use shows (`kindFromUse` in param-kinds.ts).
 */
export function inputValue(name: string, annotation: string | null, defaultValue: PyNode | null, used: Kind = 'unknown'): Value {
  const annotated = kindFromAnnotation(annotation);
  const kind = annotated === 'unknown' ? used : annotated;
  if (defaultValue && defaultValue.type === 'dictionary') return { kind: 'dict', size: null };
  if (kind === 'bool') return { kind, size: null };
  return { kind, size: sizeFactor(name) };
}
