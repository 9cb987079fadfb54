// `codementor problems list|seed|validate`: the problem set from the command line. `list` reads
// problems/ directly; `seed` upserts it into the configured database (PGlite or PostgreSQL).
import { createMemoryCache } from '../../api/src/cache/memory-cache.js';
import { createRedisCache, createRedisClient } from '../../api/src/cache/redis-cache.js';
import { ConfigError, loadConfig } from '../../api/src/config.js';
import { openDatabase } from '../../api/src/db/client.js';
import { createProblemLoader, defaultProblemCacheDir } from '../../api/src/modules/problems/problem-loader.js';
import { seedProblems } from '../../api/src/modules/problems/seed-problems.js';
import { invalidateProblemCache } from '../../api/src/modules/problems/service.js';
import { PROBLEMS_DIR } from '../../api/src/paths.js';
import { formatTable } from './format-table.js';

const USAGE = 'usage: codementor problems list | seed | validate [--slug SLUG]';

export async function runProblemsCommand(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  try {
    switch (verb) {
      case 'list':
        return await listProblems();
      case 'seed':
        return await seedDatabase();
      case 'validate':
        return await (await import('./validate-problems.js')).runValidateCommand(rest);
      default:
        process.stderr.write(`codementor: ${verb ? `unknown problems command "${verb}"; ` : ''}${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : (error as Error).message;
    process.stderr.write(`codementor: problems ${verb}: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

function loader() {
  const config = loadConfig();
  return createProblemLoader({ problemsDir: PROBLEMS_DIR, pythonBin: config.PYTHON_BIN, cacheDir: defaultProblemCacheDir() });
}

async function listProblems(): Promise<number> {
  const problems = await loader().loadAll();
  const rows = problems.map((p) => [p.slug, p.title, p.difficulty, p.category, String(p.tests.length)]);
  process.stdout.write(formatTable(['slug', 'title', 'difficulty', 'category', 'tests'], rows));
  process.stdout.write(`${problems.length} problems\n`);
  return 0;
}

async function seedDatabase(): Promise<number> {
  const config = loadConfig();
  const problems = await loader().loadAll();
  const database = await openDatabase(
    config.DATABASE_URL ? { kind: 'postgres', url: config.DATABASE_URL, poolSize: 2 } : { kind: 'pglite', dataDir: `${config.dataDir}/pglite` },
  );
  try {
    const report = await seedProblems(database.db, problems);
    const cache = config.REDIS_URL ? createRedisCache(createRedisClient(config.REDIS_URL)) : createMemoryCache();
    if (report.inserted.length + report.updated.length > 0) await invalidateProblemCache(cache);
    await cache.close();
    process.stdout.write(
      `seeded ${database.kind}: ${report.inserted.length} inserted, ${report.updated.length} updated (new version), ${report.unchanged.length} unchanged\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
