// buildApp(config): the whole HTTP application as a plain Fastify instance, without a port, so
// tests build exactly what production runs and drive it with `app.inject`. Infrastructure (db,
// cache, config) is decorated here; each domain is a module registered by prefix in one list.
import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Cache } from './cache/cache.js';
import { createMemoryCache } from './cache/memory-cache.js';
import { createRedisCache, createRedisClient } from './cache/redis-cache.js';
import { createRedisFeedbackBus } from './modules/feedback/feedback-bus.js';
import type { Config } from './config.js';
import { type Database, type DatabaseHandle, openDatabase } from './db/client.js';
import { resolveJwtSecret } from './jwt-secret.js';
import { collectProcessMetrics } from './metrics.js';
import { authModule } from './modules/auth/index.js';
import { disputesModule } from './modules/disputes/index.js';
import { helpModule } from './modules/help/index.js';
import { mockInterviewsModule } from './modules/mock-interviews/index.js';
import { createFeedbackService } from './modules/feedback/feedback-service.js';
import { feedbackModule } from './modules/feedback/index.js';
import { createSolutionProbe } from './modules/feedback/solution-probe.js';
import { warmUpAnalysis } from './modules/analysis/analyze-submission.js';
import { createJudge, type Judge, verdictsHeldAtOnce } from './modules/judge/judge.js';
import { judge0OptionsFrom } from './modules/judge/judge0-config.js';
import { opsModule } from './modules/ops/index.js';
import { patternsModule } from './modules/patterns/index.js';
import { createProblemLoader, defaultProblemCacheDir } from './modules/problems/problem-loader.js';
import { createProblemRegistry, type ProblemRegistry } from './modules/problems/problem-registry.js';
import { problemsModule } from './modules/problems/index.js';
import { profileModule } from './modules/profile/index.js';
import { submissionsModule } from './modules/submissions/index.js';
import { AnalysisBacklog } from './modules/submissions/analysis-backlog.js';
import { SubmissionJobs } from './modules/submissions/submission-jobs.js';
import { submissionDeps } from './modules/submissions/routes.js';
import { analyzeStoredSubmission, judgePendingSubmission } from './modules/submissions/service.js';
import type { SubmissionHooks } from './modules/submissions/service.js';
import { PROBLEMS_DIR } from './paths.js';
import { authenticatePlugin } from './plugins/authenticate.js';
import { answerFrameworkError, errorHandlerPlugin } from './plugins/error-handler.js';
import { finiteNumbersPlugin } from './plugins/finite-numbers.js';
import { httpMetricsPlugin } from './plugins/http-metrics.js';
import { rateLimitsPlugin } from './plugins/rate-limits.js';
import { webAppPlugin } from './plugins/web-app.js';
import { submissionSteps } from './submission-pipeline.js';
import { timeJudge } from './submission-metrics.js';
import { errorBodySchema } from './schemas/common.js';

export interface ReadinessCheck {
  kind: string;
  /** For the executor: what contains learner code. */
  boundary?: string;
  ping(): Promise<boolean>;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Database;
    cache: Cache;
    judge: Judge;
    problems: ProblemRegistry;
    /** What other modules do when a submission is judged (see submissions/service.ts). */
    submissionHooks: SubmissionHooks;
    /** Submissions answered with their verdict whose findings this process is still completing. */
    analysisBacklog: AnalysisBacklog;
    submissionJobs: SubmissionJobs | undefined;
    /** Dependencies reported by GET /ready; modules add their own (e.g. the code executor). */
    readinessChecks: Map<string, ReadinessCheck>;
  }
}

export interface AppDependencies {
  /** An already-open database (tests); otherwise opened from the config and closed with the app. */
  database?: DatabaseHandle;
  cache?: Cache;
  /** A judge to share (tests); otherwise created from the config and closed with the app. */
  judge?: Judge;
  problems?: ProblemRegistry;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp(config: Config, deps: AppDependencies = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? { level: config.LOG_LEVEL },
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
    },
    ajv: { customOptions: { allErrors: false, coerceTypes: 'array', removeAdditional: false } },
    frameworkErrors: answerFrameworkError,
  });
  collectProcessMetrics();

  const database = deps.database ?? (await openConfiguredDatabase(config));
  const redis = deps.cache ? undefined : config.REDIS_URL ? createRedisClient(config.REDIS_URL) : undefined;
  const cache = deps.cache ?? (redis ? createRedisCache(redis) : createMemoryCache());
  const judge = deps.judge ?? timeJudge(createConfiguredJudge(config, cache));
  const problems =
    deps.problems ??
    createProblemRegistry(createProblemLoader({ problemsDir: PROBLEMS_DIR, pythonBin: config.PYTHON_BIN, cacheDir: defaultProblemCacheDir() }));
  app.decorate('config', config);
  app.decorate('db', database.db);
  app.decorate('cache', cache);
  app.decorate('judge', judge);
  app.decorate('problems', problems);
  app.decorate('submissionHooks', {} satisfies SubmissionHooks);
  // With Redis, judging and analyses are durable jobs any worker takes (this server too, unless RUN_JOBS=false).
  const submissionJobs = redis && config.REDIS_URL ? new SubmissionJobs(config.REDIS_URL, { lockMs: config.JOB_LOCK_SECONDS * 1000 }) : undefined;
  app.decorate('submissionJobs', submissionJobs);
  const analysisBacklog = new AnalysisBacklog((error, submissionId) =>
    app.log.warn({ err: error, submissionId }, 'background analysis failed; the recovery will finish it'),
  );
  app.decorate('analysisBacklog', analysisBacklog);
  app.decorate(
    'readinessChecks',
    new Map<string, ReadinessCheck>([
      ['database', { kind: database.kind, ping: () => database.ping() }],
      ['cache', { kind: cache.kind, ping: () => cache.ping() }],
      ['executor', { kind: judge.executor.name, boundary: judge.executor.boundary, ping: () => judge.ping() }],
    ]),
  );
  // Analyses still running when the server stops are dropped (their rows stay to do), first,
  // so that none of them stores what it found while the judge is being closed under it.
  app.addHook('preClose', async () => {
    void analysisBacklog.close();
    await submissionJobs?.close();
  });
  app.addHook('onClose', async () => {
    await analysisBacklog.close();
    if (!deps.judge) await judge.close();
    if (!deps.cache) await cache.close();
    if (!deps.database) await database.close();
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  app.addSchema(errorBodySchema);
  await app.register(errorHandlerPlugin);
  await app.register(httpMetricsPlugin);
  await app.register(finiteNumbersPlugin);
  await app.register(helmet, { contentSecurityPolicy: { directives: contentSecurityPolicy(config) }, crossOriginEmbedderPolicy: false });
  await app.register(cors, { origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false, credentials: true });
  await registerOpenApi(app);
  await app.register(authenticatePlugin, { config, jwtSecret: await resolveJwtSecret(config) });
  await app.register(rateLimitsPlugin, { config, redis });

  await app.register(opsModule);
  await app.register(authModule, { prefix: '/api/auth' });
  await app.register(problemsModule, { prefix: '/api/problems' });
  await app.register(submissionsModule, { prefix: '/api' });
  await app.register(profileModule, { prefix: '/api/me' });
  await app.register(disputesModule, { prefix: '/api' });
  await app.register(patternsModule, { prefix: '/api' });
  await app.register(helpModule, { prefix: '/api/problems' });
  await app.register(mockInterviewsModule, { prefix: '/api/mock-interviews' });
  await app.register(webAppPlugin);
  // Feedback starts once the findings are final and never delays anything (see feedback-service.ts).
  const feedback = createFeedbackService({
    db: database.db,
    cache,
    config,
    log: app.log,
    probe: createSolutionProbe(judge, problems),
    whenAnalyzed: (submissionId) => analysisBacklog.settled(submissionId),
    // With Redis, a feedback stream on any replica follows a generation on any other.
    bus: redis ? createRedisFeedbackBus(redis) : undefined,
  });
  await app.register(feedbackModule, { prefix: '/api', feedback });
  // The steps of a submission, from the modules that own them (see submission-pipeline.ts).
  Object.assign(app.submissionHooks, submissionSteps({ cache, feedback }));
  if (submissionJobs && config.RUN_JOBS) {
    // Once every step above is in place: a job's profile update and feedback need them.
    app.addHook('onReady', async () => {
      const deps = submissionDeps(app);
      submissionJobs.work(
        {
          judge: (id) => judgePendingSubmission(deps, id),
          analyze: (id) => analyzeStoredSubmission(deps, id).then(() => undefined),
        },
        verdictsHeldAtOnce(config.JUDGE_CONCURRENCY),
      );
    });
  }
  return app;
}

/** The web app's CSP: Monaco needs blob: workers and inline styles; Clerk, its own hosts. */
function contentSecurityPolicy(config: Config): Record<string, string[] | null> {
  const clerk = config.authMode === 'clerk' ? ['https://*.clerk.accounts.dev', 'https://*.clerk.com', 'https://challenges.cloudflare.com'] : [];
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...clerk],
    'style-src': ["'self'", "'unsafe-inline'"],
    'worker-src': ["'self'", 'blob:'],
    'img-src': ["'self'", 'data:', 'blob:', ...clerk],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...clerk],
    'frame-src': ["'self'", ...clerk],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'upgrade-insecure-requests': null,
  };
}

function createConfiguredJudge(config: Config, cache: Cache): Judge {
  return createJudge({
    pythonBin: config.PYTHON_BIN,
    memoryMb: config.JUDGE_MEMORY_MB,
    concurrency: config.JUDGE_CONCURRENCY,
    queueSize: config.JUDGE_QUEUE_SIZE,
    judge0: judge0OptionsFrom(config),
    allowUnsandboxed: config.JUDGE_UNSAFE_NO_SANDBOX,
    hiddenPaths: [config.dataDir],
    // Identical submissions reuse their result: the judge stores strings, the cache JSON.
    cache: {
      get: async (key) => (await cache.get<string>(`judge:${key}`)) ?? null,
      set: (key, value, ttlSeconds) => cache.set(`judge:${key}`, value, ttlSeconds),
    },
  });
}

function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  return config.DATABASE_URL
    ? openDatabase({ kind: 'postgres', url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE })
    : openDatabase({ kind: 'pglite', dataDir: `${config.dataDir}/pglite` });
}

async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      info: { title: 'CodeMentor API', version: '0.1.0', description: 'Judge, analyze and explain Python solutions.' },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list' } });
}

/**
 * Starts, without waiting for it, what a judging process can work out before its first
 * submission (see warmUpAnalysis). A replica that leaves judging to workers has none.
 */
export function startWarmUp(app: FastifyInstance): void {
  if (app.submissionJobs && !app.config.RUN_JOBS) return;
  const { analysis } = submissionDeps(app);
  void app.problems
    .all()
    .then((problems) => warmUpAnalysis(app.judge, problems, analysis))
    .catch((error: unknown) => app.log.warn({ err: error }, 'warm-up stopped'));
}
