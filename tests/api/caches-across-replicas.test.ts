// Two replicas of the app on one database and one Redis, a learner's requests landing on either:
// what one replica changes (a submission, an account's deletion, a seed, a deeper hint) is what
// the other shows next, although each keeps some things in memory for a while (the parsed
// catalogue, the user rows it trusts, the feedback it has just finished).
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { seedProblems } from '../../api/src/modules/problems/seed-problems.js';
import { invalidateProblemCache } from '../../api/src/modules/problems/service.js';
import { OFF_BY_ONE_BINARY_SEARCH as OFF_BY_ONE } from '../helpers/binary-search.js';
import { buildTestApp, type Session, signUp } from '../helpers/app.js';
import { requireServiceInCi, testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';

requireServiceInCi('TEST_REDIS_URL');
// A Redis database of this file's own, emptied first: the replicas cache rows of this test's
// fresh PostgreSQL database, which must not meet another file's.
const REDIS_DB = 8;
const redisUrl = process.env.TEST_REDIS_URL ? `${process.env.TEST_REDIS_URL.replace(/\/\d*$/, '')}/${REDIS_DB}` : undefined;
/** Far below the few seconds a replica may keep a copy of its own when nothing tells it. */
const MESSAGE_DELAY_MS = 1000;

describe.skipIf(!redisUrl)('caches across replicas', () => {
  const [target] = testDatabases().slice(-1); // PostgreSQL when there is one
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let admin: Redis;
  let a: FastifyInstance;
  let b: FastifyInstance;

  beforeAll(async () => {
    admin = new Redis(redisUrl!);
    await admin.flushdb();
    database = await target.open();
    const env = { SUBMISSIONS_PER_HOUR: '1000', REDIS_URL: redisUrl! };
    a = await buildTestApp(database, { problems: testProblemRegistry(), env });
    // Analyses (and the feedback that follows them) run on a alone, so the tests know where.
    b = await buildTestApp(database, { problems: testProblemRegistry(), env: { ...env, RUN_JOBS: 'false' } });
    await seedTestProblems(database.db);
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    admin?.disconnect();
    await database?.dispose();
  });

  const get = (on: FastifyInstance, url: string, learner?: Session) => on.inject({ url, headers: learner?.auth });
  const statusOn = async (on: FastifyInstance, learner: Session, slug: string) => {
    const response = await get(on, '/api/problems?q=binary', learner);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as Array<{ slug: string; status: string }>).find((item) => item.slug === slug)?.status;
  };
  const submit = async (on: FastifyInstance, learner: Session) => {
    const response = await on.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: learner.auth,
      payload: { problem: 'binary-search', code: OFF_BY_ONE },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };

  it("shows a submission made through one replica in the other's problem list and dashboard at once", async () => {
    const learner = await signUp(a);
    // b has just cached both views for this learner.
    expect(await statusOn(b, learner, 'binary-search')).toBe('new');
    expect((await get(b, '/api/me/dashboard', learner)).json().attempts).toBe(0);

    await submit(a, learner);
    expect(await statusOn(b, learner, 'binary-search')).toBe('attempted');
    const dashboard = (await get(b, '/api/me/dashboard', learner)).json();
    expect(dashboard.attempts).toBe(1);
    expect(dashboard.recent.map((entry: { problem: string }) => entry.problem)).toEqual(['binary-search']);
  }, 60_000);

  it('refuses on every replica at once the tokens of an account deleted through one', async () => {
    const learner = await signUp(a);
    const other = await signUp(a);
    // b has just read both rows and would trust them for a few seconds.
    expect((await get(b, '/api/me/dashboard', learner)).statusCode).toBe(200);
    expect((await get(b, '/api/me/dashboard', other)).statusCode).toBe(200);

    expect((await a.inject({ method: 'DELETE', url: '/api/me', headers: learner.auth })).statusCode).toBe(204);
    for (const url of ['/api/me/dashboard', '/api/problems']) {
      const refused = await get(b, url, learner);
      expect(refused.statusCode, url).toBe(401);
      expect(refused.json().error.message).toMatch(/no longer exists/);
    }
    expect((await get(b, '/api/me/dashboard', other)).statusCode).toBe(200);
  });

  it("shows a seed made through one process in every replica's catalogue, lists and details alike", async () => {
    const [original] = await testProblemRegistry().all();
    const titleOn = async (on: FastifyInstance) =>
      (await get(on, `/api/problems?q=${original.slug}`)).json().items.find((item: { slug: string }) => item.slug === original.slug)?.title;
    // Both replicas keep the parsed catalogue in memory now.
    expect(await titleOn(a)).toBe(original.title);
    expect(await titleOn(b)).toBe(original.title);

    const retitled = { ...original, title: `${original.title} (revised)`, contentHash: `${original.contentHash}-revised` };
    try {
      expect((await seedProblems(database.db, [retitled])).updated).toEqual([original.slug]);
      await invalidateProblemCache(a.cache);
      expect(await titleOn(a)).toBe(retitled.title);
      expect((await get(b, `/api/problems/${original.slug}`)).json().title).toBe(retitled.title);
      await vi.waitFor(async () => expect(await titleOn(b)).toBe(retitled.title), { timeout: MESSAGE_DELAY_MS, interval: 20 });
    } finally {
      await seedProblems(database.db, [original]);
      await invalidateProblemCache(a.cache);
    }
  });

  it('replays the deepest hint stored, whichever replica went deeper', async () => {
    const learner = await signUp(a);
    const id = await submit(a, learner);
    const levelOf = async (on: FastifyInstance, deeper = false) => {
      const response = await on.inject({
        url: `/api/submissions/${id}/feedback${deeper ? '?deeper=true' : ''}`,
        headers: { ...learner.auth, accept: 'text/event-stream' },
      });
      expect(response.statusCode, response.body).toBe(200);
      const final = response.body.split('\n\n').find((frame) => frame.startsWith('event: final'))!;
      const level = (
        JSON.parse(
          final
            .split('\n')
            .find((line) => line.startsWith('data: '))!
            .slice(6),
        ) as { level: number }
      ).level;
      // The generating replica lets go of the submission just after its final event.
      await vi.waitFor(async () => expect(await admin.exists(`cm:feedback-claim:${id}`)).toBe(0), { timeout: 5000, interval: 20 });
      return level;
    };
    expect(await levelOf(a)).toBe(1); // generated (once analyzed) and remembered for a minute by a
    expect(await levelOf(b, true)).toBe(2); // one rung deeper, generated and stored by b
    expect(await levelOf(a)).toBe(2);
    expect(await levelOf(a, true)).toBe(3);
  }, 90_000);
});
