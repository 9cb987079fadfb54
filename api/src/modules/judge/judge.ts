// The judge's entry point: createJudge(options) gives judge(), ping() and close(). A
// submission goes through the safety policy, the result cache, the concurrency limiter and
// one executor (the local runner, or Judge0 when configured), then comparison and verdict.
import { availableParallelism } from 'node:os';
import type { Problem } from '../problems/index.js';
import { resultCacheKey } from './code-fingerprint.js';
import { ConcurrencyLimiter } from './concurrency-limiter.js';
import { Judge0Executor, type Judge0Options } from './judge0-executor.js';
import { LocalRunner } from './local-runner.js';
import { ThreadedRunner } from './threaded-runner.js';
import { checkSafety, type PolicyResult } from './safety-policy.js';
import type { ExecutionRequest, Executor, JudgePriority, JudgeReport, JudgeRequest, RawOutcome, TestReport } from './types.js';
import { buildReport, reportWithoutRun } from './verdicts.js';
import { measureGrowth, type GrowthRequest, type GrowthResult } from './growth.js';
import { comparesExactly, withoutTestData, withTestData } from './report-test-data.js';
import { RunPriority } from './run-priority.js';
import { mayShareReport } from './result-cache-policy.js';

/** Where identical submissions' results are kept (Redis in the API; optional). */
export interface JudgeResultCache {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
}

export interface JudgeOptions {
  /** Interpreter of the local runner (also runs generator.py for growth runs). */
  pythonBin: string;
  /** Address-space limit of the local runner, MB. Default 256. */
  memoryMb?: number;
  /** Wall-time bound of one submission, ms. Default 20000. */
  wallTimeMs?: number;
  /** Characters a submission may print before output_limit_exceeded. Default 1,000,000. */
  outputLimitChars?: number;
  /** Submissions judged at once. Default: the number of cores. */
  concurrency?: number;
  /** Submissions waiting for a slot before JUDGE_BUSY. Default 50. */
  queueSize?: number;
  /** A run still going after this long gives its slot to the next (see concurrency-limiter.ts). Default 100. */
  yieldAfterMs?: number;
  /** Long runs that may have given up their slot at once. Default 4 x concurrency. */
  maxYielded?: number;
  /** Background runs (analysis after the answer) at once, beside the interactive slots. Default 1. */
  backgroundConcurrency?: number;
  /** The longest a background run waits for a pause in the verdicts, ms. Default 10000. */
  backgroundMaxWaitMs?: number;
  /** Interpreters the local runner keeps started ahead of need. Default: concurrency; 0 = none. */
  poolSize?: number;
  /** Set = run code on Judge0 instead of the local runner. */
  judge0?: Judge0Options;
  cache?: JudgeResultCache;
  /** Default 24 h. */
  cacheTtlSeconds?: number;
  /** Run the local runner without its OS boundary when bubblewrap cannot start (JUDGE_UNSAFE_NO_SANDBOX). */
  allowUnsandboxed?: boolean;
  /** Host directories learner code must never see, beyond the project and home (the data directory). */
  hiddenPaths?: string[];
  /** The bubblewrap executable; default `bwrap` on PATH. */
  bwrapBin?: string;
  /** Internal, for the sandbox's own tests: skip the static policy. */
  unsafeSkipPolicy?: boolean;
  /** Internal, for the sandbox's own tests: no audit hooks in the local runner. */
  unsafeDisableAuditHooks?: boolean;
  /** The local runner on the calling thread instead of its own worker thread. Default false. */
  sameThread?: boolean;
}

/** Variants of one learner's code (the analysis's bound variants), each on all of `problem`'s tests. */
export interface VariantsRequest {
  problem: Problem;
  programs: string[];
  /** Default `interactive`. */
  priority?: JudgePriority;
}

export interface Judge {
  readonly executor: Executor;
  judge(request: JudgeRequest): Promise<JudgeReport>;
  /**
   * Each program's test reports, every program in one sandbox run (the executor's usual
   * resumption after a crash aside). A program the safety policy refuses is not run: its
   * tests come back skipped. Not cached. A stand-in judge may leave it out (no variants run).
   */
  judgeVariants?(request: VariantsRequest): Promise<TestReport[][]>;
  /** Growth runs for the analyzer, on the executor that judges. */
  measureGrowth(request: GrowthRequest): Promise<GrowthResult>;
  /**
   * Settles once verdicts have left the judge alone for a moment, or after a bounded wait:
   * an analysis asks before it starts. A stand-in judge may leave it out.
   */
  whenVerdictsQuiet?(): Promise<void>;
  /** For /ready: can the executor take work? */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** The interpreter the local runner runs (its real path, no shim); null on Judge0. */
export const localPythonOf = (executor: Executor): string | null =>
  executor instanceof LocalRunner || executor instanceof ThreadedRunner ? executor.caps.python : null;

/** Long runs that may have given up their slot, per slot. */
const YIELDED_PER_SLOT = 4;

/**
 * Verdicts a job worker should hand this judge at once: one per slot, one per long run beside
 * the slots, one waiting per slot. Fewer, and a few slow solutions hold every job while quick
 * ones wait in the queue, out of the judge's reach.
 */
export const verdictsHeldAtOnce = (concurrency: number): number => concurrency * (YIELDED_PER_SLOT + 2);

/** How long no verdict may have run before background work counts the judge as paused. */
const VERDICT_PAUSE_MS = 250;
/** The longest background work waits for that pause: under steady load it shares the judge. */
const BACKGROUND_MAX_WAIT_MS = 10_000;

export function createJudge(options: JudgeOptions): Judge {
  const concurrency = options.concurrency ?? availableParallelism();
  const limiter = new ConcurrencyLimiter(concurrency, options.queueSize ?? 50, {
    yieldAfterMs: options.yieldAfterMs ?? 400,
    maxYielded: options.maxYielded ?? YIELDED_PER_SLOT * concurrency,
  });
  // Background work waits as long as it must: it is already stored as to-do in the database.
  const backgroundLimiter = new ConcurrencyLimiter(options.backgroundConcurrency ?? 1, Number.MAX_SAFE_INTEGER);
  // Each background run also waits for a pause in the verdicts: its sandbox has the lowest CPU
  // priority, but what the server's own thread does for it (inputs, reports) has none.
  const verdictsQuiet = () => limiter.quiet(VERDICT_PAUSE_MS, options.backgroundMaxWaitMs ?? BACKGROUND_MAX_WAIT_MS);
  const background: Pick<ConcurrencyLimiter, 'run'> = {
    run: (task, runOptions) => backgroundLimiter.run(() => verdictsQuiet().then(task), runOptions),
  };
  const laneOf = (priority: JudgePriority | undefined) => (priority === 'background' ? background : limiter);
  const wallTimeMs = options.wallTimeMs ?? 20_000;
  let local: LocalRunner | ThreadedRunner | null = null;
  const Runner = options.sameThread ? LocalRunner : ThreadedRunner;
  const localRunner = () =>
    (local ??= new Runner({
      pythonBin: options.pythonBin,
      memoryMb: options.memoryMb ?? 256,
      wallTimeMs,
      outputLimitChars: options.outputLimitChars ?? 1_000_000,
      poolSize: options.poolSize ?? concurrency,
      disableAuditHooks: options.unsafeDisableAuditHooks,
      allowUnsandboxed: options.allowUnsandboxed,
      hiddenPaths: options.hiddenPaths,
      bwrapBin: options.bwrapBin,
    }));
  const executor: Executor = options.judge0 ? new Judge0Executor(options.judge0) : localRunner();
  const ttl = options.cacheTtlSeconds ?? 24 * 3600;

  async function run(problem: Problem, code: string, policy: PolicyResult, tests: Problem['tests'], priority: RunPriority): Promise<JudgeReport> {
    if (!policy.parsedCleanly || policy.rejection) {
      const syntaxError = await executor.checkSyntax(code);
      if (syntaxError) return { ...reportWithoutRun(problem, tests, 'syntax_error'), syntaxError };
    }
    if (policy.rejection) return { ...reportWithoutRun(problem, tests, 'rejected'), rejection: policy.rejection };
    const request: ExecutionRequest = {
      code,
      entryPoint: problem.entryPoint,
      inPlace: problem.inPlace,
      tests: tests.map((t) => ({ id: t.id, input: t.input, timeLimitMs: problem.timeLimitMs })),
      priority,
    };
    const result = await executor.execute(request);
    if (result.kind === 'syntax_error') return { ...reportWithoutRun(problem, tests, 'syntax_error'), syntaxError: result.detail };
    return buildReport(problem, tests, result.outcomes, executor.name);
  }

  return {
    executor,
    async judge({ problem, code, scope, priority }) {
      const tests = scope === 'public' ? problem.tests.filter((t) => !t.hidden) : problem.tests;
      const policy: PolicyResult = options.unsafeSkipPolicy ? { rejection: null, parsedCleanly: true } : checkSafety(code);
      if (policy.rejection?.rule === 'too-long') return { ...reportWithoutRun(problem, tests, 'rejected'), rejection: policy.rejection };
      const key = options.cache ? resultCacheKey({ slug: problem.slug, contentHash: problem.contentHash, scope, executor: executor.name, code }) : null;
      if (key && options.cache) {
        const hit = await options.cache.get(key).catch(() => null);
        if (hit) return { ...withTestData(JSON.parse(hit) as JudgeReport, tests, comparesExactly(problem)), cached: true };
      }
      // Not inside the lane: a slow start would count as a slow run and lower its priority.
      await executor.whenReady?.();
      const runPriority = new RunPriority(priority === 'background' ? 'background' : 'interactive');
      const report = await laneOf(priority).run(() => run(problem, code, policy, tests, runPriority), {
        first: priority === 'follow-up',
        onYield: () => runPriority.lower('yielded'),
      });
      // Kept without test inputs (the problem has them): a hit restores them.
      if (key && options.cache && mayShareReport(report))
        await options.cache.set(key, JSON.stringify(withoutTestData(report, comparesExactly(problem))), ttl).catch(() => undefined);
      return report;
    },
    async judgeVariants({ problem, programs, priority }) {
      const allowed = programs.map((code) => {
        if (options.unsafeSkipPolicy) return true;
        const policy = checkSafety(code);
        return policy.parsedCleanly && !policy.rejection;
      });
      const request: ExecutionRequest = {
        code: '',
        entryPoint: problem.entryPoint,
        inPlace: problem.inPlace,
        programs,
        tests: programs.flatMap((_, k) =>
          allowed[k] ? problem.tests.map((t) => ({ id: `${k}/${t.id}`, program: k, input: t.input, timeLimitMs: problem.timeLimitMs })) : [],
        ),
      };
      const runPriority = new RunPriority(priority === 'background' ? 'background' : 'interactive');
      request.priority = runPriority;
      const result =
        request.tests.length === 0
          ? null
          : await laneOf(priority).run(() => executor.execute(request), { first: priority === 'follow-up', onYield: () => runPriority.lower('yielded') });
      return programs.map((_, k) => {
        const outcomes = new Map<string, RawOutcome>();
        if (result?.kind === 'ran')
          for (const t of problem.tests) {
            const outcome = result.outcomes.get(`${k}/${t.id}`);
            if (outcome) outcomes.set(t.id, outcome);
          }
        return buildReport(problem, problem.tests, outcomes, executor.name).tests;
      });
    },
    async measureGrowth(request) {
      await executor.whenReady?.();
      const runPriority = new RunPriority(request.priority === 'background' ? 'background' : 'interactive');
      return laneOf(request.priority).run(() => measureGrowth(executor, request, runPriority), {
        onYield: () => runPriority.lower('yielded'),
      });
    },
    whenVerdictsQuiet: verdictsQuiet,
    ping: () => executor.ping(),
    async close() {
      await executor.close();
      if (local && local !== executor) await local.close();
    },
  };
}
