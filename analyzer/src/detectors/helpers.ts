// Judgement shared by the detectors: where a node sits (loops, function), whether a cost
// site is what makes the code slow, whether an input's emptiness is guarded, how to name a
// loop in a message.
import { maxCost, type LoopFrame, type Site } from '../complexity.js';
import { classIndex, classOf, hasSize, rankOf } from '../cost.js';
import type { PyNode } from '../syntax.js';
import { codeLine, compact, findAll, namesIn } from '../syntax-queries.js';
import type { Evidence, Finding, PatternId, Severity, TimeClass } from '../types.js';
import type { DetectorContext } from './detector.js';

const LOOPS = new Set(['for_statement', 'while_statement', 'for_in_clause']);
const FUNCTION_BOUNDARY = new Set(['function_definition', 'lambda', 'class_definition']);

/** Loops around `node` inside its own function, innermost first. */
export function loopsAround(node: PyNode): PyNode[] {
  const loops: PyNode[] = [];
  for (let p = node.parent; p; p = p.parent) {
    if (FUNCTION_BOUNDARY.has(p.type)) break;
    if (LOOPS.has(p.type) && !isInLoopHeader(node, p)) loops.push(p);
  }
  return loops;
}

/** `for x in sorted(xs)`: the iterable is evaluated once, not on every pass. */
function isInLoopHeader(node: PyNode, loop: PyNode): boolean {
  const header = loop.type === 'while_statement' ? null : loop.child('right');
  return header !== null && node.start >= header.start && node.end <= header.end;
}

/** A site's total cost, never more than the whole solution's (the class measurement and estimate agree on). */
export function siteClass(ctx: DetectorContext, site: Site): TimeClass {
  const own = classOf(site.cost);
  return classIndex(ctx.time) < classIndex(own) ? ctx.time : own;
}

export function functionOf(node: PyNode): PyNode | null {
  for (let p = node.parent; p; p = p.parent) if (p.type === 'function_definition') return p;
  return null;
}

export function sitesAt(ctx: DetectorContext, node: PyNode): Site[] {
  return ctx.estimate.sites.filter((s) => s.node === node);
}

/**
 * True when the operations hidden in built-ins (this one among them) are what lifts the
 * estimate: the loops and recursion alone give a cheaper class, and this site costs as much
 * as the whole.
 */
export function raisesClass(ctx: DetectorContext, site: Site): boolean {
  if (site.opCost.length === 0 || site.kind === 'loop' || site.kind === 'recursion') return false;
  const total = classIndex(classOf(ctx.estimate.total));
  if (classIndex(classOf(site.cost)) < total) return false;
  const structural = maxCost(ctx.estimate.sites.filter((s) => s.kind === 'loop' || s.kind === 'recursion'));
  return classIndex(classOf(structural)) < total;
}

/** The problem's acceptable class is exceeded (by growth when measured, else statically). */
export function exceedsAcceptable(ctx: DetectorContext): boolean {
  return ctx.problem !== null && classIndex(ctx.time) > classIndex(ctx.problem.acceptable);
}

/**
 * Whether a slow operation is worth a finding. With a problem: only when the solution is
 * slower than accepted and this site is among the costliest. Without one: only when the
 * operation by itself raises the class (a correct solution of the right class never shows it).
 */
export function isCostlyEnough(ctx: DetectorContext, site: Site): boolean {
  if (!hasSize(site.opCost)) return false;
  if (ctx.problem) {
    if (!exceedsAcceptable(ctx)) return false;
    const staticClass = classIndex(ctx.estimate.time);
    const siteClass = classIndex(classOf(site.cost));
    if (siteClass >= staticClass && siteClass > classIndex(ctx.problem.acceptable)) return true;
    return ctx.growth?.hotLine?.line === site.line;
  }
  return raisesClass(ctx, site);
}

/**
 * The loops around the operation, without the operation itself, fit the problem's acceptable
 * class: removing the repeated work would make the code fast enough. When the loops alone are
 * already too slow the algorithm is the mistake (suboptimal-complexity), not the repetition.
 * Without a problem there is no class to compare with, and this holds.
 */
export function loopsFitAcceptable(ctx: DetectorContext, site: Site): boolean {
  if (!ctx.problem) return true;
  const loops = site.cost.slice(0, site.cost.length - site.opCost.length);
  return classIndex(classOf(loops)) <= classIndex(ctx.problem.acceptable);
}

/**
 * The operation repeats work across passes of its loop: it goes over data the loop does not
 * change (`sorted(nums)` or `nums.count(x)` inside `for x in ...`, `sum(nums[:i])`), rather
 * than over a different element each time (`sorted(word)` for each word).
 */
export function repeatsLoopData(site: Site): boolean {
  if (site.kind === 'prepend' || site.kind === 'concat') return true;
  const loops = site.cost.slice(0, site.cost.length - site.opCost.length);
  if (site.opCost.some((f) => f.t === 'n' && loops.some((g) => g.t === 'n' && g.source === f.source && g.dim === f.dim))) return true;
  const loop = drivingLoop(site);
  const base = site.subject?.replace(/\[.*$/s, '').trim();
  if (!loop || !base || !/^[A-Za-z_][\w.]*$/.test(base)) return false;
  const binders = [loop.node, ...findAll(loop.node, 'assignment|augmented_assignment|for_statement|for_in_clause')];
  const assigned = binders.some((a) => a.type !== 'while_statement' && [...namesIn(a.child('left') ?? a)].includes(base));
  return !assigned;
}

/** The innermost loop around a site that runs an input-sized number of times. */
export function drivingLoop(site: Site): LoopFrame | null {
  for (let i = site.loops.length - 1; i >= 0; i--) if (hasSize(site.loops[i].factors)) return site.loops[i];
  return site.loops[site.loops.length - 1] ?? null;
}

/** "the loop on line 4 (over `nums`)". */
export function describeLoop(loop: LoopFrame): string {
  const over = loop.over.replace(/\s+/g, ' ');
  const shown = over.length > 30 ? `${over.slice(0, 27)}...` : over;
  return loop.kind === 'while' ? `the \`while ${shown}\` loop on line ${loop.line}` : `the loop over \`${shown}\` on line ${loop.line}`;
}

/** How many times the site's operation runs, in words: "n times", "n^2 times". */
export function timesInWords(site: Site): string {
  const loopsCost = site.cost.slice(0, site.cost.length - site.opCost.length);
  const rank = rankOf(loopsCost);
  if (rank.exp) return 'an exponential number of times';
  if (rank.poly === 0) return rank.log ? 'log n times' : 'once';
  return rank.poly === 1 ? 'n times' : `n^${rank.poly} times`;
}

/** Is `name` checked for emptiness (`if not xs`, `if len(xs) < 2`, `if xs`) before `node`? */
export function isGuardedBefore(ctx: DetectorContext, name: string, node: PyNode): boolean {
  const fn = functionOf(node);
  for (const match of ctx.matches('emptiness-guard')) {
    const guard = match.captures.guard;
    if (match.captures.sequence?.text !== name || functionOf(guard) !== fn) continue;
    // A guard that encloses the node, or an earlier one that leaves the function.
    if (node.start >= guard.start && node.end <= guard.end) return true;
    if (guard.end <= node.start) return true;
  }
  // `if n == 0` / `if n < 2` where n = len(xs); `while xs and ...`; `xs[0] if xs else ...`
  const scope = fn ?? ctx.root;
  const lengthNames = new Set(
    findAll(scope, 'assignment')
      .filter((a) => compact(a.child('right')) === `len(${name})`)
      .map((a) => a.child('left')?.text ?? ''),
  );
  for (const test of findAll(scope, 'if_statement|while_statement|conditional_expression|boolean_operator')) {
    const condition =
      test.type === 'conditional_expression' ? test.namedChildren[1] : test.type === 'boolean_operator' ? test.child('left') : test.child('condition');
    if (!condition) continue;
    const names = namesIn(condition);
    const mentions = names.has(name) || [...lengthNames].some((l) => names.has(l));
    if (!mentions) continue;
    if (node.start >= test.start && node.end <= test.end && node.start > condition.end) return true;
    if (test.type === 'if_statement' && test.end <= node.start) return true;
  }
  return isInTryBlock(node);
}

export function isInTryBlock(node: PyNode): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (FUNCTION_BOUNDARY.has(p.type)) return false;
    if (p.type === 'try_statement') return true;
  }
  return false;
}

export function makeFinding(id: PatternId, severity: Severity, confidence: number, line: number, message: string, evidence: Evidence[]): Finding {
  return { id, severity, confidence: Math.round(Math.min(0.99, Math.max(0, confidence)) * 100) / 100, line, message, evidence: [...new Set(evidence)] };
}

/** Mutants of the given kinds whose outputs matched some of the failing tests. */
export function matchingMutants(ctx: DetectorContext, kinds: readonly string[]): Array<{ kind: string; tests: string[] }> {
  return ctx.mutants.filter((m) => kinds.includes(m.kind) && m.matchedTests.length > 0).map((m) => ({ kind: m.kind, tests: m.matchedTests }));
}

/** The source line, trimmed, for quoting in a message. */
export function lineText(ctx: DetectorContext, line: number): string {
  return (ctx.code.split('\n')[line - 1] ?? '').trim();
}

export function quote(text: string, limit = 40): string {
  const flat = codeLine(text);
  return flat.length > limit ? `${flat.slice(0, limit - 3)}...` : flat;
}
