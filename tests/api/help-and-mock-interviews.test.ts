// Help before and after solving, and the mock interview, through the API on the real judge:
// the hint ladder opens rung by rung and is remembered; the solution opens once solved, or on a
// confirmed request that is recorded and weakens the evidence of a later solve; a mock interview
// picks two problems from the queue, refuses help on them while it runs, and leaves a report
// that the list and the data export keep.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { mockInterviews, problemHelp } from '../../api/src/db/schema.js';
import { runningInterview } from '../../api/src/modules/mock-interviews/index.js';
import { TIME_CLASSES } from '../../analyzer/src/index.js';
import { PROBLEMS_DIR } from '../../api/src/paths.js';
import { buildTestApp, type Session, signUp } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';

const referenceSolution = (slug: string) => readFileSync(path.join(PROBLEMS_DIR, slug, 'solution.py'), 'utf8');
const starterCode = (slug: string) => readFileSync(path.join(PROBLEMS_DIR, slug, 'starter.py'), 'utf8');

describe.each(testDatabases())('help and mock interviews on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await target.open();
    app = await buildTestApp(database, { problems: testProblemRegistry(), env: { SUBMISSIONS_PER_HOUR: '1000' } });
    await seedTestProblems(database.db);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  const call = (session: Session | null, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: session?.auth, payload: payload as Record<string, unknown> | undefined });

  /** Submits and waits until the findings (and so the profile update) are final. */
  async function submitAndSettle(session: Session, problem: string, code: string) {
    const created = await call(session, 'POST', '/api/submissions', { problem, code });
    expect(created.statusCode, created.body).toBe(201);
    let body = created.json();
    for (let i = 0; i < 600 && body.analysis?.status === 'pending'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      body = (await call(session, 'GET', `/api/submissions/${body.id}`)).json();
    }
    expect(body.analysis?.status).not.toBe('pending');
    return body;
  }

  it('answers 401 without a token', async () => {
    for (const [method, url, body] of [
      ['GET', '/api/problems/two-sum/hints'],
      ['POST', '/api/problems/two-sum/hints', { rung: 1 }],
      ['GET', '/api/problems/two-sum/solution'],
      ['POST', '/api/problems/two-sum/solution/reveal', { confirm: true }],
      ['POST', '/api/mock-interviews', {}],
      ['GET', '/api/mock-interviews'],
      ['GET', '/api/mock-interviews/running'],
    ] as const) {
      expect((await call(null, method, url, body)).statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('opens the hint ladder rung by rung before any submission, and remembers it', async () => {
    const learner = await signUp(app);
    const problem = (await call(learner, 'GET', '/api/problems/two-sum')).json();
    expect(problem.hintCount).toBeGreaterThanOrEqual(2);
    expect((await call(learner, 'GET', '/api/problems/two-sum/hints')).json()).toEqual({ hints: [], total: problem.hintCount });

    const first = (await call(learner, 'POST', '/api/problems/two-sum/hints', { rung: 1 })).json();
    expect(first.hints).toHaveLength(1);
    const second = (await call(learner, 'POST', '/api/problems/two-sum/hints', { rung: 2 })).json();
    expect(second.hints).toHaveLength(2);
    expect(second.hints[0]).toBe(first.hints[0]);
    expect(second.hints[1]).not.toBe(second.hints[0]);
    // Asking for an open rung again records nothing new.
    expect((await call(learner, 'POST', '/api/problems/two-sum/hints', { rung: 1 })).json().hints).toHaveLength(2);
    expect((await call(learner, 'GET', '/api/problems/two-sum/hints')).json().hints).toEqual(second.hints);

    const rows = await database.db.select().from(problemHelp).where(eq(problemHelp.userId, learner.userId));
    expect(rows.map((row) => [row.kind, row.rung])).toEqual([
      ['hint', 1],
      ['hint', 2],
    ]);

    const pastTheLadder = await call(learner, 'POST', '/api/problems/two-sum/hints', { rung: problem.hintCount + 1 });
    expect(pastTheLadder.statusCode).toBe(400);
    expect(pastTheLadder.json().error.message).toContain(`has ${problem.hintCount} hints`);
    expect((await call(learner, 'POST', '/api/problems/no-such-problem/hints', { rung: 1 })).statusCode).toBe(404);
  });

  it('keeps the solution closed until solved or asked for with a confirmation, which is recorded', async () => {
    const learner = await signUp(app);
    const locked = await call(learner, 'GET', '/api/problems/two-sum/solution');
    expect(locked.statusCode).toBe(200);
    expect(locked.json()).toEqual({ solution: null });
    expect((await call(learner, 'POST', '/api/problems/two-sum/solution/reveal', {})).statusCode).toBe(400);
    expect((await call(learner, 'POST', '/api/problems/two-sum/solution/reveal', { confirm: false })).statusCode).toBe(400);

    const revealed = await call(learner, 'POST', '/api/problems/two-sum/solution/reveal', { confirm: true });
    expect(revealed.statusCode, revealed.body).toBe(200);
    expect(revealed.json()).toMatchObject({ code: referenceSolution('two-sum'), time: 'O(n)', unlockedBy: 'revealed' });
    expect(revealed.json().explanation).toMatch(/\*\*Time:\*\* O\(n\)/);
    expect((await call(learner, 'GET', '/api/problems/two-sum/solution')).json().solution.unlockedBy).toBe('revealed');
    const rows = await database.db
      .select()
      .from(problemHelp)
      .where(and(eq(problemHelp.userId, learner.userId), eq(problemHelp.kind, 'solution')));
    expect(rows).toHaveLength(1);
  });

  it('opens the solution after an accepted submission, without recording help', async () => {
    const learner = await signUp(app);
    const judged = await submitAndSettle(learner, 'two-sum', referenceSolution('two-sum'));
    expect(judged.verdict).toBe('accepted');
    const solution = await call(learner, 'GET', '/api/problems/two-sum/solution');
    expect(solution.statusCode, solution.body).toBe(200);
    expect(solution.json().solution).toMatchObject({ unlockedBy: 'accepted', space: expect.stringMatching(/^O\(/) });
    expect(await database.db.select().from(problemHelp).where(eq(problemHelp.userId, learner.userId))).toEqual([]);
  });

  it('counts a solve after seeing the solution as weaker evidence than one without help', async () => {
    const masteryAfterSolve = async (seeSolutionFirst: boolean) => {
      const learner = await signUp(app);
      if (seeSolutionFirst) await call(learner, 'POST', '/api/problems/binary-search/solution/reveal', { confirm: true });
      expect((await submitAndSettle(learner, 'binary-search', referenceSolution('binary-search'))).verdict).toBe('accepted');
      const dashboard = (await call(learner, 'GET', '/api/me/dashboard')).json();
      return dashboard.patterns.find((p: { id: string }) => p.id === 'off-by-one').mastery as number;
    };
    const unaided = await masteryAfterSolve(false);
    const helped = await masteryAfterSolve(true);
    expect(unaided).toBeGreaterThan(helped);
    expect(helped).toBeGreaterThan(0);
  });

  it('runs a mock interview on two queue problems without help, and keeps its report', async () => {
    const learner = await signUp(app);
    expect((await call(learner, 'GET', '/api/mock-interviews/running')).json()).toEqual({ interview: null });
    expect((await call(learner, 'POST', '/api/mock-interviews', { durationMinutes: 2 })).statusCode).toBe(400);

    const started = await call(learner, 'POST', '/api/mock-interviews', {});
    expect(started.statusCode, started.body).toBe(201);
    const interview = started.json();
    expect(interview).toMatchObject({ status: 'running', durationMinutes: 45, finishedAt: null, report: null });
    expect(new Date(interview.endsAt).getTime() - new Date(interview.startedAt).getTime()).toBe(45 * 60_000);
    expect(interview.problems).toHaveLength(2);
    const queue = (await call(learner, 'GET', '/api/me/recommendations?limit=2')).json().items.map((p: { slug: string }) => p.slug);
    expect(interview.problems.map((p: { slug: string }) => p.slug)).toEqual(queue);

    const again = await call(learner, 'POST', '/api/mock-interviews', {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('MOCK_INTERVIEW_RUNNING');
    expect((await call(learner, 'GET', '/api/mock-interviews/running')).json().interview.id).toBe(interview.id);

    const [solved, unsolved] = interview.problems.map((p: { slug: string }) => p.slug);
    for (const refused of [
      await call(learner, 'POST', `/api/problems/${solved}/hints`, { rung: 1 }),
      await call(learner, 'POST', `/api/problems/${unsolved}/solution/reveal`, { confirm: true }),
    ]) {
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('MOCK_INTERVIEW_RUNNING');
    }
    const otherProblem = ['two-sum', 'binary-search', 'contains-duplicate'].find((slug) => slug !== solved && slug !== unsolved)!;
    expect((await call(learner, 'POST', `/api/problems/${otherProblem}/hints`, { rung: 1 })).statusCode).toBe(200);

    const attempt = await submitAndSettle(learner, unsolved, starterCode(unsolved));
    // The feedback's deeper rungs are hints too.
    const deeper = await call(learner, 'GET', `/api/submissions/${attempt.id}/feedback?deeper=true`);
    expect(deeper.statusCode).toBe(403);
    expect(deeper.json().error.code).toBe('MOCK_INTERVIEW_RUNNING');
    expect((await submitAndSettle(learner, solved, referenceSolution(solved))).verdict).toBe('accepted');
    // Solving during the interview opens the solution as usual, but not while it runs.
    expect((await call(learner, 'GET', `/api/problems/${solved}/solution`)).statusCode).toBe(403);

    const finished = await call(learner, 'POST', `/api/mock-interviews/${interview.id}/finish`);
    expect(finished.statusCode, finished.body).toBe(200);
    const { report } = finished.json();
    expect(finished.json().status).toBe('finished');
    expect(report).toMatchObject({ solved: 1, total: 2 });
    expect(report.problems.map((p: { slug: string }) => p.slug)).toEqual([solved, unsolved]);
    expect(report.problems[0]).toMatchObject({ solved: true, attempts: 1 });
    expect(report.problems[1]).toMatchObject({ solved: false, attempts: 1 });
    for (const row of report.problems) {
      expect(row.minutes).toBeGreaterThanOrEqual(0);
      expect(row.minutes).toBeLessThan(45);
      expect(TIME_CLASSES).toContain(row.optimal);
    }
    expect(TIME_CLASSES).toContain(report.problems[0].timeClass);
    expect((await call(learner, 'GET', `/api/problems/${solved}/solution`)).json().solution.unlockedBy).toBe('accepted');

    // Ending it twice changes nothing; the list and the export keep the report.
    expect((await call(learner, 'POST', `/api/mock-interviews/${interview.id}/finish`)).json().report).toEqual(report);
    const listed = (await call(learner, 'GET', '/api/mock-interviews')).json().items;
    expect(listed.map((i: { id: string }) => i.id)).toEqual([interview.id]);
    const exported = (await call(learner, 'GET', '/api/me/export')).json();
    expect(exported.mockInterviews).toHaveLength(1);
    expect(exported.mockInterviews[0].report).toEqual(report);

    // Nobody else sees it.
    const stranger = await signUp(app);
    expect((await call(stranger, 'GET', `/api/mock-interviews/${interview.id}`)).statusCode).toBe(404);
    expect((await call(stranger, 'POST', `/api/mock-interviews/${interview.id}/finish`)).statusCode).toBe(404);
  });

  it('closes an interview whose time ran out at its end time, on the next read', async () => {
    const learner = await signUp(app);
    const interview = (await call(learner, 'POST', '/api/mock-interviews', { durationMinutes: 5 })).json();
    const later = new Date(new Date(interview.endsAt).getTime() + 60_000);
    expect(await runningInterview({ db: app.db, cache: app.cache }, learner.userId, later)).toBeNull();
    const [row] = await database.db.select().from(mockInterviews).where(eq(mockInterviews.id, interview.id));
    expect(row.finishedAt?.toISOString()).toBe(interview.endsAt);
    expect(row.report).toMatchObject({ solved: 0, total: 2 });
    // Its problems take help again, and a new interview may start.
    expect((await call(learner, 'POST', `/api/problems/${interview.problems[0].slug}/hints`, { rung: 1 })).statusCode).toBe(200);
    expect((await call(learner, 'POST', '/api/mock-interviews', { durationMinutes: 5 })).statusCode).toBe(201);
  });
});
