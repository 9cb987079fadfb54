// The process around the app: reads the configuration, starts Sentry when configured, listens,
// and shuts down cleanly on SIGTERM/SIGINT (stop accepting, finish in-flight work, close pools).
import * as Sentry from '@sentry/node';
import type { FastifyInstance } from 'fastify';
import { buildApp, startWarmUp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { seedProblems } from './modules/problems/seed-problems.js';
import { invalidateProblemCache } from './modules/problems/service.js';

const SHUTDOWN_DEADLINE_MS = 10_000;

export async function startServer(config: Config = loadConfig()): Promise<FastifyInstance> {
  if (config.SENTRY_DSN) Sentry.init({ dsn: config.SENTRY_DSN, environment: config.NODE_ENV });
  const app = await buildApp(config);
  await seedProblemsOnStart(app);
  await app.listen({ host: config.HOST, port: config.PORT });
  startWarmUp(app);
  const shutdown = (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    // A stuck dependency must not keep the process alive past the deadline.
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    // Keep-alive connections whose request finishes during shutdown would otherwise hold the
    // server open until their idle timeout: close each as soon as it goes idle.
    setInterval(() => app.server.closeIdleConnections(), 100).unref();
    app.close().then(
      () => process.exit(0),
      (error) => {
        app.log.error({ err: error }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  return app;
}

/** Keeps the database's problem set in step with problems/ (idempotent: unchanged ones are skipped). */
async function seedProblemsOnStart(app: FastifyInstance): Promise<void> {
  const report = await seedProblems(app.db, await app.problems.all());
  if (report.inserted.length + report.updated.length > 0) await invalidateProblemCache(app.cache);
  app.log.info({ inserted: report.inserted.length, updated: report.updated.length, unchanged: report.unchanged.length }, 'problem set seeded');
}

/**
 * A worker: the app without its HTTP listener, taking judging and analysis jobs from the queues
 * (durable jobs need Redis). Stops on SIGTERM/SIGINT; a job it abandons goes to another worker.
 */
export async function startWorker(config: Config = loadConfig()): Promise<FastifyInstance> {
  if (!config.REDIS_URL) throw new ConfigError('REDIS_URL', 'must be set for `codementor worker`: the analysis queue lives in Redis');
  if (config.SENTRY_DSN) Sentry.init({ dsn: config.SENTRY_DSN, environment: config.NODE_ENV });
  const app = await buildApp({ ...config, RUN_JOBS: true });
  await app.ready();
  startWarmUp(app);
  app.log.info('worker ready: taking judging and analysis jobs');
  const shutdown = () => {
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  return app;
}

/** Entry point of `codementor worker`. */
export function runWorkerCommand(): Promise<number> {
  return runOneLineErrors(() => startWorker(), 'the worker');
}

/** Entry point of `codementor serve`: configuration errors end the process with one line. */
export function runServeCommand(): Promise<number> {
  return runOneLineErrors(() => startServer(), 'the server');
}

async function runOneLineErrors(start: () => Promise<unknown>, what: string): Promise<number> {
  try {
    await start();
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`codementor: ${error.message}\n`);
      return 2;
    }
    const err = error as { code?: string; message?: string };
    process.stderr.write(`codementor: cannot start ${what}: ${err.code ? `${err.code} ` : ''}${err.message ?? String(error)}\n`);
    return 1;
  }
}
