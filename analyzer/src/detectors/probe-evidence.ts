// Reading probe runs (probes.ts): which failing tests an unchecked assumption explains (an
// assumption probe such as `sorted` made the answer right) and which an extreme input explains
// (only an edge probe such as `non-empty` did). Shared by missing-validation and
// missing-edge-case so that one failing test is claimed by one of them, and the evidence is
// told in the learner's words ("on the same input sorted, your answer is right").
import { assumptionHolds, PROBE_NAMES, PROBE_PATTERN, type ProbeName } from '../probes.js';
import type { ProbeRun, TestResult } from '../types.js';
import { assumptionSite, learnerName, sortsItself } from './assumption-sites.js';
import type { DetectorContext, Template } from './detector.js';
import { classIndex } from '../cost.js';
import { formatValue } from '../format-value.js';
import { isFailing } from './test-failures.js';

export interface ProbeFix {
  probe: ProbeName;
  /** Runs of this probe that made a failing test right, in test order. */
  fixed: ProbeRun[];
  /** Failing tests this probe changed. */
  applied: number;
}

export interface ProbeVerdicts {
  /** Assumption probes that explain failures, the most convincing first. */
  assumptions: ProbeFix[];
  edges: ProbeFix[];
  /** Failing tests an assumption probe made right. */
  assumptionTests: Set<string>;
  /** Failing tests only an edge probe made right. */
  edgeTests: Set<string>;
}

/**
 * A probe explains the submission's failures when it made most of the failing tests it changed
 * right (at least one): a code wrong for another reason may pass one transformed input by
 * chance, rarely most of them.
 */
export function probeVerdicts(ctx: DetectorContext): ProbeVerdicts {
  // Three detectors read the same verdicts from one context: worked out once.
  let verdicts = verdictsByContext.get(ctx);
  if (!verdicts) verdictsByContext.set(ctx, (verdicts = readProbeVerdicts(ctx)));
  return verdicts;
}

const verdictsByContext = new WeakMap<DetectorContext, ProbeVerdicts>();

function readProbeVerdicts(ctx: DetectorContext): ProbeVerdicts {
  // A failure that the learner's own code passes with one bound moved is an off-by-one: a
  // transformed input that avoids the bad bound (a target that is present) proves nothing more.
  // A bound fix repairs every failing test it was rerun on; the few beyond the rerun's cap are
  // presumed the same off-by-one rather than credited to an assumption nothing else supports.
  const boundFixed = new Set(ctx.boundFixes.flatMap((f) => f.fixedTests));
  const boundExplainsAll = ctx.boundFixes.some((f) => f.stillFailing.length === 0);
  const failing = new Set(
    (ctx.tests ?? []).filter((t) => isFailing(t) && !t.tags.includes('large') && !boundExplainsAll && !boundFixed.has(t.id)).map((t) => t.id),
  );
  const fixes: ProbeFix[] = [];
  for (const probe of PROBE_NAMES) {
    const runs = ctx.probes.filter((r) => r.probe === probe && failing.has(r.test));
    const fixed = runs.filter((r) => r.fixed);
    const applied = new Set(runs.map((r) => r.test)).size;
    if (fixed.length > 0 && 2 * new Set(fixed.map((r) => r.test)).size > applied && credible(ctx, probe, fixed[0])) fixes.push({ probe, fixed, applied });
  }
  fixes.sort((a, b) => b.fixed.length - a.fixed.length || b.fixed.length / b.applied - a.fixed.length / a.applied);
  const assumptions = fixes.filter((f) => patternOf(ctx, f) === 'missing-validation');
  const edges = fixes
    .filter((f) => patternOf(ctx, f) === 'missing-edge-case')
    .map((f) => ({ ...f, fixed: f.fixed.filter((run) => !confounded(ctx, run, assumptions)) }))
    .filter((f) => f.fixed.length > 0);
  const assumptionTests = new Set(assumptions.flatMap((f) => f.fixed.map((r) => r.test)));
  const edgeTests = new Set(edges.flatMap((f) => f.fixed.map((r) => r.test)).filter((t) => !assumptionTests.has(t)));
  return { assumptions, edges, assumptionTests, edgeTests };
}

/**
 * An extreme-input probe's run that also made an assumption the code relies on true (an empty
 * list given one element, the target): it cannot say which of the two was the problem.
 */
function confounded(ctx: DetectorContext, run: ProbeRun, assumptions: ProbeFix[]): boolean {
  const original = testOf(ctx, run)?.input ?? [];
  return assumptions.some((fix) => assumptionHolds(fix.probe, run.input) === true && assumptionHolds(fix.probe, original) === false);
}

/**
 * What a fixing probe shows. Removing repeated values or negative numbers tells of an extreme
 * input when the inputs it fixed were made of nothing else (all values equal, all negative);
 * when they were mixed, the code is built on values being distinct or non-negative, which the
 * statement does not promise: an unchecked assumption. The other probes always mean one thing.
 */
function patternOf(ctx: DetectorContext, fix: ProbeFix): 'missing-validation' | 'missing-edge-case' {
  if (fix.probe !== 'distinct' && fix.probe !== 'non-negative') return PROBE_PATTERN[fix.probe];
  const extreme = (values: unknown[]) =>
    fix.probe === 'distinct' ? values.every((v) => JSON.stringify(v) === JSON.stringify(values[0])) : values.every((v) => typeof v === 'number' && v < 0);
  const extremeRuns = fix.fixed.filter((run) => {
    const original = testOf(ctx, run)?.input ?? [];
    const lists = run.changed.map((param) => original[ctx.params.indexOf(param)]).filter((a): a is unknown[] => Array.isArray(a));
    return lists.length > 0 && lists.every(extreme);
  });
  return 2 * extremeRuns.length >= fix.fixed.length ? 'missing-edge-case' : 'missing-validation';
}

/**
 * Sorting changes more than what order-dependent code sees (positions, the order of results),
 * so `sorted` counts only with a comparison that relies on order, in code that does not sort
 * the argument by itself.
 */
function credible(ctx: DetectorContext, probe: ProbeName, run: ProbeRun): boolean {
  if (probe !== 'sorted') return true;
  return !sortsItself(ctx, run.changed) && assumptionSite(ctx, probe, run.changed, sequenceOf(ctx, run)) !== null;
}

/** The argument a probe's assumption is about, when it changed another one (`k` is about `nums`). */
export function sequenceOf(ctx: DetectorContext, run: ProbeRun): string {
  const index = run.input.findIndex((a, i) => (Array.isArray(a) || typeof a === 'string') && !run.changed.includes(ctx.params[i] ?? ''));
  return index >= 0 && ctx.params[index] ? ctx.params[index] : 'the list';
}

export interface Words {
  /** The changed arguments in code quotes, in the learner's names: "`nums`". */
  names: string;
  /** The first of them, bare: "nums". */
  name: string;
  /** Their new values: "k = 3". */
  value: string;
  /** The sequence the assumption is about, in the learner's name. */
  sequence: string;
  /** The changed argument holds lists (intervals, pairs): sorting is the only fix, hashing is none. */
  holdsLists: boolean;
  /** The problem's answer is a list of lists (triplets, groups), so repeated answers can be set-collected. */
  answersAreLists: boolean;
  /** The answer is positions in the sequence (`[1, 2]` for two-sum): sorting has to carry them along. */
  answersArePositions: boolean;
  /** The problem accepts less than O(n log n), so sorting first is no way out. */
  sortTooSlow: boolean;
  /** A slice cut at `len - k`: a negative cut wraps once, so the code is right up to twice the length. */
  cutWrapsOnce?: boolean;
  /** The size written in a table indexed by character codes (`[0] * 256`): what "plain ASCII" means for this code. */
  codeTableSize?: number;
}

const code = (name: string) => `\`${name}\``;

/** What the submission assumes, as a clause: "`nums` is sorted". */
export const assumption: Record<ProbeName, Template<Words>> = {
  sorted: (p) => `${p.names} is sorted`,
  'k-mod-len': (p) => (p.cutWrapsOnce ? `${p.names} is less than twice len(${p.sequence})` : `${p.names} is at most len(${p.sequence})`),
  'k-clamp-len': (p) => `${p.names} is at most len(${p.sequence})`,
  'k-clamp-distinct': (p) => `${p.names} is at most the number of different values in ${code(p.sequence)}`,
  'k-positive': (p) => `${p.names} is at least 1`,
  'target-present': (p) => `${p.names} occurs in ${code(p.sequence)}`,
  lowercase: () => 'every character is a lowercase letter a-z',
  ascii: (p) =>
    p.codeTableSize !== undefined && p.codeTableSize !== 128
      ? `every character's code (its \`ord\`) is below ${p.codeTableSize}`
      : 'every character is plain ASCII',
  'non-empty': (p) => `${p.names} is not empty`,
  distinct: (p) => `the values of ${p.names} are all different`,
  'non-negative': (p) => `${p.names} holds no negative number`,
  'non-zero': (p) => `${p.names} holds no zero`,
};

/** What the probe showed, as a clause: "on the same input with `nums` sorted, your answer is right". */
export const showed: Record<ProbeName, Template<Words>> = {
  sorted: (p) => `on the same input with ${p.names} sorted (${p.value}), your answer is right`,
  'k-mod-len': (p) => `with ${p.names} reduced modulo the length (${p.value}), your answer is right`,
  'k-clamp-len': (p) => `with ${p.names} lowered to the length (${p.value}), your answer is right`,
  'k-clamp-distinct': (p) => `with ${p.names} lowered to the number of different values (${p.value}), your answer is right`,
  'k-positive': (p) => `with ${p.names} raised to 1, your answer is right`,
  'target-present': (p) => `with a ${p.names} that is present (${p.value}), your answer is right`,
  lowercase: (p) => `on the same input with its characters renamed to lowercase letters a-z (${p.value}), your answer is right`,
  ascii: (p) => `on the same input with its non-ASCII characters replaced by ASCII ones (${p.value}), your answer is right`,
  'non-empty': (p) => `with a non-empty ${p.names} (${p.value}), your answer is right`,
  distinct: (p) => `on the same input without its repeated values (${p.value}), your answer is right`,
  'non-negative': (p) => `on the same input with the negative numbers made positive (${p.value}), your answer is right`,
  'non-zero': (p) => `on the same input with the zeros replaced by ones (${p.value}), your answer is right`,
};

/** The fields of the templates for one run. */
export function wordsOf(ctx: DetectorContext, run: ProbeRun): Words {
  const mine = run.changed.map((param) => learnerName(ctx, param));
  const value = run.changed.map((param, i) => `${mine[i]} = ${formatValue(run.input[ctx.params.indexOf(param)])}`).join(', ');
  const sequence = sequenceOf(ctx, run);
  const holdsLists = run.changed.some((param) => {
    const argument = run.input[ctx.params.indexOf(param)];
    return Array.isArray(argument) && argument.some(Array.isArray);
  });
  const expected = testOf(ctx, run)?.expected;
  return {
    names: mine.map(code).join(' and '),
    name: mine[0] ?? '',
    value,
    sequence: sequence === 'the list' ? sequence : learnerName(ctx, sequence),
    holdsLists,
    answersAreLists: Array.isArray(expected) && expected.some(Array.isArray),
    answersArePositions: holdsPositionsOf(expected, run.input[ctx.params.indexOf(run.changed[0])]),
    sortTooSlow: ctx.problem !== null && classIndex(ctx.problem.acceptable) < classIndex('O(n log n)'),
  };
}

/** `[1, 2]` against a sequence of four: a non-empty list of whole numbers that are all positions in it. */
function holdsPositionsOf(answer: unknown, sequence: unknown): boolean {
  if (!Array.isArray(answer) || answer.length === 0 || !Array.isArray(sequence)) return false;
  return answer.every((value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) < sequence.length);
}

/** The failing test a probe run was made from. */
export function testOf(ctx: DetectorContext, run: ProbeRun): TestResult | undefined {
  return ctx.tests?.find((t) => t.id === run.test);
}
