// The `variants` check: problems/<slug>/slow-variants/*.py are typical correct solutions of a
// worse class than `acceptable` whose costly step runs in C (list.insert(0, x), pop(0), `in` on
// a list, slicing or concatenation in a loop, str.count in a loop...). slower.py alone, a loop
// written in Python, can be caught by tests far below the statement's limits; these show the
// large tests also stop the quadratic work that CPython does at memmove speed.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Judge } from '../../api/src/modules/judge/judge.js';
import type { Problem } from '../../api/src/modules/problems/problem-schema.js';
import { slowSolutionFailures } from './judged-checks.js';
import { outcomeOf, type CheckOutcome } from './validation-result.js';

export const SLOW_VARIANTS_DIR = 'slow-variants';
/** Fewer than this and one idiom would stand for the whole worse class. */
export const MIN_SLOW_VARIANTS = 2;
/** A large test may stop a variant by its time limit or by a failure that its size causes (recursion, memory). */
const REFUSALS = ['time_limit_exceeded', 'runtime_error', 'memory_limit_exceeded'] as const;

export interface SlowVariantVerdict {
  /** The file name inside slow-variants/. */
  name: string;
  verdict: string;
}

export interface SlowVariantsResult {
  variants: CheckOutcome;
  verdicts: SlowVariantVerdict[];
}

/** The variant files of a problem, sorted; empty when the folder is missing. */
export async function listSlowVariants(problem: Pick<Problem, 'dir'>): Promise<string[]> {
  try {
    const entries = await readdir(path.join(problem.dir, SLOW_VARIANTS_DIR), { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.py'))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** Judges every variant on all tests, one after another (the problems themselves run concurrently). */
export async function checkSlowVariants(judge: Judge, problem: Problem): Promise<SlowVariantsResult> {
  const names = await listSlowVariants(problem);
  const details: string[] = [];
  if (names.length < MIN_SLOW_VARIANTS) {
    details.push(`${SLOW_VARIANTS_DIR}/ holds ${names.length} variant${names.length === 1 ? '' : 's'}, at least ${MIN_SLOW_VARIANTS} required`);
  }
  const verdicts: SlowVariantVerdict[] = [];
  for (const name of names) {
    const code = await readFile(path.join(problem.dir, SLOW_VARIANTS_DIR, name), 'utf8');
    const report = await judge.judge({ problem, code, scope: 'all' });
    verdicts.push({ name, verdict: report.verdict });
    details.push(...slowSolutionFailures(problem, report, `${SLOW_VARIANTS_DIR}/${name}`, REFUSALS));
  }
  return { variants: outcomeOf(details), verdicts };
}
