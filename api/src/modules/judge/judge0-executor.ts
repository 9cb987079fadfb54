// The Judge0 backend: each test is one Judge0 submission (the harness as source, that test's
// job as stdin), so a crash or timeout is confined to its test exactly as in the local
// runner. Submissions go out in batches of at most 20 and are polled with backoff; Judge0's
// statuses are mapped onto our outcomes when the harness could not report for itself.
import { readFileSync } from 'node:fs';
import { AppError } from '../../errors.js';
import { CircuitOpenError } from './circuit-breaker.js';
import { HARNESS_PATH, encodeJob, newNonce, parseRecord, type HarnessJob } from './harness-protocol.js';
import { Judge0Client, Judge0Error, fromBase64, toBase64, type Judge0ConnectionOptions, type Judge0NewSubmission, type Judge0Submission } from './judge0-client.js';
import { DEFAULT_LIMITS } from './local-runner.js';
import type { ExecutionRequest, ExecutionResult, Executor, RawOutcome, SandboxTest, SyntaxErrorDetail } from './types.js';

export interface Judge0Options extends Judge0ConnectionOptions {
  /** memory_limit of each submission, MB. Default 256. */
  memoryMb?: number;
  /** First delay before polling (Judge0 caches a submission for 1 s); grows x1.5 per poll. */
  pollIntervalMs?: number;
  /** Longest delay between two polls. */
  maxPollIntervalMs?: number;
  /** Give up waiting for results after this long. */
  maxWaitMs?: number;
}

/** Polling when no timings are given; config.ts ships the same defaults (a test checks). */
export const JUDGE0_POLL_DEFAULTS = { pollIntervalMs: 1000, maxPollIntervalMs: 3000, maxWaitMs: 120_000 } as const;

const BATCH_SIZE = 20;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const isFinal = (s: Judge0Submission | null) => s !== null && s.status.id >= 3;
const seconds = (time: string | null) => (time === null ? null : Number(time) * 1000);

/** Our outcome for one test from its finished Judge0 submission. */
export function mapJudge0Result(sub: Judge0Submission, testId: string, nonce: string): RawOutcome | { kind: 'syntax'; detail: SyntaxErrorDetail } {
  const stdout = fromBase64(sub.stdout);
  let ready = false;
  for (const line of stdout.split('\n')) {
    const record = parseRecord(line, nonce);
    ready ||= record?.t === 'ready';
    if (record?.t === 'syntax') return { kind: 'syntax', detail: record.detail };
    if (record?.t === 'result' && record.id === testId) return record.outcome;
  }
  const stderr = fromBase64(sub.stderr);
  // Judge0's `time` covers the whole process, start-up included, so it is no CPU time of the call.
  const timeMs = seconds(sub.time);
  const status = sub.status.id;
  if (status === 5) return { kind: 'timeout', timeMs, cpuMs: null, stdout: '' };
  if (!ready) {
    // The harness never got to user code: an interpreter or harness problem on that server.
    throw new Judge0Error(`the harness failed on Judge0 (${sub.status.description}): ${stderr.trim().split('\n').pop() ?? ''}`, null, false);
  }
  if (/MemoryError|Cannot allocate memory/.test(stderr)) {
    return { kind: 'error', error: { type: 'MemoryError', message: 'the program ran out of memory', line: null }, timeMs, cpuMs: null, stdout: '', limit: 'memory' };
  }
  if (status === 8) {
    const error = { type: 'OutputLimitExceeded', message: 'the program wrote more output than the limit allows', line: null };
    return { kind: 'error', error, timeMs, cpuMs: null, stdout: '', limit: 'output' };
  }
  if (status === 13 || status === 14) {
    throw new Judge0Error(`Judge0 could not run the submission: ${sub.status.description} ${fromBase64(sub.message)}`.trim(), null, true);
  }
  const how = status === 3 ? 'exited early' : `${sub.status.description}${sub.message ? `: ${fromBase64(sub.message).trim()}` : ''}`;
  return { kind: 'error', error: { type: 'Crash', message: `the program ended (${how}) before this test finished`, line: null }, timeMs, cpuMs: null, stdout: '' };
}

export class Judge0Executor implements Executor {
  readonly name = 'judge0' as const;
  readonly boundary = 'judge0';
  readonly client: Judge0Client;
  private readonly harnessSource = readFileSync(HARNESS_PATH, 'utf8');

  constructor(private readonly options: Judge0Options) {
    this.client = new Judge0Client(options);
  }

  private async submission(job: HarnessJob, nonce: string, timeLimitMs: number): Promise<Judge0NewSubmission> {
    // The harness's own timer enforces the test's limit; Judge0's limits add room for start-up
    // and input parsing and only catch what the harness cannot (C-level loops, crashes).
    const cpu = Math.min(15, Math.round((timeLimitMs / 1000 + 2) * 1000) / 1000);
    return {
      source_code: toBase64(this.harnessSource),
      language_id: await this.client.pythonLanguageId(),
      stdin: toBase64(encodeJob(job, nonce)),
      cpu_time_limit: cpu,
      wall_time_limit: Math.min(20, cpu * 2 + 1),
      memory_limit: Math.min(512_000, (this.options.memoryMb ?? 256) * 1024),
    };
  }

  /** Creates the submissions in batches of 20 and waits until all are final. */
  private async runAll(submissions: Judge0NewSubmission[]): Promise<Judge0Submission[]> {
    return this.unavailableAsAppError(async () => {
      const tokens: string[] = [];
      for (let i = 0; i < submissions.length; i += BATCH_SIZE) {
        const created = await this.client.createBatch(submissions.slice(i, i + BATCH_SIZE));
        for (const item of created) {
          if (typeof item.token !== 'string') throw new Judge0Error(`Judge0 refused a submission: ${JSON.stringify(item)}`, 422, false);
          tokens.push(item.token);
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
    });
  }

  async execute(request: ExecutionRequest): Promise<ExecutionResult> {
    const nonces = request.tests.map(() => newNonce());
    const subs = await this.unavailableAsAppError(() =>
      Promise.all(
        request.tests.map((test: SandboxTest, i) =>
          this.submission({ mode: 'judge', ...request, tests: [test], limits: DEFAULT_LIMITS }, nonces[i], test.timeLimitMs),
        ),
      ),
    );
    const results = await this.runAll(subs);
    return this.unavailableAsAppError(async (): Promise<ExecutionResult> => {
      const outcomes = new Map<string, RawOutcome>();
      for (const [i, test] of request.tests.entries()) {
        const outcome = mapJudge0Result(results[i], test.id, nonces[i]);
        if (outcome.kind === 'syntax') return { kind: 'syntax_error', detail: outcome.detail };
        outcomes.set(test.id, outcome);
      }
      return { kind: 'ran', outcomes };
    });
  }

  async checkSyntax(code: string): Promise<SyntaxErrorDetail | null> {
    const nonce = newNonce();
    const job: HarnessJob = { mode: 'check', code, entryPoint: 'check', inPlace: false, tests: [], limits: DEFAULT_LIMITS };
    const [result] = await this.runAll([await this.unavailableAsAppError(() => this.submission(job, nonce, 1000))]);
    for (const line of fromBase64(result.stdout).split('\n')) {
      const record = parseRecord(line, nonce);
      if (record?.t === 'syntax') return record.detail;
      if (record?.t === 'done') return null;
    }
    throw new Judge0Error(`the syntax check did not complete on Judge0 (${result.status.description})`, null, true);
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
  private async unavailableAsAppError<T>(fn: () => Promise<T>): Promise<T> {
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
