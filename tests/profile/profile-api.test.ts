import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import type { Judge } from '../../api/src/modules/judge/judge.js';
import { submissions, users, weaknessPatterns } from '../../api/src/db/schema.js';
import { PATTERN_IDS } from '../../analyzer/src/index.js';
import { PROBLEMS_DIR } from '../../api/src/paths.js';
import { buildTestApp, type Session, signUp } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';
import { insertJudged, replayingJudge, storeFindingsNamedInCode } from './helpers.js';
import { CORRECT_BINARY_SEARCH as CORRECT, OFF_BY_ONE_BINARY_SEARCH } from '../helpers/binary-search.js';

const OFF_BY_ONE = `# shows: off-by-one\n${OFF_BY_ONE_BINARY_SEARCH}`;

describe.each(testDatabases())('the /api/me routes on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;
  let judge: Judge;

  beforeAll(async () => {
    database = await target.open();
    app = await buildTestApp(database, { problems: testProblemRegistry(), judge: (judge = replayingJudge()), env: { SUBMISSIONS_PER_HOUR: '1000' } });
    await seedTestProblems(database.db);
    storeFindingsNamedInCode(app);
    // Feedback (and the hint level it records) is another module's; without it the mastery
    // figures below are exact.
    app.submissionHooks.afterJudged = undefined;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await judge?.close();
    await database?.dispose();
  });

  const submit = (session: Session, code: string, problem = 'binary-search') =>
    app.inject({ method: 'POST', url: '/api/submissions', headers: session.auth, payload: { problem, code } });
  const get = async (session: Session, url: string) => {
    const response = await app.inject({ url, headers: session.auth });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('answers 401 on every route without a valid token', async () => {
    for (const [method, url] of [
      ['GET', '/api/me/dashboard'],
      ['GET', '/api/me/recommendations'],
      ['POST', '/api/me/recommendations/two-sum/feedback'],
      ['GET', '/api/me/export'],
      ['DELETE', '/api/me'],
    ] as const) {
      const response = await app.inject({ method, url, payload: method === 'POST' ? { helpful: true } : undefined });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.json().error.code).toBe('UNAUTHORIZED');
    }
  });

  it('shows a new learner an empty dashboard with all six patterns, none measured yet', async () => {
    const learner = await signUp(app);
    const dashboard = await get(learner, '/api/me/dashboard');
    expect(dashboard.solved).toEqual({ total: 0, byDifficulty: { easy: 0, medium: 0, hard: 0 }, byCategory: { arrays: 0, strings: 0, 'hash-maps': 0 } });
    expect(dashboard).toMatchObject({ attempts: 0, streak: 0, recent: [], helpfulness: { rated: 0, helpful: 0, rate: null, target: 0.7 } });
    expect(dashboard.patterns.map((p: { id: string }) => p.id).sort()).toEqual([...PATTERN_IDS].sort());
    for (const pattern of dashboard.patterns) {
      // Nothing in red before a line of code ran: no mastery, no level.
      expect(pattern).toMatchObject({ count: 0, share: 0, mastery: null, level: 'not-measured', lastOccurred: null, observations: 0 });
    }
    expect(dashboard.trend).toHaveLength(8);
    expect(Object.keys(dashboard.trend[0].counts).sort()).toEqual([...PATTERN_IDS].sort());
    expect(new Date(`${dashboard.trend[7].week}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it('gives a new learner a short diagnostic mix across the categories', async () => {
    const learner = await signUp(app);
    const { items } = await get(learner, '/api/me/recommendations');
    const catalogue = (await get(learner, '/api/problems?page=1')).items.concat((await get(learner, '/api/problems?page=2')).items);
    const categoryOf = (slug: string) => catalogue.find((p: { slug: string }) => p.slug === slug).category;
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(6);
    expect(new Set(items.map((item: { slug: string }) => categoryOf(item.slug)))).toEqual(new Set(['arrays', 'strings', 'hash-maps']));
    expect(new Set(items.flatMap((item: { targetPatterns: string[] }) => item.targetPatterns))).toEqual(new Set(PATTERN_IDS));
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['difficulty', 'reason', 'score', 'slug', 'targetPatterns', 'title']);
      expect(item.reason).toMatch(/^diagnostic: /);
    }
  });

  it('reflects judged submissions: solved, attempts, streak, patterns, trend and recent', async () => {
    const learner = await signUp(app);
    expect((await submit(learner, OFF_BY_ONE)).json().verdict).toBe('wrong_answer');
    expect((await submit(learner, CORRECT)).json().verdict).toBe('accepted');
    const dashboard = await get(learner, '/api/me/dashboard');
    expect(dashboard.solved).toMatchObject({ total: 1, byDifficulty: { easy: 1 }, byCategory: { arrays: 1 } });
    expect(dashboard).toMatchObject({ attempts: 2, streak: 1 });
    const offByOne = dashboard.patterns.find((p: { id: string }) => p.id === 'off-by-one');
    expect(offByOne).toMatchObject({ count: 1, share: 1, observations: 2 });
    expect(Date.parse(offByOne.lastOccurred)).toBeGreaterThan(Date.now() - 60_000);
    const edgeCases = dashboard.patterns.find((p: { id: string }) => p.id === 'missing-edge-case');
    // Two clean submissions are weak evidence (BKT's guess is high), but never a red weakness.
    expect(edgeCases).toMatchObject({ count: 0, observations: 2, mastery: 0.276, level: 'improving' });
    expect(dashboard.trend[7].counts['off-by-one']).toBe(1);
    expect(dashboard.recent.map((r: { verdict: string }) => r.verdict)).toEqual(['accepted', 'wrong_answer']);
    expect(dashboard.recent[1]).toMatchObject({ problem: 'binary-search', patterns: ['off-by-one'] });
  });

  it('takes nothing from code the judge could not call: a misnamed function changes no mastery', async () => {
    const learner = await signUp(app);
    const before = await get(learner, '/api/me/dashboard');
    const misnamed = CORRECT.replace(/def binary_search\b/, 'def binarysearch');
    expect(misnamed).not.toBe(CORRECT);
    const answer = (await submit(learner, misnamed)).json();
    expect(answer.verdict).toBe('runtime_error');
    expect(answer.tests[0].error.type).toBe('EntryPointNotFound');
    const after = await get(learner, '/api/me/dashboard');
    const masteries = (dashboard: { patterns: Array<{ id: string; mastery: number; observations: number }> }) =>
      dashboard.patterns.map((p) => [p.id, p.mastery, p.observations]);
    expect(masteries(after)).toEqual(masteries(before));
    expect(after.attempts).toBe(before.attempts + 1);
  });

  it('serves the dashboard from the cache and drops it on the next submission', async () => {
    const learner = await signUp(app);
    expect((await get(learner, '/api/me/dashboard')).attempts).toBe(0);
    // A row written behind the API's back is invisible while the cached copy lives...
    const [problem] = await database.db.select({ id: submissions.problemId }).from(submissions).limit(1);
    await insertJudged(database.db, learner.userId, { id: problem.id, slug: 'binary-search' });
    expect((await get(learner, '/api/me/dashboard')).attempts).toBe(0);
    // ...and the learner's next submission invalidates it.
    await submit(learner, CORRECT);
    expect((await get(learner, '/api/me/dashboard')).attempts).toBe(2);
  });

  it('ranks problems for the weakest pattern once the learner has a history, and explains why', async () => {
    const learner = await signUp(app);
    for (let i = 0; i < 3; i++) await submit(learner, OFF_BY_ONE);
    const { items } = await get(learner, '/api/me/recommendations?limit=5');
    expect(items).toHaveLength(5);
    expect(items[0].targetPatterns).toContain('off-by-one');
    expect(items[0].reason).toMatch(/^trains off-by-one, your weakest pattern: mastery 0\.\d\d/);
    expect(items.map((i: { slug: string }) => i.slug)).not.toContain('binary-search');
    expect(items.map((i: { score: number }) => i.score)).toEqual([...items.map((i: { score: number }) => i.score)].sort((a, b) => b - a));
  });

  it('after three clean solutions and five off-by-ones (three found), ranks off-by-one weakest and trains it first', async () => {
    const learner = await signUp(app);
    const solution = (slug: string) => readFileSync(path.join(PROBLEMS_DIR, slug, 'solution.py'), 'utf8');
    // Three clean solutions to problems that train off-by-one...
    for (const slug of ['best-time-to-buy-and-sell-stock', 'container-with-most-water', 'squares-of-a-sorted-array']) {
      expect((await submit(learner, solution(slug), slug)).json().verdict).toBe('accepted');
    }
    // ...then five with an off-by-one, of which the analyzer finds three.
    for (let i = 0; i < 5; i++) {
      const code = `${i < 3 ? '# shows: off-by-one\n' : ''}${OFF_BY_ONE_BINARY_SEARCH}\n_attempt = ${i}\n`;
      expect((await submit(learner, code)).json().verdict).toBe('wrong_answer');
    }
    const { patterns } = await get(learner, '/api/me/dashboard');
    const measured = patterns.filter((p: { mastery: number | null }) => p.mastery !== null);
    const weakest = [...measured].sort((a: { mastery: number }, b: { mastery: number }) => a.mastery - b.mastery)[0];
    expect(weakest).toMatchObject({ id: 'off-by-one', count: 3, observations: 8 });
    // Patterns these problems never target are not measured yet: nothing shows in red for them.
    for (const id of ['inefficient-loop', 'missing-validation', 'wrong-data-structure']) {
      expect(patterns.find((p: { id: string }) => p.id === id)).toMatchObject({ mastery: null, level: 'not-measured' });
    }
    // Red is kept for what the code has shown.
    for (const p of patterns.filter((p: { id: string }) => p.id !== 'off-by-one')) expect(p.level).not.toBe('critical');
    const { items } = await get(learner, '/api/me/recommendations?limit=3');
    expect(items[0].targetPatterns).toContain('off-by-one');
    expect(items[0].reason).toMatch(/^trains off-by-one, your weakest pattern/);
  });

  it('validates the limit', async () => {
    const learner = await signUp(app);
    expect((await app.inject({ url: '/api/me/recommendations?limit=0', headers: learner.auth })).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/me/recommendations?limit=51', headers: learner.auth })).statusCode).toBe(400);
    expect((await get(learner, '/api/me/recommendations?limit=2')).items).toHaveLength(2);
  });

  it('stores recommendation feedback, shows the rate on the dashboard and counts it in /metrics', async () => {
    const learner = await signUp(app);
    await get(learner, '/api/me/dashboard');
    const rate = (slug: string, payload: unknown) =>
      app.inject({ method: 'POST', url: `/api/me/recommendations/${slug}/feedback`, headers: learner.auth, payload: payload as object });
    expect((await rate('two-sum', { helpful: true })).statusCode).toBe(204);
    expect((await rate('binary-search', { helpful: true })).statusCode).toBe(204);
    expect((await rate('valid-anagram', { helpful: false })).statusCode).toBe(204);
    expect((await rate('no-such-problem', { helpful: true })).statusCode).toBe(404);
    expect((await rate('two-sum', {})).statusCode).toBe(400);
    expect((await rate('two-sum', { helpful: 'yes please' })).statusCode).toBe(400);
    expect((await get(learner, '/api/me/dashboard')).helpfulness).toEqual({ rated: 3, helpful: 2, rate: 0.667, target: 0.7 });
    const metrics = (await app.inject({ url: '/metrics' })).body;
    expect(metrics).toMatch(/recommendation_feedback_total\{helpful="true"\} [1-9]/);
    expect(metrics).toMatch(/recommendation_helpfulness_ratio 0\.\d+/);
  });

  it("exports all of the learner's data and none of their secrets", async () => {
    const learner = await signUp(app);
    await submit(learner, OFF_BY_ONE);
    await app.inject({ method: 'POST', url: '/api/me/recommendations/two-sum/feedback', headers: learner.auth, payload: { helpful: true } });
    const response = await app.inject({ url: '/api/me/export', headers: learner.auth });
    expect(response.statusCode).toBe(200);
    const data = response.json();
    expect(data.account).toMatchObject({ id: learner.userId, streakDays: 1 });
    expect(data.submissions).toHaveLength(1);
    expect(data.submissions[0]).toMatchObject({ problemSlug: 'binary-search', code: OFF_BY_ONE, verdict: 'wrong_answer' });
    expect(data.weaknessPatterns.map((p: { patternId: string }) => p.patternId)).toContain('off-by-one');
    expect(data.recommendationFeedback).toMatchObject([{ problemSlug: 'two-sum', helpful: true }]);
    expect(data).toHaveProperty('solvedProblems');
    expect(data).toHaveProperty('findingDisputes');
    const [stored] = await database.db.select().from(users).where(eq(users.id, learner.userId));
    expect(Object.keys(data.account)).not.toEqual(expect.arrayContaining(['passwordHash']));
    expect(Object.keys(data.account)).not.toEqual(expect.arrayContaining(['passwordSalt']));
    expect(response.body.includes(stored.passwordHash!), 'the password hash leaked').toBe(false);
    expect(response.body.includes(stored.passwordSalt!), 'the password salt leaked').toBe(false);
    expect(response.body.includes(learner.refreshToken), 'the refresh token leaked').toBe(false);
    expect(/tokenHash|passwordHash|passwordSalt/.test(response.body), 'a secret column leaked').toBe(false);
  });

  it('exports hidden tests as the learner sees them elsewhere: no channel out for their inputs', async () => {
    const learner = await signUp(app);
    // Keeps every input it is called with and hands all of them back, printed and returned.
    const collector = 'SEEN = []\ndef binary_search(nums, target):\n    SEEN.append([nums, target])\n    print(SEEN)\n    return SEEN\n';
    expect((await submit(learner, collector)).statusCode).toBe(201);
    const data = (await app.inject({ url: '/api/me/export', headers: learner.auth })).json();
    const tests = data.submissions[0].result.tests as { hidden: boolean; status: string; actual?: unknown; stdout?: string }[];
    const hidden = tests.filter((t) => t.hidden);
    expect(hidden.length).toBeGreaterThan(1);
    expect(hidden.every((t) => t.stdout === undefined)).toBe(true);
    const firstFailing = tests.find((t) => t.status !== 'passed' && t.status !== 'skipped');
    for (const test of hidden) if (test !== firstFailing) expect(test.actual).toBeUndefined();
  });

  it('deletes the account with all of its data, and its tokens stop working', async () => {
    const learner = await signUp(app);
    const other = await signUp(app);
    await submit(learner, OFF_BY_ONE);
    await submit(other, OFF_BY_ONE);
    const response = await app.inject({ method: 'DELETE', url: '/api/me', headers: learner.auth });
    expect(response.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/me/dashboard', headers: learner.auth })).statusCode).toBe(401);
    const refresh = await app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken: learner.refreshToken } });
    expect(refresh.statusCode).toBe(401);
    expect(await database.db.select().from(users).where(eq(users.id, learner.userId))).toEqual([]);
    expect(await database.db.select().from(submissions).where(eq(submissions.userId, learner.userId))).toEqual([]);
    expect(await database.db.select().from(weaknessPatterns).where(eq(weaknessPatterns.userId, learner.userId))).toEqual([]);
    expect((await get(other, '/api/me/dashboard')).attempts).toBe(1);
  });
});
