// Small questions about Python syntax asked by several modules: which names an expression
// reads, what a slice's bounds are, whether a block always leaves early.
import type { PyNode } from './syntax.js';

/** Names that never hold a learner's data. Builtins called as functions are skipped by
 * namesIn anyway; used as plain names (`sum += x`) they are variables like any other. */
export const BUILTIN_NAMES = new Set(['True', 'False', 'None', 'self', 'len', 'range', 'xrange', 'print']);

const BARRIERS = new Set(['function_definition', 'class_definition', 'lambda']);

const namesCache = new WeakMap<PyNode, ReadonlySet<string>>();

/** Names (`x`, `self.x`) read anywhere in `node`, builtins left out (kept per node: read-only). */
export function namesIn(node: PyNode): ReadonlySet<string> {
  let cached = namesCache.get(node);
  if (!cached) {
    cached = collectNames(node);
    namesCache.set(node, cached);
  }
  return cached;
}

function collectNames(node: PyNode): Set<string> {
  const names = new Set<string>();
  const visit = (n: PyNode): void => {
    const name = n.type === 'identifier' || n.type === 'attribute' ? nameOf(n) : null;
    if (name && !BUILTIN_NAMES.has(name)) {
      names.add(name);
      if (n.type === 'attribute') return;
    }
    if (n.type === 'attribute') {
      const object = n.child('object');
      if (object) visit(object);
      return;
    }
    if (n.type === 'keyword_argument') {
      const value = n.child('value');
      if (value) visit(value);
      return;
    }
    if (n.type === 'call') {
      const fn = n.child('function');
      if (fn && fn.type !== 'identifier') visit(fn);
      const args = n.child('arguments');
      if (args) visit(args);
      return;
    }
    for (const c of n.children) visit(c);
  };
  visit(node);
  return names;
}

const found = new WeakMap<PyNode, Map<string, PyNode[]>>();

/**
 * Nodes of the given types inside `node`, not looking into nested functions. The analysis
 * asks the same questions of the same blocks many times, so answers are kept per node (the
 * tree is never changed after parsing); callers must not modify the returned array.
 */
export function findAll(node: PyNode, types: string | ReadonlySet<string>): PyNode[] {
  const key = typeof types === 'string' ? types : [...types].join('|');
  let byKey = found.get(node);
  if (!byKey) {
    byKey = new Map();
    found.set(node, byKey);
  }
  let list = byKey.get(key);
  if (!list) {
    list = [];
    collect(node, typeof types === 'string' ? typeSet(types) : types, list);
    byKey.set(key, list);
  }
  return list;
}

const typeSets = new Map<string, ReadonlySet<string>>();

function typeSet(key: string): ReadonlySet<string> {
  let set = typeSets.get(key);
  if (!set) {
    set = new Set(key.split('|'));
    typeSets.set(key, set);
  }
  return set;
}

function collect(node: PyNode, types: ReadonlySet<string>, out: PyNode[]): void {
  for (const c of node.children) {
    if (types.has(c.type)) out.push(c);
    if (!BARRIERS.has(c.type)) collect(c, types, out);
  }
}

export interface SliceParts {
  start: PyNode | null;
  stop: PyNode | null;
  step: PyNode | null;
}

export function sliceParts(slice: PyNode): SliceParts {
  const parts: (PyNode | null)[] = [null, null, null];
  let index = 0;
  for (const c of slice.children) {
    if (c.type === ':') index++;
    else if (c.named && index < 3) parts[index] = c;
  }
  return { start: parts[0], stop: parts[1], step: parts[2] };
}

/**
 * `s[i:i + 2]`, `t[-3:]`, `s[:3]`: a slice of a fixed width, as long as a constant whatever
 * the sequence's size.
 */
export function isFixedWidthSlice(slice: PyNode): boolean {
  const { start, stop, step } = sliceParts(slice);
  if (step) return false;
  const negative = (n: PyNode | null) => n?.type === 'unary_operator' && n.child('operator')?.type === '-' && isIntegerLiteral(n.child('argument'));
  if (start && !stop) return negative(start);
  if (!start && stop) return isIntegerLiteral(stop);
  if (!start || !stop) return false;
  if (negative(start) && negative(stop)) return true;
  const a = compact(start);
  const b = compact(stop);
  return (b.startsWith(a) && /^[+-]\d+$/.test(b.slice(a.length))) || (a.startsWith(b) && /^[+-]\d+$/.test(a.slice(b.length)));
}

/**
 * Code as a learner reads it in one line of prose: comments dropped, and a compound statement
 * (a loop, an `if`) named by its header without the colon and the body.
 */
export function codeLine(text: string): string {
  const lines = text.split('\n').map(withoutComment);
  const header = lines[0].trim();
  const isHeader = COMPOUND_HEADER.test(header) && header.endsWith(':');
  const code = isHeader ? header.slice(0, -1) : lines.join(' ');
  return code.replace(/\s+/g, ' ').trim();
}

const COMPOUND_HEADER = /^(for|async for|while|if|elif|else|with|try|except|finally|def|class)\b/;

/** One line without its `# comment` (a `#` inside a string literal is kept). */
function withoutComment(line: string): string {
  let quoteChar: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoteChar) {
      if (c === '\\') i++;
      else if (c === quoteChar) quoteChar = null;
    } else if (c === '"' || c === "'") quoteChar = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

/** The text of an expression without spaces, for comparing two expressions. */
export function compact(node: PyNode | null): string {
  return node ? node.text.replace(/\s+/g, '') : '';
}

/** True when every path through the block ends in return, raise, continue or break. */
export function alwaysLeaves(block: PyNode | null): boolean {
  if (!block) return false;
  const statements = block.namedChildren;
  const last = statements[statements.length - 1];
  if (!last) return false;
  if (['return_statement', 'raise_statement', 'continue_statement', 'break_statement'].includes(last.type)) return true;
  if (last.type === 'if_statement') {
    const branches = [last.child('consequence'), ...last.childrenOf('alternative').map((a) => a.child('body') ?? a.child('consequence'))];
    const hasElse = last.childrenOf('alternative').some((a) => a.type === 'else_clause');
    return hasElse && branches.every((b) => alwaysLeaves(b));
  }
  return false;
}

/** The operator tokens of a comparison (`<`, `not in`, `is not`...). */
export function comparisonOperators(node: PyNode): string[] {
  return node.children.filter((c) => c.field === 'operators').map((c) => c.type);
}

/** The enclosing node of one of the given types, stopping at function boundaries. */
export function enclosing(node: PyNode, types: ReadonlySet<string>): PyNode | null {
  for (let p = node.parent; p; p = p.parent) {
    if (types.has(p.type)) return p;
    if (BARRIERS.has(p.type)) return null;
  }
  return null;
}

/** `f(...)` -> "f", `obj.m(...)` -> "m". */
export function calleeName(call: PyNode): string {
  const fn = call.child('function');
  if (!fn) return '';
  if (fn.type === 'attribute') return fn.child('attribute')?.text ?? '';
  return fn.text;
}

/** Positional arguments; `f(x for x in xs)` has the generator itself as its only argument. */
export function callArgs(call: PyNode): PyNode[] {
  const args = call.child('arguments');
  if (!args) return [];
  if (args.type === 'generator_expression') return [args];
  return args.namedChildren.filter((a) => a.type !== 'keyword_argument' && a.type !== 'comment');
}

export function keywordArg(call: PyNode, name: string): PyNode | null {
  const kw = call.child('arguments')?.namedChildren.find((a) => a.type === 'keyword_argument' && a.child('name')?.text === name);
  return kw?.child('value') ?? null;
}

export function isIntegerLiteral(node: PyNode | null, value?: number): boolean {
  if (!node || node.type !== 'integer') return false;
  return value === undefined || Number(node.text) === value;
}

/** `x` -> "x", `self.memo` -> "self.memo"; anything else -> null. */
export function nameOf(node: PyNode): string | null {
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute' && node.child('object')?.text === 'self') return node.text.replace(/\s+/g, '');
  return null;
}

/** Calls under `node` (itself included) whose callee is one of `names` (`ord`, `len`; for methods the method's name). */
export function callsTo(node: PyNode, names: ReadonlySet<string>): PyNode[] {
  const calls = node.type === 'call' ? [node, ...findAll(node, 'call')] : findAll(node, 'call');
  return calls.filter((call) => names.has(calleeName(call)));
}

/** Method calls inside `node` on the object written `object`: `items.append(x)` for ('items', {'append'}). */
export function methodCallsOn(node: PyNode, object: string, methods: ReadonlySet<string>): PyNode[] {
  return findAll(node, 'call').filter((call) => {
    const fn = call.child('function');
    return fn?.type === 'attribute' && compact(fn.child('object')) === object.replace(/\s+/g, '') && methods.has(fn.child('attribute')?.text ?? '');
  });
}

/** A halving under `node`: `x // 2` or `x >> 1` (a midpoint, a binary search). */
export function halves(node: PyNode): boolean {
  return findAll(node, 'binary_operator').some((b) => {
    const op = b.child('operator')?.type;
    return (op === '//' && isIntegerLiteral(b.child('right'), 2)) || (op === '>>' && isIntegerLiteral(b.child('right'), 1));
  });
}

/** `x // 2`, `n >> 1`, `hi - 1`: an operation in `node` (itself included) by an integer that `constant` accepts. */
export function hasOperation(node: PyNode, operators: readonly string[], constant: (value: number) => boolean): boolean {
  const operations = node.type === 'binary_operator' ? [node, ...findAll(node, 'binary_operator')] : findAll(node, 'binary_operator');
  return operations.some((b) => {
    const right = b.child('right');
    return operators.includes(b.child('operator')?.type ?? '') && right?.type === 'integer' && constant(Number(right.text));
  });
}
