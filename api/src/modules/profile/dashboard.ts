// GET /api/me/dashboard: the learner's progress in one read — problems solved by difficulty and
// category, attempts, streak, each pattern's count, share and mastery, a weekly trend per
// pattern, recent submissions and how helpful they found our recommendations. Cached for a
// minute; a judged submission or new feedback drops the cached copy (dashboard-cache.ts).
import { and, desc, eq, gte, sql } from 'drizzle-orm';
import { type Cache, cached } from '../../cache/cache.js';
import type { Database } from '../../db/client.js';
import { problems, recommendationFeedback, solvedProblems, submissions, users, weaknessPatterns } from '../../db/schema.js';
import { PATTERN_IDS } from '../../../../analyzer/src/index.js';
import { CATEGORIES, DIFFICULTIES } from '../problems/index.js';
import { DASHBOARD_TTL_SECONDS, dashboardCacheKey } from './dashboard-cache.js';
import { type MasteryLevel, masteryLevel } from './mastery.js';
import { currentStreak, utcDay } from './streak.js';
import { shownPatternIds } from './submission-evidence.js';

export const TREND_WEEKS = 8;
export const RECENT_SUBMISSIONS = 10;
/** The product's goal for the share of recommendations learners rate helpful. */
export const HELPFULNESS_TARGET = 0.7;
const DAY_MS = 86_400_000;

export interface Dashboard {
  solved: { total: number; byDifficulty: Record<string, number>; byCategory: Record<string, number> };
  attempts: number;
  streak: number;
  patterns: Array<{
    id: string;
    count: number;
    share: number;
    mastery: number | null;
    level: MasteryLevel | 'not-measured';
    lastOccurred: string | null;
    observations: number;
  }>;
  trend: Array<{ week: string; counts: Record<string, number> }>;
  recent: Array<{ id: string; problem: string; verdict: string | null; passed: number | null; total: number | null; patterns: string[]; createdAt: string }>;
  helpfulness: { rated: number; helpful: number; rate: number | null; target: number };
}

export function getDashboard(db: Database, cache: Cache, userId: string): Promise<Dashboard | null> {
  return cached(cache, dashboardCacheKey(userId), DASHBOARD_TTL_SECONDS, () => buildDashboard(db, userId));
}

export async function buildDashboard(db: Database, userId: string, now = new Date()): Promise<Dashboard | null> {
  const [user] = await db.select({ streakDays: users.streakDays, lastActiveDay: users.lastActiveDay }).from(users).where(eq(users.id, userId));
  if (!user) return null;
  const firstWeek = weekStart(new Date(now.getTime() - (TREND_WEEKS - 1) * 7 * DAY_MS));
  const [solved, [{ attempts }], patternRows, trendRows, recentRows, [ratings]] = await Promise.all([
    db
      .select({ difficulty: problems.difficulty, category: problems.category })
      .from(solvedProblems)
      .leftJoin(problems, and(eq(problems.slug, solvedProblems.problemSlug), eq(problems.isCurrent, true)))
      .where(eq(solvedProblems.userId, userId)),
    db
      .select({ attempts: sql<number>`count(*)::int` })
      .from(submissions)
      .where(and(eq(submissions.userId, userId), eq(submissions.status, 'judged'))),
    db.select().from(weaknessPatterns).where(eq(weaknessPatterns.userId, userId)),
    db
      .select({ createdAt: submissions.createdAt, patterns: submissions.patterns })
      .from(submissions)
      .where(and(eq(submissions.userId, userId), eq(submissions.status, 'judged'), gte(submissions.createdAt, new Date(`${firstWeek}T00:00:00Z`)))),
    // Named columns only: `result` holds every test's input and output (megabytes for large tests).
    db
      .select({
        id: submissions.id,
        problemSlug: submissions.problemSlug,
        verdict: submissions.verdict,
        passed: submissions.passed,
        total: submissions.total,
        patterns: submissions.patterns,
        createdAt: submissions.createdAt,
      })
      .from(submissions)
      .where(and(eq(submissions.userId, userId), eq(submissions.status, 'judged')))
      .orderBy(desc(submissions.createdAt))
      .limit(RECENT_SUBMISSIONS),
    db
      .select({ rated: sql<number>`count(*)::int`, helpful: sql<number>`(count(*) filter (where ${recommendationFeedback.helpful}))::int` })
      .from(recommendationFeedback)
      .where(eq(recommendationFeedback.userId, userId)),
  ]);

  return {
    solved: {
      total: solved.length,
      byDifficulty: countBy(
        DIFFICULTIES,
        solved.map((row) => row.difficulty),
      ),
      byCategory: countBy(
        CATEGORIES,
        solved.map((row) => row.category),
      ),
    },
    attempts,
    streak: currentStreak(user, utcDay(now)),
    patterns: summarizePatterns(patternRows),
    trend: weeklyTrend(trendRows, firstWeek),
    recent: recentRows.map((row) => ({
      id: row.id,
      problem: row.problemSlug,
      verdict: row.verdict,
      passed: row.passed,
      total: row.total,
      patterns: shownPatternIds(row.patterns),
      createdAt: row.createdAt.toISOString(),
    })),
    helpfulness: {
      rated: ratings.rated,
      helpful: ratings.helpful,
      rate: ratings.rated > 0 ? round(ratings.helpful / ratings.rated) : null,
      target: HELPFULNESS_TARGET,
    },
  };
}

/**
 * All six patterns, always. A pattern never observed (no submission whose code ran, on a problem
 * that targets it) is "not measured yet": no mastery, no level, nothing in red.
 */
function summarizePatterns(rows: Array<{ patternId: string; frequency: number; mastery: number; observations: number; lastOccurred: Date | null }>) {
  const byId = new Map(rows.map((row) => [row.patternId, row]));
  const totalFindings = rows.reduce((sum, row) => sum + row.frequency, 0);
  return PATTERN_IDS.map((id) => {
    const row = byId.get(id);
    const measured = (row?.observations ?? 0) > 0;
    const mastery = measured ? round(row!.mastery) : null;
    return {
      id,
      count: row?.frequency ?? 0,
      share: totalFindings > 0 ? round((row?.frequency ?? 0) / totalFindings) : 0,
      mastery,
      level: mastery === null ? ('not-measured' as const) : levelOf(mastery, row?.frequency ?? 0),
      lastOccurred: row?.lastOccurred?.toISOString() ?? null,
      observations: row?.observations ?? 0,
    };
  });
}

/**
 * The band shown: "critical" (red) is for a weakness the learner's code has shown; a pattern
 * only ever seen absent is at worst "improving", however little that evidence proves yet.
 */
function levelOf(mastery: number, timesShown: number): MasteryLevel {
  const level = masteryLevel(mastery);
  return level === 'critical' && timesShown === 0 ? 'improving' : level;
}

/** Per ISO week (Monday, UTC), how many submissions showed each pattern. */
function weeklyTrend(rows: Array<{ createdAt: Date; patterns: unknown }>, firstWeek: string) {
  const weeks = Array.from({ length: TREND_WEEKS }, (_, i) => ({
    week: utcDay(new Date(Date.parse(`${firstWeek}T00:00:00Z`) + i * 7 * DAY_MS)),
    counts: Object.fromEntries(PATTERN_IDS.map((id) => [id, 0])),
  }));
  const byWeek = new Map(weeks.map((entry) => [entry.week, entry.counts]));
  for (const row of rows) {
    const counts = byWeek.get(weekStart(row.createdAt));
    if (counts) for (const id of shownPatternIds(row.patterns)) counts[id] += 1;
  }
  return weeks;
}

/** The Monday (UTC) of the week holding `instant`, as YYYY-MM-DD. */
export function weekStart(instant: Date): string {
  const daysSinceMonday = (instant.getUTCDay() + 6) % 7;
  return utcDay(new Date(instant.getTime() - daysSinceMonday * DAY_MS));
}

function countBy(keys: readonly string[], values: Array<string | null>): Record<string, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<string, number>;
  for (const value of values) if (value !== null && value in counts) counts[value] += 1;
  return counts;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
