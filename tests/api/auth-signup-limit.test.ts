// Sign-ups are rationed per client address, so per-user budgets cannot be multiplied with
// throwaway accounts; another address is not affected.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cache } from '../../api/src/cache/cache.js';
import { loadConfig, SIGNUPS_PER_HOUR_PER_ADDRESS } from '../../api/src/config.js';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { authTargets, buildAuthApp, freshAddress, freshEmail } from './auth-helpers.js';

const PER_HOUR = 3;

describe('the sign-up budget', () => {
  it('is a few accounts per address an hour outside the test suites', () => {
    expect(SIGNUPS_PER_HOUR_PER_ADDRESS).toBeLessThanOrEqual(10);
    expect(loadConfig({}).signupsPerHourPerAddress).toBe(SIGNUPS_PER_HOUR_PER_ADDRESS);
    expect(loadConfig({ NODE_ENV: 'production' }).signupsPerHourPerAddress).toBe(SIGNUPS_PER_HOUR_PER_ADDRESS);
  });
});

describe.each(authTargets())('sign-ups per address on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let cache: Cache;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await target.database.open();
    cache = target.makeCache();
    app = await buildAuthApp(database, cache, { signupsPerHourPerAddress: PER_HOUR });
  });
  afterAll(async () => {
    await app?.close();
    await cache?.close();
    await database?.dispose();
  });

  const register = (remoteAddress: string, email = freshEmail('signup'), password = 'a perfectly fine passphrase') =>
    app.inject({ method: 'POST', url: '/api/auth/register', payload: { email, password }, remoteAddress });

  it('refuses more than the budget from one address with 429 and Retry-After', async () => {
    const address = freshAddress();
    for (let i = 0; i < PER_HOUR; i++) expect((await register(address)).statusCode).toBe(201);
    const refused = await register(address);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3500);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
    const { error } = refused.json();
    expect(error).toMatchObject({ code: 'SIGNUP_RATE_LIMITED', requestId: expect.any(String), timestamp: expect.any(String) });
    expect(error.message).toMatch(/too many accounts created from this address: at most 3 an hour; try again in 60 minute\(s\)/);
    expect((await register(freshAddress())).statusCode).toBe(201);
  });

  it('counts attempts on a taken email, but not those refused for a common password', async () => {
    const address = freshAddress();
    const email = freshEmail('taken');
    expect((await register(address, email)).statusCode).toBe(201);
    expect((await register(address, email)).statusCode).toBe(409);
    for (let i = 0; i < PER_HOUR; i++) expect((await register(address, freshEmail('weak'), 'password123')).statusCode).toBe(400);
    expect((await register(address)).statusCode).toBe(201);
    expect((await register(address)).statusCode).toBe(429);
  });
});
