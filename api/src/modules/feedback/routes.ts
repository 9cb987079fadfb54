import type { FastifyInstance } from 'fastify';
import { notFound } from '../../errors.js';
import type { FeedbackService } from './feedback-service.js';
import { setExplanationDepth } from './feedback-queries.js';
import { type FeedbackStreamQuery, feedbackStreamSchema, type PreferencesBody, preferencesSchema } from './schemas.js';
import { toEventStream } from './server-sent-events.js';

export async function feedbackRoutes(app: FastifyInstance, opts: { feedback: FeedbackService }) {
  app.addHook('preHandler', app.authenticate);

  app.get<{ Params: { id: string }; Querystring: FeedbackStreamQuery }>(
    '/submissions/:id/feedback',
    { schema: feedbackStreamSchema },
    async (request, reply) => {
      const events = await opts.feedback.stream(request.params.id, request.userId!, { deeper: request.query.deeper });
      if (!events) throw notFound('submission');
      return reply
        .type('text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache, no-transform')
        .header('x-accel-buffering', 'no')
        .send(toEventStream(events));
    },
  );

  app.patch<{ Body: PreferencesBody }>('/me/preferences', { schema: preferencesSchema }, async (request) => {
    if (!(await setExplanationDepth(app.db, request.userId!, request.body.explanationDepth))) throw notFound('user');
    return { explanationDepth: request.body.explanationDepth };
  });
}
