// The ops module: /health, /ready and /metrics at the root (the OpenAPI UI is mounted in app.ts).
import type { FastifyInstance } from 'fastify';
import { opsRoutes } from './routes.js';

export async function opsModule(app: FastifyInstance) {
  await app.register(opsRoutes);
}
