import type { FastifyInstance } from 'fastify';
import { notFound } from '../../errors.js';
import { rateLimitKey } from '../../plugins/rate-limits.js';
import { makesAnalysisRuns } from '../judge/index.js';
import { assertSameRequest, findKeyedSubmission, IDEMPOTENCY_HEADER } from './idempotency.js';
import { RunLeases } from './run-leases.js';
import { type CodeBody, createSubmissionSchema, getSubmissionSchema, listSubmissionsSchema, runSchema } from './schemas.js';
import { createSubmission, findOwnSubmission, listOwnSubmissions, presentSubmission, runCustomInputs, runPublicTests, type SubmissionDeps } from './service.js';

export function submissionDeps(app: FastifyInstance): SubmissionDeps {
  return {
    db: app.db,
    cache: app.cache,
    judge: app.judge,
    problems: app.problems,
    hooks: app.submissionHooks,
    analysis: { pythonBin: app.config.PYTHON_BIN, dynamic: makesAnalysisRuns(app.judge.executor) },
    backlog: app.analysisBacklog,
    jobs: app.submissionJobs,
    judgeOnWorkers: Boolean(app.submissionJobs) && !app.config.RUN_JOBS,
  };
}

export async function submissionRoutes(app: FastifyInstance) {
  const deps = submissionDeps(app);
  const leases = new RunLeases(app.cache, app.config.JUDGE_RUNS_PER_USER);
  app.addHook('preHandler', app.authenticate);

  app.post<{ Body: CodeBody }>(
    '/run',
    {
      schema: runSchema,
      config: {
        rateLimit: { max: app.config.RUNS_PER_MINUTE, timeWindow: 60_000, keyGenerator: rateLimitKey, groupId: 'runs' },
      },
    },
    async (request) => {
      const { problem, code, inputs } = request.body;
      return leases.hold(request.userId!, () => (inputs ? runCustomInputs(deps, problem, code, inputs) : runPublicTests(deps, problem, code)));
    },
  );

  app.post<{ Body: CodeBody }>(
    '/submissions',
    {
      schema: createSubmissionSchema,
      config: {
        rateLimit: { max: app.config.SUBMISSIONS_PER_HOUR, timeWindow: 3_600_000, keyGenerator: rateLimitKey, groupId: 'submissions' },
      },
    },
    async (request, reply) => {
      const { problem, code, language = 'python' } = request.body;
      const key = request.headers[IDEMPOTENCY_HEADER] as string | undefined;
      // A retry of a submission already made is answered from it, without judging again.
      const earlier = key ? await findKeyedSubmission(app.db, request.userId!, key) : null;
      if (earlier) {
        assertSameRequest(earlier, problem, code);
        return reply.code(200).header('idempotent-replayed', 'true').send(presentSubmission(earlier));
      }
      const { submission, replayed } = await leases.hold(request.userId!, () => createSubmission(deps, request.userId!, problem, code, language, key));
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(replayed ? 200 : 201).send(submission);
    },
  );

  app.get<{ Params: { id: string } }>('/submissions/:id', { schema: getSubmissionSchema }, async (request) => {
    const row = await findOwnSubmission(app.db, request.userId!, request.params.id);
    if (!row) throw notFound('submission');
    // Only here, not in the answer to POST: the author already holds the code they just sent.
    return { ...presentSubmission(row), code: row.code };
  });

  app.get<{ Querystring: { problem?: string; page: number } }>('/submissions', { schema: listSubmissionsSchema }, async (request) =>
    listOwnSubmissions(app.db, request.userId!, request.query),
  );
}
