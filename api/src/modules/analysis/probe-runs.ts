// Counterfactual probes of a failing submission: each failing test's input is transformed by
// the problem's declared probes (analyzer/src/probes.ts: sorted, k reduced modulo the length,
// the target made present, non-empty...), the submission runs on all of them in ONE judge call
// (so on the local runner and on Judge0 alike) and the reference runs on them in the trusted
// runner. A probe "fixed" a test when the submission's answer on the transformed input equals
// the reference's: the analyzer then knows which assumption the failures hinge on.
import { createHash } from 'node:crypto';
import { applyProbe, type ProbeRun, type ProbeSpec } from '../../../../analyzer/src/index.js';
import { buildReport, type Judge, type JudgePriority, type TestReport, type TrustedBatchRunner, valuesMatch } from '../judge/index.js';
import type { Problem } from '../problems/index.js';
import { withTests } from './synthetic-problem.js';

/** Transformed inputs per analysis: failing tests x probes, the first ones kept. */
const MAX_PROBE_INPUTS = 24;

interface PlannedProbe {
  spec: ProbeSpec;
  test: TestReport;
  input: unknown[];
  changed: string[];
}

/** Failures worth probing: wrong answers, crashes and hangs on inputs of ordinary size. */
export const probeableTests = (failing: TestReport[]): TestReport[] =>
  failing.filter((test) => ['failed', 'error', 'timeout'].includes(test.status) && !test.tags.includes('large') && Array.isArray(test.input));

/** Every (failing test, probe) pair whose probe applies, test by test, at most MAX_PROBE_INPUTS. */
export function planProbes(problem: Problem, failing: TestReport[]): PlannedProbe[] {
  const specs = problem.probes ?? [];
  // `non-empty` borrows arguments from the problem's own small inputs.
  const samples = problem.tests.filter((test) => !test.tags.includes('large')).map((test) => test.input);
  const planned: PlannedProbe[] = [];
  const seen = new Set<string>();
  for (const test of probeableTests(failing)) {
    for (const spec of specs) {
      const probed = applyProbe(spec, test.input, problem.params, samples);
      if (!probed) continue;
      const key = `${spec.name}:${JSON.stringify(probed.input)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      planned.push({ spec, test, ...probed });
    }
  }
  return planned.slice(0, MAX_PROBE_INPUTS);
}

/** The probes' runs, or [] when the problem declares none or none applies. */
export async function runProbes(
  judge: Judge,
  runner: TrustedBatchRunner,
  problem: Problem,
  code: string,
  failing: TestReport[],
  priority: JudgePriority = 'interactive',
): Promise<ProbeRun[]> {
  const planned = planProbes(problem, failing);
  if (planned.length === 0) return [];
  const inputs = planned.map((p, i) => ({ id: `p${i}`, input: p.input }));
  // The inputs are part of the problem's version: a cached report is only reused for the same ones.
  const digest = createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 16);
  const synthetic = withTests(problem, `probes:${digest}`, inputs);
  const [mine, reference] = await Promise.all([judge.judge({ problem: synthetic, code, scope: 'all', priority }), runReference(runner, synthetic, priority)]);
  const runs: ProbeRun[] = [];
  planned.forEach((p, i) => {
    const theirs = reference[i];
    const ours = mine.tests[i];
    // An input the reference cannot answer is not evidence either way.
    if (!theirs || (theirs.status !== 'passed' && theirs.status !== 'failed') || theirs.error) return;
    const answered = ours !== undefined && ours.status !== 'error' && ours.status !== 'timeout' && ours.status !== 'skipped' && !ours.error;
    runs.push({ probe: p.spec.name, test: p.test.id, changed: p.changed, input: p.input, fixed: answered && valuesMatch(ours.actual, theirs.actual, problem) });
  });
  return runs;
}

/** The reference's reports on the synthetic tests, in one trusted process. */
async function runReference(runner: TrustedBatchRunner, synthetic: Problem, priority: JudgePriority): Promise<TestReport[]> {
  const [outcomes] = await runner.run({
    entryPoint: synthetic.entryPoint,
    inPlace: synthetic.inPlace,
    tests: synthetic.tests.map((test) => ({ id: test.id, input: test.input, timeLimitMs: synthetic.timeLimitMs })),
    programs: [synthetic.solutionCode],
    priority: priority === 'background' ? 'background' : 'interactive',
  });
  return buildReport(synthetic, synthetic.tests, outcomes, 'local').tests;
}
