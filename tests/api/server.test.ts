// The app over a real listening socket, and data surviving a restart of the server.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../api/src/app.js';
import { testConfig } from '../helpers/app.js';
import { createFreshPostgresDatabase, requireServiceInCi } from '../helpers/databases.js';

async function registerThenLoginAfterRestart(env: Record<string, string>) {
  const config = testConfig(env);
  const first = await buildApp(config, { logger: false });
  const address = await first.listen({ host: '127.0.0.1', port: 0 });
  const register = await fetch(`${address}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'persist@example.com', password: 'survives restarts' }),
  });
  expect(register.status).toBe(201);
  await first.close();

  const second = await buildApp(config, { logger: false });
  const address2 = await second.listen({ host: '127.0.0.1', port: 0 });
  const login = await fetch(`${address2}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'persist@example.com', password: 'survives restarts' }),
  });
  expect(login.status).toBe(200);
  const ready = await (await fetch(`${address2}/ready`)).json();
  await second.close();
  return ready;
}

describe('the server over a real socket', () => {
  it('keeps data written through the API across a restart on the embedded database', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cm-restart-'));
    const ready = await registerThenLoginAfterRestart({ DATA_DIR: dataDir });
    expect(ready.checks.database.kind).toBe('pglite');
  });

  it('uses PostgreSQL and Redis when their URLs are set, and keeps data across a restart', async () => {
    requireServiceInCi('TEST_DATABASE_URL');
    requireServiceInCi('TEST_REDIS_URL');
    if (!process.env.TEST_DATABASE_URL || !process.env.TEST_REDIS_URL) return;
    const fresh = await createFreshPostgresDatabase(process.env.TEST_DATABASE_URL);
    try {
      const ready = await registerThenLoginAfterRestart({ DATABASE_URL: fresh.url, REDIS_URL: process.env.TEST_REDIS_URL });
      expect(ready.status).toBe('ready');
      expect(ready.checks.database.kind).toBe('postgres');
      expect(ready.checks.cache.kind).toBe('redis');
    } finally {
      await fresh.drop();
    }
  });
});
