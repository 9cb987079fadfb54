import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { submissions } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { refuseHelpDuringInterview } from '../mock-interviews/index.js';
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
      if (request.query.deeper) await refuseDeeperDuringInterview(request.userId!, request.params.id);
      const events = await opts.feedback.stream(request.params.id, request.userId!, { deeper: request.query.deeper });
      if (!events) throw notFound('submission');
      return reply
        .type('text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache, no-transform')
        .header('x-accel-buffering', 'no')
        .send(toEventStream(events));
    },
  );

  /** A deeper rung is a hint: none on a problem of a running mock interview. */
  async function refuseDeeperDuringInterview(userId: string, submissionId: string): Promise<void> {
    const [own] = await app.db
      .select({ problem: submissions.problemSlug })
      .from(submissions)
      .where(and(eq(submissions.id, submissionId), eq(submissions.userId, userId)));
    if (own) await refuseHelpDuringInterview({ db: app.db, cache: app.cache }, userId, own.problem);
  }

  app.patch<{ Body: PreferencesBody }>('/me/preferences', { schema: preferencesSchema }, async (request) => {
    if (!(await setExplanationDepth(app.db, request.userId!, request.body.explanationDepth))) throw notFound('user');
    return { explanationDepth: request.body.explanationDepth };
  });
}
