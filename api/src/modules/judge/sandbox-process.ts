// One confined interpreter: started ahead of need inside its bubblewrap sandbox (it limits
// itself, then waits for its job on stdin), used for one job, then gone. A kill goes to the
// interpreter (bwrap reports its pid), then to bwrap's process group; nothing else can exist in
// the sandbox. Its result channel is fd 3, which print() never writes to.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { encodeJob, newNonce, parseRecord, type HarnessJob, type HarnessRecord } from './harness-protocol.js';
import type { PriorityLevel } from './run-priority.js';
import { runQueueWaitMs, Watchdog, WATCHDOG_TICK_MS } from './watchdog.js';

/** How a sandbox process is started, worked out once per runner (see local-runner.ts). */
export interface SandboxLaunch {
  command: string;
  /** Arguments before the interpreter's own: bwrap's, or none when unconfined. */
  args: string[];
  /** The interpreter, and the harness directory as the process sees it. */
  python: string;
  harnessDir: string;
  /** Written to fd 4 for bwrap's --seccomp, or null. */
  seccompFilter: Buffer | null;
  /** No OS boundary (JUDGE_UNSAFE_NO_SANDBOX): each process gets a temporary working directory. */
  unconfined: boolean;
}

export interface SandboxSpec {
  launch: SandboxLaunch;
  memoryMb: number;
  /** RLIMIT_CPU hard limit of the whole process, in seconds. */
  cpuSeconds: number;
  /** Bytes the process may write to fd 1 and 2 together before it is killed. */
  rawOutputLimitBytes: number;
  /** Bytes of records on the result channel before it is killed. */
  resultChannelLimitBytes: number;
  /** Internal, for the sandbox's own tests: run without the audit hooks. */
  disableAuditHooks?: boolean;
}

export type KillReason = 'watchdog' | 'wall' | 'output' | 'abandoned';

export interface ProcessRun {
  records: HarnessRecord[];
  done: boolean;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  killedBy: KillReason | null;
  stderrTail: string;
}

export interface RunControls {
  /** Called on every record; return a new deadline (ms since epoch) for the next one. */
  onRecord(record: HarnessRecord): number;
  /** Deadline for the first record. */
  firstDeadline: number;
  /** Hard end of the whole run. */
  wallDeadline: number;
}

let liveProcesses = 0;
const recentPids: number[] = [];
/** How many sandbox processes exist right now (tests assert nothing leaks). */
export const sandboxProcessCount = (): number => liveProcesses;
/** The last sandbox process ids (each leads its own process group), for leak checks. */
export const recentSandboxPids = (): number[] => [...recentPids];

/** A sandbox process started (with its pid) or ended. */
export type SandboxEvent = { kind: 'started'; pid: number | undefined } | { kind: 'ended' };
let forward: ((event: SandboxEvent) => void) | null = null;

/**
 * Counts a sandbox's start or end. The runner thread forwards its own to the main thread
 * (`forwardSandboxEvents`), which counts them too: the counts above cover every thread.
 */
export function countSandboxEvent(event: SandboxEvent): void {
  if (event.kind === 'started') {
    liveProcesses++;
    if (event.pid) recentPids.push(event.pid);
    if (recentPids.length > 200) recentPids.shift();
  } else {
    liveProcesses--;
  }
  forward?.(event);
}

export function forwardSandboxEvents(to: (event: SandboxEvent) => void): void {
  forward = to;
}

/**
 * CPU priorities (nice values). Every sandbox runs below the server itself, so requests and
 * database work (small, latency-bound) get a core first even while user code keeps both busy;
 * CPU limits count CPU time, so a sandbox that waits is not charged for it. A run that outlasts
 * its turn (see concurrency-limiter.ts) yields to those started after it, and background runs
 * (analysis nobody waits on) to all of them.
 */
/**
 * The stream of a child's fd opened as 'pipe' in its `stdio` option. Node types only the first
 * five entries of `child.stdio`, and each of fds 3-4 as either direction: the direction is
 * checked here instead of cast, so a spawn call changed without its readers fails loudly.
 */
export function childPipe<T extends Readable | Writable>(child: ChildProcess, fd: number, kind: abstract new (...args: never[]) => T): T {
  const pipes: readonly unknown[] = child.stdio;
  const pipe = pipes[fd];
  if (!(pipe instanceof kind)) throw new Error(`fd ${fd} of the child is not a ${kind.name} pipe`);
  return pipe;
}

export const NICENESS: Record<PriorityLevel, number> = { interactive: 10, yielded: 18, background: 19 };

export class SandboxProcess {
  private readonly child: ChildProcess;
  private readonly workdir: string | null;
  private readonly exited: Promise<void>;
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  private killedBy: KillReason | null = null;
  private used = false;
  /** The interpreter's pid on the host, once bwrap has reported it (it is bwrap's child). */
  private interpreterPid: number | null = null;
  private niceness = NICENESS.interactive;
  /** The job is sent only after this: user code never runs before its priority is set. */
  private readonly pidReported: Promise<void>;

  constructor(private readonly spec: SandboxSpec) {
    const { launch } = spec;
    this.workdir = launch.unconfined ? mkdtempSync(path.join(os.tmpdir(), 'codementor-judge-')) : null;
    const harness = (file: string) => path.join(launch.harnessDir, file);
    const pythonArgs = [
      '-I',
      '-S',
      harness('sandbox_setup.py'),
      '--harness',
      harness('harness.py'),
      '--growth',
      harness('growth.py'),
      '--memory-mb',
      String(spec.memoryMb),
      '--cpu-seconds',
      String(spec.cpuSeconds),
      '--file-mb',
      '8',
      '--nice',
      String(NICENESS.interactive),
    ];
    if (spec.disableAuditHooks) pythonArgs.push('--no-audit');
    const args = launch.unconfined ? pythonArgs : [...launch.args, launch.python, ...pythonArgs];
    this.child = spawn(launch.command, args, {
      cwd: this.workdir ?? '/',
      env: {},
      detached: true, // own session and process group: one kill takes everything
      // 3: results; 4: the seccomp filter (SECCOMP_FD); 5: bwrap's report of the interpreter's pid (INFO_FD).
      stdio: ['pipe', 'pipe', 'pipe', 'pipe', launch.seccompFilter ? 'pipe' : 'ignore', launch.unconfined ? 'ignore' : 'pipe'],
    });
    if (launch.seccompFilter) {
      const filterPipe = childPipe(this.child, 4, Writable);
      filterPipe.on('error', () => undefined); // bwrap failed before reading it: reported through 'close'
      filterPipe.end(launch.seccompFilter);
    }
    this.pidReported = launch.unconfined ? Promise.resolve() : this.readInterpreterPid(childPipe(this.child, 5, Readable));
    countSandboxEvent({ kind: 'started', pid: this.child.pid });
    this.setNiceness(NICENESS.interactive);
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exitInfo = launch.unconfined ? { code, signal } : bwrapExit(code, signal);
        this.killGroup(); // a straggler holding our pipes would keep them open forever
        const closed = setTimeout(() => {
          for (const stream of this.child.stdio) stream?.destroy();
        }, 1000);
        this.child.once('close', () => {
          clearTimeout(closed);
          countSandboxEvent({ kind: 'ended' });
          if (this.workdir) rmSync(this.workdir, { recursive: true, force: true });
          resolve();
        });
      });
    });
    this.child.on('error', () => undefined); // reported through 'close'
    this.child.stdin?.on('error', () => undefined); // EPIPE when it died before reading
  }

  get alive(): boolean {
    return this.exitInfo === null && !this.killedBy;
  }

  kill(reason: KillReason): void {
    if (this.exitInfo) return;
    this.killedBy ??= reason;
    if (this.interpreterPid === null) return this.killGroup();
    // The interpreter first: bwrap then reaps it and exits, leaving no orphan for the host's
    // init to collect. The whole group follows if bwrap is still there a moment later.
    try {
      process.kill(this.interpreterPid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    setTimeout(() => this.exitInfo || this.killGroup(), 500).unref();
  }

  /** Resolves once bwrap has reported the interpreter's pid and it has its priority (or never will). */
  private readInterpreterPid(info: Readable): Promise<void> {
    return new Promise((resolve) => {
      let text = '';
      info.setEncoding('utf8');
      info.on('data', (chunk: string) => {
        text += chunk;
        const match = /"child-pid"\s*:\s*(\d+)/.exec(text);
        if (match && this.interpreterPid === null) {
          const pid = Number(match[1]);
          this.interpreterPid = pid;
          // Its session's autogroup: the interpreter cannot set that itself reliably (the kernel
          // rate-limits unprivileged changes to ten a second, machine-wide), and bwrap reports
          // the pid before the child's setsid, which starts a new autogroup: wait for that.
          void untilSessionLeader(pid).then(() => {
            this.setNiceness(this.niceness);
            resolve();
          });
        }
      });
      info.on('close', () => resolve());
      info.on('error', () => resolve());
    });
  }

  private killGroup(): void {
    try {
      if (this.child.pid) process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      /* the group is already gone */
    }
  }

  /** Sends the job and collects records until the process ends (or is killed). */
  async run(job: HarnessJob, controls: RunControls): Promise<ProcessRun> {
    if (this.used) throw new Error('a sandbox process runs one job only');
    this.used = true;
    const nonce = newNonce();
    const records: HarnessRecord[] = [];
    let done = false;
    let stderrTail = '';
    let rawBytes = 0;
    const watchdog = new Watchdog(controls.firstDeadline, controls.wallDeadline, Date.now(), this.runQueueWaitMs() ?? 0);
    const timer = setInterval(() => {
      const kill = watchdog.look(Date.now(), () => this.runQueueWaitMs());
      if (kill) this.kill(kill);
    }, WATCHDOG_TICK_MS);

    const countRaw = (chunk: Buffer) => {
      rawBytes += chunk.length;
      if (rawBytes > this.spec.rawOutputLimitBytes) this.kill('output');
    };
    this.child.stdout!.on('data', countRaw);
    this.child.stderr!.on('data', (chunk: Buffer) => {
      countRaw(chunk);
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-4000);
    });

    let channelBytes = 0;
    let pending = '';
    const results = childPipe(this.child, 3, Readable);
    results.setEncoding('utf8');
    results.on('data', (chunk: string) => {
      channelBytes += chunk.length;
      if (channelBytes > this.spec.resultChannelLimitBytes) return this.kill('output');
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const record = parseRecord(pending.slice(0, nl), nonce);
        pending = pending.slice(nl + 1);
        if (!record) continue;
        records.push(record);
        if (record.t === 'done') done = true;
        else if (record.t !== 'ready') watchdog.nextTest(controls.onRecord(record), this.runQueueWaitMs());
      }
    });
    results.on('error', () => undefined);

    await this.pidReported;
    (this.child.stdin as Writable).end(encodeJob(job, nonce));
    await this.exited;
    clearInterval(timer);
    return { records, done, exitCode: this.exitInfo!.code, signal: this.exitInfo!.signal, killedBy: this.killedBy, stderrTail };
  }

  /** Milliseconds the interpreter has spent waiting for a CPU (bwrap's until its pid is known). */
  private runQueueWaitMs(): number | null {
    return runQueueWaitMs(this.interpreterPid ?? this.child.pid, (file) => readFileSync(file, 'utf8'));
  }

  /** Sets this process's CPU priority (it starts at `interactive`). */
  setPriority(level: PriorityLevel): void {
    if (this.alive) this.setNiceness(NICENESS[level]);
  }

  /**
   * Best effort: where the system refuses, the process keeps the priority it has. With
   * autogroup scheduling (most desktop and many server kernels) a process's nice value counts
   * only within its session, and each sandbox is a session of its own, so the session's
   * autogroup gets the same value. The interpreter may start before the first change here, so
   * it sets its starting value itself (`--nice`); later ones reach it once its pid is known.
   */
  private setNiceness(niceness: number): void {
    this.niceness = niceness;
    const pid = this.child.pid;
    if (!pid) return;
    for (const member of this.interpreterPid ? [pid, this.interpreterPid] : [pid]) {
      try {
        os.setPriority(member, niceness);
      } catch {
        /* not permitted here, or gone */
      }
    }
    // bwrap and the interpreter are a session each (bwrap's --new-session).
    for (const member of this.interpreterPid ? [pid, this.interpreterPid] : [pid]) {
      try {
        writeFileSync(`/proc/${member}/autogroup`, String(niceness));
      } catch {
        /* no autogroup scheduling here: the nice values above are enough */
      }
    }
  }

  whenExited(): Promise<void> {
    return this.exited;
  }

  /** Ends the process (idle or running) and waits until it is gone. */
  async dispose(): Promise<void> {
    this.kill('abandoned');
    await this.exited;
  }
}

/** Waits (briefly) until `pid` leads a session of its own, or is gone. */
async function untilSessionLeader(pid: number, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return; // gone
    }
    // "pid (comm) state ppid pgrp session ...": comm may hold spaces, so read after the last ")".
    if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3]) === pid) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/**
 * bwrap exits with its child's status, a signal's death as 128 + its number: read back as
 * that signal, so a kill (the CPU limit's, the watchdog's) means the same with or without it.
 */
function bwrapExit(code: number | null, signal: NodeJS.Signals | null): { code: number | null; signal: NodeJS.Signals | null } {
  if (signal || code === null || code <= 128) return { code, signal };
  const name = Object.entries(os.constants.signals).find(([, number]) => number === code - 128)?.[0];
  return name ? { code: null, signal: name as NodeJS.Signals } : { code, signal };
}
