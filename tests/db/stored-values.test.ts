// jsonb values are checked when a row is read back: what a reader gets has the declared shape,
// and a value that fails (written by hand, or by a version that stored something else) reads as
// a safe stand-in with a warning, or as a StoredValueError where nothing can stand in for it.
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { problems, submissions, users } from '../../api/src/db/schema.js';
import { onUnreadableStoredValue, StoredValueError } from '../../api/src/db/stored-values.js';
import { presentSubmission } from '../../api/src/modules/submissions/service.js';
import { testDatabases } from '../helpers/databases.js';
import { storedFeedback, storedProblemContent } from '../helpers/stored-values.js';

describe.each(testDatabases())('stored jsonb values on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let userId: string;
  let problemId: string;
  const warnings: string[] = [];
  let restore: ((message: string) => void) | undefined;

  beforeAll(async () => {
    database = await target.open();
    restore = onUnreadableStoredValue((message) => warnings.push(message));
    [{ id: userId }] = await database.db
      .insert(users)
      .values({ email: `stored-${target.name}@example.com` })
      .returning({ id: users.id });
    [{ id: problemId }] = await database.db
      .insert(problems)
      .values({ slug: 'stored', version: 1, contentHash: 'h', title: 'Stored', difficulty: 'easy', category: 'arrays', content: storedProblemContent() })
      .returning({ id: problems.id });
  });
  afterEach(() => {
    warnings.length = 0;
  });
  afterAll(async () => {
    if (restore) onUnreadableStoredValue(restore);
    await database?.dispose();
  });

  const insertRaw = async (result: unknown, patterns: unknown, feedback: unknown) => {
    const [{ id }] = await database.db
      .insert(submissions)
      .values({ userId, problemId, problemSlug: 'stored', code: 'pass', status: 'judged', verdict: 'wrong_answer', passed: 1, total: 2 })
      .returning({ id: submissions.id });
    await database.db.execute(
      sql`update submissions set result = ${JSON.stringify(result)}::jsonb, patterns = ${JSON.stringify(patterns)}::jsonb, feedback = ${JSON.stringify(feedback)}::jsonb where id = ${id}`,
    );
    const [row] = await database.db.select().from(submissions).where(eq(submissions.id, id));
    return row;
  };

  it('reads valid values as they were written', async () => {
    const result = {
      problem: 'stored',
      verdict: 'wrong_answer',
      passed: 1,
      total: 2,
      tests: [
        { id: 't1', hidden: false, tags: [], status: 'passed', input: [[1]], expected: 1, actual: 1, error: null, time_ms: 1 },
        {
          id: 't2',
          hidden: true,
          tags: ['edge'],
          status: 'error',
          input: [[]],
          expected: 0,
          actual: null,
          error: { type: 'IndexError', message: 'x', line: 3 },
          time_ms: 2,
          cpu_ms: 1,
        },
      ],
      executor: 'local',
      cached: false,
      complexity: { time: 'O(n)', optimal: 'O(n)', acceptable: 'O(n)', source: 'static' },
    };
    const finding = { id: 'off-by-one', severity: 'critical', confidence: 0.9, line: 3, message: 'm', evidence: ['static'] };
    const row = await insertRaw(result, [finding], storedFeedback({ level: 2 }));
    expect(row.result).toEqual(result);
    expect(row.patterns).toEqual([finding]);
    expect(row.feedback).toEqual(storedFeedback({ level: 2 }));
    expect(warnings).toEqual([]);
  });

  it('reads malformed values as safe stand-ins, with a warning naming the column and the field', async () => {
    const row = await insertRaw(
      { problem: 'stored', verdict: 'compile_error', passed: 1, total: 2, tests: [] },
      [
        { id: 'retired-pattern', severity: 'critical', confidence: 1, line: 1, message: 'm', evidence: [] },
        'not a finding',
        { id: 'off-by-one', severity: 'info', confidence: 0.5, line: 2, message: 'kept', evidence: [] },
      ],
      { status: 'pending' },
    );
    expect(row.result).toBeNull();
    expect(row.patterns).toEqual([{ id: 'off-by-one', severity: 'info', confidence: 0.5, line: 2, message: 'kept', evidence: [] }]);
    expect(row.feedback).toBeNull();
    expect(warnings).toEqual([
      expect.stringMatching(/^submissions\.result .*verdict is "compile_error"/),
      expect.stringMatching(/^submissions\.patterns: .*\[0\]\.id is "retired-pattern"/),
      expect.stringMatching(/^submissions\.patterns: .*\[1\] is "not a finding", expected an object/),
      expect.stringMatching(/^submissions\.feedback .*source is missing/),
    ]);
    // The row still presents: the verdict is unknown, nothing crashes on the missing report.
    expect(presentSubmission(row)).toMatchObject({ id: row.id, verdict: null, tests: [], patterns: [] });
  });

  it('refuses a problem whose stored content cannot be read, naming the field', async () => {
    await database.db.execute(sql`update problems set content = '{"statement": 1}'::jsonb where id = ${problemId}`);
    const read = database.db.select().from(problems).where(eq(problems.id, problemId));
    await expect(read).rejects.toThrow(StoredValueError);
    await expect(database.db.select().from(problems).where(eq(problems.id, problemId))).rejects.toThrow(/problems\.content .*statement is number/);
  });
});
