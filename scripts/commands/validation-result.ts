// The vocabulary of `codementor problems validate`: the checks it runs on each problem, their
// outcomes, and the failures it prints as `FAIL <slug>: <check>: <detail>`.
import type { SlowVariantVerdict } from './slow-variant-checks.js';

/** Per-problem checks, in the order of the table's columns. */
export const PROBLEM_CHECKS = [
  'schema', // the loader accepts the folder (front matter, tests.json, generated tests)
  'tests', // at least 10 tests
  'hidden', // at least half of them hidden
  'edge', // at least 3 tests tagged edge:*
  'large', // at least one `large` test made by generate
  'examples', // 2-3 statement examples, each equal to a public `example` test
  'starter', // starter.py parses and defines the entry point with the params
  'help', // distinct hints without code; explanation.md of 90-180 words ending with the classes
  'patterns', // targetPatterns non-empty
  'required', // slug, entry point, comparator, classes, category as in required-problems.ts
  'reference', // solution.py accepted on every test by the judge
  'ref-speed', // solution.py under a tenth of the time limit on every large test, in CPU time
  'slower', // slower.py passes the small tests and exceeds the time limit on a large one
  'variants', // each of slow-variants/*.py (at least 2) passes the small tests and is stopped by a large one
] as const;
export type ProblemCheck = (typeof PROBLEM_CHECKS)[number];

/** Checks over the whole set; skipped with --slug. */
export const SET_CHECKS = ['unique-slugs', 'required-set', 'categories'] as const;
export type SetCheck = (typeof SET_CHECKS)[number];

/** `skipped`: an earlier failure (usually schema) left nothing to check. */
export type CheckStatus = 'passed' | 'failed' | 'skipped';

export interface CheckOutcome {
  status: CheckStatus;
  /** Why it failed, one entry per problem found; empty when it passed. */
  details: string[];
}

export interface ProblemValidation {
  slug: string;
  checks: Record<ProblemCheck, CheckOutcome>;
  /** Slowest CPU time of the reference on a large test, ms (wall time where the harness gave none; null when it did not run). */
  referenceLargeMs: number | null;
  timeLimitMs: number | null;
  /** The judge's verdict on slower.py (null when it did not run). */
  slowerVerdict: string | null;
  /** The judge's verdict on each of slow-variants/*.py (null when they did not run). */
  variantVerdicts: SlowVariantVerdict[] | null;
}

export interface Failure {
  /** A problem's slug, or `problem-set` for a failure of the set as a whole. */
  subject: string;
  check: ProblemCheck | SetCheck;
  detail: string;
}

export interface ValidationReport {
  problems: ProblemValidation[];
  /** Null when the set checks were skipped (--slug). */
  set: Record<SetCheck, CheckOutcome> | null;
  failures: Failure[];
}

export const passed = (): CheckOutcome => ({ status: 'passed', details: [] });
export const skipped = (): CheckOutcome => ({ status: 'skipped', details: [] });
/** Passes when there is nothing to complain about. */
export const outcomeOf = (details: string[]): CheckOutcome => (details.length === 0 ? passed() : { status: 'failed', details });

export function formatFailure(failure: Failure): string {
  return `FAIL ${failure.subject}: ${failure.check}: ${failure.detail}`;
}

/** Every failed check of a report, problems first (in slug order), then the set. */
export function collectFailures(problems: ProblemValidation[], set: ValidationReport['set']): Failure[] {
  const failures: Failure[] = [];
  for (const problem of problems) {
    for (const check of PROBLEM_CHECKS) {
      for (const detail of problem.checks[check].details) failures.push({ subject: problem.slug, check, detail });
    }
  }
  for (const check of SET_CHECKS) {
    for (const detail of set?.[check].details ?? []) failures.push({ subject: 'problem-set', check, detail });
  }
  return failures;
}
