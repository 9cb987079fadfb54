// PostgreSQL refuses U+0000 in text and in jsonb strings. A NUL byte in any body field that
// is stored answers 400 with the error body naming the field (never a 500), and stores nothing;
// one printed or returned by the learner's code is stored as U+FFFD instead.
import type { FastifyInstance } from 'fastify';
import type { Finding } from '../../analyzer/src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { findingDisputes, problems, submissions } from '../../api/src/db/schema.js';
import { buildTestApp, type Session, signUp } from '../helpers/app.js';
import { CORRECT_BINARY_SEARCH as CORRECT } from '../helpers/binary-search.js';
import { testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';

describe.each(testDatabases())('NUL bytes in stored text on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;
  let alice: Session;
  let submissionId: string;

  beforeAll(async () => {
    database = await target.open();
    app = await buildTestApp(database, { problems: testProblemRegistry(), env: { SUBMISSIONS_PER_HOUR: '1000' } });
    await seedTestProblems(database.db);
    alice = await signUp(app);
    const [problem] = await database.db.select({ id: problems.id, slug: problems.slug }).from(problems).limit(1);
    const finding: Finding = { id: 'off-by-one', severity: 'critical', confidence: 0.9, line: 4, message: 'stops one early', evidence: ['static'] };
    const [row] = await database.db
      .insert(submissions)
      .values({
        userId: alice.userId,
        problemId: problem.id,
        problemSlug: problem.slug,
        code: 'pass',
        status: 'judged',
        verdict: 'wrong_answer',
        patterns: [finding],
      })
      .returning({ id: submissions.id });
    submissionId = row.id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  const expectNulRefused = (response: { statusCode: number; json(): any }, field: string) => {
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error).toMatchObject({ code: 'VALIDATION_ERROR', requestId: expect.any(String), timestamp: expect.any(String) });
    expect(error.message).toBe(`the request is invalid: ${field} must not contain a NUL character (\\u0000)`);
    expect(error.details).toEqual([{ field, in: 'body', message: 'must not contain a NUL character (\\u0000)' }]);
  };

  it('refuses a submission whose code holds a NUL byte with 400 naming the field, and stores nothing', async () => {
    const before = (await database.db.select().from(submissions)).length;
    const response = await app.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: alice.auth,
      payload: { problem: 'binary-search', code: `${CORRECT}\n# \u0000\n`, language: 'python' },
    });
    expectNulRefused(response, 'code');
    expect((await database.db.select().from(submissions)).length).toBe(before);
  });

  it('refuses a run whose code holds a NUL byte with the same 400', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/run', headers: alice.auth, payload: { problem: 'binary-search', code: 'x = 1\u0000' } });
    expectNulRefused(response, 'code');
  });

  it('refuses a dispute comment holding a NUL byte with 400, and stores no dispute', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/submissions/${submissionId}/findings/0/dispute`,
      headers: alice.auth,
      payload: { comment: 'the loop is fine\u0000really' },
    });
    expectNulRefused(response, 'comment');
    expect(await database.db.select().from(findingDisputes)).toEqual([]);
  });

  it('stores a submission whose code prints and returns NUL characters, shown as U+FFFD', async () => {
    const code = CORRECT.replace('    lo, hi', '    print("a" + chr(0) + "b")\n    if target == 6:\n        return chr(0)\n    lo, hi');
    const response = await app.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: alice.auth,
      payload: { problem: 'binary-search', code, language: 'python' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.verdict).toBe('wrong_answer');
    const shown = await app.inject({ url: `/api/submissions/${body.id}`, headers: alice.auth });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).not.toContain('\\u0000');
    const publicTest = shown.json().tests.find((test: { id: string }) => test.id === 't2');
    expect(publicTest).toMatchObject({ status: 'failed', actual: '\uFFFD', stdout: 'a\uFFFDb\n' });
  });
});
