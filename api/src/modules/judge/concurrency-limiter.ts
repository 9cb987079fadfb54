// At most `concurrency` submissions start judging at once and at most `queueSize` wait; past
// that the caller gets JUDGE_BUSY (503 with Retry-After) at once, instead of everyone's
// submissions slowing down together.
//
// Most runs take tens of milliseconds; a few (time limits reached, slow solutions) take
// seconds. So that a few slow ones never hold up the quick ones queued behind them, a run
// still going after `yieldAfterMs` gives its slot to the next in line and goes on beside the
// slots (at most `maxYielded` at once; past that a run keeps its slot) at a lower CPU priority
// (`onYield`): the quick runs get the cores first, the long ones share the rest, and their
// limits count CPU time, not waiting. A multilevel feedback queue, in short.
import { AppError } from '../../errors.js';

export class JudgeBusyError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(503, 'JUDGE_BUSY', 'the judge is busy; try again shortly', undefined, retryAfterSeconds);
    this.name = 'JudgeBusyError';
  }
}

export interface LimiterOptions {
  /** A run still going after this long yields its slot. Default: never. */
  yieldAfterMs?: number;
  /** Runs that may have yielded their slot at once. Default 0. */
  maxYielded?: number;
}

export class ConcurrencyLimiter {
  private running = 0;
  private yielded = 0;
  private readonly waiting: Array<() => void> = [];
  /** Recent run durations, to estimate when a slot frees up. */
  private averageMs = 1000;
  /** When a run last started or ended here. */
  private lastActiveAt = 0;

  constructor(
    readonly concurrency: number,
    readonly queueSize: number,
    private readonly options: LimiterOptions = {},
  ) {}

  get load(): { running: number; waiting: number; yielded: number } {
    return { running: this.running, waiting: this.waiting.length, yielded: this.yielded };
  }

  /**
   * `first`: wait at the head of the queue (work that continues a started task). `onYield`:
   * called if the task gives up its slot (so it can lower its own priority).
   */
  async run<T>(task: () => Promise<T>, options: { first?: boolean; onYield?: () => void } = {}): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queueSize) throw new JudgeBusyError(this.retryAfterSeconds());
      await new Promise<void>((resolve) => (options.first ? this.waiting.unshift(resolve) : this.waiting.push(resolve)));
    } else {
      this.running++;
    }
    const started = (this.lastActiveAt = Date.now());
    let holdsSlot = true;
    const yieldTimer =
      this.options.yieldAfterMs === undefined
        ? undefined
        : setTimeout(() => {
            if (this.yielded >= (this.options.maxYielded ?? 0)) return;
            this.yielded++;
            holdsSlot = false;
            this.passSlot();
            options.onYield?.();
          }, this.options.yieldAfterMs);
    try {
      return await task();
    } finally {
      clearTimeout(yieldTimer);
      this.lastActiveAt = Date.now();
      this.averageMs = this.averageMs * 0.8 + (Date.now() - started) * 0.2;
      if (holdsSlot) this.passSlot();
      else this.yielded--;
    }
  }

  /**
   * Settles once no run has held or waited for a slot for `quietMs` (runs that gave up their
   * slot do not count), or after `maxWaitMs` at the latest. Work that can wait (an analysis
   * after its verdict) asks first, so a class submitting at once gets its verdicts before it.
   */
  async quiet(quietMs: number, maxWaitMs: number): Promise<void> {
    const giveUpAt = Date.now() + maxWaitMs;
    for (;;) {
      const now = Date.now();
      const busy = this.running > 0 || this.waiting.length > 0;
      if ((!busy && now - this.lastActiveAt >= quietMs) || now >= giveUpAt) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(quietMs, giveUpAt - now)));
    }
  }

  /** The slot passes straight to the next waiter, or becomes free. */
  private passSlot(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  private retryAfterSeconds(): number {
    const queuedWork = ((this.waiting.length + 1) * this.averageMs) / this.concurrency;
    return Math.min(60, Math.max(1, Math.ceil(queuedWork / 1000)));
  }
}
