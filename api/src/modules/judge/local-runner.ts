// The local backend: runs a submission's tests in confined interpreters on this machine.
// Tests run in order in one process; when a test crashes, times out or exhausts memory, that
// test is charged with it and the rest continue in a fresh process, all inside the
// submission's wall-time bound. Threat model: see api/src/modules/judge/README.md.
import os from 'node:os';
import { serializeArgs, type HarnessJob, type HarnessLimits, type HarnessRecord } from './harness-protocol.js';
import { InterpreterPool } from './interpreter-pool.js';
import type { RunPriority } from './run-priority.js';
import { bubblewrapArgs, SANDBOX_HARNESS_DIR } from './bubblewrap.js';
import { HARNESS_DIR } from './harness-protocol.js';
import { PROJECT_ROOT } from '../../paths.js';
import { describeBoundary, NoExecutorError, probeSandbox, type SandboxCapabilities } from './sandbox-capabilities.js';
import type { ProcessRun, SandboxLaunch, SandboxSpec } from './sandbox-process.js';
import { buildSeccompFilter } from './seccomp-filter.js';
import type { ExecutionRequest, ExecutionResult, Executor, GrowthPoint, GrowthRun, RawOutcome, SandboxTest, SyntaxErrorDetail } from './types.js';

export interface LocalRunnerOptions {
  pythonBin: string;
  /** Address-space limit per process (RLIMIT_AS). */
  memoryMb: number;
  /** Wall-time bound of one whole submission. */
  wallTimeMs: number;
  /** Characters the submission may print before output_limit_exceeded. */
  outputLimitChars: number;
  /** Ready interpreters kept waiting; 0 = start each on demand. */
  poolSize: number;
  /** Internal, for the sandbox's own tests: no audit hooks, so only OS limits remain. */
  disableAuditHooks?: boolean;
  /** Run learner code with no OS boundary when bubblewrap does not work here (JUDGE_UNSAFE_NO_SANDBOX). */
  allowUnsandboxed?: boolean;
  /** Host directories never shown to learner code (the data directory); the project and home always are hidden. */
  hiddenPaths?: string[];
  /** The bubblewrap executable; default `bwrap` on PATH. */
  bwrapBin?: string;
  /** What the machine allows, when already probed (the runner thread gets them from its host). */
  caps?: SandboxCapabilities;
}

/** The probed capabilities, or the error that keeps learner code from running unconfined. */
export function localCapabilities(options: Pick<LocalRunnerOptions, 'pythonBin' | 'bwrapBin' | 'allowUnsandboxed'>): SandboxCapabilities {
  const caps = probeSandbox(options.pythonBin, { bwrapBin: options.bwrapBin });
  if (caps.boundary.kind === 'none' && !options.allowUnsandboxed) {
    throw new NoExecutorError(
      `the local runner will not run learners' code without its sandbox: ${caps.boundary.reason}. ` +
        'Install bubblewrap (apt-get install bubblewrap) with user namespaces enabled, or set JUDGE0_URL; ' +
        'JUDGE_UNSAFE_NO_SANDBOX=true runs code with no OS boundary (only for code you trust)',
    );
  }
  return caps;
}

/** Size of a sandbox's private /tmp. */
const SANDBOX_TMP_BYTES = 16 << 20;

export const DEFAULT_LIMITS: HarnessLimits = { keepChars: 4000, outputLimitChars: 1_000_000, resultLimitChars: 32_000_000 };

/** Wall time a test may take before the watchdog kills it (CPU limits act first). */
function testWallMs(test: SandboxTest, inputChars: number): number {
  return test.timeLimitMs * 3 + 1500 + inputChars / 5000;
}

export class LocalRunner implements Executor {
  readonly name = 'local' as const;
  readonly caps: SandboxCapabilities;
  private readonly pool: InterpreterPool;
  private readonly limits: HarnessLimits;

  constructor(private readonly options: LocalRunnerOptions) {
    this.caps = options.caps ?? localCapabilities(options);
    this.limits = { ...DEFAULT_LIMITS, outputLimitChars: options.outputLimitChars };
    const spec: SandboxSpec = {
      launch: this.launch(),
      memoryMb: options.memoryMb,
      cpuSeconds: Math.ceil(options.wallTimeMs / 1000) + 1,
      rawOutputLimitBytes: options.outputLimitChars + 64_000,
      resultChannelLimitBytes: 256_000_000,
      disableAuditHooks: options.disableAuditHooks,
    };
    this.pool = new InterpreterPool(spec, options.poolSize);
  }

  /** The boundary in force, for /ready and logs. */
  get boundary(): string {
    return describeBoundary(this.caps.boundary);
  }

  private launch(): SandboxLaunch {
    const { boundary, python, pythonPrefixes } = this.caps;
    if (boundary.kind === 'none') {
      return { command: python, args: [], python, harnessDir: HARNESS_DIR, seccompFilter: null, unconfined: true };
    }
    const seccompFilter = boundary.seccomp ? buildSeccompFilter() : null;
    const args = bubblewrapArgs({
      python,
      pythonPrefixes,
      harnessDir: HARNESS_DIR,
      hiddenPaths: [PROJECT_ROOT, os.homedir(), ...(this.options.hiddenPaths ?? [])],
      tmpSizeBytes: SANDBOX_TMP_BYTES,
      seccomp: seccompFilter !== null,
      reportPid: true,
    });
    return { command: boundary.bwrap, args, python, harnessDir: SANDBOX_HARNESS_DIR, seccompFilter, unconfined: false };
  }

  async execute(request: ExecutionRequest): Promise<ExecutionResult> {
    const outcomes = new Map<string, RawOutcome>();
    const wallDeadline = Date.now() + this.options.wallTimeMs;
    let remaining = request.tests;
    const job = (tests: SandboxTest[]): HarnessJob => ({ mode: 'judge', ...request, tests, limits: this.limits });

    while (remaining.length > 0 && Date.now() < wallDeadline) {
      const run = await this.runJob(job(remaining), wallDeadline, 3000, request.priority);
      assertSandboxStarted(run);
      const syntax = run.records.find((r) => r.t === 'syntax');
      if (syntax?.t === 'syntax') return { kind: 'syntax_error', detail: syntax.detail };
      let reported = 0;
      for (const record of run.records) {
        if (record.t === 'result' && remaining.some((t) => t.id === record.id) && !outcomes.has(record.id)) {
          outcomes.set(record.id, record.outcome);
          reported++;
        }
      }
      if (run.done && reported === remaining.length) break;
      remaining = remaining.filter((t) => !outcomes.has(t.id));
      if (remaining.length === 0) break;
      // The process ended early: the first unreported test is the one it was running.
      const [culprit, ...rest] = remaining;
      outcomes.set(culprit.id, blameCrash(run));
      remaining = rest;
    }
    for (const test of remaining) {
      if (!outcomes.has(test.id)) outcomes.set(test.id, { kind: 'skipped', reason: 'the submission ran out of wall time' });
    }
    return { kind: 'ran', outcomes };
  }

  async checkSyntax(code: string): Promise<SyntaxErrorDetail | null> {
    const job: HarnessJob = { mode: 'check', code, entryPoint: 'check', inPlace: false, tests: [], limits: this.limits };
    const run = await this.runJob(job, Date.now() + 10_000, 5000);
    assertSandboxStarted(run);
    const syntax = run.records.find((r) => r.t === 'syntax');
    if (syntax?.t === 'syntax') return syntax.detail;
    if (!run.done) throw new Error(`the syntax check failed to run: ${run.stderrTail.slice(-300) || `exit ${run.exitCode ?? run.signal}`}`);
    return null;
  }

  async runGrowth(run: GrowthRun): Promise<GrowthPoint[]> {
    const job: HarnessJob = { mode: 'growth', ...run, limits: this.limits };
    const result = await this.runJob(job, Date.now() + Math.max(this.options.wallTimeMs, 30_000), 0, run.priority);
    const points: GrowthPoint[] = [];
    for (const r of result.records) {
      if (r.t === 'growth') points.push({ size: r.size, events: r.events, lineCounts: r.lineCounts, exceeded: r.exceeded, error: r.error });
    }
    return points;
  }

  /** Runs one harness job in a fresh interpreter with per-test watchdog deadlines. */
  async runJob(job: HarnessJob, wallDeadline: number, firstGraceMs = 0, priority?: RunPriority): Promise<ProcessRun> {
    const inputChars = job.tests.map((t) => serializeArgs(t.input).length);
    let next = 0;
    const deadlineFor = (i: number) => (i < job.tests.length ? Date.now() + testWallMs(job.tests[i], inputChars[i]) : wallDeadline);
    const proc = this.pool.acquire();
    if (priority && priority.level !== 'interactive') proc.setPriority(priority.level);
    const unwatch = priority?.watch(() => proc.setPriority(priority.level));
    try {
      return await proc.run(job, {
        firstDeadline: deadlineFor(0) + firstGraceMs + inputChars.reduce((a, b) => a + b, 0) / 5000,
        wallDeadline,
        onRecord: (record: HarnessRecord) => (record.t === 'result' || record.t === 'growth' ? deadlineFor(++next) : deadlineFor(next)),
      });
    } finally {
      unwatch?.();
    }
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}

/** A process that died before the harness was ready never ran user code: that is our failure. */
function assertSandboxStarted(run: ProcessRun): void {
  if (run.killedBy || run.records.some((r) => r.t === 'ready')) return;
  const why = run.stderrTail.trim().split('\n').slice(-3).join(' | ') || `exit ${run.exitCode ?? run.signal}`;
  throw new Error(`the sandbox failed to start: ${why}`);
}

/**
 * The outcome charged to the test a process was running when it ended without reporting. Its
 * memory is unknown: the harness reads it after the call, which never came back.
 */
export function blameCrash(run: ProcessRun): RawOutcome {
  const stdout = '';
  const memoryKb = null;
  if (run.killedBy === 'watchdog' || run.killedBy === 'wall' || run.signal === 'SIGXCPU') {
    return { kind: 'timeout', timeMs: null, cpuMs: null, memoryKb, stdout };
  }
  if (run.killedBy === 'output') {
    const error = { type: 'OutputLimitExceeded', message: 'the program wrote more output than the limit allows', line: null };
    return { kind: 'error', error, timeMs: null, cpuMs: null, memoryKb, stdout, limit: 'output' };
  }
  if (/MemoryError|Cannot allocate memory|out of memory/i.test(run.stderrTail)) {
    const error = { type: 'MemoryError', message: 'the program ran out of memory', line: null };
    return { kind: 'error', error, timeMs: null, cpuMs: null, memoryKb, stdout, limit: 'memory' };
  }
  if (run.signal === 'SIGKILL') return { kind: 'timeout', timeMs: null, cpuMs: null, memoryKb, stdout }; // RLIMIT_CPU's hard limit
  const how = run.signal ? `signal ${run.signal}` : `exit code ${run.exitCode}`;
  const error = { type: 'Crash', message: `the program ended (${how}) before this test finished`, line: null };
  return { kind: 'error', error, timeMs: null, cpuMs: null, memoryKb, stdout };
}

export const defaultConcurrency = (): number => os.availableParallelism();
