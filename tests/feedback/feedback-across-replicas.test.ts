// Two replicas of the app on one database and one Redis: a feedback stream opened on either
// follows the one generation that runs (on whichever replica claimed it), so a learner whose
// requests land on different replicas sees the same explanation, and the model is asked once.
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { buildTestApp, signUp } from '../helpers/app.js';
import { requireServiceInCi, testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';
import { type FakeOpenAI, startFakeOpenAI } from './fake-openai-server.js';
import { OFF_BY_ONE_BINARY_SEARCH as OFF_BY_ONE } from '../helpers/binary-search.js';

const ANSWER = 'Look at the bound on line 3: which index does the search look at last? Is the final element ever compared?';

requireServiceInCi('TEST_REDIS_URL');
// A Redis database of this file's own, emptied first: the replicas cache rows of this test's
// fresh PostgreSQL database (problem ids), which must not meet another file's.
const REDIS_DB = 7;
const redisUrl = process.env.TEST_REDIS_URL ? `${process.env.TEST_REDIS_URL.replace(/\/\d*$/, '')}/${REDIS_DB}` : undefined;

function finalText(body: string): string | null {
  const frame = body.split('\n\n').find((f) => f.startsWith('event: final'));
  if (!frame) return null;
  return (
    JSON.parse(
      frame
        .split('\n')
        .find((l) => l.startsWith('data: '))!
        .slice(6),
    ) as { text: string }
  ).text;
}

const tokensOf = (body: string) => body.split('\n\n').filter((f) => f.startsWith('event: token')).length;

describe.skipIf(!redisUrl)('feedback across replicas', () => {
  const [target] = testDatabases().slice(-1); // PostgreSQL when there is one
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let fake: FakeOpenAI;
  let replicas: FastifyInstance[];

  beforeAll(async () => {
    const admin = new Redis(redisUrl!);
    await admin.flushdb();
    admin.disconnect();
    database = await target.open();
    fake = await startFakeOpenAI(() => ({ kind: 'reply', text: ANSWER, pieceDelayMs: 40 }));
    const env = { SUBMISSIONS_PER_HOUR: '1000', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, REDIS_URL: redisUrl! };
    replicas = [];
    for (let i = 0; i < 2; i++) replicas.push(await buildTestApp(database, { problems: testProblemRegistry(), env }));
    await seedTestProblems(database.db);
  }, 120_000);
  afterAll(async () => {
    for (const app of replicas ?? []) await app.close();
    await fake?.close();
    await database?.dispose();
  });

  it('streams the same feedback on both replicas from one model call, opened before the analysis ends', async () => {
    const [a, b] = replicas;
    const learner = await signUp(a);
    const submitted = await a.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: learner.auth,
      payload: { problem: 'binary-search', code: OFF_BY_ONE },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { id, analysis } = submitted.json();
    expect(analysis.status).toBe('pending'); // replica a analyzes in the background
    const stream = (app: FastifyInstance) => app.inject({ url: `/api/submissions/${id}/feedback`, headers: { ...learner.auth, accept: 'text/event-stream' } });
    // b learns of the end of the analysis through Redis (or the database), then follows a.
    const [onA, onB] = await Promise.all([stream(a), stream(b)]);
    expect(onA.statusCode).toBe(200);
    expect(onB.statusCode).toBe(200);
    expect(finalText(onA.body)).toBe(ANSWER);
    expect(finalText(onB.body)).toBe(ANSWER);
    expect(tokensOf(onB.body)).toBeGreaterThan(1); // live tokens, not only the stored text
    expect(fake.requests).toHaveLength(1);
    // Stored once; a later stream on either replica replays it without another model call.
    expect(finalText((await stream(b)).body)).toBe(ANSWER);
    expect(fake.requests).toHaveLength(1);
  }, 90_000);

  it('takes over a generation whose replica died with the claim, once the claim lapses', async () => {
    const [a, b] = replicas;
    const learner = await signUp(a);
    const submitted = await a.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: learner.auth,
      payload: { problem: 'binary-search', code: OFF_BY_ONE },
    });
    const { id } = submitted.json();
    // A replica that claimed this feedback and died: its claim lapses in 2 s, and nothing comes.
    const admin = new Redis(redisUrl!);
    await admin.set(`cm:feedback-claim:${id}`, 'a-replica-that-died', 'EX', 2);
    admin.disconnect();
    const before = fake.requests.length;
    const started = Date.now();
    const onB = await b.inject({ url: `/api/submissions/${id}/feedback`, headers: { ...learner.auth, accept: 'text/event-stream' } });
    expect(finalText(onB.body)).toBe(ANSWER);
    expect(Date.now() - started).toBeLessThan(30_000);
    // One generation at most (the model's answer to the same code may come from its cache).
    expect(fake.requests.length - before).toBeLessThanOrEqual(1);
    // Stored, so every replica replays it.
    const shown = (await a.inject({ url: `/api/submissions/${id}`, headers: learner.auth })).json();
    expect(shown.feedback.text).toBe(ANSWER);
  }, 90_000);
});
