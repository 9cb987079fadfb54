import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { buildTestApp, type Session, signUp } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';
import { CORRECT_BINARY_SEARCH as CORRECT, OFF_BY_ONE_BINARY_SEARCH as OFF_BY_ONE } from '../helpers/binary-search.js';

describe.each(testDatabases())('judging through the API on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;
  let alice: Session;
  let bob: Session;

  beforeAll(async () => {
    database = await target.open();
    app = await buildTestApp(database, { problems: testProblemRegistry(), env: { SUBMISSIONS_PER_HOUR: '1000' } });
    await seedTestProblems(database.db);
    alice = await signUp(app);
    bob = await signUp(app);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  const submit = (session: Session, code: string, problem = 'binary-search') =>
    app.inject({ method: 'POST', url: '/api/submissions', headers: session.auth, payload: { problem, code, language: 'python' } });

  it('runs the public tests only and records nothing', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/run', headers: alice.auth, payload: { problem: 'binary-search', code: CORRECT } });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.verdict).toBe('accepted');
    expect(body.tests.every((test: { hidden: boolean }) => !test.hidden)).toBe(true);
    const list = (await app.inject({ url: '/api/submissions', headers: alice.auth })).json();
    expect(list.total).toBe(0);
  });

  it("runs the learner's own inputs, typed as the statement shows them, with the expected answers and what was printed", async () => {
    const printing = `def two_sum(nums, target):\n    print("looking for", target)\n    for i in range(len(nums)):\n        for j in range(i + 1, len(nums) - 1):\n            if nums[i] + nums[j] == target:\n                return [i, j]\n    return []\n`;
    const run = (inputs: unknown) =>
      app.inject({ method: 'POST', url: '/api/run', headers: alice.auth, payload: { problem: 'two-sum', code: printing, inputs } });
    const response = await run(['nums = [2, 7, 11, 15], target = 9', '[1, 5, 3], 8']);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.tests.map((t: { id: string }) => t.id)).toEqual(['yours-1', 'yours-2']);
    expect(body.tests[0]).toMatchObject({ status: 'passed', input: [[2, 7, 11, 15], 9], expected: [0, 1], stdout: 'looking for 9\n' });
    // The inner loop stops one short: the pair that uses the last element is never tried.
    expect(body.tests[1]).toMatchObject({ status: 'failed', input: [[1, 5, 3], 8], expected: [1, 2], actual: [] });
    expect(body.verdict).toBe('wrong_answer');

    const refused = async (inputs: unknown, message: RegExp) => {
      const answer = await run(inputs);
      expect(answer.statusCode, answer.body).toBe(400);
      expect(answer.json().error.message).toMatch(message);
    };
    await refused(['[1, 2'], /^input 1: expected `,` or `]` at character 6/);
    await refused(['nums = [1, 2], k = 3'], /^input 1: `k` is not a parameter; the parameters are nums, target/);
    await refused(['[1, 2]'], /^input 1: expected 2 values \(nums, target\), got 1/);
    await refused(['[3, 3], 6', '__import__("os")'], /^input 2: expected a number, a string/);
    await refused(['[1, 2], 100'], /^input 1 is outside what the statement allows/);
    expect((await run([])).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/submissions', headers: alice.auth })).json().total).toBe(0);
  });

  it('stores an accepted submission and shows it to its author', async () => {
    const response = await submit(alice, CORRECT);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ problem: 'binary-search', verdict: 'accepted', status: 'judged' });
    expect(body.passed).toBe(body.total);
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    const again = await app.inject({ url: `/api/submissions/${body.id}`, headers: alice.auth });
    expect(again.statusCode).toBe(200);
    expect(again.json().verdict).toBe('accepted');
    // Each public test's peak memory, stored and read back beside its time.
    for (const test of again.json().tests.filter((t: { hidden: boolean }) => !t.hidden)) expect(Number.isInteger(test.memory_kb), test.id).toBe(true);
  });

  it('gives the author the code they submitted when reading one submission back', async () => {
    const { id } = (await submit(alice, OFF_BY_ONE)).json();
    const shown = await app.inject({ url: `/api/submissions/${id}`, headers: alice.auth });
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ id, verdict: 'wrong_answer', code: OFF_BY_ONE });
    expect((await app.inject({ url: `/api/submissions/${id}`, headers: bob.auth })).statusCode).toBe(404);
  });

  it('redacts hidden tests except the first failing one', async () => {
    const body = (await submit(alice, OFF_BY_ONE)).json();
    expect(body.verdict).toBe('wrong_answer');
    const firstFailing = body.tests.find((test: { status: string }) => test.status !== 'passed');
    expect(firstFailing).toHaveProperty('input');
    expect(firstFailing).toHaveProperty('expected');
    expect(firstFailing).toHaveProperty('actual');
    for (const test of body.tests) {
      if (test.hidden && test !== firstFailing) {
        expect(test).not.toHaveProperty('input');
        expect(test).not.toHaveProperty('expected');
        expect(test).not.toHaveProperty('actual');
        // The code sets its memory to the kilobyte: a channel out, shown only where the input is.
        expect(test).not.toHaveProperty('memory_kb');
      } else {
        expect(Number.isInteger(test.memory_kb), test.id).toBe(true);
      }
    }
  });

  it('gives syntax errors and policy rejections as verdicts', async () => {
    const syntax = (await submit(alice, 'def binary_search(nums, target)\n    return -1\n')).json();
    expect(syntax.verdict).toBe('syntax_error');
    expect(syntax.syntaxError.line).toBe(1);
    const rejected = (await submit(alice, 'import os\ndef binary_search(nums, target):\n    return -1\n')).json();
    expect(rejected.verdict).toBe('rejected');
    expect(rejected.rejection.line).toBe(1);
  });

  it('lets nobody else read a submission: another user gets 404', async () => {
    const mine = (await submit(alice, CORRECT)).json();
    const theirs = await app.inject({ url: `/api/submissions/${mine.id}`, headers: bob.auth });
    expect(theirs.statusCode).toBe(404);
    expect((await app.inject({ url: '/api/submissions', headers: bob.auth })).json().total).toBe(0);
  });

  it("lists the caller's submissions newest first, filtered by problem", async () => {
    const list = (await app.inject({ url: '/api/submissions?problem=binary-search', headers: alice.auth })).json();
    expect(list.total).toBeGreaterThanOrEqual(3);
    const times = list.items.map((item: { createdAt: string }) => Date.parse(item.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("shows each problem's status to its user: solved, attempted or new", async () => {
    await submit(bob, OFF_BY_ONE);
    const forBob = (await app.inject({ url: '/api/problems?q=binary', headers: bob.auth })).json();
    expect(forBob.items.find((item: { slug: string }) => item.slug === 'binary-search').status).toBe('attempted');
    const forAlice = (await app.inject({ url: '/api/problems?q=binary', headers: alice.auth })).json();
    expect(forAlice.items.find((item: { slug: string }) => item.slug === 'binary-search').status).toBe('solved');
  });

  it('answers clear errors for bad submissions', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/submissions', payload: { problem: 'binary-search', code: CORRECT } })).statusCode).toBe(401);
    expect((await submit(alice, CORRECT, 'no-such-problem')).statusCode).toBe(404);
    const java = await app.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: alice.auth,
      payload: { problem: 'binary-search', code: CORRECT, language: 'java' },
    });
    expect(java.statusCode).toBe(400);
    expect((await app.inject({ url: '/api/submissions/not-a-uuid', headers: alice.auth })).statusCode).toBe(400);
  });
});

describe('submission limits', () => {
  it('answers 429 past SUBMISSIONS_PER_HOUR', async () => {
    const [pglite] = testDatabases();
    const database = await pglite.open();
    const app = await buildTestApp(database, { problems: testProblemRegistry(), env: { SUBMISSIONS_PER_HOUR: '2' } });
    await seedTestProblems(database.db);
    const user = await signUp(app);
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/submissions',
        headers: user.auth,
        payload: { problem: 'binary-search', code: CORRECT },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([201, 201, 429]);
    await app.close();
    await database.dispose();
  }, 120_000);
});

describe('stored reports', () => {
  it('keep large values as short descriptions, not megabytes', async () => {
    const { compactReport } = await import('../../api/src/modules/submissions/compact-report.js');
    const big = Array.from({ length: 100_000 }, (_, i) => i);
    const report = compactReport({
      problem: 'binary-search',
      verdict: 'accepted' as const,
      passed: 1,
      total: 1,
      executor: 'local' as const,
      cached: false,
      tests: [{ id: 't1', hidden: true, tags: ['large'], status: 'passed' as const, input: [big, 7], expected: 7, actual: 7, error: null, time_ms: 1 }],
    });
    const [test] = report.tests;
    expect(test.input[1]).toBe(7);
    expect(test.input[0]).toMatch(/^\[0,1,2,3.*\(100,000 items, omitted\)$/);
    expect(JSON.stringify(report).length).toBeLessThan(1000);
  });
});
