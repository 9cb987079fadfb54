import type { FastifyInstance } from 'fastify';
import { PATTERN_DOCS } from '../../../../analyzer/src/index.js';
import { listPatternsSchema, type PatternsReply } from './schemas.js';

/** The same for every caller and every request of a release: built once, cached by browsers. */
const CACHE_CONTROL = 'public, max-age=3600';

export async function patternRoutes(app: FastifyInstance) {
  const patterns: PatternsReply = { items: PATTERN_DOCS.map(({ id, title, docs }) => ({ id, title, why: docs.why, docs: { ...docs } })) };
  app.get('/patterns', { schema: listPatternsSchema }, async (_request, reply) => {
    reply.header('cache-control', CACHE_CONTROL);
    return patterns;
  });
}
