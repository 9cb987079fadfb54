// suboptimal-complexity: the algorithm is in a slower class than the problem accepts. Growth
// measurements decide when present (they name the line whose count grows fastest); otherwise
// the static estimate, which names the loops or the operation behind it. Without a problem,
// only what is slow whatever the task: recursion that recomputes the same calls exponentially.
import { dominantSite, type Site } from '../complexity.js';
import { classIndex, classOf, hasSize, isGuess } from '../cost.js';
import type { PyNode } from '../syntax.js';
import { findAll } from '../syntax-queries.js';
import type { Finding, TimeClass } from '../types.js';
import { defineDetector, type DetectorContext, type Template } from './detector.js';
import { describeLoop, exceedsAcceptable, lineText, makeFinding, quote } from './helpers.js';
import { classifyFailure, isFailing } from './test-failures.js';

const say = {
  measured: (p: { factor: string | null; time: TimeClass; optimal: TimeClass; acceptable: TimeClass; hot: string }) =>
    `${p.factor ? `Doubling n multiplied the work by about ${p.factor}: ${p.time}` : `Measured at growing input sizes, the work grows like ${p.time}`}; this problem has an ${p.optimal} solution (${p.acceptable} is accepted).${p.hot}`,
  hotLine: (p: { line: number; times: string; what: string }) => ` Line ${p.line} runs on the order of ${p.times} times: ${p.what}.`,
  estimated: (p: { time: TimeClass; reason: string; optimal: TimeClass; acceptable: TimeClass }) =>
    `Your solution is ${p.time}: ${p.reason}. This problem has an ${p.optimal} solution (${p.acceptable} is accepted).`,
  timedOut: (p: { tests: string; time: TimeClass; reason: string; acceptable: TimeClass }) =>
    `${p.tests} ran out of time: the solution is ${p.time} (${p.reason}) where ${p.acceptable} is needed.`,
  exponential: (p: RepeatedRecursion) => `${repeatsItself(p)}: O(2^n). Cache the results (@functools.cache or a dict) and it runs once per distinct argument.`,
  recursion: (p: RepeatedRecursion) => repeatsItself(p),
} satisfies Record<string, Template<never>>;

interface RepeatedRecursion {
  name: string;
  calls: string;
  line: number;
}

function repeatsItself(p: RepeatedRecursion): string {
  return `\`${p.name}\` calls itself ${p.calls} per call (line ${p.line}) and never remembers a result, so the same arguments are solved again and again`;
}

/** Calibration: growth measured above the acceptable class (and the static estimate agreeing, or
 * not), a large test out of time, a static estimate alone (with a size it had to guess), and
 * recursion that recombines its own results with no cache. */
const CONFIDENCE = {
  measuredAndStatic: 0.95,
  measured: 0.88,
  timedOut: 0.92,
  estimated: 0.8,
  guessedSize: 0.6,
  exponentialRecursion: 0.85,
} as const;

export const suboptimalComplexity = defineDetector({
  id: 'suboptimal-complexity',
  title: 'Slower than the problem needs',
  docs: {
    what: "The algorithm's time class is worse than the class the problem accepts: nested loops over the same input, brute force over all pairs or triples, recursion that recomputes the same subproblems, sorting inside a loop.",
    why: 'Interview problems are chosen so that the expected idea beats brute force; on large inputs the slower class runs out of time, and the interviewer is asking for the idea.',
    plainWhy:
      'In an interview a slow first idea is a fine start, but you will nearly always be asked to make it faster. Finding the wasted steps yourself shows real understanding.',
    expertWhy:
      'Interviewers weigh whether you can argue your bound and whether it meets the expected one; stopping above it without naming the path down caps the signal.',
    example: 'for i in range(len(nums)):\n    for j in range(i + 1, len(nums)):\n        if nums[i] + nums[j] == target:\n            return [i, j]',
    better: 'seen = {}\nfor i, x in enumerate(nums):\n    if target - x in seen:\n        return [seen[target - x], i]\n    seen[x] = i',
    knownMisses:
      'Without a problem only exponential recursion is reported. The static estimate can miss costs hidden in library calls it does not know, and treats an inner loop as amortized only for the common shapes (sliding windows, stacks, pointer jumps).',
  },
  queries: [],
  detect(ctx) {
    if (!ctx.problem) return detectExponential(ctx);
    const { acceptable, optimal } = ctx.problem;
    const timeouts = (ctx.tests ?? []).filter((t) => isFailing(t) && classifyFailure(t) === 'slow');
    const timeoutEvidence = timeouts.map((t) => `test:${t.id}`);
    const staticSlow = classIndex(ctx.estimate.time) > classIndex(acceptable);
    const site = dominantSite(ctx.estimate);
    // Work done inside a built-in (`in` on a list, a slice, `insert`) is invisible to the line
    // counts growth runs take, which then name the loop around it: the costly call is the line.
    const hiddenCost = site && site.kind !== 'loop' && site.kind !== 'recursion' && hasSize(site.opCost) ? site : null;
    // Exponential work comes from the calls that repeat, not from the loop each call runs.
    const recursion = ctx.estimate.time === 'O(2^n)' ? exponentialRecursions(ctx)[0] : undefined;
    const line = recursion?.line ?? hiddenCost?.line ?? ctx.growth?.hotLine?.line ?? site?.line ?? ctx.entry?.line ?? 1;

    // An exponential fit for code with no exponential structure is an early exit's noise (where
    // the answer sits moves with the size), not a class to quote: the static estimate speaks.
    const growthBelievable = ctx.growth !== null && !(ctx.growth.time === 'O(2^n)' && ctx.estimate.time !== 'O(2^n)');
    if (exceedsAcceptable(ctx) && ctx.growth && growthBelievable && classIndex(ctx.growth.time) > classIndex(acceptable)) {
      const hot = ctx.growth.hotLine;
      const hotText = recursion
        ? ` ${say.recursion(recursion)}.`
        : hot
          ? say.hotLine({ line: hot.line, times: hot.time.replace(/^O\((.*)\)$/, '$1'), what: describeLine(ctx, hot.line) })
          : '';
      const message = say.measured({
        factor: factorFitting(ctx.growth.doublingFactor, ctx.growth.time),
        time: ctx.growth.time,
        optimal,
        acceptable,
        hot: hotText,
      });
      const evidence = ['growth', ...(staticSlow ? ['static'] : []), ...timeoutEvidence];
      return [makeFinding('suboptimal-complexity', 'warning', staticSlow ? CONFIDENCE.measuredAndStatic : CONFIDENCE.measured, line, message, evidence)];
    }
    if (!staticSlow) return [];
    // Growth measured and within bounds: trust it unless the static cost hides in built-ins
    // (`in` on a list, slicing, sorting), which counted Python lines do not see.
    // A large test that ran out of time outweighs a measured average case.
    if (ctx.growth && growthBelievable && site && site.kind === 'loop' && timeouts.length === 0) return [];
    const reason = recursion ? say.recursion(recursion) : site ? explainSite(site) : 'the loops around the main work are nested';
    if (timeouts.length > 0) {
      const tests = timeouts.length === 1 ? `Test ${timeouts[0].id} (a large input)` : `${timeouts.length} large tests`;
      return [
        makeFinding('suboptimal-complexity', 'critical', CONFIDENCE.timedOut, line, say.timedOut({ tests, time: ctx.time, reason, acceptable }), [
          'static',
          ...timeoutEvidence,
        ]),
      ];
    }
    const confidence = site && isGuess(site.cost) ? CONFIDENCE.guessedSize : CONFIDENCE.estimated;
    return [makeFinding('suboptimal-complexity', 'warning', confidence, line, say.estimated({ time: ctx.time, reason, optimal, acceptable }), ['static'])];
  },
});

/** Without a problem: exponential recursion that recombines its own results (not backtracking). */
function detectExponential(ctx: DetectorContext): Finding[] {
  if (ctx.estimate.time !== 'O(2^n)') return [];
  return exponentialRecursions(ctx).map((recursion) =>
    makeFinding('suboptimal-complexity', 'warning', CONFIDENCE.exponentialRecursion, recursion.line, say.exponential(recursion), ['static']),
  );
}

/** Functions that call themselves more than once per call and combine the results, with no cache: where they call themselves. */
function exponentialRecursions(ctx: DetectorContext): RepeatedRecursion[] {
  const found: RepeatedRecursion[] = [];
  for (const [fn, cost] of ctx.estimate.functions) {
    const recursion = cost.recursion;
    if (!recursion || recursion.kind !== 'exponential' || recursion.callsPerCall === Infinity) continue;
    // Results combined (`f(n - 1) + f(n - 2)`, `max(f(i + 1), ...)`): overlapping subproblems.
    const combined = recursion.selfCalls.some((call) => call.parent?.type !== 'expression_statement');
    // A search that marks and unmarks shared state (backtracking) cannot cache its results.
    if (!combined || mutatesSharedState(fn.body)) continue;
    const calls = recursion.callsPerCall === 2 ? 'twice' : `${recursion.callsPerCall} times`;
    found.push({ name: fn.name, calls, line: recursion.selfCalls[0].line });
  }
  return found;
}

/** Writes to containers the function did not create: `board[r][c] = ...`, `path.append(...)`. */
function mutatesSharedState(body: PyNode): boolean {
  const local = new Set(
    findAll(body, 'assignment')
      .map((a) => a.child('left'))
      .filter((l): l is PyNode => l?.type === 'identifier')
      .map((l) => l.text),
  );
  const base = (node: PyNode | null): string | null => {
    let n = node;
    while (n && (n.type === 'subscript' || n.type === 'attribute')) n = n.type === 'subscript' ? n.child('value') : n.child('object');
    return n?.type === 'identifier' ? n.text : null;
  };
  for (const a of findAll(body, 'assignment|augmented_assignment')) {
    const left = a.child('left');
    const name = left && left.type !== 'identifier' ? base(left) : null;
    if (name && !local.has(name)) return true;
  }
  return findAll(body, 'call').some((c) => {
    const fn = c.child('function');
    const name =
      fn?.type === 'attribute' && /^(append|add|pop|remove|extend|discard|insert|update)$/.test(fn.child('attribute')?.text ?? '')
        ? base(fn.child('object'))
        : null;
    return name !== null && !local.has(name);
  });
}

function explainSite(site: Site): string {
  const sized = site.loops.filter((l) => l.factors.some((f) => f.t === 'n'));
  if (site.kind === 'recursion') return `\`${site.subject ?? 'the function'}\` calls itself so often that the calls grow as ${classOf(site.cost)}`;
  if (site.kind === 'loop') {
    if (sized.length >= 2) {
      const [outer, ...inner] = sized;
      return `${describeLoop(inner[inner.length - 1])} runs inside ${describeLoop(outer)}${inner.length > 1 ? ` (${sized.length} loops deep)` : ''}`;
    }
    return `${sized[0] ? describeLoop(sized[0]) : `the loop on line ${site.line}`} runs ${classOf(site.cost).replace(/^O\((.*)\)$/, '$1')} times`;
  }
  const what = `\`${quote(site.what, 35)}\` on line ${site.line}`;
  const loop = sized[sized.length - 1];
  return loop ? `${what} costs O(n) each time and runs inside ${describeLoop(loop)}` : `${what} costs ${classOf(site.opCost)}`;
}

function describeLine(ctx: DetectorContext, line: number): string {
  const site = ctx.estimate.sites.find((s) => s.line === line && s.kind !== 'loop') ?? ctx.estimate.sites.find((s) => s.line === line);
  const text = quote(lineText(ctx, line), 40);
  if (!site) return `\`${text}\``;
  switch (site.kind) {
    case 'membership':
      return `the \`in\` test on the list \`${site.subject ?? ''}\``;
    case 'scan-method':
      return `\`${quote(site.what, 30)}\` scans the list`;
    case 'slice':
      return `the slice \`${quote(site.what, 30)}\` copies`;
    case 'loop':
      return site.loops.length > 1 ? `\`${text}\`, a loop nested in another` : `\`${text}\``;
    default:
      return `\`${text}\``;
  }
}

/** Doubling factors each class predicts: n doubles the work, n^2 quadruples it... */
const PREDICTED_FACTOR: Partial<Record<TimeClass, number>> = { 'O(n)': 2, 'O(n log n)': 2.2, 'O(n^2)': 4, 'O(n^3)': 8 };

/**
 * The measured factor, when it reads as the class it is quoted with: a factor of 3.2 beside
 * "O(n^3)" (the fit used more sizes than one doubling) would contradict itself, and 2.9 beside
 * "O(n^2)" is what code that stops early (where its answer sits) gives: both are left out.
 */
const FACTOR_TOLERANCE_LOG2 = 0.3;

function factorFitting(factor: number, time: TimeClass): string | null {
  const predicted = PREDICTED_FACTOR[time];
  if (predicted === undefined) return formatFactor(factor);
  return Math.abs(Math.log2(factor) - Math.log2(predicted)) <= FACTOR_TOLERANCE_LOG2 ? formatFactor(factor) : null;
}

function formatFactor(factor: number): string {
  if (!Number.isFinite(factor) || factor > 1000) return 'more than 1000';
  return factor >= 10 ? String(Math.round(factor)) : String(Math.round(factor * 10) / 10);
}
