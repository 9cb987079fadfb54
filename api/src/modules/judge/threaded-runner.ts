// The local runner, run in a worker thread of its own (runner-thread.ts) so that starting
// sandboxes never stalls the server's requests. The same Executor as LocalRunner: the sandbox
// probe runs here first, so a machine without a boundary fails at start as before.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PROJECT_ROOT } from '../../paths.js';
import { serializeArgs } from './harness-protocol.js';
import { localCapabilities, type LocalRunnerOptions } from './local-runner.js';
import type { RunPriority } from './run-priority.js';
import { countSandboxEvent } from './sandbox-process.js';
import { type BatchOutcomes, countTrustedStart, type TrustedBatch } from './trusted-runner.js';
import type { RunnerNews, RunnerReply, RunnerValue, RunnerThreadData, ToRunner, WireTest } from './runner-thread-protocol.js';
import { describeBoundary, type SandboxCapabilities } from './sandbox-capabilities.js';
import type { ExecutionRequest, ExecutionResult, Executor, GrowthPoint, GrowthRun, SandboxTest, SyntaxErrorDetail } from './types.js';

// Beside this module: runner-thread.ts from the sources, runner-thread.js once compiled.
const THREAD_ENTRY = fileURLToPath(new URL(`./runner-thread${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));
// Plain JavaScript, so it stays in the source tree (like the harness) and is not compiled.
const THREAD_BOOT = path.join(PROJECT_ROOT, 'api', 'src', 'modules', 'judge', 'runner-thread-boot.mjs');

/** Inputs at least this long (JSON) are kept by the thread once sent: the problems' large tests. */
const KEPT_INPUT_CHARS = 64 * 1024;
/** What the thread may keep in all; past it, inputs are sent whole again. */
const MAX_KEPT_CHARS = 512 * 1024 * 1024;

type Pending = { resolve: (value: RunnerValue) => void; reject: (error: Error) => void };

export class ThreadedRunner implements Executor {
  readonly name = 'local' as const;
  readonly caps: SandboxCapabilities;
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;
  private readonly loaded: Promise<void>;
  private markLoaded: () => void = () => undefined;
  private isLoaded = false;
  /** Large inputs the thread holds, by input object (a problem's own, the same every run). */
  private readonly keptInputs = new WeakMap<object, number>();
  private keptChars = 0;
  private lastInputRef = 0;

  constructor(options: LocalRunnerOptions) {
    this.caps = localCapabilities(options);
    const runner: RunnerThreadData = { ...options, caps: this.caps };
    this.worker = new Worker(THREAD_BOOT, { workerData: { entry: THREAD_ENTRY, runner } });
    this.loaded = new Promise((resolve) => {
      this.markLoaded = () => {
        this.isLoaded = true;
        resolve();
      };
    });
    this.worker.on('message', (message: RunnerReply | RunnerNews) => {
      if (!('news' in message)) this.settle(message);
      else if (message.news.kind === 'ready') {
        this.markLoaded();
        // Loaded and idle, it must not keep a finished CLI alive (as an idle pool would not).
        if (this.pending.size === 0) this.worker.unref();
      } else if (message.news.kind === 'trusted-started') countTrustedStart();
      else countSandboxEvent(message.news);
    });
    // A thread that dies takes its runs with it: they fail, and so does every later one.
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the runner thread stopped (exit code ${code})`)));
  }

  get boundary(): string {
    return describeBoundary(this.caps.boundary);
  }

  execute(request: ExecutionRequest): Promise<ExecutionResult> {
    const { priority, tests, ...rest } = request;
    const wire = { ...rest, tests: this.toWire(tests), priority: priority?.level ?? 'interactive' };
    return this.withPriority(priority, (id) => ({ op: 'execute', id, request: wire })) as Promise<ExecutionResult>;
  }

  runGrowth(run: GrowthRun): Promise<GrowthPoint[]> {
    const { priority, tests, ...rest } = run;
    const wire = { ...rest, tests: this.toWire(tests), priority: priority?.level ?? 'interactive' };
    return this.withPriority(priority, (id) => ({ op: 'growth', id, run: wire })) as Promise<GrowthPoint[]>;
  }

  /** A batch of our own programs (see trusted-runner.ts), started from the thread: forking the server stalls no request there. */
  runTrusted(batch: TrustedBatch): Promise<BatchOutcomes> {
    return this.call((id) => ({ op: 'trusted', id, batch: { ...batch, tests: this.toWire(batch.tests) } })) as Promise<BatchOutcomes>;
  }

  checkSyntax(code: string): Promise<SyntaxErrorDetail | null> {
    return this.call((id) => ({ op: 'syntax', id, code })) as Promise<SyntaxErrorDetail | null>;
  }

  /** The thread loads its modules once, at start (about 0.1 s compiled, more from sources). */
  whenReady(): Promise<void> {
    return this.failure ? Promise.reject(this.failure) : this.loaded;
  }

  async ping(): Promise<boolean> {
    return this.failure === null;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      if (!this.failure) await this.call((id) => ({ op: 'close', id })).catch(() => undefined);
      await this.worker.terminate();
    })();
    return this.closing;
  }

  private toWire(tests: SandboxTest[]): WireTest[] {
    return tests.map(({ input, ...test }) => {
      const kept = this.keptInputs.get(input);
      if (kept !== undefined) return { ...test, inputRef: kept };
      const inputJson = serializeArgs(input);
      if (inputJson.length < KEPT_INPUT_CHARS || this.keptChars + inputJson.length > MAX_KEPT_CHARS) return { ...test, inputJson };
      const inputRef = ++this.lastInputRef;
      this.keptInputs.set(input, inputRef);
      this.keptChars += inputJson.length;
      return { ...test, inputJson, inputRef };
    });
  }

  /** A run whose priority the limiter may lower while it goes on: each change follows it. */
  private async withPriority(priority: RunPriority | undefined, message: (id: number) => ToRunner): Promise<RunnerValue> {
    let id = 0;
    const unwatch = priority?.watch(() => {
      if (id) this.worker.postMessage({ op: 'priority', id, level: priority.level } satisfies ToRunner);
    });
    try {
      return await this.call((assigned) => message((id = assigned)));
    } finally {
      unwatch?.();
    }
  }

  private call(message: (id: number) => ToRunner): Promise<RunnerValue> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage(message(id));
    });
  }

  private settle(reply: RunnerReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0 && this.isLoaded) this.worker.unref();
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(new Error(reply.message));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.markLoaded(); // whoever waits for the start learns of the failure from the run itself
    for (const waiting of this.pending.values()) waiting.reject(this.failure);
    this.pending.clear();
  }
}
