// The watchdog kills a test that waits past its deadline, but does not count time the test
// could not run: run-queue wait of its interpreter, and stalls of the server's event loop.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runQueueWaitMs, Watchdog, WATCHDOG_TICK_MS } from '../../api/src/modules/judge/watchdog.js';

const START = 1_000_000;
const unknownWait = () => null;

/** Looks every tick from `from` to `to` (inclusive), with the run-queue wait `waitAt(now)`; the first kill, or null. */
function lookEveryTick(dog: Watchdog, from: number, to: number, waitAt: (now: number) => number | null) {
  for (let now = from; now <= to; now += WATCHDOG_TICK_MS) {
    const verdict = dog.look(now, () => waitAt(now));
    if (verdict) return { verdict, at: now };
  }
  return null;
}

describe('Watchdog', () => {
  it('kills a test that is past its deadline while it ran or slept (no run-queue wait)', () => {
    const dog = new Watchdog(START + 1000, START + 60_000, START, 0);
    expect(lookEveryTick(dog, START + WATCHDOG_TICK_MS, START + 5000, () => 0)).toEqual({ verdict: 'watchdog', at: START + 1000 });
  });

  it('kills at the deadline when the run-queue wait cannot be read', () => {
    const dog = new Watchdog(START + 1000, START + 60_000, START, 0);
    expect(lookEveryTick(dog, START + WATCHDOG_TICK_MS, START + 5000, unknownWait)).toEqual({ verdict: 'watchdog', at: START + 1000 });
  });

  it('moves the deadline by the time the interpreter waited for a CPU', () => {
    // The interpreter waits half of every millisecond: a 1 s budget lasts 2 s of wall time.
    const dog = new Watchdog(START + 1000, START + 60_000, START, 0);
    const halfWaiting = (now: number) => (now - START) / 2;
    const kill = lookEveryTick(dog, START + WATCHDOG_TICK_MS, START + 5000, halfWaiting);
    expect(kill?.verdict).toBe('watchdog');
    expect(kill!.at).toBeGreaterThanOrEqual(START + 1980);
    expect(kill!.at).toBeLessThanOrEqual(START + 2020);
  });

  it('counts only the wait since the current test began', () => {
    const dog = new Watchdog(START + 1000, START + 60_000, START, 0);
    // The first test waited 900 ms for a CPU; the second starts at +1000 with a 500 ms budget and no more waiting.
    expect(lookEveryTick(dog, START + WATCHDOG_TICK_MS, START + 980, (now) => ((now - START) * 900) / 980)).toBeNull();
    dog.nextTest(START + 1500, 900);
    expect(lookEveryTick(dog, START + 1000, START + 5000, () => 900)).toEqual({ verdict: 'watchdog', at: START + 1500 });
  });

  it('moves the deadline by a stall of the event loop, and by nothing when looks come on time', () => {
    const dog = new Watchdog(START + 1000, START + 60_000, START, 0);
    expect(dog.look(START + 900, unknownWait)).toBeNull(); // +1880 now
    expect(lookEveryTick(dog, START + 920, START + 5000, unknownWait)).toEqual({ verdict: 'watchdog', at: START + 1880 });
  });

  it('never moves the job wall deadline', () => {
    const dog = new Watchdog(START + 1000, START + 2000, START, 0);
    const alwaysWaiting = (now: number) => now - START;
    expect(lookEveryTick(dog, START + WATCHDOG_TICK_MS, START + 5000, alwaysWaiting)).toEqual({ verdict: 'wall', at: START + 2000 });
  });
});

describe('runQueueWaitMs', () => {
  it('reads the second field of /proc/<pid>/schedstat, in ms', () => {
    expect(runQueueWaitMs(42, (file) => (file === '/proc/42/schedstat' ? '123456789 2500000 17\n' : ''))).toBe(2.5);
  });
  it('is null without a pid or when the file cannot be read', () => {
    expect(runQueueWaitMs(undefined, () => '1 2 3')).toBeNull();
    const gone = () => {
      throw new Error('ENOENT');
    };
    expect(runQueueWaitMs(7, gone)).toBeNull();
  });
  it('reads this process, whose wait is a number', () => {
    expect(runQueueWaitMs(process.pid, (file) => readFileSync(file, 'utf8'))).toBeGreaterThanOrEqual(0);
  });
});
