// The wall-clock watchdog of one sandbox process. It stops code that waits (sleeps, blocks on
// a read) rather than computes: the CPU limits stop computing, and they act first. So time a
// test could not run is not held against it: time its interpreter spent runnable but waiting
// for a CPU (on a loaded machine its low priority puts it last), and time the server's own
// event loop was stalled by other work while the test's record sat unread in the pipe.

/** How often the watchdog looks, and how late a look may be before the lateness counts as a stall. */
export const WATCHDOG_TICK_MS = 20;
const STALL_SLACK_MS = 50;

export type WatchdogVerdict = 'wall' | 'watchdog' | null;

export class Watchdog {
  private lastLook: number;

  /**
   * @param deadline when the current test must have reported (ms since epoch)
   * @param wallDeadline when the whole job must have ended; no credit moves it
   * @param waitedMs the interpreter's run-queue wait so far, the baseline for credits
   */
  constructor(
    private deadline: number,
    private readonly wallDeadline: number,
    now: number,
    private waitedMs: number,
  ) {
    this.lastLook = now;
  }

  /** The next test began: its deadline, and the run-queue wait up to now (null: unknown). */
  nextTest(deadline: number, waitedMs: number | null): void {
    this.deadline = deadline;
    if (waitedMs !== null) this.waitedMs = waitedMs;
  }

  /** One look: which kill is due, if any. `readWaitedMs` is read only when a deadline has passed. */
  look(now: number, readWaitedMs: () => number | null): WatchdogVerdict {
    const stalledMs = now - this.lastLook - WATCHDOG_TICK_MS;
    this.lastLook = now;
    if (stalledMs > STALL_SLACK_MS) this.deadline += stalledMs;
    if (now >= this.wallDeadline) return 'wall';
    if (now < this.deadline) return null;
    const waitedMs = readWaitedMs();
    if (waitedMs === null || waitedMs <= this.waitedMs) return 'watchdog';
    this.deadline += waitedMs - this.waitedMs;
    this.waitedMs = waitedMs;
    return now >= this.deadline ? 'watchdog' : null;
  }
}

/** Milliseconds `pid` has spent runnable but waiting for a CPU, or null when unknown. */
export function runQueueWaitMs(pid: number | undefined | null, readText: (file: string) => string): number | null {
  if (!pid) return null;
  try {
    // /proc/<pid>/schedstat: "<ns on a CPU> <ns waiting on a run queue> <timeslices>"
    const waitedNs = Number(readText(`/proc/${pid}/schedstat`).split(' ')[1]);
    return Number.isFinite(waitedNs) ? waitedNs / 1e6 : null;
  } catch {
    return null; // gone, or a kernel without schedstat
  }
}
