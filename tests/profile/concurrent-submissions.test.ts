// 50 submissions of one user at once, through the real API: every count must come out exact.
// The judge replays the report of one real run (helpers.ts), so the 50 requests reach
// the verdict's transaction nearly together instead of queueing for Python, and really race
// on the profile rows.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import type { Judge } from '../../api/src/modules/judge/judge.js';
import { solvedProblems, submissions, users, weaknessPatterns } from '../../api/src/db/schema.js';
import { buildTestApp, type Session, signUp } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';
import { replayingJudge, storeFindingsNamedInCode } from './helpers.js';
import { CORRECT_BINARY_SEARCH as CORRECT } from '../helpers/binary-search.js';

// Accepted code that the test marks as showing off-by-one: half of the 50 carry the mark.
const MARKED = `# shows: off-by-one\n${CORRECT}`;
const SUBMISSIONS = 50;

describe.each(testDatabases())('50 concurrent submissions of one user on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;
  let learner: Session;
  let judge: Judge;

  beforeAll(async () => {
    database = await target.open();
    app = await buildTestApp(database, {
      problems: testProblemRegistry(),
      judge: (judge = replayingJudge()),
      env: { SUBMISSIONS_PER_HOUR: '1000', RATE_LIMIT_PER_MINUTE: '10000' },
    });
    await seedTestProblems(database.db);
    storeFindingsNamedInCode(app);
    // Feedback runs after the commit and is not what this test measures.
    app.submissionHooks.afterJudged = undefined;
    learner = await signUp(app);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await judge?.close();
    await database?.dispose();
  });

  it('leaves exact counts: no lost update', async () => {
    const responses = await Promise.all(
      Array.from({ length: SUBMISSIONS }, (_, i) =>
        app.inject({
          method: 'POST',
          url: '/api/submissions',
          headers: learner.auth,
          payload: { problem: 'binary-search', code: i % 2 === 0 ? MARKED : CORRECT },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(SUBMISSIONS).fill(201));
    expect(responses.every((r) => r.json().verdict === 'accepted')).toBe(true);

    const stored = await database.db.select().from(submissions).where(eq(submissions.userId, learner.userId));
    expect(stored).toHaveLength(SUBMISSIONS);
    const rows = new Map(
      (await database.db.select().from(weaknessPatterns).where(eq(weaknessPatterns.userId, learner.userId))).map((row) => [row.patternId, row]),
    );
    // binary-search targets off-by-one, missing-edge-case and suboptimal-complexity: each of the
    // 50 submissions is one observation of each, and mastery is written with its count, so a
    // lost read-modify-write would leave fewer than 50.
    expect(rows.get('off-by-one')).toMatchObject({ frequency: SUBMISSIONS / 2, observations: SUBMISSIONS, problemSlugs: ['binary-search'] });
    expect(rows.get('missing-edge-case')).toMatchObject({ frequency: 0, observations: SUBMISSIONS });
    expect(rows.get('suboptimal-complexity')).toMatchObject({ frequency: 0, observations: SUBMISSIONS });
    expect(rows.size).toBe(3);

    const [user] = await database.db.select().from(users).where(eq(users.id, learner.userId));
    expect(user).toMatchObject({ problemsSolved: 1, streakDays: 1 });
    expect(await database.db.select().from(solvedProblems).where(eq(solvedProblems.userId, learner.userId))).toHaveLength(1);

    const dashboard = (await app.inject({ url: '/api/me/dashboard', headers: learner.auth })).json();
    expect(dashboard).toMatchObject({ attempts: SUBMISSIONS, streak: 1, solved: { total: 1 } });
    expect(dashboard.patterns.find((p: { id: string }) => p.id === 'off-by-one')).toMatchObject({ count: SUBMISSIONS / 2, share: 1 });
  }, 120_000);
});
