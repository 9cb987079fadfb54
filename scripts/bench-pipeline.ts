// `npm run bench:pipeline`: what one submission costs, the verdict alone (judge.judge plus
// confirmVerdict's stress test) against the full diagnosis (plus findPatterns: mutants, growth,
// the analyzer), in CPU-seconds of this process and every child it waited for, in sandbox and
// trusted processes, and in Judge0 submissions when JUDGE0_URL is set. Submissions: each
// problem's reference and slower solution and the flawed ones under tests/problems/fixtures/,
// grouped by their final verdict (correct, wrong, slow, crash). Medians: the machine is noisy.
//
// As the API runs them: the judge's result cache on (in memory) and the generated inputs
// memoized, both warmed per problem first; the warm-up's cold costs (generator, the reference's
// stress run) are printed in the profile. Calls are serialized so each one's CPU is its own.
// For comparison, each analysis with mutants to run also runs them the previous way, one
// sandboxed judge.judge per mutant (outside the figures above it; BENCH_PIPELINE_COMPARE=0 skips).
// Knobs: BENCH_PIPELINE_PROBLEMS (comma-separated slugs), BENCH_PIPELINE_FLAWED (per problem, default all),
// BENCH_JUDGE0=stand-in (without JUDGE0_URL: judge on the Judge0 stand-in of the tests, which
// speaks Judge0's HTTP protocol and runs python3 as isolate would, to count Judge0 submissions).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import client from 'prom-client';
import { probeSandbox } from '../api/src/modules/judge/sandbox-capabilities.js';
import { confirmVerdict, findPatterns, type AnalysisOptions } from '../api/src/modules/analysis/analyze-submission.js';
import { comparableTests, mutantProblem, mutantsOf } from '../api/src/modules/analysis/mutant-matches.js';
import { ThreadedRunner } from '../api/src/modules/judge/threaded-runner.js';
import { TrustedRunner, trustedProcessesStarted } from '../api/src/modules/judge/trusted-runner.js';
import { loadConfig } from '../api/src/config.js';
import { createJudge, type Judge, type JudgeResultCache } from '../api/src/modules/judge/judge.js';
import { judge0OptionsFrom } from '../api/src/modules/judge/judge0-config.js';
import { recentSandboxPids } from '../api/src/modules/judge/sandbox-process.js';
import type { JudgeReport, Verdict } from '../api/src/modules/judge/types.js';
import { createProblemLoader, defaultProblemCacheDir, generateInputs } from '../api/src/modules/problems/problem-loader.js';
import { createProblemRegistry } from '../api/src/modules/problems/problem-registry.js';
import type { Problem } from '../api/src/modules/problems/problem-schema.js';
import { PROBLEMS_DIR, PROJECT_ROOT } from '../api/src/paths.js';
import { machineNote, table } from './reliability/report.js';

const pythonBin = process.env.PYTHON_BIN || 'python3';
const FLAWED_DIR = path.join(PROJECT_ROOT, 'tests', 'problems', 'fixtures');
const say = (line: string) => process.stdout.write(`${line}\n`);

/** CPU-seconds of this process plus its children it has waited for (/proc/self/stat cutime + cstime, 100 ticks a second). */
function cpuSeconds(): number {
  const self = process.cpuUsage();
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (self.user + self.system) / 1e6 + (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Judge0 submissions created so far, or null without the counter (judge0-metrics.ts). */
async function judge0Submissions(): Promise<number | null> {
  const metric = client.register.getSingleMetric('judge0_submissions_total');
  if (!metric) return null;
  return (await metric.get()).values.reduce((sum, v) => sum + v.value, 0);
}

/** CPU-seconds per part of the pipeline: of the measured submissions, and of the warm-ups. */
const spent = new Map<string, number>();
const warm = new Map<string, number>();
let ledger = spent;
const charge = (book: Map<string, number>, part: string, seconds: number) => book.set(part, (book.get(part) ?? 0) + seconds);

/** Runs work one call at a time and charges each call's CPU to its part of the pipeline. */
let chain: Promise<unknown> = Promise.resolve();
function charged<T>(part: string, work: () => Promise<T>): Promise<T> {
  const run = chain.then(async () => {
    const before = cpuSeconds();
    try {
      return await work();
    } finally {
      charge(ledger, part, cpuSeconds() - before);
    }
  });
  chain = run.catch(() => undefined);
  return run;
}

function chargedJudge(judge: Judge): Judge {
  const partOf = (problem: Problem) => problem.contentHash.split(':')[1] ?? 'verdict';
  return {
    ...judge,
    executor: judge.executor,
    judge: (request) => charged(partOf(request.problem), () => judge.judge(request)),
    measureGrowth: (request) => charged('growth', () => judge.measureGrowth(request)),
  };
}
// Mutants run in a TrustedRunner: in the runner thread's (the local runner) or one of this thread's.
// eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with the instance as `this`
const runMutants = TrustedRunner.prototype.run;
TrustedRunner.prototype.run = function (batch) {
  return charged('mutants', () => runMutants.call(this, batch));
};
// eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with the instance as `this`
const runMutantsInThread = ThreadedRunner.prototype.runTrusted;
ThreadedRunner.prototype.runTrusted = function (batch) {
  return charged('mutants', () => runMutantsInThread.call(this, batch));
};

function memoryCache(): JudgeResultCache {
  const entries = new Map<string, string>();
  return { get: async (key) => entries.get(key) ?? null, set: async (key, value) => void entries.set(key, value) };
}

const CLASS_OF: Record<Verdict, string> = {
  accepted: 'correct',
  wrong_answer: 'wrong',
  time_limit_exceeded: 'slow',
  runtime_error: 'crash',
  memory_limit_exceeded: 'crash',
  output_limit_exceeded: 'crash',
  syntax_error: 'other',
  rejected: 'other',
};

function submissionsOf(slug: string): Array<{ name: string; code: string }> {
  const files = ['solution.py', 'slower.py'].map((f) => path.join(PROBLEMS_DIR, slug, f)).filter(existsSync);
  const flawedDir = path.join(FLAWED_DIR, slug);
  const limit = Number(process.env.BENCH_PIPELINE_FLAWED ?? Infinity);
  if (existsSync(flawedDir))
    files.push(
      ...readdirSync(flawedDir)
        .filter((f) => f.endsWith('.py'))
        .sort()
        .slice(0, limit)
        .map((f) => path.join(flawedDir, f)),
    );
  return files.map((file) => ({ name: `${slug}/${path.basename(file, '.py')}`, code: readFileSync(file, 'utf8') }));
}

interface Sample {
  name: string;
  klass: string;
  verdictCpu: number;
  patternsCpu: number;
  verdictProcs: number;
  patternsProcs: number;
  trusted: number;
  judge0Verdict: number | null;
  judge0Full: number | null;
  /** Mutants' CPU now, and run the previous way (a sandbox each) with its processes; null when none ran. */
  mutants: { cpu: number; sandboxCpu: number; sandboxProcs: number } | null;
}

const median = (xs: number[]) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const newPids = (before: Set<number>) => recentSandboxPids().filter((pid) => !before.has(pid)).length;

/** The previous path: each mutant judged on its own, in its own sandbox (a judge without a cache). */
async function mutantsInSandboxes(plain: Judge, problem: Problem, report: JudgeReport): Promise<{ cpu: number; procs: number }> {
  const pids = new Set(recentSandboxPids());
  const before = cpuSeconds();
  const synthetic = mutantProblem(problem, comparableTests(report.tests));
  await Promise.all(mutantsOf(problem).map((m) => plain.judge({ problem: synthetic, code: m.code, scope: 'all', priority: 'background' })));
  return { cpu: cpuSeconds() - before, procs: newPids(pids) };
}

async function measure(judge: Judge, plain: Judge | null, options: AnalysisOptions, problem: Problem, name: string, code: string): Promise<Sample> {
  let pids = new Set(recentSandboxPids());
  const trustedBefore = trustedProcessesStarted();
  const j0Before = await judge0Submissions();
  let cpu = cpuSeconds();
  const judged = await judge.judge({ problem, code, scope: 'all' });
  const report: JudgeReport = await confirmVerdict(judge, problem, code, judged, options);
  const verdictCpu = cpuSeconds() - cpu;
  const verdictProcs = newPids(pids);
  const j0Verdict = await judge0Submissions();
  pids = new Set(recentSandboxPids());
  cpu = cpuSeconds();
  const before = spent.get('verdict');
  const mutantsBefore = spent.get('mutants') ?? 0;
  await findPatterns(judge, problem, code, report, { ...options, priority: 'background' });
  const patternsCpu = cpuSeconds() - cpu;
  charge(spent, 'findPatterns', patternsCpu);
  if (spent.get('verdict') !== before) throw new Error('findPatterns judged the submission again');
  const j0Full = await judge0Submissions();
  const patternsProcs = newPids(pids);
  const mutantsCpu = (spent.get('mutants') ?? 0) - mutantsBefore;
  const ranMutants = mutantsCpu > 0 || trustedProcessesStarted() > trustedBefore;
  const previous = plain && ranMutants ? await mutantsInSandboxes(plain, problem, report) : null;
  return {
    name,
    klass: CLASS_OF[report.verdict],
    verdictCpu,
    patternsCpu,
    verdictProcs,
    patternsProcs,
    trusted: trustedProcessesStarted() - trustedBefore,
    judge0Verdict: j0Before === null || j0Verdict === null ? null : j0Verdict - j0Before,
    judge0Full: j0Before === null || j0Full === null ? null : j0Full - j0Before,
    mutants: previous ? { cpu: mutantsCpu, sandboxCpu: previous.cpu, sandboxProcs: previous.procs } : null,
  };
}

/** Cold costs, paid once per problem version and process: the generator, the reference's stress run. */
async function warmUp(judge: Judge, options: AnalysisOptions, problem: Problem): Promise<void> {
  const stressCalls = Array.from({ length: 240 }, (_, i) => ({ size: i % 9, seed: 1000 + i }));
  const growthCalls = [16, 32, 64, 128, 256, 512, 1024].map((size) => ({ size, seed: 1 }));
  const before = cpuSeconds();
  await generateInputs(pythonBin, problem.dir, stressCalls);
  await generateInputs(pythonBin, problem.dir, growthCalls);
  charge(warm, 'generator', cpuSeconds() - before);
  // Fills the input memo, then the cache with the reference's stress run ('stress-reference'), by
  // analyzing a variant of the reference (one more statement: its own cache key, so the
  // reference's runs as a measured submission stay uncached).
  const variant = `${problem.solutionCode}\n_warm_up = True\n`;
  const publicReport = await judge.judge({ problem, code: variant, scope: 'public' });
  await confirmVerdict(judge, problem, variant, publicReport, options);
  await findPatterns(judge, problem, variant, publicReport, { ...options, priority: 'background' });
}

async function main(): Promise<void> {
  const config = process.env.JUDGE0_URL ? loadConfig() : null;
  const standIn = !config && process.env.BENCH_JUDGE0 === 'stand-in' ? await startJudge0StandIn() : null;
  const judge0 = config ? judge0OptionsFrom(config) : standIn ? { url: standIn.url, pollIntervalMs: 50, maxPollIntervalMs: 200 } : undefined;
  const judge = createJudge({ pythonBin, poolSize: 0, concurrency: 1, cache: memoryCache(), judge0 });
  const measured = chargedJudge(judge);
  const plain = process.env.BENCH_PIPELINE_COMPARE === '0' ? null : createJudge({ pythonBin, poolSize: 0, concurrency: 1, judge0 });
  const options: AnalysisOptions = { pythonBin, dynamic: true };
  const registry = createProblemRegistry(createProblemLoader({ problemsDir: PROBLEMS_DIR, pythonBin, cacheDir: defaultProblemCacheDir() }));
  const only = (process.env.BENCH_PIPELINE_PROBLEMS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const slugs = only.length
    ? only
    : readdirSync(PROBLEMS_DIR)
        .filter((d) => existsSync(path.join(PROBLEMS_DIR, d, 'problem.md')))
        .sort();
  say(`bench:pipeline · ${machineNote()} · executor ${judge.executor.name} (${judge.executor.boundary})`);

  const samples: Sample[] = [];
  for (const slug of slugs) {
    const problem = await registry.get(slug);
    if (!problem) continue;
    ledger = warm;
    await warmUp(measured, options, problem);
    ledger = spent;
    for (const { name, code } of submissionsOf(slug)) {
      const sample = await measure(measured, plain, options, problem, name, code);
      samples.push(sample);
      say(
        `  ${sample.klass.padEnd(7)} ${name.padEnd(60)} verdict ${sample.verdictCpu.toFixed(3)} s  full ${(sample.verdictCpu + sample.patternsCpu).toFixed(3)} s`,
      );
    }
  }
  await judge.close();
  await plain?.close();
  await standIn?.close();
  printTables(samples, slugs.length, judge0 !== undefined);
}

function printTables(samples: Sample[], problems: number, onJudge0: boolean): void {
  const j0 = (xs: Array<number | null>) => (!onJudge0 || xs.some((x) => x === null) ? 'n/a' : median(xs as number[]).toFixed(1));
  const row = (klass: string, group: Sample[]) => [
    klass,
    group.length,
    median(group.map((s) => s.verdictCpu)).toFixed(3),
    median(group.map((s) => s.verdictCpu + s.patternsCpu)).toFixed(3),
    `${median(group.map((s) => (s.verdictCpu + s.patternsCpu) / Math.max(s.verdictCpu, 0.001))).toFixed(2)}x`,
    `${median(group.map((s) => s.verdictProcs)).toFixed(0)} / ${median(group.map((s) => s.verdictProcs + s.patternsProcs)).toFixed(0)}`,
    median(group.map((s) => s.trusted)).toFixed(0),
    `${j0(group.map((s) => s.judge0Verdict))} / ${j0(group.map((s) => s.judge0Full))}`,
  ];
  const classes = ['correct', 'wrong', 'slow', 'crash', 'other'].filter((k) => samples.some((s) => s.klass === k));
  const rows = [
    ...classes.map((k) =>
      row(
        k,
        samples.filter((s) => s.klass === k),
      ),
    ),
    row('overall', samples),
  ];
  say(`\n== pipeline cost per submission, medians (${machineNote()})`);
  say(
    table(['class', 'n', 'verdict CPU-s', 'full CPU-s', 'full/verdict', 'sandbox procs verdict / full', 'trusted procs', 'Judge0 subs verdict / full'], rows),
  );
  if (!onJudge0) say('Judge0: n/a, JUDGE0_URL is not set (the local runner judged; BENCH_JUDGE0=stand-in counts them on the stand-in)');
  else if (samples.some((s) => s.judge0Verdict === null)) say('Judge0: n/a, no judge0_submissions_total counter (judge0-metrics.ts)');
  say('targets (issue): full/verdict median <= 2.00x; a verdict in <= 2 Judge0 submissions');
  say(`overall full/verdict ${row('overall', samples)[4]} against <= 2.00x: ${Number.parseFloat(String(row('overall', samples)[4])) <= 2 ? 'met' : 'NOT met'}`);

  const total = samples.reduce((sum, s) => sum + s.verdictCpu + s.patternsCpu, 0);
  const of = (book: Map<string, number>, part: string) => book.get(part) ?? 0;
  // findPatterns' own share: what its judge and runner calls were not charged (the analyzer, mostly).
  const parts: Array<[string, number]> = [
    ['verdict (judge.judge, fixed tests)', of(spent, 'verdict')],
    ['stress: the submission on 240 inputs', of(spent, 'stress')],
    ['stress: the reference (cache hits)', of(spent, 'stress-reference')],
    ['growth (traced, 3M event budget)', of(spent, 'growth')],
    ['mutants (trusted process)', of(spent, 'mutants')],
    ['analyzer and the rest of findPatterns', of(spent, 'findPatterns') - of(spent, 'growth') - of(spent, 'mutants')],
  ];
  const compared = samples.filter((s) => s.mutants !== null);
  if (compared.length > 0) {
    const m = (f: (x: NonNullable<Sample['mutants']>) => number) => median(compared.map((s) => f(s.mutants!)));
    const before = median(compared.map((s) => (s.verdictCpu + s.patternsCpu - s.mutants!.cpu + s.mutants!.sandboxCpu) / Math.max(s.verdictCpu, 0.001)));
    const after = median(compared.map((s) => (s.verdictCpu + s.patternsCpu) / Math.max(s.verdictCpu, 0.001)));
    say(`\n== mutants, ${compared.length} analyses that ran them: one trusted process against a sandbox per mutant (the previous path)`);
    say(
      table(
        ['mutants run', 'CPU-s median', 'processes median', 'full/verdict median of these'],
        [
          ['one trusted process (now)', m((x) => x.cpu).toFixed(3), '1', `${after.toFixed(2)}x`],
          ['a sandbox each (before)', m((x) => x.sandboxCpu).toFixed(3), m((x) => x.sandboxProcs).toFixed(0), `${before.toFixed(2)}x`],
        ],
      ),
    );
  }
  say(`\n== where the CPU goes, all ${samples.length} measured submissions (total ${total.toFixed(2)} CPU-s)`);
  say(
    table(
      ['part', 'CPU-s', 'share', 'per submission'],
      parts.map(([part, cpu]) => [part, cpu.toFixed(2), `${((100 * cpu) / total).toFixed(1)}%`, (cpu / samples.length).toFixed(3)]),
    ),
  );
  say(`\n== cold costs in the warm-ups, ${problems} problems (once per problem version and server, then memoized or cached)`);
  const cold: Array<[string, string]> = [
    ['generator: 240 stress + 7 growth inputs', 'generator'],
    ['stress: the reference, uncached', 'stress-reference'],
    ['stress: a variant of the reference as the submission', 'stress'],
    ['growth of the reference', 'growth'],
  ];
  say(
    table(
      ['part', 'CPU-s', 'per problem'],
      cold.map(([label, part]) => [label, of(warm, part).toFixed(2), (of(warm, part) / problems).toFixed(3)]),
    ),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:pipeline: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

/** The tests' Judge0 stand-in, on this machine's interpreter. */
async function startJudge0StandIn(): Promise<{ url: string; close(): Promise<void> }> {
  const { startFakeJudge0 } = await import('../tests/judge/fake-judge0-server.js');
  return startFakeJudge0({ python: probeSandbox(pythonBin).python, queueDelayMs: 0 });
}
