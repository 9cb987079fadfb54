// The static time estimate. Walks the entry point (and every helper it calls, with the values
// it passes) keeping the product of the enclosing loops' sizes; every loop and every hidden
// cost becomes a "site" with its total cost. The estimate is the costliest site: the worst path
// from the entry point. Detectors reuse the sites to name the line that makes code slow.
import { classOf, compareCosts, ONE, sizeFactor, type Cost, type Factor } from './cost.js';
import { hiddenCostOfCall, type HiddenCostKind } from './costs-of-calls.js';
import { findEntryPoint, moduleEntry, type FunctionInfo, type FunctionTable } from './functions.js';
import { forLoopFactor, loopSize, progressNames, visitedMarks, whileLoopFactor, type EnclosingLoop } from './loops.js';
import { describeRecursion, isSelfCall, recursionFactors, type RecursionInfo } from './recursion.js';
import { kindFromUse } from './param-kinds.js';
import { readsStdin } from './stdin.js';
import type { PyNode } from './syntax.js';
import { callArgs, compact, comparisonOperators, findAll, isFixedWidthSlice, nameOf, namesIn, sliceParts } from './syntax-queries.js';
import type { TimeClass } from './types.js';
import { bindingsOf, inputValue, isSequence, Scope, UNKNOWN, type Value } from './values.js';

export type SiteKind = 'loop' | 'membership' | 'slice' | 'concat' | 'prepend' | 'recursion' | HiddenCostKind;

export interface LoopFrame {
  node: PyNode;
  line: number;
  kind: 'for' | 'while' | 'comprehension';
  factors: Factor[];
  amortized: boolean;
  /** `nums`, `range(len(s))`, or the while condition. */
  over: string;
  fn: FunctionInfo | null;
  /** The path cost where the loop starts. */
  pathBefore: Factor[];
}

export interface Site {
  kind: SiteKind;
  node: PyNode;
  line: number;
  /** Total cost of this site over a whole run of the entry point. */
  cost: Cost;
  /** Cost of the site's own operation, once (empty for loops). */
  opCost: Cost;
  loops: LoopFrame[];
  fn: FunctionInfo | null;
  /** The container or sequence involved (`seen`), for messages. */
  subject: string | null;
  subjectKind: Value['kind'] | null;
  what: string;
}

export interface FunctionCost {
  fn: FunctionInfo;
  sites: Site[];
  recursion: RecursionInfo | null;
  total: Cost;
}

export interface ComplexityEstimate {
  time: TimeClass;
  total: Cost;
  entry: FunctionInfo | null;
  sites: Site[];
  /** Per analysed function (first analysis of each). */
  functions: Map<FunctionInfo, FunctionCost>;
  loops: LoopFrame[];
}

interface WalkContext {
  scope: Scope;
  path: Factor[];
  loops: LoopFrame[];
  fn: FunctionInfo | null;
  sites: Site[];
}

const MAX_DEPTH = 12;

class CostWalker {
  readonly functions = new Map<FunctionInfo, FunctionCost>();
  readonly loops: LoopFrame[] = [];
  private readonly memo = new Map<string, FunctionCost>();
  private readonly stack: FunctionInfo[] = [];
  private readonly activeScopes = new Map<FunctionInfo, Scope>();
  readonly moduleScope: Scope;

  constructor(
    private readonly table: FunctionTable,
    root: PyNode,
  ) {
    this.moduleScope = new Scope(null, null, new Map(), root, loopSize);
  }

  analyzeFunction(fn: FunctionInfo, params: Map<string, Value>): FunctionCost {
    const key = `${fn.line}:${fn.name}:${[...params.values()].map(signature).join(',')}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    const parentScope = fn.parent ? (this.activeScopes.get(fn.parent) ?? this.moduleScope) : this.moduleScope;
    const scope = new Scope(fn, parentScope, params, fn.body, loopSize);
    const previous = this.activeScopes.get(fn);
    this.activeScopes.set(fn, scope);
    this.stack.push(fn);
    const ctx: WalkContext = { scope, path: [], loops: [], fn, sites: [] };
    this.visitChildren(fn.body, ctx);
    const recursion = describeRecursion(fn);
    let sites = ctx.sites;
    if (recursion) {
      const perCallIsLinear = sites.some((s) => s.cost.some((f) => f.t === 'n'));
      const factors = recursionFactors(recursion, fn, scope, perCallIsLinear);
      sites = sites.map((s) => ({ ...s, cost: [...factors, ...s.cost] }));
      sites.push({
        kind: 'recursion',
        node: fn.node,
        line: recursion.selfCalls[0].line,
        cost: factors,
        opCost: ONE,
        loops: [],
        fn,
        subject: fn.name,
        subjectKind: null,
        what: `${fn.name}(...)`,
      });
    }
    this.stack.pop();
    if (previous) this.activeScopes.set(fn, previous);
    else this.activeScopes.delete(fn);
    const result: FunctionCost = { fn, sites, recursion, total: maxCost(sites) };
    this.memo.set(key, result);
    if (!this.functions.has(fn)) this.functions.set(fn, result);
    return result;
  }

  private visitChildren(node: PyNode, ctx: WalkContext): void {
    for (const c of node.children) this.visit(c, ctx);
  }

  private visit(node: PyNode, ctx: WalkContext): void {
    switch (node.type) {
      case 'function_definition':
      case 'class_definition':
      case 'decorated_definition':
      case 'lambda':
        return;
      case 'for_statement':
        return this.visitFor(node, ctx);
      case 'while_statement':
        return this.visitWhile(node, ctx);
      case 'list_comprehension':
      case 'set_comprehension':
      case 'dictionary_comprehension':
      case 'generator_expression':
        return this.visitComprehension(node, ctx);
      case 'call':
        this.visitCall(node, ctx);
        return this.visitChildren(node, ctx);
      case 'comparison_operator':
        this.visitComparison(node, ctx);
        return this.visitChildren(node, ctx);
      case 'subscript':
        this.visitSubscript(node, ctx);
        return this.visitChildren(node, ctx);
      case 'assignment':
        this.visitAssignment(node, ctx);
        return this.visitChildren(node, ctx);
      case 'augmented_assignment':
        this.visitAugmented(node, ctx);
        return this.visitChildren(node, ctx);
      case 'binary_operator':
        this.visitRepetition(node, ctx);
        return this.visitChildren(node, ctx);
      case 'delete_statement':
        this.visitDelete(node, ctx);
        return this.visitChildren(node, ctx);
      case 'block':
        return this.visitChildren(node, this.leavingContext(node, ctx));
      default:
        return this.visitChildren(node, ctx);
    }
  }

  /**
   * A block that ends in `return` runs once per call, one that ends in `break` once per loop
   * entry: neither is multiplied by the loops it leaves.
   */
  private leavingContext(block: PyNode, ctx: WalkContext): WalkContext {
    const last = block.namedChildren[block.namedChildren.length - 1];
    if (!last || (last.type !== 'return_statement' && last.type !== 'break_statement')) return ctx;
    const own = ctx.loops.filter((l) => l.fn === ctx.fn);
    if (own.length === 0) return ctx;
    const left = last.type === 'return_statement' ? own[0] : own[own.length - 1];
    return { ...ctx, path: left.pathBefore, loops: ctx.loops.slice(0, ctx.loops.indexOf(left)) };
  }

  private enclosing(ctx: WalkContext): EnclosingLoop[] {
    return ctx.loops.filter((l) => l.fn === ctx.fn);
  }

  private pushLoop(
    node: PyNode,
    kind: LoopFrame['kind'],
    factors: Factor[],
    amortized: boolean,
    over: string,
    ctx: WalkContext,
    visitsOnce = false,
  ): WalkContext {
    const frame: LoopFrame = { node, line: node.line, kind, factors, amortized, over, fn: ctx.fn, pathBefore: ctx.path };
    if (!this.loops.some((l) => l.node === node)) this.loops.push(frame);
    const inner: WalkContext = { ...ctx, path: visitsOnce ? [...factors] : [...ctx.path, ...factors], loops: [...ctx.loops, frame] };
    this.addSite(ctx, { kind: 'loop', node, cost: inner.path, opCost: factors, loops: inner.loops, subject: null, subjectKind: null, what: over });
    return inner;
  }

  private visitFor(node: PyNode, ctx: WalkContext): void {
    const iter = node.child('right');
    if (iter) this.visit(iter, ctx);
    const lf = iter ? forLoopFactor(iter, ctx.scope, this.enclosing(ctx)) : { factors: [], amortized: false, halving: false };
    const inner = this.pushLoop(node, 'for', lf.factors, lf.amortized, iter?.text ?? '', ctx);
    const body = node.child('body');
    if (body) this.visit(body, inner);
    const alternative = node.child('alternative');
    if (alternative) this.visit(alternative, ctx);
  }

  private visitWhile(node: PyNode, ctx: WalkContext): void {
    const lf = whileLoopFactor(node, ctx.scope, this.enclosing(ctx));
    const condition = node.child('condition');
    const inner = this.pushLoop(node, 'while', lf.factors, lf.amortized, condition?.text ?? '', ctx, lf.visitsOnce);
    if (condition) this.visit(condition, inner);
    const body = node.child('body');
    if (body) this.visit(body, inner);
  }

  private visitComprehension(node: PyNode, ctx: WalkContext): void {
    let inner = ctx;
    for (const clause of node.children.filter((c) => c.type === 'for_in_clause')) {
      const iter = clause.child('right');
      if (iter) this.visit(iter, inner);
      const lf = iter ? forLoopFactor(iter, inner.scope, this.enclosing(inner)) : { factors: [], amortized: false, halving: false };
      inner = this.pushLoop(clause, 'comprehension', lf.factors, lf.amortized, iter?.text ?? '', inner);
    }
    for (const c of node.children) {
      if (c.type !== 'for_in_clause') this.visit(c, inner);
    }
  }

  private visitCall(node: PyNode, ctx: WalkContext): void {
    // trie.insert(w) with trie = Trie(): the file's own method, not list.insert.
    const ownMethod = this.resolveHelper(node, ctx)?.className != null;
    const hidden = ownMethod ? null : hiddenCostOfCall(node, ctx.scope);
    if (hidden) {
      this.addSite(ctx, {
        kind: hidden.kind,
        node,
        cost: [...ctx.path, ...hidden.factors],
        opCost: hidden.factors,
        loops: ctx.loops,
        subject: hidden.subject?.text ?? null,
        subjectKind: hidden.subject ? ctx.scope.valueOf(hidden.subject).kind : null,
        what: hidden.what,
      });
      return;
    }
    if (ctx.fn && isSelfCall(node, ctx.fn)) return;
    const helper = this.resolveHelper(node, ctx);
    if (!helper || this.stack.includes(helper) || this.stack.length >= MAX_DEPTH) return;
    const params = this.bindArguments(helper, node, ctx.scope);
    const cost = this.analyzeFunction(helper, params);
    // A search that marks what it visited, or a function that remembers its results, does its
    // whole job once however often it is called; so does a helper whose BFS marks cells in a
    // grid it shares with the caller.
    const amortized = cost.recursion?.kind === 'visit-once' || cost.recursion?.kind === 'memo' || hasSharedVisitedSearch(helper);
    const prefix = amortized ? [] : ctx.path;
    const loops = amortized ? [] : ctx.loops;
    for (const s of cost.sites) ctx.sites.push({ ...s, cost: [...prefix, ...s.cost], loops: [...loops, ...s.loops] });
  }

  private resolveHelper(call: PyNode, ctx: WalkContext): FunctionInfo | null {
    const callee = call.child('function');
    if (!callee) return null;
    if (callee.type === 'identifier') {
      const name = callee.text;
      // Closest definition: nested in this function or an enclosing one, then top level.
      for (let f: FunctionInfo | null = ctx.fn; f; f = f.parent) {
        const nested = this.table.all.find((g) => g.parent === f && g.name === name);
        if (nested) return nested;
      }
      // Solver(): the class's constructor runs.
      return this.table.all.find((g) => g.parent === null && g.className === null && g.name === name) ?? this.methodOf(name, '__init__');
    }
    // solver.solve() with solver = Solver(): a method of the file's own class.
    const object = callee.type === 'attribute' ? callee.child('object') : null;
    if (object?.type === 'identifier' && object.text !== 'self') {
      const made = (ctx.scope.owner(object.text)?.bindingsFor(object.text) ?? []).find((b) => b.how === 'value' && b.expr?.type === 'call');
      const className = made?.expr?.child('function')?.text;
      const method = callee.child('attribute')?.text;
      if (className && method) return this.methodOf(className, method);
    }
    if (callee.type === 'attribute' && callee.child('object')?.text === 'self' && ctx.fn?.className) {
      const name = callee.child('attribute')?.text;
      return this.table.all.find((g) => g.className === ctx.fn?.className && g.name === name) ?? null;
    }
    return null;
  }

  private methodOf(className: string, name: string): FunctionInfo | null {
    return this.table.all.find((g) => g.className === className && g.name === name) ?? null;
  }

  private bindArguments(fn: FunctionInfo, call: PyNode, scope: Scope): Map<string, Value> {
    const params = new Map<string, Value>();
    const positional = callArgs(call);
    const keywords = call.child('arguments')?.namedChildren.filter((a) => a.type === 'keyword_argument') ?? [];
    fn.params.forEach((p, i) => {
      const keyword = keywords.find((k) => k.child('name')?.text === p.name)?.child('value');
      const arg = keyword ?? positional[i] ?? null;
      if (arg) params.set(p.name, scope.valueOf(arg));
      else if (p.defaultValue) params.set(p.name, this.moduleScope.valueOf(p.defaultValue));
      else params.set(p.name, UNKNOWN);
    });
    return params;
  }

  private visitComparison(node: PyNode, ctx: WalkContext): void {
    const ops = comparisonOperators(node);
    const operands = node.namedChildren;
    ops.forEach((op, i) => {
      if (op !== 'in' && op !== 'not in') return;
      const container = operands[i + 1];
      if (!container) return;
      const value = ctx.scope.valueOf(container);
      if (!isSequence(value.kind) || !value.size || container.type === 'call') return;
      this.addSite(ctx, {
        kind: 'membership',
        node,
        cost: [...ctx.path, value.size],
        opCost: [value.size],
        loops: ctx.loops,
        subject: container.text,
        subjectKind: value.kind,
        what: node.text,
      });
    });
  }

  private visitSubscript(node: PyNode, ctx: WalkContext): void {
    const slice = node.child('subscript');
    const value = node.child('value');
    if (!slice || slice.type !== 'slice' || !value) return;
    const parts = sliceParts(slice);
    // s[i:i + 2] and t[-3:] copy a few items whatever the input size.
    if (isFixedWidthSlice(slice)) return;
    const size = ctx.scope.valueOf(value).size;
    if (!size) return;
    const span = (parts.start && parts.stop ? this.scanningLoop(parts.start, parts.stop, ctx) : null) ?? this.bestSoFarLoop(node, ctx);
    this.addSite(ctx, {
      kind: 'slice',
      node,
      cost: [...(span ? span.pathBefore : ctx.path), size],
      opCost: [size],
      loops: ctx.loops,
      subject: value.text,
      subjectKind: ctx.scope.valueOf(value).kind,
      what: node.text,
    });
  }

  /**
   * s[i:j] where a while loop advances both i and j: the slices together cover the input once
   * (words cut out of a sentence), so they cost the input's size in total.
   */
  private scanningLoop(start: PyNode, stop: PyNode, ctx: WalkContext): LoopFrame | null {
    const loop = [...ctx.loops].reverse().find((l) => l.fn === ctx.fn);
    if (!loop || loop.kind !== 'while') return null;
    const body = loop.node.child('body');
    if (!body) return null;
    const moved = progressNames(body);
    const bounds = new Set([...namesIn(start), ...namesIn(stop)]);
    return bounds.size > 0 && [...bounds].every((n) => moved.has(n)) ? loop : null;
  }

  /**
   * `if right - left < len(best): best = s[left:right + 1]`: a copy made only when the answer
   * improves, which (like the answer) is paid about once per run, not once per pass.
   */
  private bestSoFarLoop(slice: PyNode, ctx: WalkContext): LoopFrame | null {
    const assignment = slice.parent?.type === 'assignment' && slice.field === 'right' ? slice.parent : null;
    const target = assignment?.child('left');
    if (!assignment || !target || target.type !== 'identifier') return null;
    const own = ctx.loops.filter((l) => l.fn === ctx.fn);
    for (let p = assignment.parent; p && own.length > 0; p = p.parent) {
      if (p === own[own.length - 1].node) return null;
      if (p.type === 'if_statement' && namesIn(p.child('condition') ?? p).has(target.text)) return own[0];
    }
    return null;
  }

  private visitAssignment(node: PyNode, ctx: WalkContext): void {
    const left = node.child('left');
    const right = node.child('right');
    const name = left ? nameOf(left) : null;
    if (!name || !right || right.type !== 'binary_operator' || right.child('operator')?.type !== '+') return;
    const loop = [...ctx.loops].reverse().find((l) => l.fn === ctx.fn);
    if (!loop) return;
    const kind = ctx.scope.valueOf(right).kind;
    const prepend = compact(right.child('right')) === name;
    const append = compact(right.child('left')) === name;
    // res = res + s: CPython extends strings in place; lists are copied. res = c + res copies either.
    if (!(prepend || (append && kind === 'list'))) return;
    if (kind !== 'list' && kind !== 'str' && !prepend) return;
    const grown = loopSize(loop.node, ctx.scope);
    if (!grown) return;
    this.addSite(ctx, {
      kind: prepend ? 'prepend' : 'concat',
      node,
      cost: [...ctx.path, grown],
      opCost: [grown],
      loops: ctx.loops,
      subject: name,
      subjectKind: kind,
      what: node.text,
    });
  }

  private visitAugmented(node: PyNode, ctx: WalkContext): void {
    const left = node.child('left');
    const right = node.child('right');
    if (!left || !right || node.children.find((c) => c.field === 'operator')?.type !== '+=') return;
    const target = ctx.scope.valueOf(left);
    if (target.kind !== 'list') return;
    const size = ctx.scope.valueOf(right).size;
    if (!size || right.type === 'list') return;
    this.addSite(ctx, {
      kind: 'copy',
      node,
      cost: [...ctx.path, size],
      opCost: [size],
      loops: ctx.loops,
      subject: right.text,
      subjectKind: 'list',
      what: node.text,
    });
  }

  /** `[0] * (n + 1)`: building an input-sized list costs its size. */
  private visitRepetition(node: PyNode, ctx: WalkContext): void {
    if (node.child('operator')?.type !== '*') return;
    const left = node.child('left');
    const right = node.child('right');
    if (!left || !right || (left.type !== 'list' && left.type !== 'string')) return;
    const size = ctx.scope.valueOf(right).size;
    if (!size) return;
    this.addSite(ctx, { kind: 'copy', node, cost: [...ctx.path, size], opCost: [size], loops: ctx.loops, subject: null, subjectKind: 'list', what: node.text });
  }

  private visitDelete(node: PyNode, ctx: WalkContext): void {
    for (const target of node.namedChildren) {
      if (target.type !== 'subscript') continue;
      const value = target.child('value');
      const v = value ? ctx.scope.valueOf(value) : UNKNOWN;
      if (!value || !v.size || v.kind === 'dict' || v.kind === 'set') continue;
      const index = target.child('subscript');
      if (index && index.type === 'unary_operator') continue;
      this.addSite(ctx, {
        kind: 'pop-front',
        node,
        cost: [...ctx.path, v.size],
        opCost: [v.size],
        loops: ctx.loops,
        subject: value.text,
        subjectKind: v.kind,
        what: node.text,
      });
    }
  }

  private addSite(ctx: WalkContext, site: Omit<Site, 'line' | 'fn'>): void {
    (site as Site).line = site.node.line;
    (site as Site).fn = ctx.fn;
    ctx.sites.push(site as Site);
  }
}

/** A `while queue:` search in `fn` whose visited marks live outside `fn` (a grid, a closure set). */
function hasSharedVisitedSearch(fn: FunctionInfo): boolean {
  const locals = bindingsOf(fn.body);
  return findAll(fn.body, 'while_statement').some((loop) => {
    const marked = visitedMarks(loop);
    return marked.length > 0 && marked.every((name) => !(locals.get(name) ?? []).some((b) => b.how === 'value'));
  });
}

function signature(v: Value): string {
  return `${v.kind}/${v.size ? `${v.size.source}.${v.size.dim}${v.size.exp ? 'e' : ''}${v.size.digits ? 'd' : ''}${v.size.product ? `*${v.size.product.source}` : ''}` : '-'}`;
}

export function maxCost(sites: readonly Site[]): Cost {
  let best: Cost = ONE;
  for (const s of sites) if (compareCosts(s.cost, best) > 0) best = s.cost;
  return best;
}

/** The costliest site, preferring an operation over the loop that contains it. */
export function dominantSite(estimate: ComplexityEstimate): Site | null {
  let best: Site | null = null;
  for (const s of estimate.sites) {
    if (!best) best = s;
    const cmp = compareCosts(s.cost, best.cost);
    if (
      cmp > 0 ||
      (cmp === 0 && best.kind === 'loop' && s.kind !== 'loop') ||
      (cmp === 0 && s.kind !== 'loop' && mayCostLittle(best) && !mayCostLittle(s)) ||
      (cmp === 0 && s.kind === 'loop' && best.kind === 'loop' && s.loops.length > best.loops.length)
    )
      best = s;
  }
  return best;
}

/**
 * `s.find(x)` stops at its match, and `s[:k]` copies only the first k items:
 * often little (the next word of a string being cut down). Of two sites that cost the same in
 * the worst case, the other one is the likelier cost.
 */
function mayCostLittle(site: Site): boolean {
  if (site.kind === 'slice') {
    const slice = site.node.child('subscript');
    const parts = slice ? sliceParts(slice) : null;
    return parts !== null && parts.start === null && parts.stop !== null;
  }
  if (site.kind !== 'string-method') return false;
  const callee = site.node.type === 'call' ? site.node.child('function') : null;
  return callee?.type === 'attribute' && callee.child('attribute')?.text === 'find';
}

/** The static estimate for a parsed file, from its entry point (or the costliest root). */
export function estimateComplexity(
  table: FunctionTable,
  root: PyNode,
  entryPoint: string | undefined,
  callsOf: (fn: FunctionInfo) => string[],
): ComplexityEstimate {
  const walker = new CostWalker(table, root);
  const named = entryPoint ? findEntryPoint(table, entryPoint, callsOf) : null;
  const entry = named ?? (readsStdin(root) ? moduleEntry(root) : null) ?? findEntryPoint(table, undefined, callsOf);
  if (!entry) return { time: 'O(1)', total: ONE, entry: null, sites: [], functions: walker.functions, loops: walker.loops };
  const params = new Map<string, Value>();
  for (const p of entry.params) params.set(p.name, inputValue(p.name, p.annotation, p.defaultValue, kindFromUse(entry, p.name)));
  if (params.size === 0) params.set('$input', { kind: 'unknown', size: sizeFactor('$input', 0, true) });
  const result = walker.analyzeFunction(entry, params);
  return { time: classOf(result.total), total: result.total, entry, sites: result.sites, functions: walker.functions, loops: walker.loops };
}
