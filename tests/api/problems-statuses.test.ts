// A learner's problem statuses are cached for a minute under a key of their own, with each
// database and cache backend (Redis when TEST_REDIS_URL is set). Submissions are written straight
// to the database, behind the cache's back, so a stale answer proves the cache was read.
// The Redis of the tests is shared between test processes, and its catalogue may come from
// another process's database: the tests take their slug from the list they are served.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Cache } from '../../api/src/cache/cache.js';
import { createMemoryCache } from '../../api/src/cache/memory-cache.js';
import { createRedisCache, createRedisClient } from '../../api/src/cache/redis-cache.js';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import type { Verdict } from '../../api/src/modules/judge/types.js';
import { problems, submissions } from '../../api/src/db/schema.js';
import {
  invalidateProblemStatuses,
  PROBLEM_STATUSES_TTL_SECONDS,
  problemStatusesCacheKey,
  statusesForUser,
} from '../../api/src/modules/problems/problem-statuses.js';
import { invalidateProblemCache, PROBLEM_CACHE_PREFIX } from '../../api/src/modules/problems/service.js';
import { RETENTION_INTERVAL_MS } from '../../api/src/modules/profile/retention.js';
import { buildTestApp, type Session, signUp } from '../helpers/app.js';
import { requireServiceInCi, testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';

requireServiceInCi('TEST_REDIS_URL');
const caches: Array<{ name: string; make: () => Cache }> = [{ name: 'memory', make: () => createMemoryCache() }];
if (process.env.TEST_REDIS_URL) caches.push({ name: 'redis', make: () => createRedisCache(createRedisClient(process.env.TEST_REDIS_URL!)) });
const targets = testDatabases().flatMap((database) => caches.map((cache) => ({ database, cache, name: `${database.name} with the ${cache.name} cache` })));

describe.each(targets)('problem statuses on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let cache: Cache;
  let app: FastifyInstance;
  let problemId: string;

  beforeAll(async () => {
    database = await target.database.open();
    cache = target.cache.make();
    app = await buildTestApp(database, { cache, problems: testProblemRegistry() });
    await seedTestProblems(database.db);
    await invalidateProblemCache(cache);
    [{ id: problemId }] = await database.db.select({ id: problems.id }).from(problems).limit(1);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await cache?.close();
    await database?.dispose();
  });
  afterEach(() => vi.restoreAllMocks());

  const list = async (learner: Session) => {
    const response = await app.inject({ url: '/api/problems', headers: learner.auth });
    expect(response.statusCode).toBe(200);
    return response.json().items as Array<{ slug: string; status: string }>;
  };
  const statusOf = async (learner: Session, slug: string) => (await list(learner)).find((item) => item.slug === slug)?.status;
  // Only the slug decides a status; the row it points at just has to exist.
  const submitBehindTheCache = (learner: Session, slug: string, verdict: Verdict, createdAt = new Date()) =>
    database.db.insert(submissions).values({ userId: learner.userId, problemId, problemSlug: slug, code: 'pass', status: 'judged', verdict, createdAt });

  it('serves the cached statuses for a minute, and the new ones once invalidated', async () => {
    const learner = await signUp(app);
    const set = vi.spyOn(cache, 'set');
    const [slug] = (await list(learner)).map((item) => item.slug);
    expect(set).toHaveBeenCalledWith(problemStatusesCacheKey(learner.userId), [], PROBLEM_STATUSES_TTL_SECONDS);
    expect(PROBLEM_STATUSES_TTL_SECONDS).toBe(60);

    await submitBehindTheCache(learner, slug, 'accepted');
    await submitBehindTheCache(learner, 'some-other-problem', 'wrong_answer');
    expect(await statusOf(learner, slug)).toBe('new');

    await invalidateProblemStatuses(cache, learner.userId);
    expect(await statusOf(learner, slug)).toBe('solved');
    // Stored as plain [slug, status] pairs, so they survive the JSON round trip through Redis.
    const stored = await cache.get<Array<[string, string]>>(problemStatusesCacheKey(learner.userId));
    expect(new Map(stored)).toEqual(
      new Map([
        [slug, 'solved'],
        ['some-other-problem', 'attempted'],
      ]),
    );
    await database.db.delete(submissions).where(eq(submissions.userId, learner.userId));
    expect(await statusOf(learner, slug)).toBe('solved');
    expect((await statusesForUser(database.db, cache, learner.userId)).get('some-other-problem')).toBe('attempted');
  });

  it('keeps statuses when the problem set is reseeded, which only changes problems', async () => {
    const learner = await signUp(app);
    const [slug] = (await list(learner)).map((item) => item.slug);
    await submitBehindTheCache(learner, slug, 'accepted');
    expect(problemStatusesCacheKey(learner.userId).startsWith(PROBLEM_CACHE_PREFIX)).toBe(false);
    await invalidateProblemCache(cache);
    expect((await statusesForUser(database.db, cache, learner.userId)).get(slug)).toBeUndefined();
  });

  it('shows the same cached status on a single problem', async () => {
    const learner = await signUp(app);
    const [slug] = (await list(learner)).map((item) => item.slug);
    await submitBehindTheCache(learner, slug, 'accepted');
    const one = async () => (await app.inject({ url: `/api/problems/${slug}`, headers: learner.auth })).json().status;
    expect(await one()).toBe('new');
    await invalidateProblemStatuses(cache, learner.userId);
    expect(await one()).toBe('solved');
  });

  it('drops the cached statuses when the account is deleted', async () => {
    const learner = await signUp(app);
    await list(learner);
    expect(await cache.get(problemStatusesCacheKey(learner.userId))).toEqual([]);
    expect((await app.inject({ method: 'DELETE', url: '/api/me', headers: learner.auth })).statusCode).toBe(204);
    expect(await cache.get(problemStatusesCacheKey(learner.userId))).toBeUndefined();
  });

  it('drops every cached status when the retention job deletes old submissions', async () => {
    const setInterval = vi.spyOn(globalThis, 'setInterval');
    const withRetention = await buildTestApp(database, { cache, problems: testProblemRegistry(), env: { RETENTION_DAYS: '30' } });
    try {
      const index = setInterval.mock.calls.findIndex(([, ms]) => ms === RETENTION_INTERVAL_MS);
      // The timer's callback starts the job without returning it: wait for what it does.
      const runRetention = setInterval.mock.calls[index][0];
      const learner = await signUp(withRetention);
      const [slug] = (await list(learner)).map((item) => item.slug);
      await submitBehindTheCache(learner, slug, 'accepted', new Date(Date.now() - 31 * 86_400_000));
      await invalidateProblemStatuses(cache, learner.userId);
      expect((await statusesForUser(database.db, cache, learner.userId)).get(slug)).toBe('solved');

      runRetention();
      await vi.waitFor(async () => {
        expect(await database.db.select().from(submissions).where(eq(submissions.userId, learner.userId))).toEqual([]);
        expect(await cache.get(problemStatusesCacheKey(learner.userId))).toBeUndefined();
      });
      expect(await statusOf(learner, slug)).toBe('new');
    } finally {
      await withRetention.close();
    }
  });
});
