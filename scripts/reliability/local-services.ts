// The machine's own PostgreSQL and Redis for the reliability scripts: a fresh database per run
// (created, then dropped at the end), a Redis logical database of its own (so other test runs'
// keys on the shared Redis never meet ours), and the commands that stop and start both.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';

const run = promisify(execFile);

export const ADMIN_DATABASE_URL = process.env.RELIABILITY_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_BASE_URL = process.env.RELIABILITY_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface FreshDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createFreshDatabase(prefix: string): Promise<FreshDatabase> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A Redis URL on logical database `db`, emptied first (only that database). */
export async function freshRedisUrl(db: number): Promise<string> {
  const url = `${REDIS_BASE_URL.replace(/\/\d*$/, '')}/${db}`;
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  try {
    await redis.connect();
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
  return url;
}

export async function redisUp(): Promise<boolean> {
  const redis = new Redis(REDIS_BASE_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export async function postgresUp(): Promise<boolean> {
  try {
    await withAdmin((client) => client.query('select 1'));
    return true;
  } catch {
    return false;
  }
}

const pgVersion = () =>
  readdirSync('/etc/postgresql')
    .sort((a, b) => Number(a) - Number(b))
    .pop() ?? '15';

export async function stopRedis(): Promise<void> {
  await run('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'shutdown', 'nosave']).catch(() => undefined);
}

export async function startRedis(): Promise<void> {
  if (await redisUp()) return;
  await run('redis-server', [
    '--daemonize',
    'yes',
    '--bind',
    '127.0.0.1',
    '-::1',
    '--port',
    '6379',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    '/var/lib/redis',
    '--logfile',
    '/var/log/redis/ci.log',
  ]);
  await waitUntil(redisUp, 30_000, 'Redis did not come back');
}

export async function pgctl(action: 'start' | 'stop' | 'restart'): Promise<void> {
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', pgVersion(), 'main', action], { timeout: 120_000 });
}

export async function startPostgres(): Promise<void> {
  if (await postgresUp()) return;
  await pgctl('start').catch(() => undefined);
  await waitUntil(postgresUp, 60_000, 'PostgreSQL did not come back');
}

export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, failure: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(failure);
}
