// Runs every check of `codementor problems validate` and returns the report; the command and
// the test suite both call validateProblemSet. Problems are validated concurrently (each one
// loads, runs its static checks, then sends its reference, slower.py and slow variants to the judge).
import type { Judge } from '../../api/src/modules/judge/judge.js';
import { ProblemNotFoundError, type ProblemLoader } from '../../api/src/modules/problems/problem-loader.js';
import { ProblemFormatError, type Problem } from '../../api/src/modules/problems/problem-schema.js';
import { checkReference, checkReferenceSpeed, checkSlowerSolution, isOverBudget, retimeReference, type LargeTestTimes } from './judged-checks.js';
import { mapConcurrently } from './map-concurrently.js';
import { checkSlowVariants, type SlowVariantsResult } from './slow-variant-checks.js';
import { checkProblemSet } from './set-checks.js';
import { checkHelpTexts } from './help-check.js';
import { checkStarterCode } from './starter-check.js';
import { checkStatementExamples } from './statement-examples.js';
import { checkEdgeCases, checkHiddenShare, checkLargeTests, checkRequiredShape, checkTargetPatterns, checkTestCount } from './test-set-checks.js';
import {
  PROBLEM_CHECKS,
  collectFailures,
  outcomeOf,
  skipped,
  type CheckOutcome,
  type ProblemCheck,
  type ProblemValidation,
  type ValidationReport,
} from './validation-result.js';

export interface ValidateOptions {
  loader: ProblemLoader;
  judge: Judge;
  /** Interpreter that reads the statements' example literals. */
  pythonBin: string;
  /** Problems validated at once. */
  concurrency: number;
  /** Validate this problem only and skip the set checks; throws ProblemNotFoundError if unknown. */
  slug?: string;
  onProblemStart?: (slug: string) => void;
  onProblemDone?: (validation: ProblemValidation, done: number, total: number) => void;
}

export async function validateProblemSet(options: ValidateOptions): Promise<ValidationReport> {
  const folderSlugs = await options.loader.listSlugs();
  if (options.slug !== undefined && !folderSlugs.includes(options.slug)) throw new ProblemNotFoundError(options.slug);
  const slugs = options.slug !== undefined ? [options.slug] : folderSlugs;
  let done = 0;
  const validated = await mapConcurrently(slugs, options.concurrency, async (slug) => {
    options.onProblemStart?.(slug);
    const result = await validateProblem(slug, options);
    options.onProblemDone?.(result.validation, ++done, slugs.length);
    return result;
  });
  // Second pass, one at a time: retime references that looked slow while other problems ran.
  for (const { validation, problem, largeTimes } of validated) {
    if (!problem || !largeTimes) continue;
    const times = isOverBudget(problem, largeTimes)
      ? await guarded(
          () => largeTimes,
          () => retimeReference(options.judge, problem, largeTimes),
        )
      : largeTimes;
    const { speed, largeMs } = checkReferenceSpeed(problem, times);
    validation.checks['ref-speed'] = speed;
    validation.referenceLargeMs = largeMs;
  }
  const problems = validated.map((v) => v.validation);
  const loaded = validated.flatMap((v) => (v.problem ? [v.problem] : []));
  const set = options.slug === undefined ? checkProblemSet(folderSlugs, loaded) : null;
  return { problems, set, failures: collectFailures(problems, set) };
}

function describeLoadError(error: unknown): string[] {
  if (error instanceof ProblemFormatError) return error.problems;
  return [`could not be loaded: ${error instanceof Error ? error.message : String(error)}`];
}

/** A check that throws (the judge is busy, python is missing...) fails instead of ending the run. */
async function guarded<T>(fallback: (details: string[]) => T, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    return fallback([`the check could not run: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

interface ValidatedProblem {
  validation: ProblemValidation;
  problem: Problem | null;
  /** The reference's large-test times, judged by the second pass (null when it did not run). */
  largeTimes: LargeTestTimes | null;
}

async function validateProblem(slug: string, options: ValidateOptions): Promise<ValidatedProblem> {
  const checks = Object.fromEntries(PROBLEM_CHECKS.map((check) => [check, skipped()])) as Record<ProblemCheck, CheckOutcome>;
  const validation: ProblemValidation = { slug, checks, referenceLargeMs: null, timeLimitMs: null, slowerVerdict: null, variantVerdicts: null };
  let problem: Problem;
  try {
    problem = await options.loader.load(slug);
  } catch (error) {
    checks.schema = outcomeOf(describeLoadError(error));
    return { validation, problem: null, largeTimes: null };
  }
  validation.timeLimitMs = problem.timeLimitMs;
  checks.schema = outcomeOf([]);
  checks.tests = checkTestCount(problem);
  checks.hidden = checkHiddenShare(problem);
  checks.edge = checkEdgeCases(problem);
  checks.large = checkLargeTests(problem);
  checks.starter = checkStarterCode(problem);
  checks.help = checkHelpTexts(problem);
  checks.patterns = checkTargetPatterns(problem);
  checks.required = checkRequiredShape(problem);
  checks.examples = await guarded(outcomeOf, () => checkStatementExamples(problem, options.pythonBin));

  const reference = await guarded<{ reference: CheckOutcome; largeTimes: LargeTestTimes | null }>(
    (details) => ({ reference: outcomeOf(details), largeTimes: null }),
    () => checkReference(options.judge, problem),
  );
  checks.reference = reference.reference;

  const slower = await guarded(
    (details) => ({ slower: outcomeOf(details), verdict: null }),
    () => checkSlowerSolution(options.judge, problem),
  );
  checks.slower = slower.slower;
  validation.slowerVerdict = slower.verdict;

  const variants = await guarded<SlowVariantsResult>(
    (details) => ({ variants: outcomeOf(details), verdicts: [] }),
    () => checkSlowVariants(options.judge, problem),
  );
  checks.variants = variants.variants;
  validation.variantVerdicts = variants.verdicts;
  return { validation, problem, largeTimes: reference.largeTimes };
}
