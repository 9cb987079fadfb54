// At most `concurrency` submissions are judged at once and at most `queueSize` wait; past
// that the caller gets JUDGE_BUSY (503 with Retry-After) at once, instead of everyone's
// submissions slowing down together.
import { AppError } from '../../errors.js';

export class JudgeBusyError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(503, 'JUDGE_BUSY', 'the judge is busy; try again shortly', undefined, retryAfterSeconds);
    this.name = 'JudgeBusyError';
  }
}

export class ConcurrencyLimiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  /** Recent run durations, to estimate when a slot frees up. */
  private averageMs = 1000;

  constructor(
    readonly concurrency: number,
    readonly queueSize: number,
  ) {}

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queueSize) throw new JudgeBusyError(this.retryAfterSeconds());
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    const started = Date.now();
    try {
      return await task();
    } finally {
      this.averageMs = this.averageMs * 0.8 + (Date.now() - started) * 0.2;
      const next = this.waiting.shift();
      if (next) next(); // the slot passes straight to the next waiter
      else this.running--;
    }
  }

  private retryAfterSeconds(): number {
    const queuedWork = ((this.waiting.length + 1) * this.averageMs) / this.concurrency;
    return Math.min(60, Math.max(1, Math.ceil(queuedWork / 1000)));
  }
}
