// Bound fixes: variants of the learner's own code with one bound or comparison moved by one
// (analyzer/src/bound-variants.ts), run on the submission's small failing tests and on its
// passing ones. A variant that makes failing tests pass and breaks none that passed locates an
// off-by-one exactly: the node, and which way it is off. Variants are learner code, so they run
// in the sandbox, all of them in one run of the judge's executor (judge.judgeVariants), with a
// per-test time limit near the learner's own times so a variant that loops costs little. The
// learner's code runs again in the same batch, so a failure that came from load or chance is
// never credited to a bound.
import { generateBoundVariants, type BoundFix, type BoundVariant } from '../../../../analyzer/src/index.js';
import type { Judge, JudgePriority, TestReport } from '../judge/index.js';
import type { Problem } from '../problems/index.js';
import { withTests } from './synthetic-problem.js';

// Enough for every bound and comparison of a typical solution, then its `+ 1` terms and indices.
const MAX_VARIANTS = 16;
const MAX_FAILING = 8;
const MAX_TESTS = 16;
/** Fixes reported at most: the best one, and one more when it fixes tests the best does not. */
const MAX_FIXES = 2;

const isFailure = (test: TestReport) => test.status === 'failed' || test.status === 'error' || test.status === 'timeout';

/** Per-test CPU limit of the variants: twenty times the slowest passing test, within 50-300 ms. */
export function variantTimeLimitMs(problem: Problem, passing: TestReport[]): number {
  const slowest = Math.max(1, ...passing.map((test) => test.cpu_ms ?? test.time_ms ?? 1));
  return Math.min(problem.timeLimitMs, Math.max(50, Math.min(300, 20 * slowest)));
}

/** The tests the variants run on: the small failing ones first, then the small passing ones. */
export function variantTests(tests: TestReport[]): { failing: TestReport[]; passing: TestReport[] } {
  const small = tests.filter((test) => !test.tags.includes('large'));
  const failing = small.filter(isFailure).slice(0, MAX_FAILING);
  const passing = small.filter((test) => test.status === 'passed').slice(0, MAX_TESTS - failing.length);
  return { failing, passing };
}

/** Which variants fix every failing test without breaking a passing one; the first of them. */
export function fixesOf(variants: BoundVariant[], reports: TestReport[][], failing: TestReport[], passing: TestReport[]): BoundFix[] {
  const candidates: BoundFix[] = [];
  variants.forEach((variant, k) => {
    const byId = new Map(reports[k].map((test) => [test.id, test]));
    const passes = (test: TestReport) => byId.get(test.id)?.status === 'passed';
    if (!passing.every(passes)) return;
    const fixedTests = failing.filter(passes).map((test) => test.id);
    // Every failing test, not some: a change that fixes a few of them by coincidence is common
    // (a slice one longer that happens to count right on short inputs), one that fixes all is not.
    if (fixedTests.length === 0 || fixedTests.length < failing.length) return;
    const { code: _code, ...change } = variant;
    candidates.push({ ...change, fixedTests, stillFailing: failing.filter((test) => !passes(test)).map((test) => test.id) });
  });
  // Most tests fixed first; among equals, a bound or a comparison before a single index or `+ 1`
  // term (moving `len(xs)` to `len(xs) - 1` fixes the pointer; `xs[j - 1]` only patches one read
  // of it), then the generator's order (focused lines, likelier kinds).
  const patchesOneUse = (fix: BoundFix) => (fix.kind === 'index' || fix.kind === 'offset-term' ? 1 : 0);
  candidates.sort((a, b) => b.fixedTests.length - a.fixedTests.length || patchesOneUse(a) - patchesOneUse(b));
  const chosen: BoundFix[] = [];
  const covered = new Set<string>();
  for (const fix of candidates) {
    if (chosen.length >= MAX_FIXES) break;
    if (chosen.length > 0 && fix.fixedTests.every((id) => covered.has(id))) continue;
    chosen.push(fix);
    for (const id of fix.fixedTests) covered.add(id);
  }
  return chosen;
}

/**
 * Bound variants of `code` that fix some of its failing tests and break none of its passing
 * ones. Nothing runs when the submission fails no small test or the judge runs no variants.
 */
export async function findBoundFixes(
  judge: Judge,
  problem: Problem,
  code: string,
  tests: TestReport[],
  priority: JudgePriority = 'interactive',
): Promise<BoundFix[]> {
  if (!judge.judgeVariants) return [];
  const { failing, passing } = variantTests(tests);
  if (failing.length === 0) return [];
  const focusLines = failing.map((test) => test.error?.line).filter((line): line is number => typeof line === 'number');
  const variants = generateBoundVariants(code, { focusLines, max: MAX_VARIANTS });
  if (variants.length === 0) return [];
  const chosen = [...failing, ...passing];
  const synthetic = {
    ...withTests(
      problem,
      'bound-variants',
      chosen.map((test) => ({ id: test.id, input: test.input, expected: test.expected, tags: test.tags })),
    ),
    timeLimitMs: variantTimeLimitMs(problem, passing),
  };
  // The learner's code itself runs first in the same batch, as a control: a test it passes (or
  // fails) this time is decided by timing or chance, not by a bound, and tells nothing.
  const [control, ...reports] = await judge.judgeVariants({ problem: synthetic, programs: [code, ...variants.map((variant) => variant.code)], priority });
  const steady = (test: TestReport, status: 'passed' | 'failing') => {
    const again = control.find((t) => t.id === test.id)?.status;
    return status === 'passed' ? again === 'passed' : again !== undefined && again !== 'passed' && again !== 'skipped';
  };
  return fixesOf(
    variants,
    reports,
    failing.filter((test) => steady(test, 'failing')),
    passing.filter((test) => steady(test, 'passed')),
  );
}
