// One user's runs and submissions being judged at once are capped (JUDGE_RUNS_PER_USER,
// normally 1): ten sleeping runs of one user would otherwise fill the judge for everyone. A
// caller past the cap gets 429 RUN_IN_PROGRESS at once; nothing queues. Each slot is a cache key
// taken with an atomic add: in Redis it holds across instances, and its TTL frees the slot of
// a process that died mid-run; it is released in `finally` as soon as the answer is ready.
// An in-process count guards too, so a Redis outage (where `add` fails open) still limits each
// instance. Background analysis after the answer runs at its own priority and is not counted.
// Limits: the release deletes the key unconditionally, so a run outliving the TTL could free a
// slot another run took since (the TTL is far above any run's length); a refused submission
// still counts against SUBMISSIONS_PER_HOUR (the rate limit runs before the handler).
import { randomUUID } from 'node:crypto';
import type { Cache } from '../../cache/cache.js';
import { tooManyRequests } from '../../errors.js';

/** Longer than any run or submission takes to judge; only a crashed process leaves a slot this long. */
export const RUN_LEASE_TTL_SECONDS = 120;
/** A run usually takes a few seconds: retrying sooner mostly finds the slot still taken. */
const RETRY_AFTER_SECONDS = 5;

export class RunLeases {
  private readonly running = new Map<string, number>();

  constructor(
    private readonly cache: Cache,
    private readonly perUser: number,
    private readonly ttlSeconds = RUN_LEASE_TTL_SECONDS,
  ) {}

  /** Runs `work` holding one of the user's slots; throws 429 RUN_IN_PROGRESS when they are all taken. */
  async hold<T>(userId: string, work: () => Promise<T>): Promise<T> {
    if (this.perUser === 0) return work();
    // Checked and counted before any await: two requests of this process never both pass.
    const here = this.running.get(userId) ?? 0;
    if (here >= this.perUser) throw runInProgress();
    this.running.set(userId, here + 1);
    try {
      const slot = await this.takeSlot(userId);
      if (slot === null) throw runInProgress();
      try {
        return await work();
      } finally {
        await this.cache.delete(slot);
      }
    } finally {
      const left = (this.running.get(userId) ?? 1) - 1;
      if (left > 0) this.running.set(userId, left);
      else this.running.delete(userId);
    }
  }

  private async takeSlot(userId: string): Promise<string | null> {
    const holder = randomUUID();
    for (let slot = 0; slot < this.perUser; slot++) {
      const key = `run-lease:${userId}:${slot}`;
      if (await this.cache.add(key, holder, this.ttlSeconds)) return key;
    }
    return null;
  }
}

function runInProgress() {
  return tooManyRequests('RUN_IN_PROGRESS', 'a run or submission of yours is still being judged; wait for its answer, then try again', RETRY_AFTER_SECONDS);
}
