// Hidden tests stay hidden from code that tries to smuggle them out: a submission that keeps
// every input it is called with in a global, then prints, returns or raises them all on the
// hidden test it fails on purpose. No response (the submission, its later read, its feedback)
// carries a hidden test's printed output or another hidden test's input.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { buildTestApp, type Session, signUp } from '../helpers/app.js';
import { CORRECT_BINARY_SEARCH as CORRECT } from '../helpers/binary-search.js';
import { testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';

// binary-search: t13 (hidden) is `nums = [2, 8], target = 2`; t11 (hidden, earlier) holds -90.
const T11_INPUT = /-90,\s*-45/;

/** Collects every call's input, prints the lot each time, and on t13 `leak`s them. */
const collector = (leak: string) =>
  CORRECT.replace(
    'def binary_search(nums, target):\n',
    `SEEN = []\ndef binary_search(nums, target):\n    SEEN.append([nums[:8], target])\n    print(SEEN)\n    if nums == [2, 8] and target == 2:\n        ${leak}\n`,
  );

describe.each(testDatabases())('hidden tests against a collecting submission on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;
  let alice: Session;

  beforeAll(async () => {
    database = await target.open();
    app = await buildTestApp(database, { problems: testProblemRegistry(), env: { SUBMISSIONS_PER_HOUR: '1000' } });
    await seedTestProblems(database.db);
    alice = await signUp(app);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  const submit = (code: string) =>
    app.inject({ method: 'POST', url: '/api/submissions', headers: alice.auth, payload: { problem: 'binary-search', code, language: 'python' } });

  /** The submission read back once its feedback is written. */
  async function readWithFeedback(id: string) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const response = await app.inject({ url: `/api/submissions/${id}`, headers: alice.auth });
      if (typeof response.json().feedback?.text === 'string') return response;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('feedback never came');
  }

  type ShownTest = { id: string; hidden: boolean; stdout?: string; actual?: unknown; error: { message: string } | null };

  it('never shows printed output of a hidden test, in the answer, the later read or the feedback', async () => {
    const response = await submit(collector('return 5'));
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.verdict).toBe('wrong_answer');
    const tests: ShownTest[] = body.tests;
    const failing = tests.find((test) => test.id === 't13')!;
    expect(failing).toMatchObject({ hidden: true, status: 'failed', input: [[2, 8], 2], expected: 0, actual: 5 });
    expect(tests.filter((test) => test.hidden && test.stdout !== undefined)).toEqual([]);
    // Public tests keep what they printed.
    expect(tests.find((test) => test.id === 't1')!.stdout).toContain('[[[-7, -2, 0, 4, 9, 15], 4]]');
    expect(response.body).not.toMatch(T11_INPUT);
    const later = await readWithFeedback(body.id);
    expect(later.json().tests.filter((test: ShownTest) => test.hidden && test.stdout !== undefined)).toEqual([]);
    expect(later.body).not.toMatch(T11_INPUT);
  });

  it('omits the returned value of a hidden test when it is far larger than the expected one', async () => {
    const body = (await submit(collector('return SEEN'))).json();
    const failing = body.tests.find((test: ShownTest) => test.id === 't13');
    expect(failing).toMatchObject({ hidden: true, status: 'failed', input: [[2, 8], 2], expected: 0 });
    expect(failing.actual).toMatch(/^\(\d[\d,]* characters of JSON, omitted/);
    expect(JSON.stringify(body)).not.toMatch(T11_INPUT);
  });

  it("cuts a hidden test's exception message short", async () => {
    const body = (await submit(collector('raise ValueError(repr(SEEN))'))).json();
    expect(body.verdict).toBe('runtime_error');
    const failing = body.tests.find((test: ShownTest) => test.id === 't13');
    expect(failing.error.type).toBe('ValueError');
    expect(failing.error.message.length).toBeLessThanOrEqual(160);
    expect(JSON.stringify(body)).not.toMatch(T11_INPUT);
    const later = await readWithFeedback(body.id);
    expect(later.body).not.toMatch(T11_INPUT);
  });

  it("keeps a run's public tests' printed output", async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/run',
      headers: alice.auth,
      payload: { problem: 'binary-search', code: collector('return 5') },
    });
    expect(response.statusCode).toBe(200);
    const tests: ShownTest[] = response.json().tests;
    expect(tests.every((test) => !test.hidden && typeof test.stdout === 'string')).toBe(true);
  });
});
