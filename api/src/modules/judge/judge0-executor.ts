// The Judge0 backend: a verdict's tests run as one batch in one Judge0 submission (the harness
// as source, the whole job as stdin), exactly as the local runner runs them in one process.
// When the process ends before reporting every test, judge0-batch.ts decides what the evidence
// charges, and the tests not yet decided resume in a fresh submission; a typical verdict costs
// one submission, two when a crash or Judge0's own limit cut the first short. Growth runs and
// syntax checks are one submission each. Submissions are polled with backoff.
import { readFileSync } from 'node:fs';
import { AppError } from '../../errors.js';
import { CircuitOpenError } from './circuit-breaker.js';
import { GROWTH_PATH, HARNESS_PATH, encodeJob, newNonce, parseRecord, type HarnessJob } from './harness-protocol.js';
import { JUDGE0_CAPS, batchLimits, settleBatch, type BatchLimits, type Judge0Caps } from './judge0-batch.js';
import {
  Judge0Client,
  Judge0Error,
  fromBase64,
  toBase64,
  type Judge0ConnectionOptions,
  type Judge0NewSubmission,
  type Judge0Submission,
} from './judge0-client.js';
import { judge0SubmissionsPerRun, judge0SubmissionsTotal } from './judge0-metrics.js';
import { DEFAULT_LIMITS } from './local-runner.js';
import type { ExecutionRequest, ExecutionResult, Executor, GrowthPoint, GrowthRun, RawOutcome, SandboxTest, SyntaxErrorDetail } from './types.js';

export interface Judge0Options extends Judge0ConnectionOptions {
  /** memory_limit of each submission, MB. Default 256. */
  memoryMb?: number;
  /** First delay before polling (Judge0 caches a submission for 1 s); grows x1.5 per poll. */
  pollIntervalMs?: number;
  /** Longest delay between two polls. */
  maxPollIntervalMs?: number;
  /** Give up waiting for results after this long. */
  maxWaitMs?: number;
  /** The server's MAX_CPU_TIME_LIMIT and MAX_WALL_TIME_LIMIT, s. Default 15 and 20 (Judge0's). */
  maxCpuTimeLimitS?: number;
  maxWallTimeLimitS?: number;
  /**
   * Run time, ms, one verdict's submissions may use together (each counts its CPU time, or its
   * wall time when longer) before the tests not yet run are skipped: the counterpart of the
   * local runner's wall bound. Default 20000.
   */
  timeBudgetMs?: number;
  /** Submissions one verdict may create before the tests not yet run are skipped. Default 6. */
  maxSubmissionsPerRun?: number;
}

/** Polling when no timings are given; config.ts ships the same defaults (a test checks). */
export const JUDGE0_POLL_DEFAULTS = { pollIntervalMs: 1000, maxPollIntervalMs: 3000, maxWaitMs: 120_000 } as const;

const BATCH_SIZE = 20;
/** Judge0's MAX_MAX_FILE_SIZE, KB: the result stream of a whole batch is one file there. */
const MAX_FILE_SIZE_KB = 4096;
type Mode = HarnessJob['mode'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const isFinal = (s: Judge0Submission | null) => s !== null && s.status.id >= 3;

/**
 * The program sent as source_code: harness.py and growth.py as one file (Judge0 runs one
 * script.py), started with the growth mode available, as sandbox_setup.py starts them locally.
 */
export function judge0HarnessSource(): string {
  const harness = readFileSync(HARNESS_PATH, 'utf8');
  const trailer = /\nif __name__ == "__main__":\n\s+main\(\)\s*$/;
  if (!trailer.test(harness)) throw new Error('harness.py no longer ends with `if __name__ == "__main__": main()`; update judge0HarnessSource');
  const growth = readFileSync(GROWTH_PATH, 'utf8');
  return `${harness.replace(trailer, '\n')}\n${growth}\n\nif __name__ == "__main__":\n    main(extra_modes={"growth": run_growth})\n`;
}

export class Judge0Executor implements Executor {
  readonly name = 'judge0' as const;
  readonly boundary = 'judge0';
  readonly client: Judge0Client;
  private readonly harnessSource = judge0HarnessSource();
  private readonly caps: Judge0Caps;
  private created = 0;

  constructor(private readonly options: Judge0Options) {
    this.client = new Judge0Client(options);
    this.caps = { maxCpuS: options.maxCpuTimeLimitS ?? JUDGE0_CAPS.maxCpuS, maxWallS: options.maxWallTimeLimitS ?? JUDGE0_CAPS.maxWallS };
  }

  /** Judge0 submissions this executor has created (what a hosted plan's daily quota counts). */
  get submissionsCreated(): number {
    return this.created;
  }

  private async submission(job: HarnessJob, nonce: string, limits: BatchLimits): Promise<Judge0NewSubmission> {
    return {
      source_code: toBase64(this.harnessSource),
      language_id: await this.client.pythonLanguageId(),
      stdin: toBase64(encodeJob(job, nonce)),
      cpu_time_limit: limits.cpuS,
      wall_time_limit: limits.wallS,
      memory_limit: Math.min(512_000, (this.options.memoryMb ?? 256) * 1024),
      max_file_size: MAX_FILE_SIZE_KB,
    };
  }

  /** One job as one submission, waited for until final. */
  private async runOne(job: HarnessJob, nonce: string, limits: BatchLimits): Promise<Judge0Submission> {
    return this.unavailableAsAppError(async () => {
      const [sub] = await this.runAll([await this.submission(job, nonce, limits)], job.mode);
      return sub;
    });
  }

  /** Creates the submissions in batches of 20 and waits until all are final. */
  private async runAll(submissions: Judge0NewSubmission[], mode: Mode): Promise<Judge0Submission[]> {
    const tokens: string[] = [];
    for (let i = 0; i < submissions.length; i += BATCH_SIZE) {
      const created = await this.client.createBatch(submissions.slice(i, i + BATCH_SIZE));
      for (const item of created) {
        if (typeof item.token !== 'string') throw new Judge0Error(`Judge0 refused a submission: ${JSON.stringify(item)}`, 422, false);
        tokens.push(item.token);
        this.created++;
        judge0SubmissionsTotal.inc({ mode });
      }
    }
    const done = new Map<string, Judge0Submission>();
    const deadline = Date.now() + (this.options.maxWaitMs ?? JUDGE0_POLL_DEFAULTS.maxWaitMs);
    let delay = this.options.pollIntervalMs ?? JUDGE0_POLL_DEFAULTS.pollIntervalMs;
    while (done.size < tokens.length) {
      if (Date.now() > deadline) throw new Judge0Error('Judge0 did not finish the submissions in time', null, true);
      await sleep(delay);
      delay = Math.min(delay * 1.5, this.options.maxPollIntervalMs ?? JUDGE0_POLL_DEFAULTS.maxPollIntervalMs);
      const pending = tokens.filter((t) => !done.has(t));
      for (let i = 0; i < pending.length; i += BATCH_SIZE) {
        const chunk = pending.slice(i, i + BATCH_SIZE);
        const subs = await this.client.getBatch(chunk);
        subs.forEach((s, j) => {
          if (s && isFinal(s)) done.set(chunk[j], s);
        });
      }
    }
    return tokens.map((t) => done.get(t)!);
  }

  async execute(request: ExecutionRequest): Promise<ExecutionResult> {
    const budgetMs = this.options.timeBudgetMs ?? 20_000;
    const maxSubmissions = this.options.maxSubmissionsPerRun ?? 6;
    const outcomes = new Map<string, RawOutcome>();
    let remaining: SandboxTest[] = request.tests;
    let spentMs = 0;
    let submissions = 0;
    try {
      while (remaining.length > 0 && spentMs < budgetMs && submissions < maxSubmissions) {
        const nonce = newNonce();
        const limits = batchLimits(remaining, this.caps, budgetMs - spentMs);
        const sub = await this.runOne({ mode: 'judge', ...request, tests: remaining, limits: DEFAULT_LIMITS }, nonce, limits);
        submissions++;
        spentMs += 1000 * Math.max(sub.time === null ? limits.cpuS : Number(sub.time), Number(sub.wall_time ?? 0));
        const tests = remaining;
        const settled = await this.unavailableAsAppError(() => settleBatch(sub, tests, nonce));
        if (settled.kind === 'syntax') return { kind: 'syntax_error', detail: settled.detail };
        for (const [id, outcome] of settled.outcomes) outcomes.set(id, outcome);
        remaining = settled.resume;
      }
    } finally {
      judge0SubmissionsPerRun.observe({ mode: 'judge' }, submissions);
    }
    const reason = spentMs >= budgetMs ? 'the submission ran out of time' : 'the submission ended its process too many times';
    for (const test of remaining) outcomes.set(test.id, { kind: 'skipped', reason });
    return { kind: 'ran', outcomes };
  }

  async runGrowth(run: GrowthRun): Promise<GrowthPoint[]> {
    const nonce = newNonce();
    const job: HarnessJob = { mode: 'growth', ...run, limits: DEFAULT_LIMITS };
    const sub = await this.runOne(job, nonce, batchLimits(run.tests, this.caps));
    judge0SubmissionsPerRun.observe({ mode: 'growth' }, 1);
    // A run cut short (Judge0's limits) keeps the points it reached, as locally.
    const points: GrowthPoint[] = [];
    let ready = false;
    for (const line of fromBase64(sub.stdout).split('\n')) {
      const r = parseRecord(line, nonce);
      ready ||= r?.t === 'ready';
      if (r?.t === 'growth') points.push({ size: r.size, events: r.events, lineCounts: r.lineCounts, exceeded: r.exceeded, error: r.error });
    }
    if (sub.status.id === 13 || sub.status.id === 14 || !ready) {
      await this.unavailableAsAppError(() => {
        throw new Judge0Error(`the growth run failed on Judge0 (${sub.status.description})`, null, sub.status.id >= 13);
      });
    }
    return points;
  }

  async checkSyntax(code: string): Promise<SyntaxErrorDetail | null> {
    const nonce = newNonce();
    const job: HarnessJob = { mode: 'check', code, entryPoint: 'check', inPlace: false, tests: [], limits: DEFAULT_LIMITS };
    const result = await this.runOne(job, nonce, batchLimits([], this.caps));
    judge0SubmissionsPerRun.observe({ mode: 'check' }, 1);
    for (const line of fromBase64(result.stdout).split('\n')) {
      const record = parseRecord(line, nonce);
      if (record?.t === 'syntax') return record.detail;
      if (record?.t === 'done') return null;
    }
    return this.unavailableAsAppError(() => {
      throw new Judge0Error(`the syntax check did not complete on Judge0 (${result.status.description})`, null, true);
    });
  }

  async ping(): Promise<boolean> {
    try {
      await this.client.about();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {}

  /** Infrastructure failures reach the API as 503 JUDGE0_UNAVAILABLE (with Retry-After). */
  private async unavailableAsAppError<T>(fn: () => T | Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof CircuitOpenError) {
        throw new AppError(503, 'JUDGE0_UNAVAILABLE', e.message, undefined, Math.max(1, Math.ceil(e.retryAfterMs / 1000)));
      }
      if (e instanceof Judge0Error) throw new AppError(503, 'JUDGE0_UNAVAILABLE', e.message, { status: e.status }, 10);
      throw e;
    }
  }
}
