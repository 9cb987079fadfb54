// Spaced review of failed problems: a failure opens an episode, and the problem comes back 1, 3
// and 7 days after that failure. It is due when one of those points has passed since the last
// attempt; an attempt at or after the 7-day point closes the episode, so a later failure opens
// a new one. Pure: works on the attempt history alone.

export const REVIEW_AFTER_DAYS = [1, 3, 7] as const;
const DAY_MS = 86_400_000;

export interface Attempt {
  slug: string;
  at: Date;
  accepted: boolean;
}

export interface ReviewDue {
  /** Which point came due: 1, 3 or 7 days after the failure. */
  afterDays: (typeof REVIEW_AFTER_DAYS)[number];
  /** Whole days since the failure that opened the episode. */
  daysSinceFailure: number;
}

/** The review due now for one problem's attempts (any order), or null. */
export function dueReview(attempts: readonly Attempt[], now: Date): ReviewDue | null {
  if (attempts.length === 0) return null;
  const sorted = [...attempts].sort((a, b) => a.at.getTime() - b.at.getTime());
  const lastReviewDay = REVIEW_AFTER_DAYS[REVIEW_AFTER_DAYS.length - 1];
  let episodeStart: number | null = null;
  for (const attempt of sorted) {
    const at = attempt.at.getTime();
    if (episodeStart !== null && at >= episodeStart + lastReviewDay * DAY_MS) episodeStart = null;
    if (!attempt.accepted && episodeStart === null) episodeStart = at;
  }
  if (episodeStart === null) return null;
  const lastAttempt = sorted[sorted.length - 1].at.getTime();
  const nowMs = now.getTime();
  // The latest review point that passed after the last attempt: the one the learner owes.
  const owed = [...REVIEW_AFTER_DAYS].reverse().find((days) => {
    const point = episodeStart + days * DAY_MS;
    return point > lastAttempt && point <= nowMs;
  });
  if (owed === undefined) return null;
  return { afterDays: owed, daysSinceFailure: Math.floor((nowMs - episodeStart) / DAY_MS) };
}
