// Where the code relies on an assumption a probe exposed: the comparison that assumes order,
// the use of a count as an index or slice bound, the `.index()` call or the position returned
// without checking. The shapes come from queries (order-comparison, count-bound, count-slice,
// value-lookup); which of them touch the argument in question is judged here, following the
// values one step at a time (`for a, b in xs`, `s = xs[i] + xs[j]`). Null when nothing fits.
import type { ProbeName } from '../probes.js';
import type { PyNode } from '../syntax.js';
import { callArgs, calleeName, callsTo, comparisonOperators, compact, enclosing, findAll, namesIn } from '../syntax-queries.js';
import type { DetectorContext } from './detector.js';
import { loopsAround } from './helpers.js';

/** The learner's name for the problem's argument `param` (arguments match by position). */
export function learnerName(ctx: DetectorContext, param: string): string {
  const index = ctx.params.indexOf(param);
  return (index >= 0 ? ctx.entry?.params[index]?.name : undefined) ?? param;
}

/** `sorted(nums)` or `nums.sort()` on one of the given arguments (problem's names). */
export function sortsItself(ctx: DetectorContext, changed: string[]): boolean {
  const names = new Set(changed.map((p) => learnerName(ctx, p)));
  return ctx.matches('sort-call').some((m) => names.has(m.captures.container?.text ?? ''));
}

/**
 * The node whose line relies on the assumption, for the probes located here; `changed` are the
 * problem's names of the arguments the probe changed, `sequence` the learner's name of the
 * sequence the assumption is about.
 */
export function assumptionSite(ctx: DetectorContext, probe: ProbeName, changed: string[], sequence: string): PyNode | null {
  const scope = ctx.entry?.node ?? null;
  if (!scope) return null;
  const names = changed.map((p) => learnerName(ctx, p));
  if (probe === 'sorted') {
    // The comparison shows the code relies on order; the line to change is where the input is
    // first taken in the order given (the loop over it, the pointers set on it): sort there.
    const comparison = orderSite(ctx, scope, names);
    return comparison && comparison.type !== 'call' ? (firstOrderedRead(scope, names, comparison) ?? comparison) : comparison;
  }
  if (probe === 'k-mod-len' || probe === 'k-clamp-len' || probe === 'k-clamp-distinct' || probe === 'k-positive') return countSite(ctx, scope, names, probe);
  if (probe === 'target-present') return presenceSite(ctx, scope, names, sequence);
  if (probe === 'non-negative') return signSite(scope, names);
  // Repeated values, or characters outside a small alphabet, meet the code where it compares
  // elements: there, unless results are collected unchecked.
  if (probe === 'distinct')
    return (
      setOfInput(ctx) ??
      unskippedStartLoop(scope) ??
      unskippedPointerStep(scope) ??
      neighbourComparison(scope) ??
      collectSite(scope) ??
      orderSite(ctx, scope, names)
    );
  if (probe === 'lowercase' || probe === 'ascii') return orderSite(ctx, scope, names);
  return null;
}

/**
 * Where a value's sign is assumed away: an element squared (`n * n`, `n ** 2`), its absolute
 * value taken, or used as a position (`seen[x]`).
 */
function signSite(scope: PyNode, args: string[]): PyNode | null {
  const elements = elementNames(scope, args);
  const isElement = (node: PyNode | null) => node?.type === 'identifier' && elements.has(node.text);
  for (const node of findAll(scope, 'binary_operator|call|subscript')) {
    if (node.type === 'binary_operator') {
      const [a, b] = [node.child('left'), node.child('right')];
      const op = node.child('operator')?.type;
      if (op === '*' && isElement(a) && a?.text === b?.text) return node;
      if (op === '**' && isElement(a) && b?.text === '2') return node;
    } else if (node.type === 'call') {
      if (node.child('function')?.text === 'abs' && isElement(node.child('arguments')?.namedChildren[0] ?? null)) return node;
    } else if (isElement(node.child('subscript'))) return node;
  }
  return shrinkingWindowTest(scope);
}

/**
 * `while window > k: window -= nums[left]; left += 1`: a window shrunk once its sum passes a bound,
 * which is only right while a sum grows with every element added (no negative values).
 */
export function shrinkingWindowTest(scope: PyNode): PyNode | null {
  for (const loop of findAll(scope, 'while_statement')) {
    const body = loop.child('body');
    const condition = loop.child('condition');
    if (!body || !condition) continue;
    const lowered = new Set(
      findAll(body, 'augmented_assignment')
        .filter((a) => a.child('operator')?.text === '-=' && a.child('left')?.type === 'identifier')
        .map((a) => a.child('left')!.text),
    );
    const test = [condition, ...findAll(condition, 'comparison_operator')].find(
      (c) =>
        c.type === 'comparison_operator' &&
        ['>', '>='].includes(comparisonOperators(c)[0] ?? '') &&
        c.namedChildren[0]?.type === 'identifier' &&
        lowered.has(c.namedChildren[0].text),
    );
    if (test) return test;
  }
  return null;
}

/**
 * `xs[i] == xs[i - 1] + 1`: a comparison of neighbours, where two equal values are a case of
 * their own (neither a step nor a break) that code written for distinct values misses.
 */
function neighbourComparison(scope: PyNode): PyNode | null {
  const neighbours = (a: PyNode, b: PyNode): boolean => {
    const [i, j] = [a.child('subscript'), b.child('subscript')];
    if (a.child('value')?.text !== b.child('value')?.text || !i || !j) return false;
    const stepOf = (index: PyNode, base: PyNode) =>
      index.type === 'binary_operator' &&
      index.child('left')?.text === base.text &&
      index.child('right')?.text === '1' &&
      ['+', '-'].includes(index.child('operator')?.type ?? '');
    return i.type === 'identifier' ? stepOf(j, i) : j.type === 'identifier' && stepOf(i, j);
  };
  const pairs = zippedNeighbours(scope);
  return (
    findAll(scope, 'comparison_operator').find((comparison) => {
      const reads = findAll(comparison, 'subscript');
      if (reads.some((a, k) => reads.slice(k + 1).some((b) => neighbours(a, b)))) return true;
      const names = namesIn(comparison);
      return pairs.some(([a, b]) => names.has(a) && names.has(b));
    }) ?? null
  );
}

/** `for prev, cur in zip(xs, xs[1:])`: the names of each pair of neighbours. */
function zippedNeighbours(scope: PyNode): Array<[string, string]> {
  return findAll(scope, 'for_statement').flatMap((loop): Array<[string, string]> => {
    const over = loop.child('right');
    const names = loop.child('left')?.namedChildren ?? [];
    const [first, second] = over?.type === 'call' && calleeName(over) === 'zip' ? callArgs(over) : [];
    const shifted = second?.type === 'subscript' && second.child('value')?.text === first?.text && second.child('subscript')?.type === 'slice';
    return shifted && names.length === 2 && names.every((n) => n.type === 'identifier') ? [[names[0].text, names[1].text]] : [];
  });
}

/**
 * `for i in range(n - 2):` whose `nums[i]` starts every collected answer, in code that skips
 * repeated values of another index but not a `nums[i]` equal to the one before it (three sum
 * that skips repeated `lo` values only): the loop where the missing skip belongs.
 */
function unskippedStartLoop(scope: PyNode): PyNode | null {
  const collect = collectSite(scope);
  const outer = collect ? loopsAround(collect).at(-1) : undefined;
  const index = outer?.type === 'for_statement' ? outer.child('left') : null;
  if (!collect || !outer || index?.type !== 'identifier') return null;
  const readsAtIndex = (node: PyNode) => findAll(node, 'subscript').some((read) => read.child('subscript')?.text === index.text);
  if (!readsAtIndex(collect)) return null;
  const neighbourOfIndex = new RegExp(`^${index.text}\\s*[-+]\\s*1$`);
  const skips = findAll(scope, 'comparison_operator').some((comparison) => {
    const indices = findAll(comparison, 'subscript').map((read) => read.child('subscript')?.text ?? '');
    return indices.includes(index.text) && indices.some((text) => neighbourOfIndex.test(text));
  });
  // Code that skips no repeated value at all is told at the line that collects the answers.
  return skips || neighbourComparison(scope) === null ? null : outer;
}

/**
 * `res.append([nums[i], nums[lo], nums[hi]]); lo += 1` in a two-pointer `while`, in code that
 * skips repeated start values but not a `nums[lo]` equal to the one just used: the pointer step
 * where repeated answers come from.
 */
export function unskippedPointerStep(scope: PyNode): PyNode | null {
  const collect = collectSite(scope);
  const loop = collect ? loopsAround(collect)[0] : undefined;
  if (!collect || loop?.type !== 'while_statement') return null;
  const block = enclosing(collect, BLOCKS);
  const statement = block?.namedChildren.find((s) => s.start <= collect.start && s.end >= collect.end);
  if (!block || !statement) return null;
  const pointers = new Set(findAll(collect, 'subscript').map((read) => read.child('subscript')?.text ?? ''));
  const step = block.namedChildren
    .filter((s) => s.start > statement.start)
    .map((s) => s.namedChildren[0])
    .find((a) => a?.type === 'augmented_assignment' && pointers.has(a.child('left')?.text ?? ''));
  if (!step) return null;
  const pointer = step.child('left')!.text;
  // `while lo < hi and nums[lo] == nums[lo - 1]: lo += 1` after the step skips the repeats.
  const skipsRepeats = findAll(loop, 'comparison_operator').some((comparison) => {
    const indices = findAll(comparison, 'subscript').map((read) => compact(read.child('subscript')));
    return indices.includes(pointer) && indices.some((text) => text === `${pointer}-1` || text === `${pointer}+1`);
  });
  // Code that skips no repeated value at all is told at the line that collects the answers.
  return skipsRepeats || neighbourComparison(scope) === null ? null : step;
}

const BLOCKS = new Set(['block']);

/** Where results are collected with no check for one already there: `res.append(...)` in a loop, on what is returned. */
function collectSite(scope: PyNode): PyNode | null {
  const returned = new Set(
    findAll(scope, 'return_statement')
      .map((r) => r.namedChildren[0]?.text)
      .filter(Boolean),
  );
  return (
    findAll(scope, 'call').find((call) => {
      const fn = call.child('function');
      const owner = fn?.type === 'attribute' ? fn.child('object')?.text : undefined;
      return owner !== undefined && returned.has(owner) && fn?.child('attribute')?.text === 'append' && loopsAround(call).length > 0;
    }) ?? null
  );
}

/** The code uses the problem's argument `param` as a count: a slice or range bound, a loop's stop, a reduction. */
export function usedAsCount(ctx: DetectorContext, param: string | undefined): boolean {
  const scope = ctx.entry?.node ?? null;
  return scope !== null && param !== undefined && countSite(ctx, scope, [learnerName(ctx, param)]) !== null;
}

/** The comparison (or bisect call) that relies on the arguments' order, for the finding's words. */
export function orderComparison(ctx: DetectorContext, changed: string[]): PyNode | null {
  const scope = ctx.entry?.node ?? null;
  return scope
    ? orderSite(
        ctx,
        scope,
        changed.map((p) => learnerName(ctx, p)),
      )
    : null;
}

const ORDERING = new Set(['<', '<=', '>', '>=']);
const inside = (node: PyNode, scope: PyNode) => node.start >= scope.start && node.end <= scope.end;

/**
 * Names holding elements of the given arguments: loop targets over them (`for a, b in xs`,
 * the value of `enumerate(xs)`), and variables assigned from their elements (`s = xs[i] + 1`).
 */
export function elementNames(scope: PyNode, args: string[]): Set<string> {
  const sources = withCopies(scope, args);
  const elements = new Set<string>();
  const iterated = (node: PyNode | null): boolean => {
    if (!node) return false;
    // A slice of an argument (`strs[1:]`) holds its elements too.
    const sliced = node.type === 'subscript' && node.child('subscript')?.type === 'slice' ? node.child('value') : node;
    return sliced != null && (sources.has(sliced.text) || elements.has(sliced.text));
  };
  for (let round = 0; round < 3; round++) {
    for (const loop of findAll(scope, 'for_statement|for_in_clause')) {
      const over = loop.child('right');
      const target = loop.child('left');
      if (!over || !target) continue;
      const fn = over.type === 'call' ? over.child('function')?.text : undefined;
      const callArgs = over.child('arguments')?.namedChildren ?? [];
      let targets: PyNode[] = [];
      // `enumerate(xs)`: the second name is the element; `zip(xs, xs[1:])`: every name is.
      if (fn === 'enumerate' && iterated(callArgs[0] ?? null)) targets = target.namedChildren.length === 2 ? [target.namedChildren[1]] : [target];
      else if (fn === 'zip' && callArgs.length > 0 && callArgs.every(iterated)) targets = [target];
      else if (iterated(over)) targets = [target];
      for (const t of targets) for (const id of t.type === 'identifier' ? [t] : findAll(t, 'identifier')) elements.add(id.text);
    }
    for (const assignment of findAll(scope, 'assignment|augmented_assignment')) {
      const left = assignment.child('left');
      const right = assignment.child('right');
      if (left?.type === 'identifier' && right && readsElements(right, sources, elements)) elements.add(left.text);
      // `first, last = strs[0], strs[-1]`: pairwise.
      if ((left?.type === 'pattern_list' || left?.type === 'tuple_pattern') && right?.type === 'expression_list') {
        left.namedChildren.forEach((name, i) => {
          const value = right.namedChildren[i];
          if (name.type === 'identifier' && value && readsElements(value, sources, elements)) elements.add(name.text);
        });
      }
    }
  }
  return elements;
}

/** The arguments and their order-keeping copies: `pairs = list(enumerate(nums))`, `xs = nums`. */
function withCopies(scope: PyNode, args: string[]): Set<string> {
  const sources = new Set(args);
  for (const assignment of findAll(scope, 'assignment')) {
    const left = assignment.child('left');
    const right = assignment.child('right');
    if (left?.type === 'identifier' && right && copiesOf(right).some((c) => sources.has(c))) sources.add(left.text);
  }
  return sources;
}

/** The arguments a value is an order-keeping copy of: `list(enumerate(nums))` -> nums, `nums` -> nums. */
function copiesOf(node: PyNode): string[] {
  if (node.type === 'identifier') return [node.text];
  if (node.type !== 'call' || !['list', 'tuple', 'enumerate', 'zip'].includes(node.child('function')?.text ?? '')) return [];
  return (node.child('arguments')?.namedChildren ?? []).flatMap(copiesOf);
}

/** An operand reads an element of the arguments. */
function readsElements(node: PyNode, args: Set<string>, elements: Set<string>): boolean {
  if (node.type === 'identifier') return elements.has(node.text);
  if (node.type === 'call' && node.child('function')?.text === 'len') return false;
  const subscripts = node.type === 'subscript' ? [node, ...findAll(node, 'subscript')] : findAll(node, 'subscript');
  const viaSubscript = subscripts.some((s) => {
    const root = rootOf(s);
    return args.has(root.text) || elements.has(root.text);
  });
  return viaSubscript || [...namesIn(node)].some((n) => elements.has(n));
}

/** `xs` of `xs[i][0]`. */
function rootOf(subscript: PyNode): PyNode {
  let node = subscript;
  for (let value = node.child('value'); node.type === 'subscript' && value; value = node.child('value')) node = value;
  return node;
}

/**
 * The comparison that assumes order: an ordering (`<`, `>=`) with an element on one side,
 * inside a loop first; else an equality between two elements (neighbours compared).
 */
function orderSite(ctx: DetectorContext, scope: PyNode, args: string[]): PyNode | null {
  // `bisect_left(nums, target)` relies on order by definition.
  const bisect = findAll(scope, 'call').find(
    (c) => /^bisect(_left|_right)?$|^insort/.test(calleeName(c)) && args.includes(c.child('arguments')?.namedChildren[0]?.text ?? ''),
  );
  if (bisect) return bisect;
  const sources = withCopies(scope, args);
  const elements = elementNames(scope, args);
  const ranked = ctx
    .matches('order-comparison')
    .map((m) => m.captures.finding)
    .filter((node, i, all) => all.indexOf(node) === i && inside(node, scope))
    .map((node) => {
      const operands = node.namedChildren;
      const reading = operands.filter((o) => readsElements(o, sources, elements)).length;
      const ordering = comparisonOperators(node).some((op) => ORDERING.has(op));
      const inLoop = loopsAround(node).length > 0;
      const rank = reading === 0 ? 0 : ordering ? (inLoop ? 4 : 2) : reading >= 2 ? (inLoop ? 3 : 1) : inLoop ? 1 : 0;
      return { node, rank };
    })
    .filter((c) => c.rank > 0);
  const best = Math.max(0, ...ranked.map((c) => c.rank));
  return ranked.filter((c) => c.rank === best).sort((a, b) => a.node.start - b.node.start)[0]?.node ?? null;
}

/**
 * The first statement before `comparison` that takes the arguments' elements in their order: a
 * loop over them (`for a, b in zip(xs, xs[1:])`), or an assignment that reads them
 * (`first, last = strs[0], strs[-1]`, `pairs = list(enumerate(nums))`). Guards (`if not xs`)
 * and lengths do not count.
 */
function firstOrderedRead(scope: PyNode, args: string[], comparison: PyNode): PyNode | null {
  // `lo, hi = 0, len(nums)` reads only the length, not the order.
  const insideLen = (name: PyNode) => name.parent?.type === 'argument_list' && name.parent.parent?.type === 'call' && calleeName(name.parent.parent) === 'len';
  const mentions = (node: PyNode | null) =>
    node !== null && (node.type === 'identifier' ? [node] : findAll(node, 'identifier')).some((name) => args.includes(name.text) && !insideLen(name));
  // An assignment inside a loop reads where pointers point (`total = nums[lo] + nums[hi]`), not the order.
  const reads = [...findAll(scope, 'for_statement'), ...findAll(scope, 'assignment').filter((a) => loopsAround(a).length === 0)]
    .filter((n) => n.start < comparison.start && mentions(n.child('right')))
    .sort((a, b) => a.start - b.start);
  const first = reads[0];
  // The loop's header line, not its whole body.
  return first ?? null;
}

/**
 * Where the code relies on the count being in range: an attempt to reduce it that does not
 * reduce it enough (`k -= n`), else its use as a bound (`xs[-k:]`, `xs[k]`, `range(k)`, directly or
 * through a copy), else a loop that runs until it reaches it (`while len(top) < k`), else a
 * call of the file's own function with it (`rev(0, k - 1)`), else a plain slice stop (`xs[:k]`).
 */
function countSite(ctx: DetectorContext, scope: PyNode, counts: string[], probe?: ProbeName): PyNode | null {
  const reduction = findAll(scope, 'augmented_assignment').find(
    (a) => counts.includes(a.child('left')?.text ?? '') && ['-=', '%='].includes(a.child('operator')?.text ?? ''),
  );
  if (reduction) return reduction;
  const names = new Set(counts);
  for (const assignment of findAll(scope, 'assignment')) {
    const left = assignment.child('left');
    const right = assignment.child('right');
    if (left?.type === 'identifier' && right && [...namesIn(right)].some((n) => names.has(n))) names.add(left.text);
  }
  const uses = (query: 'count-slice' | 'count-bound', capture: string) =>
    ctx
      .matches(query)
      .filter((m) => inside(m.captures.finding, scope) && [...namesIn(m.captures[capture])].some((n) => names.has(n)))
      .map((m) => m.captures.finding)
      .sort((a, b) => a.start - b.start);
  const bounds = uses('count-bound', 'bound');
  const relied = bounds.filter((finding) => !probe || probe === 'k-positive' || !isPlainSliceStop(finding, names));
  return uses('count-slice', 'count')[0] ?? relied[0] ?? loopUntilCount(scope, names) ?? ownCallWithCount(ctx, scope, names) ?? bounds[0] ?? null;
}

/**
 * `xs[:k]`, `xs[k:]`: a count as a plain slice bound past the end is harmless (the slice stops
 * at the end), so a count too large is relied on elsewhere: the loop that runs until it.
 */
function isPlainSliceStop(finding: PyNode, names: ReadonlySet<string>): boolean {
  const slice = finding.child('subscript');
  if (slice?.type !== 'slice') return false;
  return slice.namedChildren.every((part) => part.type === 'identifier' || !namesIn(part).size || ![...namesIn(part)].some((n) => names.has(n)));
}

/**
 * `while len(top) < k:` or `if taken >= k: break` in a loop: the count as the stopping point, compared
 * with a length or with a counter the loop steps (not with an element: `nums[mid] < target`).
 */
function loopUntilCount(scope: PyNode, names: ReadonlySet<string>): PyNode | null {
  const counters = new Set(
    findAll(scope, 'augmented_assignment')
      .filter((a) => a.child('operator')?.text === '+=')
      .map((a) => a.child('left')?.text ?? ''),
  );
  const measures = (o: PyNode) => (o.type === 'call' && calleeName(o) === 'len') || (o.type === 'identifier' && counters.has(o.text));
  return (
    findAll(scope, 'comparison_operator')
      .filter(
        (c) =>
          comparisonOperators(c).some((op) => ORDERING.has(op)) &&
          c.namedChildren.some((o) => o.type === 'identifier' && names.has(o.text)) &&
          c.namedChildren.some(measures),
      )
      .find((c) => loopsAround(c).length > 0 || c.parent?.type === 'while_statement') ?? null
  );
}

/** `rev(0, k - 1)`: the count handed to one of the file's own functions as a position. */
function ownCallWithCount(ctx: DetectorContext, scope: PyNode, names: ReadonlySet<string>): PyNode | null {
  const own = new Set(ctx.functions.all.map((f) => f.name));
  return (
    findAll(scope, 'call').find(
      (call) =>
        own.has(call.child('function')?.text ?? '') && (call.child('arguments')?.namedChildren ?? []).some((a) => [...namesIn(a)].some((n) => names.has(n))),
    ) ?? null
  );
}

/** `xs.index(target)`, else the position returned without checking what is there. */
function presenceSite(ctx: DetectorContext, scope: PyNode, targets: string[], sequence: string): PyNode | null {
  const lookup = ctx
    .matches('value-lookup')
    .map((m) => m.captures.finding)
    .find((n) => inside(n, scope) && (n.text.startsWith(`${sequence}.`) || [...namesIn(n)].some((x) => targets.includes(x))));
  if (lookup) return lookup;
  const returns = findAll(scope, 'return_statement').filter((r) => {
    const value = r.namedChildren[0];
    // `return lo`, `return lo - 1`, `return lo if lo < len(nums) else -1`: a position handed back unchecked.
    return value !== undefined && (value.type === 'identifier' || value.type === 'binary_operator' || value.type === 'conditional_expression');
  });
  return returns.at(-1) ?? null;
}

/**
 * The first statement of the entry point that reads one of the arguments (problem's names; all
 * of them when none is given): where code that only tests incriminate starts relying on its input.
 * An early `if not xs: return` handles a different input, so it is skipped. Null when none reads them.
 */
export function firstRead(ctx: DetectorContext, changed: string[] = []): PyNode | null {
  const body = ctx.entry?.body;
  if (!body) return null;
  const learnerNames = changed.length > 0 ? changed.map((p) => learnerName(ctx, p)) : (ctx.entry?.params ?? []).map((p) => p.name);
  const names = new Set(learnerNames.filter((n) => n !== 'self'));
  for (const statement of findAll(body, 'expression_statement|assignment|augmented_assignment|return_statement|if_statement|for_statement|while_statement')) {
    if (statement.type === 'expression_statement' && statement.namedChildren[0]?.type === 'string') continue;
    const read =
      statement.type === 'for_statement'
        ? statement.child('right')
        : statement.type === 'if_statement' || statement.type === 'while_statement'
          ? statement.child('condition')
          : statement;
    if (!read || ![...namesIn(read)].some((n) => names.has(n))) continue;
    if (statement.type === 'if_statement' && isEarlyExit(statement)) continue;
    return statement;
  }
  return null;
}

/** `if not xs: return ...`: a guard that leaves at once. */
function isEarlyExit(statement: PyNode): boolean {
  const first = statement.child('consequence')?.namedChildren[0];
  return first?.type === 'return_statement' || first?.type === 'raise_statement';
}

const SET_BUILDERS: ReadonlySet<string> = new Set(['set', 'frozenset']);

/**
 * `set(s)`, `set(word)`, `set(a) | set(b)` on the input or its elements: a set keeps each value
 * once, so code that needs how often a value occurs loses it there. Null when there is none.
 */
export function setOfInput(ctx: DetectorContext): PyNode | null {
  const scope = ctx.entry?.node;
  if (!scope) return null;
  const params = (ctx.entry?.params ?? []).map((p) => p.name).filter((n) => n !== 'self');
  const inputs = new Set([...params, ...elementNames(scope, params)]);
  return (
    callsTo(scope, SET_BUILDERS).find((call) => {
      const args = call.child('arguments')?.namedChildren ?? [];
      return args.length === 1 && [...namesIn(args[0])].some((n) => inputs.has(n));
    }) ?? null
  );
}

/** `nums.index(x)` on a parameter: the first position that holds a value, the wrong one for a later copy of it. */
export function positionLookupOnInput(ctx: DetectorContext): PyNode | null {
  const scope = ctx.entry?.node;
  if (!scope) return null;
  const params = new Set((ctx.entry?.params ?? []).map((p) => p.name).filter((n) => n !== 'self'));
  return (
    findAll(scope, 'call').find((call) => {
      const fn = call.child('function');
      const owner = fn?.child('object');
      return fn?.type === 'attribute' && fn.child('attribute')?.text === 'index' && owner?.type === 'identifier' && params.has(owner.text);
    }) ?? null
  );
}

/** True when some argument holds a value twice: a repeated element, or a string with a repeated character. */
export function holdsRepeats(input: readonly unknown[] | undefined): boolean {
  const repeats = (value: unknown): boolean =>
    (typeof value === 'string' && new Set(value).size < value.length) ||
    (Array.isArray(value) && (new Set(value.map((v) => JSON.stringify(v))).size < value.length || value.some((v) => typeof v === 'string' && repeats(v))));
  return (input ?? []).some(repeats);
}
