// The findings-dispute API: a learner reports that a finding of their submission is wrong.
import { bearerAuth, errorResponses, patternIdSchema, storedText } from '../../schemas/common.js';

export const MAX_COMMENT_CHARS = 1000;

const dispute = {
  type: 'object',
  required: ['id', 'submissionId', 'index', 'patternId', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    submissionId: { type: 'string', format: 'uuid' },
    index: { type: 'integer' },
    patternId: patternIdSchema,
    comment: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const disputeFindingSchema = {
  tags: ['findings'],
  summary: 'Report that a finding of your submission is wrong (recorded to calibrate the detectors)',
  security: bearerAuth,
  params: {
    type: 'object',
    required: ['id', 'index'],
    properties: { id: { type: 'string', format: 'uuid' }, index: { type: 'integer', minimum: 0, maximum: 1000 } },
  },
  body: {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: { comment: storedText({ type: 'string', maxLength: MAX_COMMENT_CHARS } as const) },
  },
  response: { 201: dispute, ...errorResponses },
} as const;

export interface DisputeParams {
  id: string;
  index: number;
}

export interface DisputeBody {
  comment?: string;
}
