import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryCache } from '../../api/src/cache/memory-cache.js';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { solvedProblems, users, weaknessPatterns } from '../../api/src/db/schema.js';
import { dashboardCacheKey } from '../../api/src/modules/profile/dashboard-cache.js';
import { BKT_PARAMETERS, hintEvidenceWeight, updateMastery } from '../../api/src/modules/profile/mastery.js';
import { recordJudgedSubmission } from '../../api/src/modules/profile/record-judged-submission.js';
import { testDatabases } from '../helpers/databases.js';
import { finding, insertJudged, insertProblem, insertUser, judge } from './helpers.js';
import { storedFeedback } from '../helpers/stored-values.js';

const day = (n: number, hour = 12) => new Date(Date.UTC(2025, 2, n, hour));

describe.each(testDatabases())('the profile update of a judged submission on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let bounds: { id: string; slug: string };
  let strings: { id: string; slug: string };

  beforeAll(async () => {
    database = await target.open();
    bounds = await insertProblem(database.db, { slug: 'bounds', targetPatterns: ['off-by-one', 'missing-edge-case'] });
    strings = await insertProblem(database.db, { slug: 'rescans', targetPatterns: ['inefficient-loop'], difficulty: 'medium', category: 'strings' });
  });
  afterAll(async () => database?.dispose());

  const patternRows = async (userId: string) => {
    const rows = await database.db.select().from(weaknessPatterns).where(eq(weaknessPatterns.userId, userId));
    return new Map(rows.map((row) => [row.patternId, row]));
  };
  const userRow = async (userId: string) => (await database.db.select().from(users).where(eq(users.id, userId)))[0];

  it('counts a pattern that showed and observes the targets that did not', async () => {
    const userId = await insertUser(database.db);
    await judge(database.db, userId, bounds, { patterns: [finding('off-by-one'), finding('off-by-one', 9)], at: day(1) });
    const rows = await patternRows(userId);
    expect(rows.get('off-by-one')).toMatchObject({ frequency: 1, problemSlugs: ['bounds'], observations: 1 });
    expect(rows.get('off-by-one')!.lastOccurred?.toISOString()).toBe(day(1).toISOString());
    expect(rows.get('off-by-one')!.mastery).toBeCloseTo(updateMastery(BKT_PARAMETERS.pInit, { correct: false }), 5);
    expect(rows.get('missing-edge-case')).toMatchObject({ frequency: 0, lastOccurred: null, problemSlugs: [], observations: 1 });
    expect(rows.get('missing-edge-case')!.mastery).toBeCloseTo(updateMastery(BKT_PARAMETERS.pInit, { correct: true }), 5);
    expect(rows.size).toBe(2);
  });

  it('keeps each problem once in the list, the latest occurrence, and chains mastery updates', async () => {
    const userId = await insertUser(database.db);
    await judge(database.db, userId, bounds, { patterns: [finding('off-by-one')], at: day(2) });
    await judge(database.db, userId, bounds, { patterns: [finding('off-by-one')], at: day(3) });
    await judge(database.db, userId, strings, { patterns: [finding('off-by-one')], at: day(4) });
    await judge(database.db, userId, bounds, { patterns: [], at: day(5) });
    const row = (await patternRows(userId)).get('off-by-one')!;
    expect(row).toMatchObject({ frequency: 3, problemSlugs: ['bounds', 'rescans'], observations: 4 });
    expect(row.lastOccurred?.toISOString()).toBe(day(4).toISOString());
    let expected = BKT_PARAMETERS.pInit;
    for (const correct of [false, false, false, true]) expected = updateMastery(expected, { correct });
    expect(row.mastery).toBeCloseTo(expected, 5);
  });

  it('counts only the first accepted submission of each problem as solved', async () => {
    const userId = await insertUser(database.db);
    await judge(database.db, userId, bounds, { verdict: 'wrong_answer' });
    await judge(database.db, userId, bounds, { verdict: 'accepted' });
    await judge(database.db, userId, bounds, { verdict: 'accepted' });
    expect((await userRow(userId)).problemsSolved).toBe(1);
    await judge(database.db, userId, strings, { verdict: 'accepted' });
    expect((await userRow(userId)).problemsSolved).toBe(2);
    const solved = await database.db.select().from(solvedProblems).where(eq(solvedProblems.userId, userId));
    expect(solved.map((row) => row.problemSlug).sort()).toEqual(['bounds', 'rescans']);
  });

  it('extends the streak on consecutive UTC days and restarts it after a gap', async () => {
    const userId = await insertUser(database.db);
    const streaks = [];
    for (const at of [day(10, 1), day(10, 23), day(11, 0), day(12, 22), day(14, 8)]) {
      await judge(database.db, userId, bounds, { at });
      streaks.push((await userRow(userId)).streakDays);
    }
    expect(streaks).toEqual([1, 1, 2, 3, 1]);
    expect((await userRow(userId)).lastActiveDay).toBe('2025-03-14');
  });

  it('takes a solve after deeper hints as weaker evidence of mastery', async () => {
    const unaided = await insertUser(database.db);
    const helped = await insertUser(database.db);
    await judge(database.db, helped, bounds, { verdict: 'wrong_answer', patterns: [finding('off-by-one')], feedback: storedFeedback({ level: 3 }) });
    await judge(database.db, unaided, bounds, { verdict: 'wrong_answer', patterns: [finding('off-by-one')], feedback: null });
    await judge(database.db, helped, bounds, { verdict: 'accepted' });
    await judge(database.db, unaided, bounds, { verdict: 'accepted' });
    const afterMistake = updateMastery(BKT_PARAMETERS.pInit, { correct: false });
    const helpedMastery = (await patternRows(helped)).get('off-by-one')!.mastery;
    const unaidedMastery = (await patternRows(unaided)).get('off-by-one')!.mastery;
    expect(unaidedMastery).toBeCloseTo(updateMastery(afterMistake, { correct: true }), 5);
    expect(helpedMastery).toBeCloseTo(updateMastery(afterMistake, { correct: true, weight: hintEvidenceWeight(3) }), 5);
    expect(helpedMastery).toBeLessThan(unaidedMastery);
    expect(helpedMastery).toBeGreaterThan(afterMistake);
  });

  it('learns nothing about avoided patterns from code that never ran', async () => {
    const userId = await insertUser(database.db);
    await judge(database.db, userId, bounds, { verdict: 'syntax_error' });
    expect((await patternRows(userId)).size).toBe(0);
    expect((await userRow(userId)).streakDays).toBe(1);
  });

  it('drops the cached dashboard of the user', async () => {
    const userId = await insertUser(database.db);
    const cache = createMemoryCache();
    await cache.set(dashboardCacheKey(userId), { stale: true }, 60);
    const row = await insertJudged(database.db, userId, bounds);
    await database.db.transaction((tx) => recordJudgedSubmission(tx as never, row, cache));
    expect(await cache.get(dashboardCacheKey(userId))).toBeUndefined();
  });
});
