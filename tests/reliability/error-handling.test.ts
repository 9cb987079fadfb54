// The error handler under the failures the fault run provokes: a PostgreSQL pool that cannot
// connect is a 503 DATABASE_UNAVAILABLE with Retry-After (not a 500), the log line carries the
// SQL but never the query's parameters (emails, password hashes), and what the router rejects
// before any hook (a malformed percent-escape, an over-long parameter) has the one error body.
import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/src/app.js';
import { openDatabase, type DatabaseHandle } from '../../api/src/db/client.js';
import { withoutQueryParams } from '../../api/src/plugins/error-handler.js';
import { testConfig } from '../helpers/app.js';

const SECRET_PARAMS = ['ada@example.com', 'scrypt$hash-that-must-not-be-logged'];

describe('errors under faults', () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  const logs: string[] = [];

  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite' });
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    });
    app = await buildApp(testConfig(), { database, logger: { level: 'warn', stream } });
    app.get('/__test/pool-timeout', async () => {
      throw new DrizzleQueryError(
        'select "id" from "users" where "email" = $1 and "password_hash" = $2',
        SECRET_PARAMS,
        new Error('timeout exceeded when trying to connect'),
      );
    });
    app.get('/__test/bug', async () => {
      throw new DrizzleQueryError('insert into "users" ("email", "password_hash") values ($1, $2)', SECRET_PARAMS, new Error('null value in column'));
    });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After when the pool cannot connect', async () => {
    const response = await app.inject({ method: 'GET', url: '/__test/pool-timeout' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json().error.code).toBe('DATABASE_UNAVAILABLE');
  });

  it('logs the failed SQL without its parameters, for 503s and 500s alike', async () => {
    logs.length = 0;
    expect((await app.inject({ method: 'GET', url: '/__test/pool-timeout' })).statusCode).toBe(503);
    expect((await app.inject({ method: 'GET', url: '/__test/bug' })).statusCode).toBe(500);
    const text = logs.join('\n');
    expect(text).toContain('insert into \\"users\\"');
    expect(text).toContain('timeout exceeded when trying to connect');
    for (const secret of SECRET_PARAMS) expect(text).not.toContain(secret);
  });

  it('keeps other errors as they are', () => {
    const error = new Error('plain');
    expect(withoutQueryParams(error)).toBe(error);
  });

  it.each([
    ['a malformed percent-escape', '/api/problems/%E0%A4%A', 400, 'BAD_REQUEST'],
    ['a path parameter past maxParamLength', `/api/submissions/${'a'.repeat(500)}/feedback`, 404, 'NOT_FOUND'],
  ])('answers %s with the error body', async (_name, url, status, code) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(status);
    const body = response.json();
    expect(body.error.code).toBe(code);
    expect(typeof body.error.requestId).toBe('string');
    expect(response.headers['x-request-id']).toBe(body.error.requestId);
  });
});
