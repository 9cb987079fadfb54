// Everything known about a judged submission, beyond its verdict: stress testing against the
// reference (which can turn `accepted` into `wrong_answer`), mutant matches for failures,
// measured growth of work, and the analyzer's findings and time class from all of it together.
// Used by the API and by `codementor judge`, so both give the same answer; the API answers
// after the first step and finishes the second in the background.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { analyze, type AnalyzeResult, type BoundFix, type MutantMatch, type ProbeRun, type TestResult } from '../../../../analyzer/src/index.js';
import type { Judge, JudgePriority, JudgeReport, TestReport } from '../judge/index.js';
import type { Problem } from '../problems/index.js';
import { findBoundFixes } from './bound-fixes.js';
import { growthInputs } from './growth-inputs.js';
import { matchMutants, trustedRunnerFor } from './mutant-matches.js';
import { runProbes } from './probe-runs.js';
import { stressTest, warmStressReference } from './stress-test.js';

/** Sizes of the growth runs; the run stops early once the event budget is used. */
const GROWTH_SIZES = [16, 32, 64, 128, 256, 512, 1024];
const GROWTH_EVENT_BUDGET = 3_000_000;

export interface SubmissionAnalysis {
  /** The judge report, with a `stress` test appended when stress testing found a difference. */
  report: JudgeReport;
  patterns: AnalyzeResult['patterns'];
  complexity: { time: string | null; optimal: string; acceptable: string; source: string | null };
}

export interface AnalysisOptions {
  pythonBin: string;
  /** Extra runs of learner code (stress, mutants, growth), on the judge's executor, local or Judge0. */
  dynamic: boolean;
  /** Lane of the mutant and growth runs. Default `interactive`. */
  priority?: JudgePriority;
}

const hasGenerator = (problem: Problem) => existsSync(path.join(problem.dir, 'generator.py'));
const isFailure = (test: TestReport) => test.status !== 'passed' && test.status !== 'skipped';

/**
 * Everything at once: the verdict (with stress testing) and the findings (with mutants and
 * growth). What `codementor judge` does; the API splits it into `confirmVerdict` before its
 * answer and `findPatterns` after it.
 */
export async function analyzeSubmission(
  judge: Judge,
  problem: Problem,
  code: string,
  judged: JudgeReport,
  options: AnalysisOptions,
): Promise<SubmissionAnalysis> {
  const report = await confirmVerdict(judge, problem, code, judged, options);
  return { report, ...(await findPatterns(judge, problem, code, report, options)) };
}

/**
 * The final verdict: a submission that passes every fixed test is stress tested against the
 * reference, which can turn `accepted` into a failure. Part of the answer, so interactive.
 */
export async function confirmVerdict(judge: Judge, problem: Problem, code: string, judged: JudgeReport, options: AnalysisOptions): Promise<JudgeReport> {
  if (!usesExtraRuns(problem, judged, options) || judged.verdict !== 'accepted') return judged;
  const difference = await stressTest(judge, options.pythonBin, problem, code).catch(() => null);
  return difference ? withStressFailure(judged, difference) : judged;
}

/**
 * What every submission's analysis would otherwise repeat first, done ahead in the background
 * lane once a judging process starts: each problem's reference on the stress inputs, so no
 * problem's first learner waits for it. Failures only leave the work to the first submission.
 */
export async function warmUpAnalysis(judge: Judge, problems: Problem[], options: AnalysisOptions): Promise<void> {
  if (!options.dynamic) return;
  for (const problem of problems) {
    if (hasGenerator(problem)) await warmStressReference(judge, options.pythonBin, problem).catch(() => undefined);
  }
}

/** True when `findPatterns` would run code (mutants, growth): the part worth doing later. */
export function usesExtraRuns(problem: Problem, report: JudgeReport, options: AnalysisOptions): boolean {
  return options.dynamic && report.verdict !== 'syntax_error' && report.verdict !== 'rejected' && hasGenerator(problem);
}

/**
 * The findings and time class for a judged report: mutant matches for failures and measured
 * growth when extra runs are allowed, the analyzer's reading of the code and tests always.
 */
export async function findPatterns(
  judge: Judge,
  problem: Problem,
  code: string,
  report: JudgeReport,
  options: AnalysisOptions,
): Promise<Omit<SubmissionAnalysis, 'report'>> {
  const classes = { optimal: problem.optimal, acceptable: problem.acceptable };
  if (report.verdict === 'syntax_error' || report.verdict === 'rejected') {
    return { patterns: [], complexity: { time: null, ...classes, source: null } };
  }
  const dynamic = usesExtraRuns(problem, report, options);
  const priority = options.priority ?? 'interactive';
  const failing = report.tests.filter(isFailure);
  const nonLargePassed = report.tests.every((test) => test.tags.includes('large') || !isFailure(test));

  const [mutants, growth, boundFixes, probes] = await Promise.all([
    dynamic && failing.length > 0
      ? matchMutants(judge, problem, failing, priority, trustedRunnerFor(judge, options.pythonBin)).catch((): MutantMatch[] => [])
      : [],
    dynamic && nonLargePassed
      ? growthInputs(options.pythonBin, problem, GROWTH_SIZES)
          .then((inputs) => judge.measureGrowth({ problem, code, inputs, eventBudget: GROWTH_EVENT_BUDGET, priority }))
          .catch(() => null)
      : null,
    // The learner's own code with one bound moved, for failing submissions only.
    dynamic && failing.length > 0 ? findBoundFixes(judge, problem, code, report.tests, priority).catch((): BoundFix[] => []) : [],
    // The failing tests rerun on inputs that satisfy an assumption (sorted, k < len...), in one batch.
    dynamic && failing.length > 0
      ? runProbes(judge, trustedRunnerFor(judge, options.pythonBin), problem, code, failing, priority).catch((): ProbeRun[] => [])
      : [],
  ]);

  const result = analyze({
    code,
    entryPoint: problem.entryPoint,
    problem: { slug: problem.slug, acceptable: problem.acceptable, optimal: problem.optimal, targetPatterns: problem.targetPatterns, params: problem.params },
    tests: report.tests.map(toAnalyzerTest),
    growth: growth ? { points: growth.points.filter((point) => !point.error) } : undefined,
    mutants,
    boundFixes,
    probes,
  });
  return {
    patterns: result.patterns,
    complexity: { time: result.complexity.time, ...classes, source: result.complexity.source },
  };
}

function withStressFailure(report: JudgeReport, failure: TestReport): JudgeReport {
  return {
    ...report,
    verdict: failure.status === 'error' ? 'runtime_error' : failure.status === 'timeout' ? 'time_limit_exceeded' : 'wrong_answer',
    total: report.total + 1,
    tests: [...report.tests, failure],
  };
}

const toAnalyzerTest = (test: TestReport): TestResult => ({
  id: test.id,
  tags: test.tags,
  status: test.status,
  input: test.input,
  expected: test.expected,
  actual: test.actual,
  error: test.error,
});
