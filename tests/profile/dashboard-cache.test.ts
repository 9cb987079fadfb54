// The dashboard's cache with each cache backend (Redis when TEST_REDIS_URL is set): one minute,
// and dropped by the profile update that app.ts wires into the verdict's transaction.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Cache } from '../../api/src/cache/cache.js';
import { createMemoryCache } from '../../api/src/cache/memory-cache.js';
import { createRedisCache, createRedisClient } from '../../api/src/cache/redis-cache.js';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { invalidateProblemCache } from '../../api/src/modules/problems/service.js';
import { DASHBOARD_TTL_SECONDS, dashboardCacheKey } from '../../api/src/modules/profile/dashboard-cache.js';
import { buildTestApp, signUp } from '../helpers/app.js';
import { requireServiceInCi, testDatabases } from '../helpers/databases.js';
import { insertJudged, insertProblem } from './helpers.js';

requireServiceInCi('TEST_REDIS_URL');
const caches: Array<{ name: string; make: () => Cache }> = [{ name: 'memory', make: () => createMemoryCache() }];
if (process.env.TEST_REDIS_URL) caches.push({ name: 'redis', make: () => createRedisCache(createRedisClient(process.env.TEST_REDIS_URL!)) });

describe.each(caches)('the dashboard in the $name cache', ({ make }) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let cache: Cache;
  let app: FastifyInstance;
  let problem: { id: string; slug: string };

  beforeAll(async () => {
    database = await testDatabases()[0].open();
    cache = make();
    app = await buildTestApp(database, { cache });
    problem = await insertProblem(database.db, { slug: 'bounds', targetPatterns: ['off-by-one'] });
  });
  afterAll(async () => {
    await app?.close();
    await cache?.close();
    await database?.dispose();
  });

  it('keeps the dashboard for a minute and drops it when the next submission is judged', async () => {
    const learner = await signUp(app);
    const attempts = async () => (await app.inject({ url: '/api/me/dashboard', headers: learner.auth })).json().attempts;
    const set = vi.spyOn(cache, 'set');
    expect(await attempts()).toBe(0);
    expect(set).toHaveBeenCalledWith(dashboardCacheKey(learner.userId), expect.objectContaining({ attempts: 0 }), DASHBOARD_TTL_SECONDS);
    expect(DASHBOARD_TTL_SECONDS).toBe(60);

    await insertJudged(database.db, learner.userId, problem);
    expect(await attempts()).toBe(0);

    await database.db.transaction(async (tx) => {
      const row = await insertJudged(tx, learner.userId, problem);
      await app.submissionHooks.onJudged!(tx, row);
    });
    expect(await attempts()).toBe(2);
  });

  it('drops it when the learner rates a recommendation', async () => {
    const learner = await signUp(app);
    const rated = async () => (await app.inject({ url: '/api/me/dashboard', headers: learner.auth })).json().helpfulness.rated;
    expect(await rated()).toBe(0);
    // Redis is shared between test processes: make the catalogue come from this database.
    await invalidateProblemCache(cache);
    const response = await app.inject({ method: 'POST', url: '/api/me/recommendations/bounds/feedback', headers: learner.auth, payload: { helpful: true } });
    expect(response.statusCode).toBe(204);
    expect(await rated()).toBe(1);
  });
});
