// One user cannot fill the judge for everyone: a run or submission of theirs still being judged
// makes a second one answer 429 RUN_IN_PROGRESS (in process with the in-process cache, across
// instances with Redis), and POST /api/run has its own per-user budget per minute.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/src/app.js';
import type { Cache } from '../../api/src/cache/cache.js';
import { createMemoryCache } from '../../api/src/cache/memory-cache.js';
import { createRedisCache, createRedisClient } from '../../api/src/cache/redis-cache.js';
import type { Config } from '../../api/src/config.js';
import { type DatabaseHandle, openDatabase } from '../../api/src/db/client.js';
import { submissions } from '../../api/src/db/schema.js';
import { type Session, signUp, testConfig } from '../helpers/app.js';
import { CORRECT_BINARY_SEARCH as CORRECT } from '../helpers/binary-search.js';
import { requireServiceInCi } from '../helpers/databases.js';
import { invalidateProblemCache } from '../../api/src/modules/problems/service.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';

requireServiceInCi('TEST_REDIS_URL');

/** Correct, but its first call sleeps: a run stays in the judge for a second (never a cached result). */
const slow = () =>
  `SALT = "${randomUUID()}"\nSLEPT = []\nimport time\n${CORRECT.replace('    lo, hi', '    if not SLEPT:\n        SLEPT.append(1)\n        time.sleep(1)\n    lo, hi')}`;

/** Resolves once the user's judge slot is taken (their run has reached the judge). */
async function slotTaken(cache: Cache, userId: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if ((await cache.get(`run-lease:${userId}:0`)) !== undefined) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the run never took its slot');
}

async function buildLimitedApp(database: DatabaseHandle, cache: Cache, limits: Record<string, string> = {}): Promise<FastifyInstance> {
  const config: Config = testConfig({ SUBMISSIONS_PER_HOUR: '1000', JUDGE_RUNS_PER_USER: '1', ...limits });
  const app = await buildApp(config, { database, cache, problems: testProblemRegistry(), logger: false });
  await app.ready();
  return app;
}

const caches: Array<{ name: string; make: () => Cache }> = [{ name: 'in-process cache', make: () => createMemoryCache() }];
if (process.env.TEST_REDIS_URL) caches.push({ name: 'Redis', make: () => createRedisCache(createRedisClient(process.env.TEST_REDIS_URL!)) });

describe.each(caches)('one judge run per user at a time with the $name', ({ make }) => {
  let database: DatabaseHandle;
  let cache: Cache;
  let app: FastifyInstance;
  let alice: Session;
  let bob: Session;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite' });
    cache = make();
    app = await buildLimitedApp(database, cache);
    await seedTestProblems(database.db);
    // A shared Redis may hold problem rows of another test's database.
    await invalidateProblemCache(cache);
    alice = await signUp(app, `alice-${randomUUID()}@example.com`);
    bob = await signUp(app, `bob-${randomUUID()}@example.com`);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await cache?.close();
    await database?.close();
  });

  const run = (session: Session, code = slow(), problem = 'binary-search') =>
    app.inject({ method: 'POST', url: '/api/run', headers: session.auth, payload: { problem, code } });
  const submit = (session: Session, code = slow()) =>
    app.inject({ method: 'POST', url: '/api/submissions', headers: session.auth, payload: { problem: 'binary-search', code, language: 'python' } });

  it('answers 429 RUN_IN_PROGRESS with Retry-After to a second run while the first is judged, and lets others run', async () => {
    const first = run(alice);
    await slotTaken(cache, alice.userId);
    const [second, other] = await Promise.all([run(alice, CORRECT), run(bob, CORRECT)]);
    expect(second.statusCode).toBe(429);
    expect(second.headers['retry-after']).toBe('5');
    expect(second.json().error).toMatchObject({ code: 'RUN_IN_PROGRESS', message: expect.stringMatching(/still being judged/), requestId: expect.any(String) });
    expect(other.statusCode).toBe(200);
    expect((await first).statusCode).toBe(200);
    expect((await run(alice, CORRECT)).statusCode).toBe(200);
  });

  it('refuses a submission while a run is judged, storing nothing, and ten at once get one judged', async () => {
    const running = run(alice);
    await slotTaken(cache, alice.userId);
    const refused = await submit(alice, CORRECT);
    expect(refused.statusCode, refused.body).toBe(429);
    expect(refused.json().error.code).toBe('RUN_IN_PROGRESS');
    await running;
    expect(await database.db.select().from(submissions)).toEqual([]);

    const burst = await Promise.all(Array.from({ length: 10 }, () => submit(alice, slow())));
    expect(burst.map((response) => response.statusCode).sort()).toEqual([201, ...Array(9).fill(429)]);
    expect(await database.db.select().from(submissions)).toHaveLength(1);
  });

  it('frees the slot when the run fails', async () => {
    expect((await run(alice, CORRECT, 'no-such-problem')).statusCode).toBe(404);
    expect((await run(alice, CORRECT)).statusCode).toBe(200);
  });
});

describe.runIf(process.env.TEST_REDIS_URL)('one judge run per user across instances sharing Redis', () => {
  it('refuses a run on one instance while the same user is judged on another', async () => {
    const database = await openDatabase({ kind: 'pglite' });
    const caches = [0, 1].map(() => createRedisCache(createRedisClient(process.env.TEST_REDIS_URL!)));
    const [one, two] = await Promise.all(caches.map((cache) => buildLimitedApp(database, cache)));
    try {
      await seedTestProblems(database.db);
      const carol = await signUp(one, `carol-${randomUUID()}@example.com`);
      const first = one.inject({ method: 'POST', url: '/api/run', headers: carol.auth, payload: { problem: 'binary-search', code: slow() } });
      await slotTaken(caches[1], carol.userId);
      const elsewhere = await two.inject({ method: 'POST', url: '/api/run', headers: carol.auth, payload: { problem: 'binary-search', code: CORRECT } });
      expect(elsewhere.statusCode).toBe(429);
      expect(elsewhere.json().error.code).toBe('RUN_IN_PROGRESS');
      expect((await first).statusCode).toBe(200);
      const after = await two.inject({ method: 'POST', url: '/api/run', headers: carol.auth, payload: { problem: 'binary-search', code: CORRECT } });
      expect(after.statusCode).toBe(200);
    } finally {
      await Promise.all([one.close(), two.close()]);
      await Promise.all(caches.map((cache) => cache.close()));
      await database.close();
    }
  }, 60_000);
});

describe('the run budget per minute', () => {
  it('answers 429 RATE_LIMITED past RUNS_PER_MINUTE runs of one user, other users unaffected', async () => {
    const database = await openDatabase({ kind: 'pglite' });
    const cache = createMemoryCache();
    const app = await buildLimitedApp(database, cache, { RUNS_PER_MINUTE: '3' });
    try {
      await seedTestProblems(database.db);
      const [dave, erin] = [await signUp(app, `dave-${randomUUID()}@example.com`), await signUp(app, `erin-${randomUUID()}@example.com`)];
      const run = (session: Session) =>
        app.inject({ method: 'POST', url: '/api/run', headers: session.auth, payload: { problem: 'binary-search', code: CORRECT } });
      for (let i = 0; i < 3; i++) expect((await run(dave)).statusCode).toBe(200);
      const limited = await run(dave);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await run(erin)).statusCode).toBe(200);
    } finally {
      await app.close();
      await database.close();
    }
  }, 60_000);

  it('defaults to 30 runs per minute and one judge run per user, whatever NODE_ENV', async () => {
    const { loadConfig } = await import('../../api/src/config.js');
    for (const NODE_ENV of ['production', 'test']) {
      expect(loadConfig({ NODE_ENV })).toMatchObject({ RUNS_PER_MINUTE: 30, JUDGE_RUNS_PER_USER: 1 });
    }
  });
});
