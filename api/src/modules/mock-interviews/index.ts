// The mock-interview module under /api/mock-interviews: timed sessions on problems the queue
// picks, their reports, and the question other modules ask (is help off for this problem now?).
import type { FastifyInstance } from 'fastify';
import { mockInterviewRoutes } from './routes.js';

export { refuseHelpDuringInterview, runningInterview } from './service.js';

export async function mockInterviewsModule(app: FastifyInstance) {
  await app.register(mockInterviewRoutes);
}
