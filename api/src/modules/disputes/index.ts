// The findings-dispute module under /api: a learner reports a wrong finding
// (POST /submissions/:id/findings/:index/dispute), counted per pattern in metrics and listed by
// `codementor findings disputes`.
import type { FastifyInstance } from 'fastify';
import { disputeRoutes } from './routes.js';

export async function disputesModule(app: FastifyInstance) {
  await app.register(disputeRoutes);
}
