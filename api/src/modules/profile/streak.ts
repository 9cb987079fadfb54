// The daily practice streak, counted in UTC days: a submission on the day after the last active
// day extends it, on the same day keeps it, after a gap restarts it at 1. Pure.

const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant, as YYYY-MM-DD (the `date` column's text form). */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / DAY_MS);
}

export interface StreakState {
  streakDays: number;
  lastActiveDay: string | null;
}

/** The streak after activity on `day`. Activity older than the last active day changes nothing. */
export function extendStreak(state: StreakState, day: string): StreakState {
  if (state.lastActiveDay === null) return { streakDays: 1, lastActiveDay: day };
  const gap = daysBetween(state.lastActiveDay, day);
  if (gap <= 0) return { streakDays: Math.max(1, state.streakDays), lastActiveDay: state.lastActiveDay };
  return { streakDays: gap === 1 ? state.streakDays + 1 : 1, lastActiveDay: day };
}

/** The streak as seen on `today`: still alive through yesterday, otherwise broken (0). */
export function currentStreak(state: StreakState, today: string): number {
  if (state.lastActiveDay === null) return 0;
  return daysBetween(state.lastActiveDay, today) <= 1 ? state.streakDays : 0;
}
