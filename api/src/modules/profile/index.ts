// The profile module under /api/me: everything about the signed-in user (later: dashboard,
// recommendations, export and deletion).
import type { FastifyInstance } from 'fastify';
import { profileRoutes } from './routes.js';

export async function profileModule(app: FastifyInstance) {
  await app.register(profileRoutes);
}
