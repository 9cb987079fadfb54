// The help module under /api/problems/:slug: the hint ladder before solving and the reference
// solution after it (or on request), both recorded as help that weakens the evidence of a solve.
import type { FastifyInstance } from 'fastify';
import { helpRoutes } from './routes.js';

export async function helpModule(app: FastifyInstance) {
  await app.register(helpRoutes);
}
