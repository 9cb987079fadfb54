// Mutant evidence: typical mistakes applied to the reference solution are run on the tests the
// submission failed. A mutant that reproduces every one of the submission's wrong outputs (or
// crashes with the same exception) names the mistake with high confidence. Mutants are our own
// code (made from the reference, never from the learner's input), so all of one analysis run
// in one plain interpreter (trusted-runner.ts), not in a sandbox each; their outcomes are read
// exactly as the judge reads a submission's (buildReport), so the matches are the same.
import { generateMutants, type Mutant, type MutantMatch } from '../../../../analyzer/src/index.js';
import {
  buildReport,
  type Judge,
  type JudgePriority,
  localPythonOf,
  type TestReport,
  ThreadedRunner,
  type TrustedBatchRunner,
  TrustedRunner,
  valuesMatch,
} from '../judge/index.js';
import type { Problem } from '../problems/index.js';
import { withTests } from './synthetic-problem.js';

const MAX_MUTANTS = 16;

const sameOutcome = (problem: Problem, mine: TestReport, mutant: TestReport) =>
  mine.status === 'error'
    ? mutant.status === 'error' && mutant.error?.type === mine.error?.type
    : mine.status === 'failed' && mutant.status !== 'error' && mutant.status !== 'timeout' && valuesMatch(mine.actual, mutant.actual, problem);

const runners = new Map<string, TrustedRunner>();
/**
 * Where our own programs run for this judge: in the local runner's thread when it has one (a
 * fork of the server from there stalls no request), else one runner per interpreter for the
 * whole server. Either way one limiter bounds the batches at once.
 */
export function trustedRunnerFor(judge: Judge, configuredPython?: string): TrustedBatchRunner {
  const executor = judge.executor;
  if (executor instanceof ThreadedRunner) return { run: (batch) => executor.runTrusted(batch) };
  const pythonBin = pythonOf(judge, configuredPython);
  let runner = runners.get(pythonBin);
  if (!runner) runners.set(pythonBin, (runner = new TrustedRunner({ pythonBin })));
  return runner;
}

/**
 * The interpreter the judge runs submissions with (so mutants see the same Python, started
 * without a pyenv shim's cost), else the configured one (a Judge0 deployment's PYTHON_BIN).
 */
export const pythonOf = (judge: Judge, configured = 'python3'): string => localPythonOf(judge.executor) ?? configured;

/** The failing tests mutants are compared on: failures and errors, without the large ones. */
export function comparableTests(failing: TestReport[]): TestReport[] {
  // The large tests tell apart speed, not mistakes; running mutants on them only costs time.
  return failing.filter((test) => (test.status === 'failed' || test.status === 'error') && !test.tags.includes('large'));
}

/** The mutants of a problem's reference worth running, in the order they are tried. */
export const mutantsOf = (problem: Problem): Mutant[] => generateMutants(problem.solutionCode).slice(0, MAX_MUTANTS);

/** A problem holding just the given tests (inputs only), as the mutants run on it. */
export const mutantProblem = (problem: Problem, tests: TestReport[]): Problem =>
  withTests(
    problem,
    'mutants',
    tests.map((test) => ({ id: test.id, input: test.input })),
  );

/** Each mutant's test reports on `synthetic`'s tests, all mutants in one trusted process. */
export async function runMutants(runner: TrustedBatchRunner, synthetic: Problem, mutants: Mutant[], priority: JudgePriority): Promise<TestReport[][]> {
  const outcomes = await runner.run({
    entryPoint: synthetic.entryPoint,
    inPlace: synthetic.inPlace,
    tests: synthetic.tests.map((test) => ({ id: test.id, input: test.input, timeLimitMs: synthetic.timeLimitMs })),
    programs: mutants.map((mutant) => mutant.code),
    priority: priority === 'background' ? 'background' : 'interactive',
  });
  return outcomes.map((byId) => buildReport(synthetic, synthetic.tests, byId, 'local').tests);
}

/** The mutants whose reports reproduce every one of `small` (the submission's failing tests). */
export function matchesOf(problem: Problem, small: TestReport[], mutants: Mutant[], reports: TestReport[][]): MutantMatch[] {
  const matches: MutantMatch[] = [];
  mutants.forEach((mutant, m) => {
    const byId = new Map(reports[m].map((test) => [test.id, test]));
    const reproduced = small.every((mine) => {
      const theirs = byId.get(mine.id);
      return theirs !== undefined && sameOutcome(problem, mine, theirs);
    });
    if (reproduced) matches.push({ kind: mutant.kind, matchedTests: small.map((test) => test.id) });
  });
  return matches;
}

/**
 * Mutants of the reference whose outputs equal the submission's on all its failing tests.
 * `priority` sets the trusted process's CPU priority (`background`: nice 19).
 */
export async function matchMutants(
  judge: Judge,
  problem: Problem,
  failing: TestReport[],
  priority: JudgePriority = 'interactive',
  runner: TrustedBatchRunner = trustedRunnerFor(judge),
): Promise<MutantMatch[]> {
  const small = comparableTests(failing);
  if (small.length === 0) return [];
  const mutants = mutantsOf(problem);
  if (mutants.length === 0) return [];
  const reports = await runMutants(runner, mutantProblem(problem, small), mutants, priority);
  return matchesOf(problem, small, mutants, reports);
}
