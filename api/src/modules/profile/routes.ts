import type { FastifyInstance } from 'fastify';
import { notFound } from '../../errors.js';
import { findUserById } from '../auth/service.js';
import { meSchema } from './schemas.js';

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
}
