// The patterns module under /api: GET /patterns, the six error patterns in PATTERN_IDS order with
// the title, the "why" and the documentation their detectors give them. Public and read-only:
// it changes only with a release, so browsers and proxies may cache it.
import type { FastifyInstance } from 'fastify';
import { patternRoutes } from './routes.js';

export async function patternsModule(app: FastifyInstance) {
  await app.register(patternRoutes);
}
