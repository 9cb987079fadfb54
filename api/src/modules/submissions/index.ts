// The submissions module under /api: POST /run, and POST/GET /submissions.
import type { FastifyInstance } from 'fastify';
import { scheduleAbandonedRecovery } from './abandoned-recovery.js';
import { submissionRoutes } from './routes.js';

export async function submissionsModule(app: FastifyInstance) {
  await app.register(submissionRoutes);
  scheduleAbandonedRecovery(app);
}
