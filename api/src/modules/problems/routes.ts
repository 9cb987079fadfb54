import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound, unauthorized } from '../../errors.js';
import { getProblemSchema, type ListProblemsQuery, listProblemsSchema } from './schemas.js';
import { type ProblemStatus, statusesForUser } from './problem-statuses.js';
import { filterCatalogue, findCurrentProblem, listCatalogue, PAGE_SIZE } from './service.js';

export async function problemRoutes(app: FastifyInstance) {
  const { db, cache } = app;

  /** Browsing is public; a caller who sends a token must send a valid one. */
  async function optionalUser(request: FastifyRequest): Promise<string | null> {
    if (!request.headers.authorization) return null;
    const identity = await request.identify();
    if (identity.userId === null) throw unauthorized(identity.reason);
    return identity.userId;
  }

  app.get<{ Querystring: ListProblemsQuery }>('/', { schema: listProblemsSchema }, async (request) => {
    const userId = await optionalUser(request);
    // Two independent cache reads: one round trip's wait, not two.
    const [catalogue, statuses] = await Promise.all([listCatalogue(db, cache), userId ? statusesForUser(db, cache, userId) : new Map<string, ProblemStatus>()]);
    const matching = filterCatalogue(catalogue, request.query);
    const page = request.query.page;
    const items = matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((problem) => ({
      slug: problem.slug,
      title: problem.title,
      difficulty: problem.difficulty,
      category: problem.category,
      tags: problem.tags,
      targetPatterns: problem.targetPatterns,
      status: statuses.get(problem.slug) ?? 'new',
    }));
    return { items, total: matching.length, page, pageSize: PAGE_SIZE };
  });

  app.get<{ Params: { slug: string } }>('/:slug', { schema: getProblemSchema }, async (request) => {
    const userId = await optionalUser(request);
    const [problem, statuses] = await Promise.all([
      findCurrentProblem(db, cache, request.params.slug),
      userId ? statusesForUser(db, cache, userId) : new Map<string, ProblemStatus>(),
    ]);
    if (!problem) throw notFound(`problem "${request.params.slug}"`);
    const { content } = problem;
    const publicTests = content.tests.filter((test) => !test.hidden && 'input' in test);
    const status = statuses.get(problem.slug) ?? 'new';
    return {
      slug: problem.slug,
      title: problem.title,
      difficulty: problem.difficulty,
      category: problem.category,
      tags: problem.tags,
      targetPatterns: problem.targetPatterns,
      version: problem.version,
      statement: content.statement,
      starterCode: content.starterCode,
      entryPoint: content.entryPoint,
      params: content.params,
      comparator: content.comparator,
      inPlace: content.inPlace,
      timeLimitMs: content.timeLimitMs,
      optimal: content.optimal,
      acceptable: content.acceptable,
      hiddenTests: content.tests.length - publicTests.length,
      hintCount: content.hints.length,
      status,
      tests: publicTests.map((test) => ({ id: test.id, input: test.input, expected: test.expected, tags: test.tags })),
    };
  });
}
