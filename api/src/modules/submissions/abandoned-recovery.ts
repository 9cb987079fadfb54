// Finishes what a crashed or stopped process left undone (submissions pending, analyses not
// completed): once when the server starts listening, then every minute (for rows another
// instance abandoned). Both lookups use small partial indexes. Never blocks start-up.
import type { FastifyInstance } from 'fastify';
import { submissionDeps } from './routes.js';
import { finishAbandonedSubmissions } from './service.js';

const RECOVERY_INTERVAL_MS = 60 * 1000;

export function scheduleAbandonedRecovery(app: FastifyInstance): void {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const recover = () => {
    running ??= finishAbandonedSubmissions(submissionDeps(app))
      .then((outcome) => {
        if (outcome.finished + outcome.failed + outcome.analyzed > 0) app.log.info(outcome, 'finished abandoned submissions');
      })
      .catch((error) => app.log.warn({ err: error }, 'recovery of abandoned submissions failed; will retry'))
      .finally(() => {
        running = null;
      });
    return running;
  };
  app.addHook('onListen', async () => {
    void recover();
    // recover never rejects: it logs its own failure.
    timer = setInterval(() => void recover(), RECOVERY_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });
}
