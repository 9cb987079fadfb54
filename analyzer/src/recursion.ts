// Recursion: how many calls a recursive function makes in total. Remembered results (lru_cache,
// a memo dict) bound it by the number of distinct arguments; marking cells or nodes as visited
// bounds it by the input size; recursing on `node.left` / `node.right` visits each node once;
// halving the range gives a logarithmic depth; otherwise two or more self-calls per call, or a
// self-call inside a loop (backtracking), grow exponentially.
import { EXP, LOG, type Factor, type SizeFactor } from './cost.js';
import type { FunctionInfo } from './functions.js';
import { primarySize } from './loops.js';
import type { PyNode } from './syntax.js';
import { alwaysLeaves, callArgs, compact, findAll, hasOperation, nameOf, namesIn } from './syntax-queries.js';
import { largerSize, type Scope } from './values.js';

export type RecursionKind = 'memo' | 'visit-once' | 'structural' | 'divide' | 'halving' | 'compressing' | 'linear' | 'exponential';

export interface RecursionInfo {
  kind: RecursionKind;
  selfCalls: PyNode[];
  memoized: boolean;
  /** Self-calls on the busiest path through one call (Infinity inside a loop). */
  callsPerCall: number;
}

const MEMO_DECORATOR = /(^|\.)(lru_cache|cache|memoize|memoized)\b/;

export function findSelfCalls(fn: FunctionInfo): PyNode[] {
  return findAll(fn.body, 'call').filter((call) => isSelfCall(call, fn));
}

export function isSelfCall(call: PyNode, fn: FunctionInfo): boolean {
  const callee = call.child('function');
  if (!callee) return false;
  if (callee.type === 'identifier') return callee.text === fn.name && fn.className === null;
  return fn.className !== null && callee.type === 'attribute' && compact(callee) === `self.${fn.name}`;
}

export function isMemoized(fn: FunctionInfo): boolean {
  if (fn.decorators.some((d) => MEMO_DECORATOR.test(d))) return true;
  return memoContainer(fn) !== null;
}

/** A container that is read under an early return and written with results: `memo`, `dp`. */
export function memoContainer(fn: FunctionInfo): string | null {
  const written = new Set<string>();
  for (const a of findAll(fn.body, 'assignment')) {
    const left = a.child('left');
    if (left?.type === 'subscript') {
      const name = nameOf(left.child('value') ?? left);
      if (name) written.add(name);
    }
  }
  if (written.size === 0) return null;
  for (const ifNode of findAll(fn.body, 'if_statement')) {
    const condition = ifNode.child('condition');
    const consequence = ifNode.child('consequence');
    if (!condition || !consequence || !findAll(consequence, 'return_statement').length) continue;
    for (const name of namesIn(condition)) if (written.has(name)) return name;
  }
  return null;
}

export function describeRecursion(fn: FunctionInfo): RecursionInfo | null {
  const selfCalls = findSelfCalls(fn);
  if (selfCalls.length === 0) return null;
  const memoized = isMemoized(fn);
  const callsPerCall = countCalls(fn.body, fn);
  let kind: RecursionKind;
  if (memoized) kind = 'memo';
  // dfs(node.left, depth + 1): each node once, whatever else the call carries.
  else if (selfCalls.every((c) => argsAreChildren(c, fn))) kind = 'structural';
  else if (marksVisited(fn, selfCalls)) kind = 'visit-once';
  else if (callsPerCall >= 2 && selfCalls.every((c) => halvesArgs(c, fn))) kind = 'divide';
  else if (callsPerCall >= 2) kind = 'exponential';
  else if (selfCalls.every((c) => halvesArgs(c, fn))) kind = 'halving';
  else if (selfCalls.every(isCompressingFind)) kind = 'compressing';
  else kind = 'linear';
  return { kind, selfCalls, memoized, callsPerCall };
}

/**
 * How many times the body runs in total, as factors; `perCallIsLinear` says whether one call
 * already does input-sized work (merge sort's merge), which changes divide-and-conquer sums.
 */
export function recursionFactors(info: RecursionInfo, fn: FunctionInfo, scope: Scope, perCallIsLinear: boolean): Factor[] {
  switch (info.kind) {
    case 'memo':
    case 'visit-once': {
      // A flag or a remainder (`dfs(i + 1, 1)`, `dfs(i + 1, k % 25)`) takes a few values only.
      const varying = varyingParams(fn, info.selfCalls).filter((p) => !hasFewValues(p, fn, info.selfCalls));
      const sizes = varying.slice(0, 3).map((p) => boundSize(p, fn, scope));
      return sizes.length ? sizes : [primarySize(scope)];
    }
    case 'structural': {
      const walked = varyingParams(fn, info.selfCalls).find((p) => info.selfCalls.some((c) => childArgument(c, fn, p)));
      return [walked ? boundSize(walked, fn, scope) : primarySize(scope)];
    }
    case 'compressing':
      return [];
    case 'divide':
      return perCallIsLinear ? [LOG] : [boundSize(varyingParams(fn, info.selfCalls)[0] ?? '', fn, scope)];
    case 'halving':
      return perCallIsLinear ? [] : [LOG];
    case 'linear': {
      const varying = varyingParams(fn, info.selfCalls);
      return [boundSize(varying[0] ?? '', fn, scope)];
    }
    case 'exponential':
      return [EXP];
  }
}

/** Parameters whose argument differs from the parameter itself in some self-call. */
export function varyingParams(fn: FunctionInfo, calls: PyNode[]): string[] {
  const varying: string[] = [];
  fn.params.forEach((p, i) => {
    if (calls.some((call) => compact(argumentFor(call, fn, i)) !== p.name)) varying.push(p.name);
  });
  return varying;
}

function argumentFor(call: PyNode, fn: FunctionInfo, index: number): PyNode | null {
  const name = fn.params[index]?.name;
  const keyword = call.child('arguments')?.namedChildren.find((a) => a.type === 'keyword_argument' && a.child('name')?.text === name);
  if (keyword) return keyword.child('value');
  return callArgs(call)[index] ?? null;
}

/**
 * How large a parameter can get: the container it indexes (`g[i]`, `dp[i]`: i ranges over that
 * container), its own size, or what the body compares it with.
 */
function boundSize(param: string, fn: FunctionInfo, scope: Scope): SizeFactor {
  let size: SizeFactor | null = param ? (indexedSize(param, fn, scope) ?? scope.lookup(param)?.size ?? null) : null;
  if (!size && param) {
    for (const cmp of findAll(fn.body, 'comparison_operator')) {
      const operands = cmp.namedChildren;
      if (!operands.some((o) => namesIn(o).has(param))) continue;
      for (const o of operands) if (!namesIn(o).has(param)) size = largerSize(size, scope.valueOf(o).size);
    }
  }
  return size ?? primarySize(scope);
}

function indexedSize(param: string, fn: FunctionInfo, scope: Scope): SizeFactor | null {
  let size: SizeFactor | null = null;
  for (const sub of findAll(fn.body, 'subscript')) {
    if (sub.child('subscript')?.type !== 'identifier' || sub.child('subscript')?.text !== param) continue;
    const container = sub.child('value');
    const value = container ? scope.valueOf(container) : null;
    if (value?.size && !value.size.guess && value.kind !== 'dict' && value.kind !== 'set') size = largerSize(size, value.size);
  }
  return size;
}

/** Self-calls on the busiest path: branches of an if count once, loops count without bound. */
function countCalls(node: PyNode, fn: FunctionInfo): number {
  switch (node.type) {
    case 'function_definition':
    case 'class_definition':
    case 'lambda':
      return 0;
    case 'for_statement':
    case 'while_statement':
    case 'list_comprehension':
    case 'generator_expression':
    case 'set_comprehension':
    case 'dictionary_comprehension': {
      const inside = node.children.reduce((n, c) => n + countCalls(c, fn), 0);
      return inside > 0 ? Infinity : 0;
    }
    case 'call':
      return (isSelfCall(node, fn) ? 1 : 0) + node.children.reduce((n, c) => n + countCalls(c, fn), 0);
    case 'if_statement': {
      const condition = node.child('condition');
      const branches = [node.child('consequence'), ...node.childrenOf('alternative')];
      return (condition ? countCalls(condition, fn) : 0) + Math.max(0, ...branches.map((b) => (b ? countCalls(b, fn) : 0)));
    }
    case 'conditional_expression': {
      const [a, cond, b] = node.namedChildren;
      return (cond ? countCalls(cond, fn) : 0) + Math.max(a ? countCalls(a, fn) : 0, b ? countCalls(b, fn) : 0);
    }
    case 'block':
    case 'module':
      return countStatements(node.namedChildren, fn);
    default:
      return node.children.reduce((n, c) => n + countCalls(c, fn), 0);
  }
}

/** An `if` that always returns makes the rest of the block an alternative to it. */
function countStatements(statements: PyNode[], fn: FunctionInfo): number {
  let total = 0;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (s.type === 'if_statement' && s.childrenOf('alternative').length === 0 && alwaysLeaves(s.child('consequence'))) {
      const condition = s.child('condition');
      const branch = s.child('consequence');
      const rest = countStatements(statements.slice(i + 1), fn);
      return total + (condition ? countCalls(condition, fn) : 0) + Math.max(branch ? countCalls(branch, fn) : 0, rest);
    }
    total += countCalls(s, fn);
  }
  return total;
}

/** dfs(node.left), dfs(node.right), or dfs(child) for child in node.children. */
function argsAreChildren(call: PyNode, fn: FunctionInfo): boolean {
  return fn.params.some((p) => childArgument(call, fn, p.name));
}

/** Does `call` pass a child of parameter `p` (`p.left`, `child` of `for child in p.children`) for it? */
function childArgument(call: PyNode, fn: FunctionInfo, p: string): boolean {
  const index = fn.params.findIndex((q) => q.name === p);
  const arg = index >= 0 ? argumentFor(call, fn, index) : null;
  if (!arg || compact(arg) === p) return false;
  if (arg.type === 'attribute' && compact(arg.child('object')).startsWith(p)) return true;
  if (arg.type === 'identifier') {
    for (let a = call.parent; a && a !== fn.node; a = a.parent) {
      if (a.type === 'for_statement' && a.child('left')?.text === arg.text) {
        const iter = a.child('right');
        return !!iter && iter.type === 'attribute' && compact(iter.child('object')).startsWith(p);
      }
    }
  }
  return false;
}

/**
 * A parameter that every self-call passes a literal, its own negation or a remainder by a
 * constant: `dfs(i + 1, 0)`, `dfs(i + 1, not flag)`, `dfs(i + 1, (k * 10 + d) % 25)`.
 */
function hasFewValues(p: string, fn: FunctionInfo, calls: PyNode[]): boolean {
  const index = fn.params.findIndex((q) => q.name === p);
  return calls.every((call) => {
    let arg = argumentFor(call, fn, index);
    while (arg?.type === 'parenthesized_expression') arg = arg.namedChildren[0] ?? null;
    if (!arg) return false;
    if (compact(arg) === p || ['integer', 'true', 'false', 'none', 'string'].includes(arg.type)) return true;
    if (arg.type === 'not_operator' || (arg.type === 'unary_operator' && arg.child('operator')?.type === '~')) return true;
    if (arg.type !== 'binary_operator') return false;
    const op = arg.child('operator')?.type;
    const [left, right] = [arg.child('left'), arg.child('right')];
    if (op === '%' || op === '&') return right?.type === 'integer';
    // p ^ 1, 1 - p: a flag flipped.
    return (op === '^' || op === '-') && compact(op === '^' ? left : right) === p && (op === '^' ? right : left)?.text === '1';
  });
}

/** find(x) with union-find's path compression: `parent[x] = find(parent[x])`. */
function isCompressingFind(call: PyNode): boolean {
  const arg = callArgs(call)[0];
  const assignment = call.parent?.type === 'assignment' ? call.parent : null;
  const target = assignment?.child('left');
  return arg?.type === 'subscript' && target?.type === 'subscript' && compact(target.child('value')) === compact(arg.child('value'));
}

/**
 * merge_sort(arr[:mid]), search(lo, mid - 1), power(x, n // 2), and quicksort's partitions
 * (`[x for x in arr if x < pivot]`), which halve the input on average.
 */
function halvesArgs(call: PyNode, fn: FunctionInfo): boolean {
  const args = call.child('arguments');
  if (!args) return false;
  const text = args.text;
  if (/\/\/\s*2|>>\s*1|\/\s*2/.test(text)) return true;
  const partitions = new Set<string>();
  for (const a of findAll(fn.body, 'assignment')) {
    const right = a.child('right');
    const left = a.child('left');
    if (left?.type === 'identifier' && right?.type === 'list_comprehension' && right.children.some((c) => c.type === 'if_clause')) partitions.add(left.text);
  }
  if (callArgs(call).some((a) => a.type === 'identifier' && partitions.has(a.text))) return true;
  const mids = new Set<string>();
  for (const a of findAll(fn.body, 'assignment')) {
    const left = a.child('left');
    const right = a.child('right');
    if (left && right && (hasOperation(right, ['//'], (k) => k === 2) || hasOperation(right, ['>>'], (k) => k === 1)))
      for (const n of namesIn(left)) mids.add(n);
  }
  return [...namesIn(args)].some((n) => mids.has(n));
}

/**
 * Grid and graph searches: a container shared across calls (not created in the call) is both
 * tested and marked, and never unmarked (unmarking is backtracking, which is exponential).
 */
function marksVisited(fn: FunctionInfo, selfCalls: PyNode[]): boolean {
  const local = new Set<string>();
  for (const a of findAll(fn.body, 'assignment')) {
    const left = a.child('left');
    if (left && left.type === 'identifier') local.add(left.text);
  }
  const marked = new Map<string, PyNode[]>();
  const note = (name: string | null, at: PyNode): void => {
    if (!name || local.has(name)) return;
    marked.set(name, [...(marked.get(name) ?? []), at]);
  };
  for (const a of findAll(fn.body, 'assignment|call')) {
    if (a.type === 'assignment') {
      let target = a.child('left');
      if (target?.type !== 'subscript') continue;
      while (target && target.type === 'subscript') target = target.child('value');
      note(target ? nameOf(target) : null, a);
    } else {
      const callee = a.child('function');
      if (callee?.type === 'attribute' && ['add', 'append'].includes(callee.child('attribute')?.text ?? '')) {
        note(nameOf(callee.child('object') ?? callee), a);
      }
    }
  }
  const firstCall = Math.min(...selfCalls.map((c) => c.start));
  for (const [name, marks] of marked) {
    if (!marks.some((m) => m.start < firstCall)) continue;
    // Undone after the recursive calls: backtracking.
    const undone =
      marks.some((m) => m.start > firstCall && restoresValue(m, fn)) ||
      findAll(fn.body, 'call').some((c) => {
        const callee = c.child('function');
        return (
          callee?.type === 'attribute' &&
          ['remove', 'discard', 'pop'].includes(callee.child('attribute')?.text ?? '') &&
          nameOf(callee.child('object') ?? callee) === name
        );
      });
    if (undone) continue;
    if (conditionsOf(fn.body).some((n) => namesIn(n).has(name))) return true;
  }
  return false;
}

/** Every test the body makes: if / elif / while conditions and comparisons anywhere. */
function conditionsOf(body: PyNode): PyNode[] {
  const tests: PyNode[] = [];
  for (const n of findAll(body, 'if_statement|elif_clause|while_statement|comparison_operator|conditional_expression')) {
    if (n.type === 'comparison_operator') tests.push(n);
    else if (n.type === 'conditional_expression') tests.push(n.namedChildren[1] ?? n);
    else {
      const condition = n.child('condition');
      if (condition) tests.push(condition);
    }
  }
  return tests;
}

/**
 * `used[i] = False`, `board[r][c] = saved`: a later write that puts back what was there
 * (backtracking). `state[u] = DONE` after `state[u] = VISITING` moves on to a third state.
 */
function restoresValue(mark: PyNode, fn: FunctionInfo): boolean {
  if (mark.type !== 'assignment') return false;
  const right = mark.child('right');
  if (!right) return false;
  if (/^(False|0|None|''|""|-1)$/.test(right.text.trim())) return true;
  if (right.type !== 'identifier') return false;
  const target = compact(mark.child('left'));
  // tmp = board[r][c] ... board[r][c] = tmp
  return findAll(fn.body, 'assignment').some((a) => compact(a.child('left')) === right.text && compact(a.child('right')) === target);
}
