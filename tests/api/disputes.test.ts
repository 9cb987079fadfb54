import type { FastifyInstance } from 'fastify';
import type { Finding } from '../../analyzer/src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { problems, submissions } from '../../api/src/db/schema.js';
import { registry } from '../../api/src/metrics.js';
import { listDisputes, summarizeDisputes } from '../../api/src/modules/disputes/service.js';
import { buildTestApp, type Session, signUp } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';

const FINDINGS: Finding[] = [
  { id: 'off-by-one', severity: 'critical', confidence: 0.9, line: 4, message: 'stops one early', evidence: ['static'] },
  { id: 'wrong-data-structure', severity: 'warning', confidence: 0.7, line: 6, message: 'list lookup', evidence: ['static'] },
];

async function disputeCount(pattern: string): Promise<number> {
  const metric = await registry.getSingleMetric('finding_disputes_total')?.get();
  return metric?.values.find((v) => v.labels.pattern === pattern)?.value ?? 0;
}

describe.each(testDatabases())('finding disputes on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;
  let alice: Session;
  let bob: Session;
  let submissionId: string;

  beforeAll(async () => {
    database = await target.open();
    app = await buildTestApp(database, { problems: testProblemRegistry() });
    await seedTestProblems(database.db);
    alice = await signUp(app);
    bob = await signUp(app);
    const [problem] = await database.db.select({ id: problems.id, slug: problems.slug }).from(problems).limit(1);
    const [row] = await database.db
      .insert(submissions)
      .values({
        userId: alice.userId,
        problemId: problem.id,
        problemSlug: problem.slug,
        code: 'pass',
        status: 'judged',
        verdict: 'wrong_answer',
        patterns: FINDINGS,
      })
      .returning({ id: submissions.id });
    submissionId = row.id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  const dispute = (session: Session, index: number, payload: unknown = {}) =>
    app.inject({ method: 'POST', url: `/api/submissions/${submissionId}/findings/${index}/dispute`, headers: session.auth, payload: payload as object });

  it('records a dispute of a finding with its pattern and counts it once per finding', async () => {
    const before = await disputeCount('off-by-one');
    const first = await dispute(alice, 0, { comment: 'the loop is right: it compares pairs' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ submissionId, index: 0, patternId: 'off-by-one', comment: 'the loop is right: it compares pairs' });
    const again = await dispute(alice, 0, { comment: 'still wrong' });
    expect(again.statusCode).toBe(201);
    expect(again.json().comment).toBe('still wrong');
    expect(await disputeCount('off-by-one')).toBe(before + 1);
    const metrics = await app.inject({ url: '/metrics' });
    expect(metrics.body).toMatch(/finding_disputes_total\{pattern="off-by-one"\} \d+/);
  });

  it('accepts a dispute without a comment', async () => {
    const response = await app.inject({ method: 'POST', url: `/api/submissions/${submissionId}/findings/1/dispute`, headers: alice.auth });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ patternId: 'wrong-data-structure', comment: null });
  });

  it('lists disputes per pattern for calibration', async () => {
    expect(await summarizeDisputes(database.db)).toEqual(
      expect.arrayContaining([
        { patternId: 'off-by-one', disputes: 1 },
        { patternId: 'wrong-data-structure', disputes: 1 },
      ]),
    );
    const rows = await listDisputes(database.db, { pattern: 'off-by-one', limit: 10 });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ line: 4, severity: 'critical', message: 'stops one early' });
  });

  it("refuses a finding the submission does not have, another user's submission, and no token", async () => {
    expect((await dispute(alice, 5)).statusCode).toBe(400);
    expect((await dispute(bob, 0)).statusCode).toBe(404);
    const anonymous = await app.inject({ method: 'POST', url: `/api/submissions/${submissionId}/findings/0/dispute`, payload: {} });
    expect(anonymous.statusCode).toBe(401);
    expect((await dispute(alice, 0, { comment: 'x'.repeat(1001) })).statusCode).toBe(400);
  });
});
