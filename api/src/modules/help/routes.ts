import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors.js';
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

  app.get<SlugParams>('/:slug/solution', { schema: solutionSchema }, async (request) => {
    const solution = await unlockedSolution(deps, request.userId!, request.params.slug);
    if (!solution) {
      throw new AppError(403, 'SOLUTION_LOCKED', 'the solution opens once you solve the problem, or when you ask to see it first (POST .../solution/reveal)');
    }
    return solution;
  });

  app.post<SlugParams>('/:slug/solution/reveal', { schema: revealSolutionSchema }, async (request) =>
    revealSolution(deps, request.userId!, request.params.slug),
  );
}
