// Logout and the reuse of a rotated refresh token void the user's access tokens at once, even
// while the auth plugin still trusts the user row it read (KNOWN_USER_TTL_MS), and on another
// instance sharing the cache; deleting the account still voids them too.
import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cache } from '../../api/src/cache/cache.js';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { TEST_JWT_SECRET, signUp } from '../helpers/app.js';
import { authTargets, buildAuthApp, openCache } from './auth-helpers.js';

describe.each(authTargets())('revoking access tokens on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let cache: Cache;
  let app: FastifyInstance;
  let other: FastifyInstance;

  beforeAll(async () => {
    database = await target.database.open();
    cache = await openCache(target);
    // Two instances of the server over one database and one shared cache.
    app = await buildAuthApp(database, cache);
    other = await buildAuthApp(database, cache);
  });
  afterAll(async () => {
    await app?.close();
    await other?.close();
    await cache?.close();
    await database?.dispose();
  });

  const me = (on: FastifyInstance, accessToken: string) => on.inject({ url: '/api/me', headers: { authorization: `Bearer ${accessToken}` } });
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });
  const login = async (email: string) => {
    const response = await post('/api/auth/login', { email, password: 'correct horse battery' });
    expect(response.statusCode).toBe(200);
    return response.json<{ accessToken: string; refreshToken: string }>();
  };

  it('refuses the access token at once after logout, on this instance and another', async () => {
    const session = await signUp(app);
    // Both instances have just read the user row and would trust it for a few seconds.
    expect((await me(app, session.accessToken)).statusCode).toBe(200);
    expect((await me(other, session.accessToken)).statusCode).toBe(200);
    expect((await post('/api/auth/logout', { refreshToken: session.refreshToken })).statusCode).toBe(204);
    for (const instance of [app, other]) {
      const refused = await me(instance, session.accessToken);
      expect(refused.statusCode).toBe(401);
      expect(refused.json().error.message).toMatch(/revoked/);
    }
  });

  it('refuses every access token of the family once a rotated refresh token is reused', async () => {
    const session = await signUp(app);
    const rotated = await post('/api/auth/refresh', { refreshToken: session.refreshToken });
    expect(rotated.statusCode).toBe(200);
    const { accessToken: fresh } = rotated.json();
    expect((await me(app, session.accessToken)).statusCode).toBe(200);
    expect((await me(other, fresh)).statusCode).toBe(200);

    expect((await post('/api/auth/refresh', { refreshToken: session.refreshToken })).statusCode).toBe(401);
    for (const token of [session.accessToken, fresh]) {
      expect((await me(app, token)).statusCode).toBe(401);
      expect((await me(other, token)).statusCode).toBe(401);
    }
  });

  it('accepts the tokens of a new sign-in, and a replayed dead refresh token does not sign it out', async () => {
    const email = `revoke-${Date.now()}@example.com`;
    const session = await signUp(app, email);
    expect((await post('/api/auth/logout', { refreshToken: session.refreshToken })).statusCode).toBe(204);
    const again = await login(email);
    expect((await me(app, again.accessToken)).statusCode).toBe(200);
    // The first family is already revoked: neither call changes anything for the new session.
    expect((await post('/api/auth/logout', { refreshToken: session.refreshToken })).statusCode).toBe(204);
    expect((await post('/api/auth/refresh', { refreshToken: session.refreshToken })).statusCode).toBe(401);
    expect((await me(other, again.accessToken)).statusCode).toBe(200);
    const refreshed = await post('/api/auth/refresh', { refreshToken: again.refreshToken });
    expect(refreshed.statusCode).toBe(200);
    expect((await me(app, refreshed.json().accessToken)).statusCode).toBe(200);
  });

  it('treats a token without a version as issued before any revocation', async () => {
    const session = await signUp(app);
    const now = Math.floor(Date.now() / 1000);
    const legacy = signHs256({ sub: session.userId, iat: now, exp: now + 3600 });
    expect((await me(app, legacy)).statusCode).toBe(200);
    expect((await post('/api/auth/logout', { refreshToken: session.refreshToken })).statusCode).toBe(204);
    expect((await me(app, legacy)).statusCode).toBe(401);
  });

  it('still refuses the tokens of a deleted account at once', async () => {
    const session = await signUp(app);
    expect((await me(app, session.accessToken)).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: '/api/me', headers: session.auth })).statusCode).toBe(204);
    expect((await me(app, session.accessToken)).statusCode).toBe(401);
  });
});

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function signHs256(payload: object): string {
  const head = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}`;
  return `${head}.${createHmac('sha256', TEST_JWT_SECRET).update(head).digest('base64url')}`;
}
