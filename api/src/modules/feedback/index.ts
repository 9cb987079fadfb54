// The feedback module under /api: the feedback stream of a submission and the explanation depth.
// The service is created in app.ts (it is also the submissions' afterJudged hook); this plugin
// serves it, gives leftover submissions their feedback once the app is up, and closes it last.
import type { FastifyInstance } from 'fastify';
import type { FeedbackService } from './feedback-service.js';
import { feedbackRoutes } from './routes.js';

export async function feedbackModule(app: FastifyInstance, opts: { feedback: FeedbackService }) {
  await app.register(feedbackRoutes, { feedback: opts.feedback });
  app.addHook('onReady', async () => {
    // In the background: a long backlog must not hold up the start.
    opts.feedback.resumeMissing().catch((error) => app.log.error({ err: error }, 'feedback backlog could not be resumed'));
  });
  app.addHook('onClose', async () => opts.feedback.close());
}
