// Data retention: submissions older than RETENTION_DAYS are deleted once a day. The profile's
// aggregates (pattern counts, mastery, solved problems, streak) are kept: they hold no code.
// The timer is unref'd (it never keeps the process alive) and cleared when the app closes.
// Problem statuses come from submissions (a problem solved long ago can turn back to new), so a
// run that deleted any drops every cached status: one sweep of the cache a day.
import { lt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client.js';
import { submissions } from '../../db/schema.js';
import { invalidateAllProblemStatuses } from '../problems/index.js';
import { retentionDeletedTotal } from './profile-metrics.js';

export const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** The first run waits a little, so start-up (migrations, seeding) finishes first. */
const FIRST_RUN_DELAY_MS = 60 * 1000;

/** Deletes every submission created before now - retentionDays; returns how many. */
export async function deleteExpiredSubmissions(db: Database, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
  const deleted = await db.delete(submissions).where(lt(submissions.createdAt, cutoff)).returning({ id: submissions.id });
  retentionDeletedTotal.inc(deleted.length);
  return deleted.length;
}

export function scheduleRetentionJob(app: FastifyInstance): void {
  const run = async () => {
    try {
      const deleted = await deleteExpiredSubmissions(app.db, app.config.RETENTION_DAYS);
      if (deleted > 0) await invalidateAllProblemStatuses(app.cache);
      app.log.info({ deleted, retentionDays: app.config.RETENTION_DAYS }, 'retention: old submissions deleted');
    } catch (error) {
      app.log.error({ err: error }, 'retention: the job failed; it runs again tomorrow');
    }
  };
  let first: NodeJS.Timeout | undefined;
  let daily: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    // run never rejects: it logs its own failure.
    const tick = () => void run();
    first = setTimeout(tick, FIRST_RUN_DELAY_MS).unref();
    daily = setInterval(tick, RETENTION_INTERVAL_MS).unref();
  });
  app.addHook('onClose', async () => {
    clearTimeout(first);
    clearInterval(daily);
  });
}
