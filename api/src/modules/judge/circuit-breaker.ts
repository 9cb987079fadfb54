// Stops calling Judge0 for a while after repeated failures, so a dead or overloaded server
// costs callers one fast error instead of a pile of slow retries. After the cool-down one
// trial call is let through (half-open); its success closes the circuit again.
export class CircuitOpenError extends Error {
  constructor(readonly retryAfterMs: number) {
    super('Judge0 is unavailable (circuit open after repeated failures)');
    this.name = 'CircuitOpenError';
  }
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialRunning = false;

  constructor(
    private readonly failureThreshold = 5,
    private readonly coolDownMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): 'closed' | 'open' | 'half-open' {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= this.coolDownMs ? 'half-open' : 'open';
  }

  /** `isFailure` tells which errors count against the server (a 422 for a bad request does not). */
  async call<T>(fn: () => Promise<T>, isFailure: (e: unknown) => boolean = () => true): Promise<T> {
    const state = this.state;
    if (state === 'open' || (state === 'half-open' && this.trialRunning)) {
      throw new CircuitOpenError(Math.max(0, this.coolDownMs - (this.now() - (this.openedAt ?? 0))));
    }
    if (state === 'half-open') this.trialRunning = true;
    try {
      const result = await fn();
      this.failures = 0;
      this.openedAt = null;
      return result;
    } catch (e) {
      if (!isFailure(e)) {
        if (state === 'half-open') this.openedAt = null;
        throw e;
      }
      this.failures++;
      if (state === 'half-open' || this.failures >= this.failureThreshold) this.openedAt = this.now();
      throw e;
    } finally {
      if (state === 'half-open') this.trialRunning = false;
    }
  }
}
