// The server under test, as a child process of the load and fault scripts (so their own work
// never runs on the server's event loop): buildApp from the environment it is given, problems
// seeded as at a normal start, listening on 127.0.0.1 on a free port that it reports over IPC.
// SIGTERM closes the app (in-flight work, pools) and exits.
//
// RELIABILITY_JUDGE0_* variables are test-only knobs of the Judge0 client (request timeout,
// retries, breaker cool-down) that the configuration does not expose; they let the fault run
// show a hanging Judge0 in seconds instead of minutes, and the scripts print them when used.
import { buildApp } from '../../api/src/app.js';
import { loadConfig } from '../../api/src/config.js';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import { seedProblems } from '../../api/src/modules/problems/seed-problems.js';
import { invalidateProblemCache } from '../../api/src/modules/problems/service.js';
import { createMemoryCache } from '../../api/src/cache/memory-cache.js';
import { createRedisCache, createRedisClient } from '../../api/src/cache/redis-cache.js';
import { timeJudge } from '../../api/src/submission-metrics.js';

const send = (message: unknown) => process.send?.(message);

async function main() {
  // The parent passes a complete environment: no .env file is read here.
  const config = loadConfig(process.env);
  const judge0Overrides = readJudge0Overrides();
  let deps = {};
  if (config.JUDGE0_URL && judge0Overrides) {
    // Same wiring as app.ts's createConfiguredJudge, with the client's timings overridden.
    const cache = config.REDIS_URL ? createRedisCache(createRedisClient(config.REDIS_URL)) : createMemoryCache();
    const judge = createJudge({
      pythonBin: config.PYTHON_BIN,
      memoryMb: config.JUDGE_MEMORY_MB,
      concurrency: config.JUDGE_CONCURRENCY,
      queueSize: config.JUDGE_QUEUE_SIZE,
      judge0: { url: config.JUDGE0_URL, ...judge0Overrides },
      cache: {
        get: async (key) => (await cache.get<string>(`judge:${key}`)) ?? null,
        set: (key, value, ttl) => cache.set(`judge:${key}`, value, ttl),
      },
    });
    deps = { judge: timeJudge(judge), cache };
  }
  const app = await buildApp(config, deps);
  const report = await seedProblems(app.db, await app.problems.all());
  if (report.inserted.length + report.updated.length > 0) await invalidateProblemCache(app.cache);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  let closing = false;
  process.on('SIGTERM', () => {
    if (closing) return;
    closing = true;
    setTimeout(() => process.exit(1), 10_000).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  // The parent going away must not leave a server behind.
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  send({ type: 'listening', port, problems: report.inserted.length + report.updated.length + report.unchanged.length });
}

function readJudge0Overrides() {
  const timeout = process.env.RELIABILITY_JUDGE0_TIMEOUT_MS;
  if (!timeout) return null;
  return {
    requestTimeoutMs: Number(timeout),
    maxRetries: Number(process.env.RELIABILITY_JUDGE0_RETRIES ?? 3),
    breakerThreshold: Number(process.env.RELIABILITY_JUDGE0_BREAKER_THRESHOLD ?? 5),
    breakerCoolDownMs: Number(process.env.RELIABILITY_JUDGE0_COOLDOWN_MS ?? 30_000),
    pollIntervalMs: Number(process.env.RELIABILITY_JUDGE0_POLL_MS ?? 1000),
  };
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 100);
});
