// Counterfactual probes end to end, on the real local runner: flawed solutions under
// fixtures/probes/ (each names its problem, the probe that should explain it, and marks the
// line that relies on the assumption with `# expect: <pattern>`) are judged, probed and
// analyzed. An assumption becomes missing-validation at that line, told in the learner's
// words; an extreme input stays missing-edge-case; a correct solution is never probed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeSubmission } from '../../api/src/modules/analysis/analyze-submission.js';
import { planProbes, runProbes } from '../../api/src/modules/analysis/probe-runs.js';
import { TrustedRunner } from '../../api/src/modules/judge/trusted-runner.js';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import type { Judge } from '../../api/src/modules/judge/judge.js';
import { testProblemRegistry } from '../helpers/problems.js';

const PROBES_FIXTURES = new URL('./fixtures/probes/', import.meta.url).pathname;

/** `# problem: <slug>`, `# probe: <name>`, and `# expect: <pattern>` above the line to change (for order: the comparison that relies on it). */
function readProbeFixture(file: string) {
  const code = readFileSync(file, 'utf8');
  const lines = code.split('\n');
  const mark = lines.findIndex((l) => /^\s*# expect: /.test(l));
  return {
    name: path.basename(file, '.py'),
    code,
    problem: /^# problem: (.+)$/m.exec(code)![1].trim(),
    probe: /^# probe: (.+)$/m.exec(code)![1].trim(),
    pattern: lines[mark].replace(/^\s*# expect: /, '').trim(),
    line: mark + 2,
  };
}

/** The judge, counting the batches of probe inputs it is asked to run. */
function countingProbeBatches(inner: Judge): { judge: Judge; batches: number[] } {
  const batches: number[] = [];
  const judge: Judge = {
    ...inner,
    executor: inner.executor,
    judge: (request) => {
      if (request.problem.contentHash.includes(':probes:')) batches.push(request.problem.tests.length);
      return inner.judge(request);
    },
  };
  return { judge, batches };
}

const pythonBin = process.env.PYTHON_BIN ?? 'python3';
const judge = createJudge({ pythonBin, concurrency: 2, poolSize: 0 });
const runner = new TrustedRunner({ pythonBin: (judge.executor as { caps?: { python: string } }).caps?.python ?? pythonBin });
afterAll(() => judge.close());

async function judgeAndAnalyze(slug: string, code: string) {
  const problem = (await testProblemRegistry().get(slug))!;
  const report = await judge.judge({ problem, code, scope: 'all' });
  return { problem, report, analysis: await analyzeSubmission(judge, problem, code, report, { pythonBin, dynamic: true }) };
}

describe('probing a failing submission', () => {
  const fixtures = readdirSync(PROBES_FIXTURES)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => readProbeFixture(path.join(PROBES_FIXTURES, f)));

  it.each(fixtures.map((f) => [f.name, f]))(
    '%s: the probe names the line that relies on it',
    async (_, fixture) => {
      const { report, analysis } = await judgeAndAnalyze(fixture.problem, fixture.code);
      expect(report.verdict).not.toBe('accepted');
      const finding = analysis.patterns.find((p) => p.id === fixture.pattern && p.evidence.includes(`probe:${fixture.probe}`));
      expect(finding, JSON.stringify(analysis.patterns, null, 1)).toBeDefined();
      expect(finding!.line).toBe(fixture.line);
      expect(finding!.message).toMatch(/your answer is right/);
      expect(finding!.message).not.toMatch(/reference|mutant/i);
      // The other pattern does not claim the failures the probe explained.
      const other = fixture.pattern === 'missing-validation' ? 'missing-edge-case' : 'missing-validation';
      const explained = new Set(finding!.evidence.filter((e) => e.startsWith('test:')));
      const rival = analysis.patterns.find((p) => p.id === other);
      expect(rival?.evidence.filter((e) => explained.has(e)) ?? []).toEqual([]);
    },
    120_000,
  );

  it('runs every probe of a submission as one batch on the judge', async () => {
    const fixture = fixtures.find((f) => f.name === 'two-sum-two-pointer')!;
    const problem = (await testProblemRegistry().get(fixture.problem))!;
    const report = await judge.judge({ problem, code: fixture.code, scope: 'all' });
    const failing = report.tests.filter((t) => t.status !== 'passed');
    const planned = planProbes(problem, failing);
    expect(planned.length).toBeGreaterThan(1);
    const counting = countingProbeBatches(judge);
    const runs = await runProbes(counting.judge, runner, problem, fixture.code, failing);
    expect(counting.batches).toEqual([planned.length]);
    expect(runs.some((r) => r.probe === 'sorted' && r.fixed)).toBe(true);
  }, 120_000);

  it('never probes a correct solution', async () => {
    const problem = (await testProblemRegistry().get('two-sum'))!;
    const counting = countingProbeBatches(judge);
    const report = await judge.judge({ problem, code: problem.solutionCode, scope: 'all' });
    const analysis = await analyzeSubmission(counting.judge, problem, problem.solutionCode, report, { pythonBin, dynamic: true });
    expect(analysis.report.verdict).toBe('accepted');
    expect(analysis.patterns).toEqual([]);
    expect(counting.batches).toEqual([]);
  }, 120_000);
});
