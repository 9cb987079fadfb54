// Stress testing: a submission that passes every fixed test is compared with the reference on a
// few hundred small random inputs from the problem's generator. The smallest input on which they
// disagree becomes a failing test tagged `stress` and with
// its edge kinds, so fixed tests never let a wrong solution through.
import { edgeKindsOf } from '../../../../analyzer/src/index.js';
import { type Judge, type TestReport, valuesMatch } from '../judge/index.js';
import { generateInputsOnce, type Problem } from '../problems/index.js';
import { withTests } from './synthetic-problem.js';

const STRESS_INPUTS = 240;
const MAX_SIZE = 8;

type Outcome = Pick<TestReport, 'status' | 'actual' | 'error'>;

/** Random small inputs of every size up to MAX_SIZE (the same for every submission). */
function stressInputs(pythonBin: string, problem: Problem): Promise<unknown[][]> {
  const calls = Array.from({ length: STRESS_INPUTS }, (_, i) => ({ size: i % (MAX_SIZE + 1), seed: 1000 + i }));
  return generateInputsOnce(pythonBin, problem, calls);
}

async function runOn(
  judge: Judge,
  problem: Problem,
  code: string,
  purpose: string,
  inputs: unknown[][],
  priority: 'follow-up' | 'background' = 'follow-up',
): Promise<Outcome[]> {
  const synthetic = withTests(
    problem,
    purpose,
    inputs.map((input, i) => ({ id: `s${i}`, input })),
  );
  // The submission was judged once already and its author is waiting: ahead of new ones.
  const report = await judge.judge({ problem: synthetic, code, scope: 'all', priority });
  return report.tests.map((test) => ({ status: test.status, actual: test.actual, error: test.error }));
}

/**
 * The reference's answers to the stress inputs, worked out ahead in the background lane: they
 * are the same for every submission and the judge's result cache keeps them.
 */
export async function warmStressReference(judge: Judge, pythonBin: string, problem: Problem): Promise<void> {
  await runOn(judge, problem, problem.solutionCode, 'stress-reference', await stressInputs(pythonBin, problem), 'background');
}

const agrees = (problem: Problem, mine: Outcome, reference: Outcome) =>
  reference.status === 'failed' || reference.status === 'passed'
    ? mine.status !== 'error' && mine.status !== 'timeout' && mine.status !== 'skipped' && valuesMatch(mine.actual, reference.actual, problem)
    : true; // the reference itself could not answer: no evidence either way

const sizeOf = (input: unknown[]): number => JSON.stringify(input).length;

/** Finds the smallest input where the submission disagrees with the reference, shrunk; or null. */
export async function stressTest(judge: Judge, pythonBin: string, problem: Problem, code: string): Promise<TestReport | null> {
  const inputs = await stressInputs(pythonBin, problem);
  const [reference, mine] = await Promise.all([
    runOn(judge, problem, problem.solutionCode, 'stress-reference', inputs),
    runOn(judge, problem, code, 'stress', inputs),
  ]);
  const disagreeing = inputs.map((_, i) => i).filter((i) => !agrees(problem, mine[i], reference[i]));
  if (disagreeing.length === 0) return null;
  // Shrinking picks the smallest disagreeing input the generator made, rather than cutting an
  // input down by hand: a hand-cut input may break the statement's promises (sorted, exactly
  // one answer...), and a "failure" on an invalid input would be a false alarm.
  const smallest = disagreeing.reduce((best, i) => (sizeOf(inputs[i]) < sizeOf(inputs[best]) ? i : best));
  const failing = { input: inputs[smallest], mine: mine[smallest], reference: reference[smallest] };
  const crashed = failing.mine.status === 'error' || failing.mine.status === 'timeout';
  return {
    id: 'stress',
    hidden: false,
    tags: ['stress', ...edgeKindsOf(failing.input)],
    status: crashed ? failing.mine.status : 'failed',
    input: failing.input,
    expected: failing.reference.actual,
    actual: crashed ? null : failing.mine.actual,
    error: failing.mine.error,
    time_ms: null,
  };
}
