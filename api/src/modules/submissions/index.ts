// The submissions module under /api: POST /run, and POST/GET /submissions.
import type { FastifyInstance } from 'fastify';
import { scheduleAbandonedRecovery } from './abandoned-recovery.js';
import { submissionRoutes } from './routes.js';

export async function submissionsModule(app: FastifyInstance) {
  await app.register(submissionRoutes);
  scheduleAbandonedRecovery(app);
}

// What the other modules use (import-x/no-restricted-paths lets them import only this file).
export { presentTests } from './present-report.js';
export { findOwnSubmission } from './service.js';
