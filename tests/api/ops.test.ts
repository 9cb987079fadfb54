import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cache } from '../../api/src/cache/cache.js';
import { createMemoryCache } from '../../api/src/cache/memory-cache.js';
import { openDatabase, type DatabaseHandle } from '../../api/src/db/client.js';
import { buildApp } from '../../api/src/app.js';
import { buildTestApp, signUp, testConfig } from '../helpers/app.js';

describe('operations endpoints and the error contract', () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite' });
    app = await buildTestApp(database, { env: { RATE_LIMIT_PER_MINUTE: '1000', BODY_LIMIT_BYTES: '2048', CORS_ORIGINS: 'http://app.example' } });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers liveness', async () => {
    const response = await app.inject({ url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json().status).toBe('ok');
  });

  it('reports each dependency in readiness', async () => {
    const response = await app.inject({ url: '/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ready',
      checks: { database: { ok: true, kind: 'pglite' }, cache: { ok: true, kind: 'memory' } },
    });
    // The local runner says what contains learner code: here, the bubblewrap sandbox.
    expect(response.json().checks.executor).toMatchObject({ ok: true, kind: 'local', boundary: expect.stringMatching(/^bubblewrap/) });
  });

  it('exports process, HTTP, database and cache metrics', async () => {
    await app.inject({ url: '/health' });
    const response = await app.inject({ url: '/metrics' });
    expect(response.statusCode).toBe(200);
    for (const name of [
      'process_cpu_seconds_total',
      'http_requests_total',
      'http_request_duration_seconds',
      'db_query_duration_seconds',
      'cache_requests_total',
    ]) {
      expect(response.body).toContain(name);
    }
    expect(response.body).toMatch(/http_requests_total\{route="\/health",method="GET",status="200"\}/);
  });

  it('serves the OpenAPI document and its UI', async () => {
    const ui = await app.inject({ url: '/docs/' });
    expect(ui.statusCode).toBe(200);
    const spec = await app.inject({ url: '/docs/json' });
    expect(spec.json().paths).toHaveProperty(['/api/auth/register']);
    expect(spec.json().paths).toHaveProperty(['/ready']);
  });

  it('uses one error shape for unknown routes', async () => {
    const response = await app.inject({ url: '/nowhere?x=1' });
    expect(response.statusCode).toBe(404);
    const { error } = response.json();
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'no route for GET /nowhere' });
    expect(error.requestId).toBe(response.headers['x-request-id']);
    expect(Date.parse(error.timestamp)).not.toBeNaN();
  });

  it('answers 413 in the error shape for an oversized body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@example.com', password: 'x'.repeat(4096) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 400 for a body that is not JSON, without a stack trace', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('BAD_REQUEST');
    expect(response.body).not.toMatch(/at .*\.js:\d+/);
  });

  it('sets security headers and allows only configured origins', async () => {
    const allowed = await app.inject({ url: '/health', headers: { origin: 'http://app.example' } });
    expect(allowed.headers['x-content-type-options']).toBe('nosniff');
    expect(allowed.headers['access-control-allow-origin']).toBe('http://app.example');
    const other = await app.inject({ url: '/health', headers: { origin: 'http://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('keeps the same error shape when a route throws unexpectedly, hiding the details', async () => {
    const fresh = await buildApp(testConfig(), { database, logger: false });
    fresh.get('/boom', async () => {
      throw new Error('secret internal detail');
    });
    const response = await fresh.inject({ url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('INTERNAL_ERROR');
    expect(response.body).not.toContain('secret internal detail');
    await fresh.close();
  });

  it('answers 503 from /ready when a dependency is down', async () => {
    const brokenCache: Cache = { ...createMemoryCache(), kind: 'redis', ping: async () => false };
    const degraded = await buildTestApp(database, { cache: brokenCache });
    const response = await degraded.inject({ url: '/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.json().checks.cache.ok).toBe(false);
    await degraded.close();
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past the per-user budget, counting each user separately', async () => {
    const database = await openDatabase({ kind: 'pglite' });
    const app = await buildTestApp(database, { env: { RATE_LIMIT_PER_MINUTE: '5' } });
    const alice = await signUp(app);
    const bob = await signUp(app);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await app.inject({ url: '/api/me', headers: alice.auth })).statusCode);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(429);
    const limited = await app.inject({ url: '/api/me', headers: alice.auth });
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await app.inject({ url: '/api/me', headers: bob.auth })).statusCode).toBe(200);
    await app.close();
    await database.close();
  });
});
