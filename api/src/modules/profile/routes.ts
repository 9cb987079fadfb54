import type { FastifyInstance } from 'fastify';
import { notFound } from '../../errors.js';
import { findUserById } from '../auth/index.js';
import { getDashboard } from './dashboard.js';
import { deleteUserData, exportUserData } from './data-rights.js';
import { rateRecommendation } from './recommendation-feedback.js';
import { recommendProblems } from './recommendations.js';
import { dashboardSchema, deleteMeSchema, exportSchema, meSchema, recommendationFeedbackSchema, recommendationsSchema } from './schemas.js';

export async function profileRoutes(app: FastifyInstance) {
  app.addHook('preHandler', app.authenticate);

  app.get('/', { schema: meSchema }, async (request) => {
    const user = await findUserById(app.db, request.userId!);
    if (!user) throw notFound('user');
    return {
      id: user.id,
      email: user.email,
      authProvider: user.authProvider,
      explanationDepth: user.explanationDepth,
      createdAt: user.createdAt.toISOString(),
    };
  });

  app.delete('/', { schema: deleteMeSchema }, async (request, reply) => {
    const deleted = await deleteUserData(app.db, app.cache, request.userId!);
    // Every instance refuses the account's tokens from now on (the note deleteUserData left in the
    // shared cache); this one even through a cache outage.
    app.forgetUser(request.userId!);
    if (!deleted) throw notFound('user');
    return reply.code(204).send();
  });

  app.get('/dashboard', { schema: dashboardSchema }, async (request) => {
    const dashboard = await getDashboard(app.db, app.cache, request.userId!);
    if (!dashboard) throw notFound('user');
    return dashboard;
  });

  app.get<{ Querystring: { limit: number } }>('/recommendations', { schema: recommendationsSchema }, async (request) => ({
    items: await recommendProblems(app.db, app.cache, request.userId!, request.query.limit),
  }));

  app.post<{ Params: { slug: string }; Body: { helpful: boolean } }>(
    '/recommendations/:slug/feedback',
    { schema: recommendationFeedbackSchema },
    async (request, reply) => {
      await rateRecommendation(app.db, app.cache, request.userId!, request.params.slug, request.body.helpful);
      return reply.code(204).send();
    },
  );

  app.get('/export', { schema: exportSchema }, async (request) => {
    const data = await exportUserData(app.db, request.userId!);
    if (!data) throw notFound('user');
    return data;
  });
}
