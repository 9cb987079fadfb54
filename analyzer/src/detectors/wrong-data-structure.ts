// wrong-data-structure: a container whose operations do not fit it. Membership tests and
// .index/.count/.remove on a list inside a loop (a set or dict fits), pop(0) / insert(0, x)
// on a list used as a queue (a deque fits), pop(i) / insert(i, x) / insort in a loop (a new
// list, a write position or a heap fits), re-sorting a list after every insert (a heap fits).
// Only reported when the operation is what makes the code slower (see helpers.isCostlyEnough).
// And, when tests fail, a container that loses what the answer needs (lossy-containers.ts): an
// inverted mapping that keeps one value per key, counters where the order of nesting matters.
import type { Site } from '../complexity.js';
import { callArgs, calleeName, enclosing, findAll, methodCallsOn } from '../syntax-queries.js';
import type { PyNode } from '../syntax.js';
import type { Finding } from '../types.js';
import { defineDetector, type DetectorContext, type Template } from './detector.js';
import { describeLoop, drivingLoop, isCostlyEnough, loopsAround, makeFinding, quote, raisesClass, siteClass, sitesAt } from './helpers.js';
import { countsForNesting, invertedMappings, type LossyContainer } from './lossy-containers.js';
import { describeTest, isFailing } from './test-failures.js';

interface Where {
  line: number;
  container: string;
  loop: string;
  cost: string;
}

/** What replaces each list scan: the dict that answers the same question in O(1). */
const SCAN_REMEDY: Record<string, string> = {
  count: 'Count every value once, in one pass, into a dict (collections.Counter), then look each count up in O(1).',
  index: 'Keep a dict from each value to its position, filled as you go, and look the position up in O(1).',
  // `xs.remove(ch)` with a value that changes: the list is a multiset being used up.
  remove: 'Keep how many of each value are left in a dict (collections.Counter) and lower a count instead of removing an element: O(1) each.',
  // `xs.remove(0)`, one fixed value: searching and shifting to compact the list, which one pass does.
  // `candidates.remove(x)` where the list was built from distinct values (`list(range(n + 1))`).
  removeDistinct: 'Its values are all different, so keep them in a set instead and discard each one in O(1).',
  removeFixed:
    'It also shifts every element after the one it removes. Build the result in one pass instead: keep a write position and copy each value you keep to it (or collect them in a new list), then fill or cut the rest once.',
};

const say = {
  membership: (p: Where & { test: string }) =>
    `Line ${p.line}: \`${p.test}\` searches the list \`${p.container}\` from the start every time it runs (inside ${p.loop}), so this line costs ${p.cost} in total. A set (or a dict) answers \`in\` in O(1).`,
  // `values = set(nums)` made earlier and `x in nums` tested anyway: the set is there already.
  membershipBesideSet: (p: Where & { test: string; set: string; setLine: number }) =>
    `Line ${p.line}: \`${p.test}\` searches the list \`${p.container}\` from the start every time it runs (inside ${p.loop}), so this line costs ${p.cost} in total. \`${p.set}\` (line ${p.setLine}) already holds the same values as a set, which answers \`in\` in O(1): test against it instead.`,
  // The same list asked for positions too (`seen.index(x)`): a set has none, a dict keeps them.
  membershipWithPositions: (p: Where & { test: string; lookup: number }) =>
    `Line ${p.line}: \`${p.test}\` searches the list \`${p.container}\` from the start every time it runs (inside ${p.loop}), so this line costs ${p.cost} in total. Line ${p.lookup} also asks it for a position, so a set would not do: keep a dict from each value to its position, which answers both in O(1).`,
  listMembership: (p: Where & { test: string; needle: string }) =>
    `Line ${p.line}: \`${p.test}\` searches the list \`${p.container}\` from the start every time it runs (inside ${p.loop}), so this line costs ${p.cost} in total. A set or a dict answers \`in\` in O(1), but \`${p.needle}\` is a list, which neither can hold: store \`tuple(${p.needle})\` instead.`,
  scan: (p: Where & { method: string; remedy: string; after: string }) =>
    `Line ${p.line}: \`${p.container}.${p.method}(...)\` walks through the whole list on every pass of ${p.loop} (${p.cost} in total). ${SCAN_REMEDY[p.remedy] ?? 'Keep a dict of positions or counts, or a set, and look the value up in O(1).'}${p.after}`,
  // A set has no positions: the read by index after the loop changes with it.
  readLeft: (p: { line: number; read: string; container: string }) =>
    ` Then take what is left with \`${p.container}.pop()\` instead of \`${p.read}\` on line ${p.line}.`,
  popFront: (p: Where & { call: string }) =>
    `Line ${p.line}: \`${p.call}\` shifts every remaining element of \`${p.container}\` one place, on every pass of ${p.loop} (${p.cost} in total). A collections.deque takes from the front in O(1) with popleft().`,
  insertFront: (p: Where & { call: string }) =>
    `Line ${p.line}: \`${p.call}\` shifts the whole list \`${p.container}\` on every pass of ${p.loop} (${p.cost} in total). Append to the end and reverse once, or use a collections.deque and appendleft().`,
  shiftMiddle: (p: Where & { call: string }) =>
    `Line ${p.line}: \`${p.call}\` shifts every element after that position of \`${p.container}\` one place, each time it runs in ${p.loop} (${p.cost} in total). Build the result in a new list, or keep a write position and overwrite in place, then cut the list once.`,
  moveToEnd: (p: Where & { call: string }) =>
    `Line ${p.line}: \`${p.call}\` shifts every element after that position of \`${p.container}\` one place to move one value to the end, each time it runs in ${p.loop} (${p.cost} in total). Keep a write position instead: copy each value that stays to it, then write the moved values into the places after it, one pass in all.`,
  insortEach: (p: Where & { call: string }) =>
    `Line ${p.line}: \`${p.call}\` finds its place in O(log n) but then shifts every later element of \`${p.container}\` to make room, on every pass of ${p.loop} (${p.cost} in total). A heap (heapq) keeps the smallest at hand in O(log n); when only the smallest or largest so far is needed, one variable does.`,
  invertedMapping: (p: { line: number; name: string; key: string; test: string }) =>
    `Line ${p.line}: \`${p.name}\` maps each \`${p.key}\` to a single value, so values that share a \`${p.key}\` overwrite each other and only the last one is kept; ${p.test} fails that way. Map each \`${p.key}\` to a list of values (collections.defaultdict(list)), or sort the values by their \`${p.key}\` instead.`,
  countsForNesting: (p: { line: number; name: string; test: string }) =>
    `Line ${p.line}: \`${p.name}\` counts how many brackets of each kind are open, but not in which order they were opened, so a bracket closed by the wrong kind goes unnoticed as long as the counts balance; ${p.test} fails that way. Keep the open brackets on a stack (a list): append when one opens; when one closes, the stack must not be empty, and what you pop must be its partner.`,
  resort: (p: Where) =>
    `Line ${p.line}: \`${p.container}\` is sorted again on every pass of ${p.loop} although only one element changed (${p.cost} in total). A heap (heapq) keeps the smallest element at hand in O(log n) per insert.`,
} satisfies Record<string, Template<never>>;

/** Calibration: the operation on the line growth runs measured as the hot one, with a problem's class to compare with, from the code alone. */
const CONFIDENCE = {
  hotLine: 0.92,
  withProblem: 0.85,
  staticOnly: 0.8,
  lossyContainer: 0.88,
} as const;

export const wrongDataStructure = defineDetector({
  id: 'wrong-data-structure',
  title: 'A container that does not fit its operations',
  docs: {
    what: 'The code keeps values in a container whose operations are slow for the way it is used: a list searched with `in`, a list used as a queue, a list re-sorted after every insert.',
    why: 'Some list operations touch every element: `x in items`, `.count()` and `.index()` look at each one, `pop(0)` and `insert(0, x)` move each one. Inside a loop that turns a linear solution into a quadratic one; the right container, or one pass that does the same work, makes each step O(1) or O(log n).',
    plainWhy:
      'Like a stack of plates, each way of storing items makes some jobs easy and others slow. Interviewers watch whether you pick the one that makes your most frequent job quick.',
    expertWhy:
      'The container fixes the cost of every operation on it; interviewers expect a choice by access pattern with the trade-off stated: memory, ordering, hashability.',
    example: 'seen = []\nfor x in nums:\n    if x in seen:        # scans the list\n        return True\n    seen.append(x)',
    better: 'seen = set()\nfor x in nums:\n    if x in seen:        # O(1)\n        return True\n    seen.add(x)',
    knownMisses:
      'Containers passed through several helper functions, lists that stay short in practice, and custom classes wrapping a list are not recognised.',
  },
  queries: ['membership-test', 'linear-list-methods', 'front-of-list', 'sort-call'],
  detect(ctx) {
    const findings: Finding[] = [];
    const report = (site: Site, message: string): void => {
      const confidence = ctx.growth?.hotLine?.line === site.line ? CONFIDENCE.hotLine : ctx.problem ? CONFIDENCE.withProblem : CONFIDENCE.staticOnly;
      const evidence = ['static', ...(ctx.growth && ctx.problem ? ['growth'] : [])];
      findings.push(makeFinding('wrong-data-structure', 'warning', confidence, site.line, message, evidence));
    };
    const where = (site: Site): Where | null => {
      const loop = drivingLoop(site);
      if (!loop || !site.subject) return null;
      // A window sliced afresh on every pass is searched once per copy: the copying is the
      // repeated work (inefficient-loop), not the container.
      if (slicedInLoop(site.subject, loop.node)) return null;
      return { line: site.line, container: quote(site.subject, 30), loop: describeLoop(loop), cost: siteClass(ctx, site) };
    };

    for (const match of ctx.matches('membership-test')) {
      for (const site of sitesAt(ctx, match.captures.finding).filter((s) => s.kind === 'membership')) {
        if (!isListLike(site) || !isCostlyEnough(ctx, site)) continue;
        const w = where(site);
        if (!w) continue;
        const needle = listValuedNeedle(match.captures.finding);
        const test = quote(match.captures.finding.text);
        const lookup = site.subject && ctx.entry ? methodCallsOn(ctx.entry.body, site.subject, INDEX)[0] : undefined;
        const twin = site.subject && ctx.entry ? setMadeOf(ctx.entry.body, site.subject) : null;
        report(
          site,
          needle
            ? say.listMembership({ ...w, test, needle })
            : lookup
              ? say.membershipWithPositions({ ...w, test, lookup: lookup.line })
              : twin
                ? say.membershipBesideSet({ ...w, test, set: twin.child('left')!.text, setLine: twin.line })
                : say.membership({ ...w, test }),
        );
      }
    }
    for (const match of ctx.matches('linear-list-methods')) {
      for (const site of sitesAt(ctx, match.captures.finding).filter((s) => s.kind === 'scan-method')) {
        if (!isListLike(site) || !isCostlyEnough(ctx, site)) continue;
        const w = where(site);
        const method = match.captures.method.text;
        const fixedValue = method === 'remove' && isLiteral(callArgs(match.captures.finding)[0]);
        const distinct = method === 'remove' && !fixedValue && site.subject !== null && holdsDistinctValues(ctx, site.subject);
        const read = distinct && site.subject ? readByIndex(ctx, site.subject, match.captures.finding) : null;
        const after = read && site.subject ? say.readLeft({ line: read.line, read: quote(read.text), container: site.subject }) : '';
        if (w) report(site, say.scan({ ...w, method, remedy: fixedValue ? 'removeFixed' : distinct ? 'removeDistinct' : method, after }));
      }
    }
    // Every insertion or removal that shifts the list: at the front (the query's shapes), and
    // anywhere else the cost model sees one (`pop(i)`, `insert(i, x)`, `bisect.insort`).
    const front = new Set(ctx.matches('front-of-list').map((m) => m.captures.finding));
    for (const site of ctx.estimate.sites.filter((s) => s.kind === 'pop-front' || s.kind === 'insert-front')) {
      if (!isListLike(site) || !isCostlyEnough(ctx, site)) continue;
      const w = where(site);
      if (!w) continue;
      const call = quote(site.node.text);
      if (front.has(site.node)) report(site, site.kind === 'pop-front' ? say.popFront({ ...w, call }) : say.insertFront({ ...w, call }));
      // In the middle, only when the shifting is what makes the code slower: when the loops alone
      // already cost as much (a scan for the place to insert), no container fixes it.
      else if (!raisesClass(ctx, site)) continue;
      else if (/\binsort(_left|_right)?$/.test(site.node.child('function')?.text ?? '')) report(site, say.insortEach({ ...w, call }));
      else report(site, movesToEnd(site.node) ? say.moveToEnd({ ...w, call }) : say.shiftMiddle({ ...w, call }));
    }
    for (const match of ctx.matches('sort-call')) {
      const container = match.captures.container;
      for (const site of sitesAt(ctx, match.captures.finding).filter((s) => s.kind === 'sort')) {
        if (!growsInSameLoop(container.text, match.captures.finding) || !isCostlyEnough(ctx, site)) continue;
        const w = where(site);
        if (w) report(site, say.resort(w));
      }
    }
    findings.push(...lossyContainerFindings(ctx));
    return findings;
  },
});

/** A container that loses what the answer needs, reported only when wrong answers show it. */
function lossyContainerFindings(ctx: DetectorContext): Finding[] {
  const wrong = (ctx.tests ?? []).filter((t) => isFailing(t) && t.status === 'failed');
  if (wrong.length === 0) return [];
  const test = describeTest(wrong[0], ctx.params);
  const evidence = ['static', ...wrong.map((t) => `test:${t.id}`)];
  const nesting = countsForNesting(ctx.root);
  const found: LossyContainer[] = [...invertedMappings(ctx.root), ...(nesting ? [nesting] : [])];
  return found.map((container) => {
    const line = container.node.line;
    const message =
      container.kind === 'inverted-mapping'
        ? say.invertedMapping({ line, name: container.name, key: container.key!, test })
        : say.countsForNesting({ line, name: container.name, test });
    return makeFinding('wrong-data-structure', 'critical', CONFIDENCE.lossyContainer, line, message, evidence);
  });
}

/** `values = set(nums)`: a name bound to a set of exactly this list. */
function setMadeOf(body: PyNode, list: string): PyNode | null {
  return (
    findAll(body, 'assignment').find((a) => {
      const right = a.child('right');
      const args = right?.type === 'call' ? (right.child('arguments')?.namedChildren ?? []) : [];
      return a.child('left')?.type === 'identifier' && right?.child('function')?.text === 'set' && args.length === 1 && args[0].text === list;
    }) ?? null
  );
}

function isListLike(site: Site): boolean {
  return site.subjectKind === 'list' || site.subjectKind === 'unknown' || site.subjectKind === 'deque' || site.subjectKind === 'tuple';
}

/** `window = s[start:end]` assigned inside `loop`. */
function slicedInLoop(name: string, loop: import('../syntax.js').PyNode): boolean {
  return findAll(loop, 'assignment').some(
    (a) => a.child('left')?.text === name && a.child('right')?.type === 'subscript' && a.child('right')?.child('subscript')?.type === 'slice',
  );
}

/** `items.append(x)` (or insert, extend) in the loop that also sorts `items`. */
function growsInSameLoop(container: string, sortCall: import('../syntax.js').PyNode): boolean {
  const loop = loopsAround(sortCall)[0];
  return loop !== undefined && methodCallsOn(loop.child('body') ?? loop, container, GROWS).length > 0;
}

const GROWS: ReadonlySet<string> = new Set(['append', 'insert', 'extend']);

const FUNCTION_OR_MODULE = new Set(['function_definition', 'module']);
const LIST_BUILDERS = new Set(['sorted', 'list']);

/**
 * `key in keys` where `key = sorted(word)`: the value searched for is a list, which a set or a
 * dict cannot hold, so the advice names the hashable form. Null for anything else.
 */
function listValuedNeedle(test: PyNode): string | null {
  const needle = test.namedChildren[0];
  if (needle?.type !== 'identifier') return null;
  const scope = enclosing(test, FUNCTION_OR_MODULE);
  if (!scope) return null;
  const assigned = findAll(scope, 'assignment').filter((a) => a.child('left')?.text === needle.text);
  const isList = (value: PyNode | null): boolean =>
    value !== null && (value.type === 'list' || value.type === 'list_comprehension' || (value.type === 'call' && LIST_BUILDERS.has(calleeName(value))));
  return assigned.length > 0 && assigned.every((a) => isList(a.child('right'))) ? needle.text : null;
}

/** `0`, `-1`, `'a'`, `None`: one fixed value, not one that changes from call to call. */
const INDEX: ReadonlySet<string> = new Set(['index']);

/** `xs.append(xs.pop(i))`: the value taken out goes back at the end of the same list. */
function movesToEnd(pop: PyNode): boolean {
  const outer = pop.parent?.type === 'argument_list' ? pop.parent.parent : null;
  const list = pop.child('function')?.child('object')?.text;
  return outer?.type === 'call' && calleeName(outer) === 'append' && outer.child('function')?.child('object')?.text === list;
}

/** `xs = list(range(...))` or `xs = list(set(...))`: a list built from values that are all different. */
function holdsDistinctValues(ctx: DetectorContext, name: string): boolean {
  const body = ctx.entry?.body;
  if (!body) return false;
  return findAll(body, 'assignment').some((a) => {
    const right = a.child('right');
    if (a.child('left')?.text !== name || right?.type !== 'call' || calleeName(right) !== 'list') return false;
    const source = callArgs(right)[0];
    return source?.type === 'call' && ['range', 'set'].includes(calleeName(source));
  });
}

/** `xs[0]` read after the loop that removes from `xs`. */
function readByIndex(ctx: DetectorContext, name: string, removal: PyNode): PyNode | null {
  const body = ctx.entry?.body;
  const loop = loopsAround(removal).at(-1);
  if (!body || !loop) return null;
  return (
    findAll(body, 'subscript').find((read) => read.start > loop.end && read.child('value')?.text === name && read.child('subscript')?.type === 'integer') ??
    null
  );
}

function isLiteral(node: PyNode | undefined): boolean {
  if (!node) return false;
  if (node.type === 'unary_operator') return isLiteral(node.child('argument') ?? undefined);
  return ['integer', 'float', 'string', 'true', 'false', 'none'].includes(node.type);
}
