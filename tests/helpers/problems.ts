// The real problem set for API tests, loaded once per test process (generated tests are cached
// on disk across processes), and seeded into a test database.
import type { Database } from '../../api/src/db/client.js';
import { createProblemLoader, defaultProblemCacheDir } from '../../api/src/modules/problems/problem-loader.js';
import { createProblemRegistry, type ProblemRegistry } from '../../api/src/modules/problems/problem-registry.js';
import { seedProblems } from '../../api/src/modules/problems/seed-problems.js';
import { PROBLEMS_DIR } from '../../api/src/paths.js';

let registry: ProblemRegistry | null = null;

export function testProblemRegistry(): ProblemRegistry {
  registry ??= createProblemRegistry(
    createProblemLoader({
      problemsDir: PROBLEMS_DIR,
      pythonBin: process.env.PYTHON_BIN ?? 'python3',
      cacheDir: defaultProblemCacheDir(),
    }),
  );
  return registry;
}

export async function seedTestProblems(db: Database) {
  return seedProblems(db, await testProblemRegistry().all());
}
