// Mutant evidence: typical mistakes applied to the reference solution are run on the tests the
// submission failed. A mutant that reproduces every one of the submission's wrong outputs (or
// crashes with the same exception) names the mistake with high confidence.
import { generateMutants, type MutantMatch } from '../../../../analyzer/src/index.js';
import { valuesMatch } from '../judge/comparators.js';
import type { Judge } from '../judge/judge.js';
import type { JudgePriority, TestReport } from '../judge/types.js';
import type { Problem } from '../problems/problem-schema.js';
import { withTests } from './synthetic-problem.js';

const MAX_MUTANTS = 16;

const sameOutcome = (problem: Problem, mine: TestReport, mutant: TestReport) =>
  mine.status === 'error'
    ? mutant.status === 'error' && mutant.error?.type === mine.error?.type
    : mine.status === 'failed' && mutant.status !== 'error' && mutant.status !== 'timeout' && valuesMatch(mine.actual, mutant.actual, problem);

/** Mutants of the reference whose outputs equal the submission's on all its failing tests. */
export async function matchMutants(judge: Judge, problem: Problem, failing: TestReport[], priority: JudgePriority = 'interactive'): Promise<MutantMatch[]> {
  const comparable = failing.filter((test) => test.status === 'failed' || test.status === 'error');
  if (comparable.length === 0) return [];
  // The large tests tell apart speed, not mistakes; running mutants on them only costs time.
  const small = comparable.filter((test) => !test.tags.includes('large'));
  if (small.length === 0) return [];
  const synthetic = withTests(problem, 'mutants', small.map((test) => ({ id: test.id, input: test.input })));
  const mutants = generateMutants(problem.solutionCode).slice(0, MAX_MUTANTS);
  const reports = await Promise.all(mutants.map((mutant) => judge.judge({ problem: synthetic, code: mutant.code, scope: 'all', priority })));
  const matches: MutantMatch[] = [];
  mutants.forEach((mutant, m) => {
    const byId = new Map(reports[m].tests.map((test) => [test.id, test]));
    const reproduced = small.every((mine) => {
      const theirs = byId.get(mine.id);
      return theirs !== undefined && sameOutcome(problem, mine, theirs);
    });
    if (reproduced) matches.push({ kind: mutant.kind, matchedTests: small.map((test) => test.id) });
  });
  return matches;
}
