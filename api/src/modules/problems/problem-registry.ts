// The problem set as the server judges it: every problem folder loaded once (generated tests
// expanded) and kept in memory, so a submission never waits on the disk or on generator.py.
// Per process is safe across replicas: each reads the problem folder shipped in its own image.
import type { Problem } from './problem-schema.js';
import { type ProblemLoader, ProblemNotFoundError } from './problem-loader.js';

export interface ProblemRegistry {
  get(slug: string): Promise<Problem | null>;
  all(): Promise<Problem[]>;
}

export function createProblemRegistry(loader: ProblemLoader): ProblemRegistry {
  let loaded: Promise<Map<string, Problem>> | null = null;
  const load = () =>
    (loaded ??= loader.loadAll().then(
      (problems) => new Map(problems.map((problem) => [problem.slug, problem])),
      (error) => {
        loaded = null; // let the next call retry instead of caching the failure
        throw error;
      },
    ));
  return {
    async get(slug) {
      const problems = await load();
      const known = problems.get(slug);
      if (known) return known;
      // A folder added after start is picked up on first use.
      try {
        const problem = await loader.load(slug);
        problems.set(slug, problem);
        return problem;
      } catch (error) {
        if (error instanceof ProblemNotFoundError) return null;
        throw error;
      }
    },
    async all() {
      return [...(await load()).values()];
    },
  };
}
