// One confined interpreter: started ahead of need (it confines itself, then waits for its job
// on stdin), used for one job, then gone. It owns its process group, so a kill reaches
// anything it might have started; its result channel is fd 3, which print() never writes to.
import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { GROWTH_PATH, SANDBOX_SETUP_PATH, HARNESS_PATH, encodeJob, newNonce, parseRecord, type HarnessJob, type HarnessRecord } from './harness-protocol.js';
import { PROJECT_ROOT } from '../../paths.js';
import type { PriorityLevel } from './run-priority.js';
import type { SandboxCapabilities } from './sandbox-capabilities.js';

export interface SandboxSpec {
  caps: SandboxCapabilities;
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

/**
 * CPU priorities (nice values). Every sandbox runs below the server itself, so requests and
 * database work (small, latency-bound) get a core first even while user code keeps both busy;
 * CPU limits count CPU time, so a sandbox that waits is not charged for it. A run that outlasts
 * its turn (see concurrency-limiter.ts) yields to those started after it, and background runs
 * (analysis nobody waits on) to all of them.
 */
export const NICENESS: Record<PriorityLevel, number> = { interactive: 10, yielded: 15, background: 19 };

export class SandboxProcess {
  private readonly child: ChildProcess;
  private readonly workdir: string | null;
  private readonly exited: Promise<void>;
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  private killedBy: KillReason | null = null;
  private used = false;

  constructor(private readonly spec: SandboxSpec) {
    const { caps } = spec;
    this.workdir = caps.unshare ? null : mkdtempSync(path.join(os.tmpdir(), 'codementor-judge-'));
    if (this.workdir && caps.sandboxUser) chownSync(this.workdir, caps.sandboxUser.uid, caps.sandboxUser.gid);
    const args = [
      '-I', '-S', SANDBOX_SETUP_PATH,
      '--harness', HARNESS_PATH,
      '--growth', GROWTH_PATH,
      '--memory-mb', String(spec.memoryMb),
      '--cpu-seconds', String(spec.cpuSeconds),
      '--file-mb', '8',
    ];
    if (caps.sandboxUser) args.push('--uid', String(caps.sandboxUser.uid), '--gid', String(caps.sandboxUser.gid));
    if (caps.unshare) args.push('--private-tmp', '--hide', PROJECT_ROOT, '--hide', os.homedir());
    if (spec.disableAuditHooks) args.push('--no-audit');
    const [command, argv] = caps.unshare ? [caps.unshare, ['-n', '-m', '--', caps.python, ...args]] : [caps.python, args];
    this.child = spawn(command, argv, {
      cwd: this.workdir ?? '/',
      env: {},
      detached: true, // own session and process group: one kill takes everything
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    });
    liveProcesses++;
    this.setNiceness(NICENESS.interactive);
    if (this.child.pid) recentPids.push(this.child.pid);
    if (recentPids.length > 200) recentPids.shift();
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        this.killGroup(); // a straggler holding our pipes would keep them open forever
        const closed = setTimeout(() => {
          for (const stream of this.child.stdio) stream?.destroy();
        }, 1000);
        this.child.once('close', () => {
          clearTimeout(closed);
          liveProcesses--;
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
    this.killGroup();
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
    let deadline = controls.firstDeadline;

    const timer = setInterval(() => {
      const now = Date.now();
      if (now >= controls.wallDeadline) this.kill('wall');
      else if (now >= deadline) this.kill('watchdog');
    }, 20);

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
    const results = this.child.stdio[3] as Readable;
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
        else if (record.t !== 'ready') deadline = controls.onRecord(record);
      }
    });
    results.on('error', () => undefined);

    (this.child.stdin as Writable).end(encodeJob(job, nonce));
    await this.exited;
    clearInterval(timer);
    return { records, done, exitCode: this.exitInfo!.code, signal: this.exitInfo!.signal, killedBy: this.killedBy, stderrTail };
  }

  /** Sets this process's CPU priority (it starts at `interactive`). */
  setPriority(level: PriorityLevel): void {
    if (this.alive) this.setNiceness(NICENESS[level]);
  }

  /**
   * Best effort: where the system refuses, the process keeps the priority it has. With
   * autogroup scheduling (most desktop and many server kernels) a process's nice value counts
   * only within its session, and each sandbox is a session of its own, so the session's
   * autogroup gets the same value.
   */
  private setNiceness(niceness: number): void {
    const pid = this.child.pid;
    if (!pid) return;
    try {
      os.setPriority(pid, niceness);
    } catch {
      /* not permitted here */
    }
    try {
      writeFileSync(`/proc/${pid}/autogroup`, String(niceness));
    } catch {
      /* no autogroup scheduling here: the nice value above is enough */
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
