import type { FastifyInstance } from 'fastify';
import type { MockInterview } from '../../db/schema.js';
import { findCurrentProblem } from '../problems/index.js';
import { finishInterviewSchema, getInterviewSchema, listInterviewsSchema, runningInterviewSchema, startInterviewSchema } from './schemas.js';
import { DEFAULT_DURATION_MINUTES, finishInterview, findInterview, type InterviewDeps, listInterviews, runningInterview, startInterview } from './service.js';

export async function mockInterviewRoutes(app: FastifyInstance) {
  const deps: InterviewDeps = { db: app.db, cache: app.cache };
  app.addHook('preHandler', app.authenticate);

  const present = async (interview: MockInterview) => ({
    id: interview.id,
    status: interview.finishedAt ? 'finished' : 'running',
    problems: await Promise.all(
      interview.problemSlugs.map(async (slug) => {
        const problem = await findCurrentProblem(deps.db, deps.cache, slug);
        return { slug, title: problem?.title ?? slug, difficulty: problem?.difficulty ?? 'unknown' };
      }),
    ),
    durationMinutes: interview.durationMinutes,
    startedAt: interview.startedAt.toISOString(),
    endsAt: interview.endsAt.toISOString(),
    finishedAt: interview.finishedAt?.toISOString() ?? null,
    report: interview.report ?? null,
  });

  app.post<{ Body: { durationMinutes?: number } }>('/', { schema: startInterviewSchema }, async (request, reply) => {
    const interview = await startInterview(deps, request.userId!, request.body?.durationMinutes ?? DEFAULT_DURATION_MINUTES);
    return reply.code(201).send(await present(interview));
  });

  app.get('/running', { schema: runningInterviewSchema }, async (request) => {
    const interview = await runningInterview(deps, request.userId!);
    return { interview: interview ? await present(interview) : null };
  });

  app.get('/', { schema: listInterviewsSchema }, async (request) => ({
    items: await Promise.all((await listInterviews(deps, request.userId!)).map(present)),
  }));

  app.get<{ Params: { id: string } }>('/:id', { schema: getInterviewSchema }, async (request) =>
    present(await findInterview(deps, request.userId!, request.params.id)),
  );

  app.post<{ Params: { id: string } }>('/:id/finish', { schema: finishInterviewSchema }, async (request) =>
    present(await finishInterview(deps, request.userId!, request.params.id)),
  );
}
