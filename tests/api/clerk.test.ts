// Clerk mode: a key pair made here, a token shaped like a Clerk session token, verified
// networklessly by @clerk/backend's verifyToken with CLERK_JWT_KEY.
import { createSign, generateKeyPairSync } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { buildTestApp } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });

function clerkSessionToken(claims: Record<string, unknown>, key = privateKey): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: 'ins_test_key' };
  const payload = {
    azp: 'http://localhost:5173',
    exp: now + 60,
    iat: now,
    iss: 'https://clerk.codementor.test',
    nbf: now - 5,
    sid: 'sess_2abc',
    sub: 'user_2NNEqL2nrIRdJ194ndJqAHwEfxC',
    v: 2,
    ...claims,
  };
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const signingInput = `${encode(header)}.${encode(payload)}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(key).toString('base64url');
  return `${signingInput}.${signature}`;
}

describe.each(testDatabases())('Clerk accounts on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await target.open();
    app = await buildTestApp(database, {
      env: { CLERK_JWT_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString() },
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  const me = (token: string) => app.inject({ url: '/api/me', headers: { authorization: `Bearer ${token}` } });

  it('creates the user on first sight of a Clerk id and finds it afterwards', async () => {
    const first = await me(clerkSessionToken({}));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ authProvider: 'clerk', email: null });
    const second = await me(clerkSessionToken({}));
    expect(second.json().id).toBe(first.json().id);
    const someoneElse = await me(clerkSessionToken({ sub: 'user_other' }));
    expect(someoneElse.json().id).not.toBe(first.json().id);
  });

  it('rejects tokens signed by another key, expired tokens and local JWTs', async () => {
    expect((await me(clerkSessionToken({ sub: 'user_x' }, other.privateKey))).statusCode).toBe(401);
    const now = Math.floor(Date.now() / 1000);
    expect((await me(clerkSessionToken({ exp: now - 120, iat: now - 300, nbf: now - 300 }))).statusCode).toBe(401);
    expect((await me('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl')).statusCode).toBe(401);
  });

  it('gives a fresh, empty account to a Clerk user who deleted theirs', async () => {
    const token = clerkSessionToken({ sub: 'user_leaving' });
    const before = (await me(token)).json().id;
    const deleted = await app.inject({ method: 'DELETE', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(deleted.statusCode).toBe(204);
    const after = await me(token);
    expect(after.statusCode).toBe(200);
    expect(after.json().id).not.toBe(before);
  });

  it('disables local sign-up and sign-in', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email: 'a@example.com', password: 'long enough' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toMatch(/Clerk/);
  });
});
