// Submissions interrupted by a crash are finished later: a row left pending is judged, stored
// with its verdict and counted once, even when two processes try to finish it.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { problems, submissions } from '../../api/src/db/schema.js';
import { submissionDeps } from '../../api/src/modules/submissions/routes.js';
import { ABANDONED_AFTER_MS, finishAbandonedSubmissions } from '../../api/src/modules/submissions/service.js';
import { buildTestApp, signUp } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';

const WRONG = 'def two_sum(nums, target):\n    return [0, 0]\n';

describe.each(testDatabases())('recovery of abandoned submissions on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await target.open();
    app = await buildTestApp(database, { problems: testProblemRegistry() });
    await seedTestProblems(database.db);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  async function abandon(userId: string, ageMs: number) {
    const [problem] = await database.db.select().from(problems).where(eq(problems.slug, 'two-sum'));
    const [row] = await database.db
      .insert(submissions)
      .values({ userId, problemId: problem.id, problemSlug: 'two-sum', code: WRONG, status: 'pending', createdAt: new Date(Date.now() - ageMs) })
      .returning();
    return row;
  }

  it('judges and stores a submission left pending by a dead process, once', async () => {
    const user = await signUp(app);
    const old = await abandon(user.userId, ABANDONED_AFTER_MS + 60_000);
    const recent = await abandon(user.userId, 1000);
    const deps = submissionDeps(app);
    const [first, second] = await Promise.all([finishAbandonedSubmissions(deps), finishAbandonedSubmissions(deps)]);
    expect(first.finished + second.finished).toBe(1);
    const [finished] = await database.db.select().from(submissions).where(eq(submissions.id, old.id));
    expect(finished).toMatchObject({ status: 'judged', verdict: 'wrong_answer' });
    // A recent pending row may still be in another process's hands: left alone.
    const [inFlight] = await database.db.select().from(submissions).where(eq(submissions.id, recent.id));
    expect(inFlight.status).toBe('pending');
    const shown = await app.inject({ url: `/api/submissions/${old.id}`, headers: user.auth });
    expect(shown.json()).toMatchObject({ verdict: 'wrong_answer', status: 'judged' });
  }, 120_000);
});
