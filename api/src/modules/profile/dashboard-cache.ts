// Where a user's dashboard is cached: one minute, and dropped as soon as anything it shows
// changes (a judged submission, recommendation feedback, deletion of the account). Kept in
// app.cache only (Redis when configured), so every replica reads and drops the same copy.
import type { Cache } from '../../cache/cache.js';

export const DASHBOARD_TTL_SECONDS = 60;

export const dashboardCacheKey = (userId: string) => `profile:dashboard:${userId}`;

export function invalidateDashboard(cache: Cache, userId: string): Promise<void> {
  return cache.delete(dashboardCacheKey(userId));
}
