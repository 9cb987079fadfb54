// Shared by the auth tests: the app on one database with each cache backend (Redis when
// TEST_REDIS_URL is set, since the throttles must hold across instances sharing it), and fresh
// client addresses and emails per run, because Redis keeps counters between runs.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../api/src/app.js';
import type { Cache } from '../../api/src/cache/cache.js';
import { createMemoryCache } from '../../api/src/cache/memory-cache.js';
import { createRedisCache, createRedisClient } from '../../api/src/cache/redis-cache.js';
import type { Config } from '../../api/src/config.js';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { testConfig } from '../helpers/app.js';
import { requireServiceInCi, type TestDatabase, testDatabases } from '../helpers/databases.js';

export interface AuthTarget {
  name: string;
  database: TestDatabase;
  makeCache: () => Cache;
}

/** The real PostgreSQL when configured (PGlite otherwise), with the memory and the Redis cache. */
export function authTargets(): AuthTarget[] {
  requireServiceInCi('TEST_REDIS_URL');
  const databases = testDatabases();
  const database = databases.find((target) => target.name === 'postgres') ?? databases[0];
  const targets: AuthTarget[] = [{ name: `${database.name} with the memory cache`, database, makeCache: () => createMemoryCache() }];
  const redisUrl = process.env.TEST_REDIS_URL;
  if (redisUrl) targets.push({ name: `${database.name} with the redis cache`, database, makeCache: () => createRedisCache(createRedisClient(redisUrl)) });
  return targets;
}

/**
 * The target's cache once it answers: a Redis client takes a moment to connect, and commands sent
 * before that fail fast and read as misses, which would lose the first throttle counts.
 */
export async function openCache(target: AuthTarget): Promise<Cache> {
  const cache = target.makeCache();
  for (let i = 0; i < 100 && !(await cache.ping()); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return cache;
}

export async function buildAuthApp(database: DatabaseHandle, cache: Cache, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const app = await buildApp({ ...testConfig(), ...overrides }, { database, cache, logger: false });
  await app.ready();
  return app;
}

export interface AuthApp {
  database: DatabaseHandle & { dispose(): Promise<void> };
  cache: Cache;
  app: FastifyInstance;
}

/**
 * The suite's app on the target's database and cache: opened before its tests, closed after.
 * Read the fields inside tests (they are set once the suite starts).
 */
export function useAuthApp(target: AuthTarget, overrides: Partial<Config> = {}): AuthApp {
  const suite = {} as AuthApp;
  beforeAll(async () => {
    suite.database = await target.database.open();
    suite.cache = await openCache(target);
    suite.app = await buildAuthApp(suite.database, suite.cache, overrides);
  });
  afterAll(async () => {
    await suite.app?.close();
    await suite.cache?.close();
    await suite.database?.dispose();
  });
  return suite;
}

/** A random address in 10.0.0.0/8: one that no other test (nor a recent run) is likely to have used. */
export function freshAddress(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

export const freshEmail = (label: string) => `${label}-${randomBytes(6).toString('hex')}@example.com`;
