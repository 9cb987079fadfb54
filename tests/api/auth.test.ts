import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { buildTestApp, signUp, TEST_JWT_SECRET } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';

const base64url = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
function signHs256(payload: object, secret: string): string {
  const head = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

describe.each(testDatabases())('local accounts on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await target.open();
    app = await buildTestApp(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });

  it('registers a user and returns both tokens', async () => {
    const response = await post('/api/auth/register', { email: 'Ada@Example.com', password: 'analytical engine' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({ email: 'ada@example.com' });
    expect(body.accessToken).toMatch(/^ey/);
    expect(body.refreshToken.length).toBeGreaterThan(30);
    const me = await app.inject({ url: '/api/me', headers: { authorization: `Bearer ${body.accessToken}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: body.user.id, email: 'ada@example.com', authProvider: 'local' });
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    await post('/api/auth/register', { email: 'grace@example.com', password: 'compiler one' });
    const again = await post('/api/auth/register', { email: 'GRACE@example.com', password: 'compiler two' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('EMAIL_TAKEN');
  });

  it('rejects short passwords and malformed emails with field details', async () => {
    const response = await post('/api/auth/register', { email: 'not-an-email', password: 'short' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(response.json().error.details[0].field).toMatch(/email|password/);
  });

  it('logs in with the right password only', async () => {
    await post('/api/auth/register', { email: 'linus@example.com', password: 'penguins rule' });
    expect((await post('/api/auth/login', { email: 'linus@example.com', password: 'penguins rule' })).statusCode).toBe(200);
    const wrong = await post('/api/auth/login', { email: 'linus@example.com', password: 'penguins drool' });
    expect(wrong.statusCode).toBe(401);
    const unknown = await post('/api/auth/login', { email: 'nobody@example.com', password: 'penguins rule' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
  });

  it('slows an address after 5 failed logins without locking the owner out elsewhere', async () => {
    await post('/api/auth/register', { email: 'locked@example.com', password: 'the right one' });
    const from = (remoteAddress: string, password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'locked@example.com', password }, remoteAddress });
    for (let attempt = 0; attempt < 5; attempt++) expect((await from('203.0.113.7', 'a wrong one')).statusCode).toBe(401);
    const blocked = await from('203.0.113.7', 'the right one');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('LOGIN_THROTTLED');
    expect(Number(blocked.headers['retry-after'])).toBe(30);
    expect((await from('198.51.100.20', 'the right one')).statusCode).toBe(200);
  });

  it('rotates refresh tokens: the old one stops working and its reuse revokes the family', async () => {
    const session = await signUp(app);
    const first = await post('/api/auth/refresh', { refreshToken: session.refreshToken });
    expect(first.statusCode).toBe(200);
    const rotated = first.json().refreshToken;
    expect(rotated).not.toBe(session.refreshToken);

    const reused = await post('/api/auth/refresh', { refreshToken: session.refreshToken });
    expect(reused.statusCode).toBe(401);
    // The reuse revoked the whole family, so the legitimate successor is dead too.
    expect((await post('/api/auth/refresh', { refreshToken: rotated })).statusCode).toBe(401);
  });

  it('logs out by revoking the refresh token', async () => {
    const session = await signUp(app);
    const logout = await post('/api/auth/logout', { refreshToken: session.refreshToken });
    expect(logout.statusCode).toBe(204);
    expect((await post('/api/auth/refresh', { refreshToken: session.refreshToken })).statusCode).toBe(401);
  });

  it('rejects expired and tampered access tokens with 401', async () => {
    const session = await signUp(app);
    const now = Math.floor(Date.now() / 1000);
    const expired = signHs256({ sub: session.userId, iat: now - 7200, exp: now - 3600 }, TEST_JWT_SECRET);
    const expiredAnswer = await app.inject({ url: '/api/me', headers: { authorization: `Bearer ${expired}` } });
    expect(expiredAnswer.statusCode).toBe(401);
    expect(expiredAnswer.json().error.message).toMatch(/expired/);

    const forged = signHs256({ sub: session.userId, iat: now, exp: now + 3600 }, 'some-other-secret-of-sufficient-length!!');
    expect((await app.inject({ url: '/api/me', headers: { authorization: `Bearer ${forged}` } })).statusCode).toBe(401);

    const [head, , signature] = session.accessToken.split('.');
    const otherPayload = base64url({ sub: '00000000-0000-4000-8000-000000000000', iat: now, exp: now + 3600 });
    const tampered = `${head}.${otherPayload}.${signature}`;
    expect((await app.inject({ url: '/api/me', headers: { authorization: `Bearer ${tampered}` } })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/me', headers: { authorization: 'Bearer' } })).statusCode).toBe(401);
  });

  it('shows each user only their own profile', async () => {
    const alice = await signUp(app);
    const bob = await signUp(app);
    const asBob = await app.inject({ url: '/api/me', headers: bob.auth });
    expect(asBob.json().id).toBe(bob.userId);
    expect(asBob.json().id).not.toBe(alice.userId);
  });
});
