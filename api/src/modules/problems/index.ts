// The problems module under /api/problems: browsing the current version of the problem set.
import type { FastifyInstance } from 'fastify';
import { problemRoutes } from './routes.js';

export async function problemsModule(app: FastifyInstance) {
  await app.register(problemRoutes);
}
