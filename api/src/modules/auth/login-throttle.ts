// Login throttling that slows a guesser without locking the owner out. Failures are counted per
// (account, address) pair, per address and per account, in the app's cache (Redis when configured,
// so instances share them; in-process otherwise):
// - a pair gets PAIR_FREE_FAILURES tries, then waits 30 s, 60 s, 120 s... (at most 15 min) after
//   each further failure; a success from that address clears its pair;
// - an address gets ADDRESS_FAILURES_PER_HOUR failures across all accounts, then waits out its hour;
// - an account gets ACCOUNT_FAILURES_PER_HOUR failures across all addresses (a backstop against
//   distributed guessing that one address alone cannot reach: its own budget is far lower).
// Accounts are keyed by the normalized email, whether or not it exists, so a throttled login
// says nothing about the account. Each attempt is charged before the password is checked (and
// refunded on success), so concurrent attempts cannot all slip under a limit. A cache outage
// reads as empty counters: logins keep working, unthrottled, until it is back.
import { createHash } from 'node:crypto';
import type { Cache } from '../../cache/cache.js';
import { tooManyRequests } from '../../errors.js';
import { clientAddressKey } from './client-address.js';
import { withKeyLocks } from './key-locks.js';

export const PAIR_FREE_FAILURES = 5;
export const PAIR_FIRST_DELAY_SECONDS = 30;
export const PAIR_MAX_DELAY_SECONDS = 15 * 60;
export const ADDRESS_FAILURES_PER_HOUR = 30;
export const ACCOUNT_FAILURES_PER_HOUR = 100;
/** A pair's failures are forgotten this long after its last one. */
const PAIR_MEMORY_SECONDS = 24 * 3600;
const HOUR_MS = 3600 * 1000;
export const LOGIN_THROTTLE_PREFIX = 'auth:login:';

interface Counter {
  failures: number;
  /** When a windowed counter starts again from zero (ms since the epoch). */
  resetAt: number;
  /** No attempt is accepted before this time (ms since the epoch). */
  blockedUntil: number;
}

export interface LoginAttempt {
  /** The password was right: the attempt is refunded and the address's pair cleared. */
  succeeded(): Promise<void>;
}

/** The answer to any throttled login, the same whatever the account and whichever limit. */
export const loginThrottled = (retryAfterSeconds: number) =>
  tooManyRequests('LOGIN_THROTTLED', `too many failed sign-in attempts: try again in ${retryAfterSeconds} s`, retryAfterSeconds);

/** Charges one login attempt, or throws LOGIN_THROTTLED (429, Retry-After) without charging. */
export async function beginLoginAttempt(cache: Cache, email: string, ip: string): Promise<LoginAttempt> {
  const account = createHash('sha256').update(email).digest('base64url');
  const address = clientAddressKey(ip);
  const keys = {
    pair: `${LOGIN_THROTTLE_PREFIX}pair:${account}:${address}`,
    address: `${LOGIN_THROTTLE_PREFIX}address:${address}`,
    account: `${LOGIN_THROTTLE_PREFIX}account:${account}`,
  };
  const all = [keys.pair, keys.address, keys.account];

  await withKeyLocks(all, async () => {
    const now = Date.now();
    const [pair, perAddress, perAccount] = await Promise.all([
      readCounter(cache, keys.pair, now, now + PAIR_MEMORY_SECONDS * 1000),
      readCounter(cache, keys.address, now, now + HOUR_MS),
      readCounter(cache, keys.account, now, now + HOUR_MS),
    ]);
    const waitMs = Math.max(pair.blockedUntil, perAddress.blockedUntil, perAccount.blockedUntil) - now;
    if (waitMs > 0) throw loginThrottled(Math.ceil(waitMs / 1000));

    pair.failures += 1;
    if (pair.failures >= PAIR_FREE_FAILURES) pair.blockedUntil = now + pairDelaySeconds(pair.failures) * 1000;
    pair.resetAt = now + PAIR_MEMORY_SECONDS * 1000;
    for (const [counter, limit] of [
      [perAddress, ADDRESS_FAILURES_PER_HOUR],
      [perAccount, ACCOUNT_FAILURES_PER_HOUR],
    ] as const) {
      counter.failures += 1;
      if (counter.failures >= limit) counter.blockedUntil = counter.resetAt;
    }
    await Promise.all([
      writeCounter(cache, keys.pair, pair, now),
      writeCounter(cache, keys.address, perAddress, now),
      writeCounter(cache, keys.account, perAccount, now),
    ]);
  });

  return {
    succeeded: () =>
      withKeyLocks(all, async () => {
        const now = Date.now();
        await cache.delete(keys.pair);
        for (const [key, limit] of [
          [keys.address, ADDRESS_FAILURES_PER_HOUR],
          [keys.account, ACCOUNT_FAILURES_PER_HOUR],
        ] as const) {
          const counter = await cache.get<Counter>(key);
          if (!counter || counter.resetAt <= now) continue;
          counter.failures = Math.max(0, counter.failures - 1);
          if (counter.failures < limit) counter.blockedUntil = 0;
          await writeCounter(cache, key, counter, now);
        }
      }),
  };
}

/** Seconds a pair waits after its n-th failure (n >= PAIR_FREE_FAILURES): 30, 60, 120... 900. */
export function pairDelaySeconds(failures: number): number {
  const doublings = Math.min(failures - PAIR_FREE_FAILURES, 10);
  return Math.min(PAIR_MAX_DELAY_SECONDS, PAIR_FIRST_DELAY_SECONDS * 2 ** doublings);
}

async function readCounter(cache: Cache, key: string, now: number, freshResetAt: number): Promise<Counter> {
  const stored = await cache.get<Counter>(key);
  return stored && stored.resetAt > now ? stored : { failures: 0, resetAt: freshResetAt, blockedUntil: 0 };
}

function writeCounter(cache: Cache, key: string, counter: Counter, now: number): Promise<void> {
  return cache.set(key, counter, Math.max(1, Math.ceil((Math.max(counter.resetAt, counter.blockedUntil) - now) / 1000)));
}
