// POST /api/submissions with an Idempotency-Key: a client retry never creates a second
// submission, whether the first attempt finished, is still running, or failed with a 503.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { submissions } from '../../api/src/db/schema.js';
import { AppError } from '../../api/src/errors.js';
import { createJudge, type Judge } from '../../api/src/modules/judge/judge.js';
import { buildTestApp, type Session, signUp } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';
import { CORRECT_BINARY_SEARCH as CORRECT, OFF_BY_ONE_BINARY_SEARCH as OFF_BY_ONE } from '../helpers/binary-search.js';

/** The real judge, but the next `failures` verdicts fail as a saturated judge would (503). */
function flakyJudge(): Judge & { failNext(count: number): void } {
  const real = createJudge({ pythonBin: process.env.PYTHON_BIN ?? 'python3', concurrency: 2 });
  let failures = 0;
  return {
    ...real,
    executor: real.executor,
    failNext: (count) => void (failures = count),
    judge: (request) => {
      if (failures > 0 && request.scope === 'all') {
        failures--;
        return Promise.reject(new AppError(503, 'JUDGE_BUSY', 'the judge is busy', undefined, 1));
      }
      return real.judge(request);
    },
  };
}

describe.each(testDatabases())('Idempotency-Key on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;
  const judge = flakyJudge();

  beforeAll(async () => {
    database = await target.open();
    app = await buildTestApp(database, { problems: testProblemRegistry(), judge, env: { SUBMISSIONS_PER_HOUR: '1000' } });
    await seedTestProblems(database.db);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await judge.close();
    await database?.dispose();
  });

  const submit = (session: Session, code: string, key?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: { ...session.auth, ...(key ? { 'idempotency-key': key } : {}) },
      payload: { problem: 'binary-search', code },
    });
  const rowsOf = (userId: string) => database.db.select().from(submissions).where(eq(submissions.userId, userId));

  it('answers a retry with the submission the first attempt made, judged once', async () => {
    const learner = await signUp(app);
    const first = await submit(learner, CORRECT, 'attempt-1');
    expect(first.statusCode).toBe(201);
    const again = await submit(learner, CORRECT, 'attempt-1');
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toMatchObject({ id: first.json().id, verdict: 'accepted' });
    expect(await rowsOf(learner.userId)).toHaveLength(1);
    // Without a key, or with another one, a submission is a new one.
    expect((await submit(learner, CORRECT, 'attempt-2')).statusCode).toBe(201);
    expect((await submit(learner, CORRECT)).statusCode).toBe(201);
    expect(await rowsOf(learner.userId)).toHaveLength(3);
  }, 60_000);

  it('keeps keys per user: the same key from two learners makes two submissions', async () => {
    const [a, b] = [await signUp(app), await signUp(app)];
    expect((await submit(a, CORRECT, 'shared-key')).statusCode).toBe(201);
    expect((await submit(b, CORRECT, 'shared-key')).statusCode).toBe(201);
  }, 60_000);

  it('refuses the same key with different code (422), storing nothing new', async () => {
    const learner = await signUp(app);
    expect((await submit(learner, CORRECT, 'k')).statusCode).toBe(201);
    const reused = await submit(learner, OFF_BY_ONE, 'k');
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await rowsOf(learner.userId)).toHaveLength(1);
  }, 60_000);

  it('lets a retry after a 503 judge the submission, once', async () => {
    const learner = await signUp(app);
    judge.failNext(1);
    const failed = await submit(learner, CORRECT, 'after-503');
    expect(failed.statusCode).toBe(503);
    expect(await rowsOf(learner.userId)).toHaveLength(0);
    const retried = await submit(learner, CORRECT, 'after-503');
    expect(retried.statusCode).toBe(201);
    expect(retried.json().verdict).toBe('accepted');
    expect(await rowsOf(learner.userId)).toHaveLength(1);
  }, 60_000);

  it('makes one submission of two concurrent requests with the same key', async () => {
    const learner = await signUp(app);
    const answers = await Promise.all([submit(learner, CORRECT, 'twice'), submit(learner, CORRECT, 'twice')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(await rowsOf(learner.userId)).toHaveLength(1);
  }, 60_000);

  it('refuses a malformed key with 400', async () => {
    const learner = await signUp(app);
    expect((await submit(learner, CORRECT, 'has spaces in it')).statusCode).toBe(400);
    expect((await submit(learner, CORRECT, 'x'.repeat(256))).statusCode).toBe(400);
  });
});
