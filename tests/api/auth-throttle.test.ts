// Login throttling through the real app: per (account, address) with a growing delay, per address
// across accounts, per account across addresses as a backstop; the same answers whether or not
// the account exists; with the in-process cache and with Redis.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ACCOUNT_FAILURES_PER_HOUR,
  ADDRESS_FAILURES_PER_HOUR,
  beginLoginAttempt,
  PAIR_FREE_FAILURES,
  pairDelaySeconds,
} from '../../api/src/modules/auth/login-throttle.js';
import { authTargets, freshAddress, freshEmail, useAuthApp } from './auth-helpers.js';

const PASSWORD = 'a perfectly fine passphrase';

describe.each(authTargets())('login throttling on $name', (target) => {
  const suite = useAuthApp(target);
  afterEach(() => {
    vi.useRealTimers();
  });

  const register = async (email: string) => {
    const response = await suite.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email, password: PASSWORD },
      remoteAddress: freshAddress(),
    });
    expect(response.statusCode, response.body).toBe(201);
  };
  const login = (email: string, password: string, remoteAddress: string) =>
    suite.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });
  const failTimes = async (times: number, email: string, address: string) => {
    for (let i = 0; i < times; i++) expect((await login(email, 'not the password', address)).statusCode).toBe(401);
  };
  const answerOf = (response: Awaited<ReturnType<typeof login>>) => ({
    status: response.statusCode,
    code: response.json().error?.code,
    message: response.json().error?.message,
    retryAfter: response.headers['retry-after'],
  });

  it('answers a wrong password exactly like an unknown email', async () => {
    const known = freshEmail('known');
    await register(known);
    const wrong = await login(known, 'not the password', freshAddress());
    const unknown = await login(freshEmail('nobody'), 'not the password', freshAddress());
    expect(answerOf(wrong)).toEqual(answerOf(unknown));
    expect(answerOf(wrong)).toMatchObject({ status: 401, code: 'UNAUTHORIZED', message: 'the email or password is wrong' });
  });

  it('answers a throttled login for an unknown email exactly like one for a known email', async () => {
    const known = freshEmail('known');
    await register(known);
    const unknown = freshEmail('nobody');
    const attacker = freshAddress();
    await failTimes(PAIR_FREE_FAILURES, known, attacker);
    await failTimes(PAIR_FREE_FAILURES, unknown, attacker);
    const [forKnown, forUnknown] = [await login(known, PASSWORD, attacker), await login(unknown, PASSWORD, attacker)];
    expect(answerOf(forKnown)).toEqual(answerOf(forUnknown));
    expect(answerOf(forKnown)).toEqual({
      status: 429,
      code: 'LOGIN_THROTTLED',
      message: `too many failed sign-in attempts: try again in ${pairDelaySeconds(PAIR_FREE_FAILURES)} s`,
      retryAfter: String(pairDelaySeconds(PAIR_FREE_FAILURES)),
    });
  });

  it('makes one address wait longer after each further failure on an account', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    const email = freshEmail('slowed');
    await register(email);
    const attacker = freshAddress();
    await failTimes(PAIR_FREE_FAILURES, email, attacker);
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      const blocked = await login(email, 'not the password', attacker);
      expect(blocked.statusCode).toBe(429);
      waits.push(Number(blocked.headers['retry-after']));
      vi.setSystemTime(Date.now() + waits[round] * 1000 + 1000);
      await failTimes(1, email, attacker);
    }
    expect(waits).toEqual([30, 60, 120]);
    expect(pairDelaySeconds(100)).toBe(15 * 60);
  });

  it('does not lock the owner out: the right password works from another address', async () => {
    const email = freshEmail('owner');
    await register(email);
    const attacker = freshAddress();
    await failTimes(PAIR_FREE_FAILURES, email, attacker);
    expect((await login(email, PASSWORD, attacker)).statusCode).toBe(429);
    expect((await login(email, PASSWORD, freshAddress())).statusCode).toBe(200);
  });

  it('forgets the failures of an address on an account once it signs in there', async () => {
    const email = freshEmail('typo');
    await register(email);
    const home = freshAddress();
    await failTimes(PAIR_FREE_FAILURES - 1, email, home);
    expect((await login(email, PASSWORD, home)).statusCode).toBe(200);
    await failTimes(PAIR_FREE_FAILURES - 1, email, home);
    expect((await login(email, PASSWORD, home)).statusCode).toBe(200);
  });

  it('counts concurrent attempts: a burst gets no more tries than a sequence', async () => {
    const email = freshEmail('burst');
    await register(email);
    const attacker = freshAddress();
    const answers = await Promise.all(Array.from({ length: 12 }, () => login(email, 'not the password', attacker)));
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses.filter((status) => status === 401)).toHaveLength(PAIR_FREE_FAILURES);
    expect(statuses.filter((status) => status === 429)).toHaveLength(12 - PAIR_FREE_FAILURES);
  });

  it('charges simultaneous attempts one at a time, so none reads a stale count', async () => {
    const email = freshEmail('simultaneous');
    const attacker = freshAddress();
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => beginLoginAttempt(suite.cache, email, attacker)));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(PAIR_FREE_FAILURES);
  });

  it('gives an address a budget of failures across all accounts', async () => {
    const owner = freshEmail('spray-target');
    await register(owner);
    const attacker = freshAddress();
    for (let i = 0; i < ADDRESS_FAILURES_PER_HOUR; i++) {
      expect((await login(freshEmail('spray'), 'password guess', attacker)).statusCode).toBe(401);
    }
    const blocked = await login(owner, PASSWORD, attacker);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('LOGIN_THROTTLED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(3500);
    expect((await login(owner, PASSWORD, freshAddress())).statusCode).toBe(200);
  });

  it('counts an IPv6 client by its /64', async () => {
    const email = freshEmail('v6');
    await register(email);
    const [, a, b] = freshAddress().split('.');
    await failTimes(PAIR_FREE_FAILURES, email, `2001:db8:${a}:${b}::1`);
    expect((await login(email, PASSWORD, `2001:db8:${a}:${b}:ffff::2`)).statusCode).toBe(429);
    expect((await login(email, PASSWORD, `2001:db8:${a}:${Number(b) + 1}::1`)).statusCode).toBe(200);
  });

  it('caps failures on one account across addresses, above what one address can reach', async () => {
    // One address can never reach the account cap alone: its own budget is far lower, even
    // across two of its hourly windows.
    expect(ACCOUNT_FAILURES_PER_HOUR).toBeGreaterThan(2 * ADDRESS_FAILURES_PER_HOUR);
    const email = freshEmail('distributed');
    await register(email);
    const perAddress = PAIR_FREE_FAILURES - 1;
    for (let failed = 0; failed < ACCOUNT_FAILURES_PER_HOUR; failed += perAddress) {
      await failTimes(Math.min(perAddress, ACCOUNT_FAILURES_PER_HOUR - failed), email, freshAddress());
    }
    const blocked = await login(email, PASSWORD, freshAddress());
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('LOGIN_THROTTLED');
  }, 60_000);
});
