// Sign-ups are rationed per client address, so per-user budgets cannot be multiplied with
// throwaway accounts; another address is not affected. Behind a trusted proxy (TRUST_PROXY) the
// address is the client's from X-Forwarded-For, not the proxy's.
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../api/src/app.js';
import { loadConfig } from '../../api/src/config.js';
import { testConfig } from '../helpers/app.js';
import { authTargets, freshAddress, freshEmail, useAuthApp } from './auth-helpers.js';

const PER_HOUR = 3;

describe('the sign-up budget', () => {
  it('is five accounts per address an hour unless SIGNUPS_PER_HOUR_PER_ADDRESS says otherwise, whatever NODE_ENV', () => {
    expect(loadConfig({}).SIGNUPS_PER_HOUR_PER_ADDRESS).toBe(5);
    expect(loadConfig({ NODE_ENV: 'production' }).SIGNUPS_PER_HOUR_PER_ADDRESS).toBe(5);
    expect(loadConfig({ NODE_ENV: 'test' }).SIGNUPS_PER_HOUR_PER_ADDRESS).toBe(5);
    expect(loadConfig({ SIGNUPS_PER_HOUR_PER_ADDRESS: '50' }).SIGNUPS_PER_HOUR_PER_ADDRESS).toBe(50);
  });
});

describe.each(authTargets())('sign-ups per address on $name', (target) => {
  const suite = useAuthApp(target, { SIGNUPS_PER_HOUR_PER_ADDRESS: PER_HOUR });

  const register = (remoteAddress: string, email = freshEmail('signup'), password = 'a perfectly fine passphrase') =>
    suite.app.inject({ method: 'POST', url: '/api/auth/register', payload: { email, password }, remoteAddress });

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

  describe('behind a reverse proxy', () => {
    // One sign-up an hour per address, so a second one shows whether two requests share a budget.
    const withSettings = async (env: Record<string, string>) => {
      const proxied = await buildApp(testConfig({ SIGNUPS_PER_HOUR_PER_ADDRESS: '1', ...env }), {
        database: suite.database,
        cache: suite.cache,
        logger: false,
      });
      await proxied.ready();
      return proxied;
    };
    const registerVia = (proxied: FastifyInstance, client: string, remoteAddress?: string) =>
      proxied.inject({
        method: 'POST',
        url: '/api/auth/register',
        payload: { email: freshEmail('proxied'), password: 'a perfectly fine passphrase' },
        headers: { 'x-forwarded-for': client },
        ...(remoteAddress ? { remoteAddress } : {}),
      });

    it('gives each client its own budget when TRUST_PROXY names the proxy', async () => {
      // app.inject comes from 127.0.0.1: that is the proxy here.
      const proxied = await withSettings({ TRUST_PROXY: '127.0.0.1' });
      try {
        const [first, second] = [freshAddress(), freshAddress()];
        expect((await registerVia(proxied, first)).statusCode).toBe(201);
        expect((await registerVia(proxied, second)).statusCode).toBe(201);
        expect((await registerVia(proxied, first)).statusCode).toBe(429);
      } finally {
        await proxied.close();
      }
    });

    it("makes every client share the proxy's budget without TRUST_PROXY", async () => {
      const proxied = await withSettings({});
      try {
        // A fresh proxy address, since Redis keeps 127.0.0.1's count from the other suites.
        const proxy = freshAddress();
        expect((await registerVia(proxied, freshAddress(), proxy)).statusCode).toBe(201);
        expect((await registerVia(proxied, freshAddress(), proxy)).statusCode).toBe(429);
      } finally {
        await proxied.close();
      }
    });

    it('ignores X-Forwarded-For from an address that is not a trusted proxy', async () => {
      const proxied = await withSettings({ TRUST_PROXY: '127.0.0.1' });
      try {
        const direct = freshAddress();
        expect((await registerVia(proxied, freshAddress(), direct)).statusCode).toBe(201);
        expect((await registerVia(proxied, freshAddress(), direct)).statusCode).toBe(429);
      } finally {
        await proxied.close();
      }
    });
  });
});
