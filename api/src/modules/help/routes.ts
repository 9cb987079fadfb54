import type { FastifyInstance } from 'fastify';
import { hintsSchema, openHintSchema, revealSolutionSchema, solutionSchema } from './schemas.js';
import { type HelpDeps, openedHints, openHint, revealSolution, unlockedSolution } from './service.js';

type SlugParams = { Params: { slug: string } };

export async function helpRoutes(app: FastifyInstance) {
  const deps: HelpDeps = { db: app.db, cache: app.cache };
  app.addHook('preHandler', app.authenticate);

  app.get<SlugParams>('/:slug/hints', { schema: hintsSchema }, async (request) => openedHints(deps, request.userId!, request.params.slug));

  app.post<SlugParams & { Body: { rung: number } }>('/:slug/hints', { schema: openHintSchema }, async (request) =>
    openHint(deps, request.userId!, request.params.slug, request.body.rung),
  );

  // Locked is an ordinary state, not an error: the answer says so with `solution: null`.
  app.get<SlugParams>('/:slug/solution', { schema: solutionSchema }, async (request) => ({
    solution: await unlockedSolution(deps, request.userId!, request.params.slug),
  }));

  app.post<SlugParams>('/:slug/solution/reveal', { schema: revealSolutionSchema }, async (request) =>
    revealSolution(deps, request.userId!, request.params.slug),
  );
}
