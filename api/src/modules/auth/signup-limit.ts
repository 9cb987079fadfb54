// Sign-ups per client address per hour (a fixed window from the first one), so the per-user
// budgets (submissions, model feedback) cannot be multiplied with throwaway accounts. Counted in
// the app's cache like the login throttle; every attempt that passes validation counts, a taken
// email too (the 409 tells whether an account exists, so it is rationed as well).
import type { Cache } from '../../cache/cache.js';
import { tooManyRequests } from '../../errors.js';
import { clientAddressKey } from './client-address.js';
import { withKeyLocks } from './key-locks.js';

const HOUR_MS = 3600 * 1000;
export const SIGNUP_LIMIT_PREFIX = 'auth:signups:';

interface Window {
  count: number;
  resetAt: number;
}

/** Counts one sign-up from `ip`, or throws SIGNUP_RATE_LIMITED (429, Retry-After) past `perHour`. */
export async function chargeSignup(cache: Cache, ip: string, perHour: number): Promise<void> {
  const key = SIGNUP_LIMIT_PREFIX + clientAddressKey(ip);
  await withKeyLocks([key], async () => {
    const now = Date.now();
    const stored = await cache.get<Window>(key);
    const window = stored && stored.resetAt > now ? stored : { count: 0, resetAt: now + HOUR_MS };
    if (window.count >= perHour) {
      const seconds = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
      throw tooManyRequests(
        'SIGNUP_RATE_LIMITED',
        `too many accounts created from this address: at most ${perHour} an hour; try again in ${Math.ceil(seconds / 60)} minute(s)`,
        seconds,
      );
    }
    window.count += 1;
    await cache.set(key, window, Math.max(1, Math.ceil((window.resetAt - now) / 1000)));
  });
}
