// Runs programs we wrote ourselves (mutants of a problem's reference, never a learner's code)
// on the same tests, all in ONE plain interpreter (harness/trusted_runner.py) instead of one
// sandboxed process per program. What the judge's runs keep is kept: each call's CPU limit,
// a wall bound per program and per batch, an empty environment, a low CPU priority (nice 19 by
// default, the judge's background lane), and a bound on how many batches run at once. A program that loops in C code, crashes the interpreter or is
// killed by the watchdog is charged for the test it was on; the rest resume in a fresh process.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ConcurrencyLimiter } from './concurrency-limiter.js';
import { HARNESS_DIR, HARNESS_PATH, newNonce, parseRecord, serializeArgs } from './harness-protocol.js';
import { blameCrash, DEFAULT_LIMITS } from './local-runner.js';
import type { PriorityLevel } from './run-priority.js';
import { childPipe, NICENESS, type KillReason, type ProcessRun } from './sandbox-process.js';
import type { RawOutcome, SandboxTest } from './types.js';

export const TRUSTED_RUNNER_PATH = path.join(HARNESS_DIR, 'trusted_runner.py');

export interface TrustedRunnerOptions {
  pythonBin: string;
  /** Address-space limit of the process, MB. Default 256, as the judge's. */
  memoryMb?: number;
  /** Wall bound of one program's tests, as a submission's in the judge. Default 20000. */
  programWallMs?: number;
  /** Wall bound of a whole batch; programs not started by then are skipped. Default 60000. */
  batchWallMs?: number;
  /** Batches at once (each is one process at a time). Default 1, as the judge's background lane. */
  concurrency?: number;
}

export interface TrustedBatch {
  entryPoint: string;
  inPlace: boolean;
  tests: SandboxTest[];
  /** Source of each program; every one runs on every test. */
  programs: string[];
  /** CPU priority of the process. Default `background` (nice 19). */
  priority?: PriorityLevel;
}

/** Per program, its tests' outcomes; a test absent from the map was skipped (as the judge's). */
export type BatchOutcomes = Array<Map<string, RawOutcome>>;

/** What runs a batch: a TrustedRunner here, or the one in the runner thread (threaded-runner.ts). */
export interface TrustedBatchRunner {
  run(batch: TrustedBatch): Promise<BatchOutcomes>;
}

let started = 0;
let forwardStart: (() => void) | null = null;
/** Trusted processes started since the server started, in any thread (the pipeline benchmark reads it). */
export const trustedProcessesStarted = (): number => started;
/** Counts a trusted process's start; the runner thread forwards its own (`forwardTrustedStarts`). */
export function countTrustedStart(): void {
  started++;
  forwardStart?.();
}
export function forwardTrustedStarts(to: () => void): void {
  forwardStart = to;
}

/** Where a batch goes on in a fresh process: program, its tests to skip, its wall deadline if started. */
interface Resume {
  program: number;
  skip: number;
  programDeadline: number | null;
}

/** Watchdog wall time of one test, as the local runner's (its CPU timer acts first). */
const testWallMs = (test: SandboxTest): number => test.timeLimitMs * 3 + 1500 + serializeArgs(test.input).length / 5000;
/** Extra wall time before a program's first result: it loads its module first. */
const LOAD_GRACE_MS = 3000;

export class TrustedRunner implements TrustedBatchRunner {
  private readonly limiter: ConcurrencyLimiter;

  constructor(private readonly options: TrustedRunnerOptions) {
    this.limiter = new ConcurrencyLimiter(options.concurrency ?? 1, Number.MAX_SAFE_INTEGER);
  }

  run(batch: TrustedBatch): Promise<BatchOutcomes> {
    return this.limiter.run(() => this.runNow(batch));
  }

  private async runNow(batch: TrustedBatch): Promise<BatchOutcomes> {
    const outcomes: BatchOutcomes = batch.programs.map(() => new Map<string, RawOutcome>());
    const batchDeadline = Date.now() + (this.options.batchWallMs ?? 60_000);
    let resume: Resume = { program: 0, skip: 0, programDeadline: null };
    while (resume.program < batch.programs.length && Date.now() < batchDeadline) {
      resume = await this.runProcess(batch, resume, outcomes, batchDeadline);
    }
    return outcomes;
  }

  /** One process from `from` on; returns where the next one must start (past the end when done). */
  private runProcess(batch: TrustedBatch, from: Resume, outcomes: BatchOutcomes, batchDeadline: number): Promise<Resume> {
    const { tests } = batch;
    const programs = batch.programs.slice(from.program).map((code, i) => ({ code, skip: i === 0 ? from.skip : 0 }));
    const nonce = newNonce();
    const header = {
      nonce,
      entryPoint: batch.entryPoint,
      inPlace: batch.inPlace,
      tests: tests.map((t) => ({ id: t.id, timeLimitMs: t.timeLimitMs })),
      ...DEFAULT_LIMITS,
      programs,
    };
    const input = [JSON.stringify(header), ...tests.map((t) => serializeArgs(t.input))].join('\n') + '\n';
    const memoryMb = this.options.memoryMb ?? 256;
    const niceness = NICENESS[batch.priority ?? 'background'];
    const cpuSeconds = Math.ceil((this.options.batchWallMs ?? 60_000) / 1000) + 1;
    const args = [
      '-I',
      '-S',
      TRUSTED_RUNNER_PATH,
      '--harness',
      HARNESS_PATH,
      '--memory-mb',
      String(memoryMb),
      '--cpu-seconds',
      String(cpuSeconds),
      '--nice',
      String(niceness),
    ];
    const child = spawn(this.options.pythonBin, args, { cwd: os.tmpdir(), env: {}, detached: true, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
    countTrustedStart();
    lowerPriority(child.pid, niceness);

    // Where the process is: program `current` (absolute index), its next test `position`.
    let current = from.program;
    let position = from.skip;
    let ready = false;
    let ended = false;
    let killedBy: KillReason | null = null;
    let stderrTail = '';
    let rawBytes = 0;
    const programWallMs = this.options.programWallMs ?? 20_000;
    // A program's wall bound runs from its start, across the processes it takes (as a submission's).
    let programDeadline = from.programDeadline ?? Date.now() + programWallMs;
    let testDeadline = Date.now() + (position < tests.length ? testWallMs(tests[position]) : 0) + LOAD_GRACE_MS;
    const kill = (reason: KillReason) => {
      killedBy ??= reason;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const watchdog = setInterval(() => {
      const now = Date.now();
      if (now >= batchDeadline || now >= programDeadline) kill('wall');
      else if (now >= testDeadline) kill('watchdog');
    }, 20);
    const countRaw = (chunk: Buffer) => {
      rawBytes += chunk.length;
      if (rawBytes > DEFAULT_LIMITS.outputLimitChars + 64_000) kill('output');
    };
    child.stdout.on('data', countRaw);
    child.stderr.on('data', (chunk: Buffer) => {
      countRaw(chunk);
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-4000);
    });

    const onLine = (line: string) => {
      if (!line.startsWith(nonce + ' ')) return;
      const rest = line.slice(nonce.length + 1);
      if (rest === 'end') return void (ended = true);
      if (parseRecord(line, nonce)?.t === 'ready') return void (ready = true);
      const space = rest.indexOf(' ');
      const program = from.program + Number(rest.slice(0, space));
      const record = parseRecord(`${nonce} ${rest.slice(space + 1)}`, nonce);
      if (!record || program !== current) return;
      if (record.t === 'result' && tests[position]?.id === record.id) {
        outcomes[program].set(record.id, record.outcome);
        position++;
        testDeadline = Date.now() + (position < tests.length ? testWallMs(tests[position]) : LOAD_GRACE_MS);
      } else if (record.t === 'done' || record.t === 'syntax') {
        // A syntax error leaves every test skipped, as the judge reports it.
        current++;
        position = 0;
        programDeadline = Date.now() + programWallMs;
        testDeadline = Date.now() + (tests.length > 0 ? testWallMs(tests[0]) : 0) + LOAD_GRACE_MS;
      }
    };
    let pending = '';
    const results = childPipe(child, 3, Readable);
    results.setEncoding('utf8');
    results.on('data', (chunk: string) => {
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        onLine(pending.slice(0, nl));
        pending = pending.slice(nl + 1);
      }
    });
    results.on('error', () => undefined);
    child.stdin.on('error', () => undefined);
    child.on('error', () => undefined);
    child.stdin.end(input);

    return new Promise<Resume>((resolve, reject) => {
      child.once('close', (exitCode, signal) => {
        clearInterval(watchdog);
        if (!ready && !killedBy) {
          const why = stderrTail.trim().split('\n').slice(-3).join(' | ') || `exit ${exitCode ?? signal}`;
          return reject(new Error(`the trusted runner failed to start: ${why}`));
        }
        if (ended || current >= batch.programs.length) return resolve({ program: batch.programs.length, skip: 0, programDeadline: null });
        // Died during program `current`: the test it was on is charged with it, as the judge does.
        const run: ProcessRun = { records: [], done: false, exitCode, signal, killedBy, stderrTail };
        if (position < tests.length) outcomes[current].set(tests[position].id, blameCrash(run));
        // Past its wall bound, the program's remaining tests stay skipped.
        const programEnds = killedBy === 'wall' || position + 1 >= tests.length;
        resolve(programEnds ? { program: current + 1, skip: 0, programDeadline: null } : { program: current, skip: position + 1, programDeadline });
      });
    });
  }
}

/** The process's nice value and, with autogroup scheduling, its session's (it leads one). */
function lowerPriority(pid: number | undefined, niceness: number): void {
  if (!pid) return;
  try {
    os.setPriority(pid, niceness);
  } catch {
    /* gone, or not permitted: the interpreter lowers itself too */
  }
  try {
    writeFileSync(`/proc/${pid}/autogroup`, String(niceness));
  } catch {
    /* no autogroup scheduling here */
  }
}
