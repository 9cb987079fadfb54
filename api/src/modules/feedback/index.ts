// The feedback module under /api: the feedback stream of a submission and the explanation depth.
// The service is created in app.ts (it is also the submissions' afterJudged hook); this plugin
// serves it, gives leftover submissions their feedback once the app is up and every few minutes
// after (rows another instance left, or a lost database connection), and closes it last.
import type { FastifyInstance } from 'fastify';
import type { FeedbackService } from './feedback-service.js';
import { feedbackRoutes } from './routes.js';

const RESUME_INTERVAL_MS = 5 * 60 * 1000;

export async function feedbackModule(app: FastifyInstance, opts: { feedback: FeedbackService }) {
  await app.register(feedbackRoutes, { feedback: opts.feedback });
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  // In the background: a long backlog must not hold up the start, and one pass at a time.
  const resume = () => {
    running ??= opts.feedback
      .resumeMissing()
      .catch((error) => app.log.error({ err: error }, 'feedback backlog could not be resumed'))
      .finally(() => (running = null));
  };
  app.addHook('onReady', async () => {
    resume();
    timer = setInterval(resume, RESUME_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await opts.feedback.close();
  });
}
