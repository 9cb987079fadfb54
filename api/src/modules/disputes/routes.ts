import type { FastifyInstance } from 'fastify';
import { type DisputeBody, type DisputeParams, disputeFindingSchema } from './schemas.js';
import { recordDispute } from './service.js';

export async function disputeRoutes(app: FastifyInstance) {
  app.post<{ Params: DisputeParams; Body: DisputeBody | null }>(
    '/submissions/:id/findings/:index/dispute',
    { schema: disputeFindingSchema, preHandler: app.authenticate },
    async (request, reply) => {
      const row = await recordDispute(app.db, {
        userId: request.userId!,
        submissionId: request.params.id,
        index: request.params.index,
        comment: request.body?.comment,
      });
      return reply.code(201).send({
        id: row.id,
        submissionId: row.submissionId,
        index: row.findingIndex,
        patternId: row.patternId,
        comment: row.comment,
        createdAt: row.createdAt.toISOString(),
      });
    },
  );
}
