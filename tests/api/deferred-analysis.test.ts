// The answer carries the verdict; the findings are completed in the background (mutant matching,
// growth runs) and only then counted in the profile and explained by feedback. What a stopped
// process leaves unanalyzed is finished by the recovery, once.
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { submissions, users, weaknessPatterns } from '../../api/src/db/schema.js';
import { submissionDeps } from '../../api/src/modules/submissions/routes.js';
import { finishAbandonedSubmissions, UNANALYZED_AFTER_MS } from '../../api/src/modules/submissions/service.js';
import { buildTestApp, type Session, signUp } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';
import { CORRECT_BINARY_SEARCH as CORRECT, OFF_BY_ONE_BINARY_SEARCH as OFF_BY_ONE } from '../helpers/binary-search.js';

describe.each(testDatabases())('analysis after the answer on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await target.open();
    app = await buildTestApp(database, { problems: testProblemRegistry(), env: { SUBMISSIONS_PER_HOUR: '1000' } });
    await seedTestProblems(database.db);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  const submit = (on: FastifyInstance, session: Session, code: string) =>
    on.inject({ method: 'POST', url: '/api/submissions', headers: session.auth, payload: { problem: 'binary-search', code } });
  const patternRows = (userId: string) => database.db.select().from(weaknessPatterns).where(eq(weaknessPatterns.userId, userId));
  const row = async (id: string) => (await database.db.select().from(submissions).where(eq(submissions.id, id)))[0];
  const findingIds = (patterns: Array<{ id: string }>) => patterns.map((p) => p.id).sort();

  it('answers with the verdict, then completes the findings, the profile and the feedback', async () => {
    const learner = await signUp(app);
    const answer = await submit(app, learner, OFF_BY_ONE);
    expect(answer.statusCode).toBe(201);
    const body = answer.json();
    expect(body).toMatchObject({ verdict: 'wrong_answer', status: 'judged', analysis: { status: 'pending' }, feedback: { status: 'pending' } });
    // Counted in the profile only once the findings are final.
    expect(await patternRows(learner.userId)).toEqual([]);

    await app.analysisBacklog.idle();
    const shown = (await app.inject({ url: `/api/submissions/${body.id}`, headers: learner.auth })).json();
    expect(shown.analysis).toEqual({ status: 'complete' });
    const offByOne = shown.patterns.find((p: { id: string }) => p.id === 'off-by-one');
    // Evidence only the background runs give: a variant of the learner's code, or a mutant.
    expect(offByOne?.evidence.some((e: string) => e.startsWith('variant:') || e.startsWith('mutant:'))).toBe(true);
    const stored = await row(body.id);
    expect(stored.analyzedAt).toBeInstanceOf(Date);
    expect(findingIds(stored.patterns as Array<{ id: string }>)).toEqual(findingIds(shown.patterns));
    const rows = await patternRows(learner.userId);
    expect(rows.find((r) => r.patternId === 'off-by-one')).toMatchObject({ frequency: 1, observations: 1 });
    expect(rows.every((r) => r.observations === 1)).toBe(true);
  }, 60_000);

  it('counts a solved problem and the streak with the verdict, before the analysis ends, and once', async () => {
    const learner = await signUp(app);
    const body = (await submit(app, learner, CORRECT)).json();
    expect(body).toMatchObject({ verdict: 'accepted', analysis: { status: 'pending' } });
    const account = async () => (await database.db.select().from(users).where(eq(users.id, learner.userId)))[0];
    const dashboard = async () => (await app.inject({ url: '/api/me/dashboard', headers: learner.auth })).json();
    expect(await account()).toMatchObject({ problemsSolved: 1, streakDays: 1 });
    expect(await dashboard()).toMatchObject({ streak: 1, solved: { total: 1 } });
    await app.analysisBacklog.idle();
    expect(await account()).toMatchObject({ problemsSolved: 1, streakDays: 1 });
    expect((await patternRows(learner.userId)).length).toBeGreaterThan(0);
  }, 60_000);

  it('streams feedback opened before the analysis ends, once the findings are final', async () => {
    const learner = await signUp(app);
    const body = (await submit(app, learner, OFF_BY_ONE)).json();
    expect(body.analysis.status).toBe('pending');
    const stream = await app.inject({ url: `/api/submissions/${body.id}/feedback`, headers: { ...learner.auth, accept: 'text/event-stream' } });
    expect(stream.statusCode).toBe(200);
    expect(stream.body).toContain('event: final');
    expect((await row(body.id)).analyzedAt).toBeInstanceOf(Date);
  }, 60_000);

  it('drops analyses in progress at shutdown, and the recovery of a live process finishes them once', async () => {
    const stopping = await buildTestApp(database, { problems: testProblemRegistry(), env: { SUBMISSIONS_PER_HOUR: '1000' } });
    const learner = await signUp(stopping);
    const body = (await submit(stopping, learner, OFF_BY_ONE)).json();
    await stopping.close(); // while its background analysis runs
    const left = await row(body.id);
    expect(left).toMatchObject({ status: 'judged', verdict: 'wrong_answer', analyzedAt: null, feedback: null });
    expect(await patternRows(learner.userId)).toEqual([]);

    // Too recent: another process may still be working on it.
    expect((await finishAbandonedSubmissions(submissionDeps(app))).analyzed).toBe(0);
    await database.db
      .update(submissions)
      .set({ createdAt: new Date(Date.now() - UNANALYZED_AFTER_MS - 5000) })
      .where(eq(submissions.id, body.id));
    const deps = submissionDeps(app);
    const [first, second] = await Promise.all([finishAbandonedSubmissions(deps), finishAbandonedSubmissions(deps)]);
    expect(first.analyzed + second.analyzed).toBe(1);
    expect((await row(body.id)).analyzedAt).toBeInstanceOf(Date);
    const rows = await patternRows(learner.userId);
    expect(rows.find((r) => r.patternId === 'off-by-one')).toMatchObject({ frequency: 1, observations: 1 });

    // Feedback follows the completed analysis.
    const deadline = Date.now() + 20_000;
    while (!(await row(body.id)).feedback && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await row(body.id)).feedback).toMatchObject({ source: 'rules' });
    const unanalyzed = await database.db
      .select({ id: submissions.id })
      .from(submissions)
      .where(and(eq(submissions.userId, learner.userId), eq(submissions.status, 'judged')));
    expect(unanalyzed).toHaveLength(1);
  }, 90_000);
});
