// The recommended-problems queue: every problem scored by how much it trains the learner's
// weakest patterns, how well its difficulty fits their recent success, whether a spaced review
// of a failure is due, and whether they solved or tried it just now. Pure (no I/O, time passed
// in), so the API and `npm run sim:recommend` rank with exactly the same code.
import { PATTERN_IDS } from '../../../../analyzer/src/index.js';
import { type Category, DIFFICULTIES, type Difficulty } from '../problems/index.js';
import { diagnosticMix } from './diagnostic-mix.js';
import { BKT_PARAMETERS, type BktParameters } from './mastery.js';
import { type Attempt, dueReview, type ReviewDue } from './spaced-review.js';

export interface RankableProblem {
  slug: string;
  title: string;
  difficulty: Difficulty;
  category: Category;
  targetPatterns: readonly string[];
}

export interface Recommendation {
  slug: string;
  title: string;
  difficulty: Difficulty;
  score: number;
  reason: string;
  targetPatterns: string[];
}

export interface LearnerSnapshot {
  /** Mastery per pattern id; a pattern never observed reads as the BKT prior. */
  mastery: Readonly<Record<string, number>>;
  /** Judged submissions: which problem, when, accepted or not. */
  attempts: readonly Attempt[];
  /** First solve per problem, kept after old submissions are deleted. */
  solvedAt?: ReadonlyMap<string, Date>;
}

/** Weights of the score's parts; each part lies in [0, 1] before weighting. */
export const RANKING_WEIGHTS = {
  /** Share of the learner's remaining weakness (sum of (1 - mastery)^2) that the problem targets. */
  training: 1,
  /** 1 when the difficulty matches the recent success rate, 0 two levels away. */
  difficultyFit: 0.25,
  /** A failed problem whose 1-, 3- or 7-day review has come. */
  reviewDue: 0.6,
  /** Solved within RECENTLY_SOLVED_DAYS; fades linearly to 0. */
  recentlySolved: 0.8,
  /** Tried within the last day (and no review due): let it rest. */
  justAttempted: 0.5,
} as const;
/** Squaring the weakness makes the weakest patterns dominate the training part. */
export const WEAKNESS_EXPONENT = 2;
/** The weight of a pattern never observed, relative to a measured one at the same mastery. */
export const UNMEASURED_SHARE = 0.2;
export const RECENTLY_SOLVED_DAYS = 14;
/** Recent success is the accepted share of this many latest attempts. */
export const RECENT_ATTEMPTS = 10;
/** The success rate assumed before any attempt: a target between easy and medium. */
const DEFAULT_SUCCESS_RATE = 0.35;
const DAY_MS = 86_400_000;

export function rankRecommendations(
  catalogue: readonly RankableProblem[],
  learner: LearnerSnapshot,
  options: { now: Date; limit: number; params?: BktParameters },
): Recommendation[] {
  if (learner.attempts.length === 0 && Object.keys(learner.mastery).length === 0) return diagnosticMix(catalogue, options.limit);
  const measured = (pattern: string) => Object.hasOwn(learner.mastery, pattern);
  const mastery = (pattern: string) => learner.mastery[pattern] ?? (options.params ?? BKT_PARAMETERS).pInit;
  // A weakness seen in the learner's own code comes first; a pattern not measured yet only
  // keeps a share of the prior's weight, so the queue still gets round to measuring it.
  const weakness = (pattern: string) => (measured(pattern) ? 1 : UNMEASURED_SHARE) * (1 - mastery(pattern)) ** WEAKNESS_EXPONENT;
  const totalWeakness = PATTERN_IDS.reduce((sum, pattern) => sum + weakness(pattern), 0);
  const candidates = PATTERN_IDS.some(measured) ? PATTERN_IDS.filter(measured) : [...PATTERN_IDS];
  const weakest = [...candidates].sort((a, b) => mastery(a) - mastery(b))[0];
  const success = recentSuccess(learner.attempts);
  const targetLevel = 2 * (success?.rate ?? DEFAULT_SUCCESS_RATE);
  const attemptsBySlug = groupBySlug(learner.attempts);

  const scored = catalogue.map((problem) => {
    const attempts = attemptsBySlug.get(problem.slug) ?? [];
    const review = dueReview(attempts, options.now);
    const training = totalWeakness > 0 ? problem.targetPatterns.reduce((sum, p) => sum + weakness(p), 0) / totalWeakness : 0;
    const fit = 1 - Math.abs(DIFFICULTIES.indexOf(problem.difficulty) - targetLevel) / 2;
    const solvedDaysAgo = daysSince(lastSolved(problem.slug, attempts, learner.solvedAt), options.now);
    const triedDaysAgo = daysSince(attempts.length > 0 ? new Date(Math.max(...attempts.map((a) => a.at.getTime()))) : null, options.now);
    const score =
      RANKING_WEIGHTS.training * training +
      RANKING_WEIGHTS.difficultyFit * fit +
      (review ? RANKING_WEIGHTS.reviewDue : 0) -
      (!review && solvedDaysAgo !== null ? RANKING_WEIGHTS.recentlySolved * Math.max(0, 1 - solvedDaysAgo / RECENTLY_SOLVED_DAYS) : 0) -
      (!review && triedDaysAgo !== null && triedDaysAgo < 1 ? RANKING_WEIGHTS.justAttempted : 0);
    return {
      slug: problem.slug,
      title: problem.title,
      difficulty: problem.difficulty,
      score: Math.round(score * 1000) / 1000,
      reason: explain(problem, { mastery, measured, weakest, review, fitsSuccess: fit === 1 ? success : null }),
      targetPatterns: [...problem.targetPatterns],
    };
  });
  return scored.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug)).slice(0, options.limit);
}

interface Explanation {
  mastery: (pattern: string) => number;
  measured: (pattern: string) => boolean;
  weakest: string;
  review: ReviewDue | null;
  fitsSuccess: { accepted: number; total: number } | null;
}

/** One plain sentence: why this problem, in the learner's terms. */
function explain(problem: RankableProblem, why: Explanation): string {
  // Measured weaknesses first: a pattern never observed is named last, as not measured yet.
  const byWeakness = [...problem.targetPatterns].sort((a, b) => Number(why.measured(b)) - Number(why.measured(a)) || why.mastery(a) - why.mastery(b));
  const named = (pattern: string) => (why.measured(pattern) ? `${pattern} (mastery ${why.mastery(pattern).toFixed(2)})` : `${pattern} (not measured yet)`);
  let reason: string;
  if (byWeakness.length === 0) reason = 'general practice';
  else if (why.review) {
    const ago = why.review.daysSinceFailure === 1 ? '1 day' : `${why.review.daysSinceFailure} days`;
    reason = `a spaced review: you missed this ${ago} ago; it trains ${named(byWeakness[0])}`;
  } else if (byWeakness[0] === why.weakest) {
    reason = `trains ${why.weakest}, your weakest pattern: mastery ${why.mastery(why.weakest).toFixed(2)}`;
    if (byWeakness[1] && why.mastery(byWeakness[1]) < 0.8) reason += `, and ${named(byWeakness[1])}`;
  } else if (why.mastery(byWeakness[0]) >= 0.8) {
    reason = `keeps ${named(byWeakness[0])} fresh`;
  } else {
    reason = `trains ${byWeakness
      .filter((p, i) => i < 2 && why.mastery(p) < 0.8)
      .map(named)
      .join(' and ')}`;
  }
  if (why.fitsSuccess && why.fitsSuccess.total >= 3) {
    reason += `; ${problem.difficulty} suits your recent success (${why.fitsSuccess.accepted} of ${why.fitsSuccess.total} accepted)`;
  }
  return reason;
}

function recentSuccess(attempts: readonly Attempt[]): { accepted: number; total: number; rate: number } | null {
  if (attempts.length === 0) return null;
  const recent = [...attempts].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, RECENT_ATTEMPTS);
  const accepted = recent.filter((attempt) => attempt.accepted).length;
  return { accepted, total: recent.length, rate: accepted / recent.length };
}

function groupBySlug(attempts: readonly Attempt[]): Map<string, Attempt[]> {
  const groups = new Map<string, Attempt[]>();
  for (const attempt of attempts) {
    const group = groups.get(attempt.slug);
    if (group) group.push(attempt);
    else groups.set(attempt.slug, [attempt]);
  }
  return groups;
}

function lastSolved(slug: string, attempts: readonly Attempt[], solvedAt?: ReadonlyMap<string, Date>): Date | null {
  const times = attempts.filter((a) => a.accepted).map((a) => a.at.getTime());
  const first = solvedAt?.get(slug);
  if (first) times.push(first.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

function daysSince(instant: Date | null, now: Date): number | null {
  return instant === null ? null : (now.getTime() - instant.getTime()) / DAY_MS;
}
