// The problems module under /api/problems: browsing the current version of the problem set.
import type { FastifyInstance } from 'fastify';
import { problemRoutes } from './routes.js';

export async function problemsModule(app: FastifyInstance) {
  await app.register(problemRoutes);
}

// The problems module's public surface for the other modules (import-x/no-restricted-paths lets
// them import only this file).
export { generateInputsOnce } from './problem-loader.js';
export type { ProblemRegistry } from './problem-registry.js';
export { CATEGORIES, DIFFICULTIES } from './problem-schema.js';
export type { Category, ComparatorName, Difficulty, Problem, ProblemTest } from './problem-schema.js';
export { invalidateAllProblemStatuses, invalidateProblemStatuses } from './problem-statuses.js';
export type { StoredProblemContent } from './seed-problems.js';
export { findCurrentProblem, listCatalogue } from './service.js';
export type { ProblemDetail } from './service.js';
