import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { solvedProblems, submissions, users, weaknessPatterns } from '../../api/src/db/schema.js';
import { deleteExpiredSubmissions, RETENTION_INTERVAL_MS } from '../../api/src/modules/profile/retention.js';
import { buildTestApp } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';
import { finding, insertProblem, insertUser, judge } from './helpers.js';

const DAY_MS = 86_400_000;
const NOW = new Date('2025-06-30T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

describe.each(testDatabases())('the retention job on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let problem: { id: string; slug: string };

  beforeAll(async () => {
    database = await target.open();
    problem = await insertProblem(database.db, { slug: 'bounds', targetPatterns: ['off-by-one'] });
  });
  afterAll(async () => database?.dispose());
  afterEach(() => vi.restoreAllMocks());

  const submissionDates = async (userId: string) =>
    (await database.db.select({ at: submissions.createdAt }).from(submissions).where(eq(submissions.userId, userId))).map((row) => row.at.toISOString()).sort();

  it('deletes submissions older than the retention period and keeps the profile built from them', async () => {
    const userId = await insertUser(database.db);
    for (const days of [120, 90.5, 89.5, 1]) {
      await judge(database.db, userId, problem, { at: daysAgo(days), verdict: days === 120 ? 'accepted' : 'wrong_answer', patterns: [finding('off-by-one')] });
    }
    expect(await deleteExpiredSubmissions(database.db, 90, NOW)).toBe(2);
    expect(await submissionDates(userId)).toEqual([daysAgo(89.5).toISOString(), daysAgo(1).toISOString()]);
    const [pattern] = await database.db.select().from(weaknessPatterns).where(eq(weaknessPatterns.userId, userId));
    expect(pattern).toMatchObject({ patternId: 'off-by-one', frequency: 4, observations: 4 });
    expect(await database.db.select().from(solvedProblems).where(eq(solvedProblems.userId, userId))).toHaveLength(1);
    expect((await database.db.select().from(users).where(eq(users.id, userId)))[0].problemsSolved).toBe(1);
    expect(await deleteExpiredSubmissions(database.db, 90, NOW)).toBe(0);
  });

  it('runs every day on a timer that never holds the process and stops with the app', async () => {
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    const clearIntervalSpy = vi.spyOn(globalThis, 'clearInterval');
    const app = await buildTestApp(database, { env: { RETENTION_DAYS: '30' } });
    const index = setIntervalSpy.mock.calls.findIndex(([, ms]) => ms === RETENTION_INTERVAL_MS);
    expect(index).toBeGreaterThanOrEqual(0);
    const timer = setIntervalSpy.mock.results[index].value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);

    // The scheduled run applies the configured RETENTION_DAYS.
    const userId = await insertUser(database.db);
    await judge(database.db, userId, problem, { at: new Date(Date.now() - 31 * DAY_MS) });
    await judge(database.db, userId, problem, { at: new Date(Date.now() - 29 * DAY_MS) });
    // The timer's callback starts the run and returns nothing (the run logs its own failure).
    setIntervalSpy.mock.calls[index][0]();
    await vi.waitFor(async () => expect(await submissionDates(userId)).toHaveLength(1));

    await app.close();
    expect(clearIntervalSpy).toHaveBeenCalledWith(timer);
  });
});
