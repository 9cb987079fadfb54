import { describe, expect, it } from 'vitest';
import { CircuitBreaker, CircuitOpenError } from '../../api/src/modules/judge/circuit-breaker.js';
import { ConcurrencyLimiter } from '../../api/src/modules/judge/concurrency-limiter.js';

describe('the concurrency limiter', () => {
  it('runs at most `concurrency` tasks, queues up to `queueSize`, then answers JUDGE_BUSY', async () => {
    const limiter = new ConcurrencyLimiter(1, 1);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const order: string[] = [];
    const first = limiter.run(async () => {
      order.push('first');
      await gate;
    });
    const second = limiter.run(async () => order.push('second'));
    const third = limiter.run(async () => order.push('third'));
    await expect(third).rejects.toMatchObject({ code: 'JUDGE_BUSY', statusCode: 503, retryAfterSeconds: expect.any(Number) });
    expect(limiter.load).toEqual({ running: 1, waiting: 1, yielded: 0 });
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    expect(limiter.load).toEqual({ running: 0, waiting: 0, yielded: 0 });
  });
});

describe('follow-up work in the concurrency limiter', () => {
  it('waits at the head of the queue, ahead of tasks not yet started', async () => {
    const limiter = new ConcurrencyLimiter(1, 10);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const order: string[] = [];
    const running = limiter.run(() => gate);
    const queued = [
      limiter.run(async () => order.push('new 1')),
      limiter.run(async () => order.push('new 2')),
      limiter.run(async () => order.push('follow-up'), { first: true }),
    ];
    release();
    await Promise.all([running, ...queued]);
    expect(order).toEqual(['follow-up', 'new 1', 'new 2']);
  });
});

describe('long runs in the concurrency limiter', () => {
  it('give their slot to the next after yieldAfterMs, up to maxYielded of them', async () => {
    const limiter = new ConcurrencyLimiter(1, 10, { yieldAfterMs: 30, maxYielded: 1 });
    const gates: Array<() => void> = [];
    const hold = () => new Promise<void>((r) => gates.push(r));
    const order: string[] = [];
    const long1 = limiter.run(async () => {
      await hold();
      order.push('long 1');
    });
    const long2 = limiter.run(async () => {
      await hold();
      order.push('long 2');
    });
    const quick = limiter.run(async () => order.push('quick'));
    // long 1 yields after 30 ms, long 2 takes the slot and, one yielded already, keeps it.
    await new Promise((r) => setTimeout(r, 100));
    expect(limiter.load).toEqual({ running: 1, waiting: 1, yielded: 1 });
    gates[1]();
    await long2;
    await quick;
    expect(order).toEqual(['long 2', 'quick']);
    gates[0]();
    await long1;
    expect(limiter.load).toEqual({ running: 0, waiting: 0, yielded: 0 });
  });
});

describe('the circuit breaker', () => {
  it('opens after repeated failures, fails fast, then lets one trial through', async () => {
    let now = 0;
    const breaker = new CircuitBreaker(2, 1000, () => now);
    const fail = () => breaker.call(() => Promise.reject(new Error('down')));
    await expect(fail()).rejects.toThrow('down');
    await expect(fail()).rejects.toThrow('down');
    expect(breaker.state).toBe('open');
    await expect(breaker.call(async () => 'never')).rejects.toBeInstanceOf(CircuitOpenError);
    now = 1500;
    expect(breaker.state).toBe('half-open');
    await expect(breaker.call(async () => 'ok')).resolves.toBe('ok');
    expect(breaker.state).toBe('closed');
  });

  it('does not count errors the server is not to blame for', async () => {
    const breaker = new CircuitBreaker(1, 1000);
    await expect(
      breaker.call(
        () => Promise.reject(new Error('422')),
        () => false,
      ),
    ).rejects.toThrow('422');
    expect(breaker.state).toBe('closed');
  });
});

describe('waiting for a pause in the concurrency limiter', () => {
  it('settles only once no task has run for the pause, counted from the last one that ended', async () => {
    const limiter = new ConcurrencyLimiter(1, 10);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const running = limiter.run(() => gate);
    let settledAt = 0;
    const pause = limiter.quiet(80, 10_000).then(() => (settledAt = Date.now()));
    await new Promise((r) => setTimeout(r, 150));
    expect(settledAt).toBe(0); // still running
    const endedAt = Date.now();
    release();
    await running;
    await pause;
    expect(settledAt - endedAt).toBeGreaterThanOrEqual(75);
  });

  it('gives up waiting after its bound, so background work is never starved', async () => {
    const limiter = new ConcurrencyLimiter(1, 10);
    let release!: () => void;
    const running = limiter.run(() => new Promise<void>((r) => (release = r)));
    const started = Date.now();
    await limiter.quiet(50, 200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(limiter.load.running).toBe(1);
    release();
    await running;
  });
});
