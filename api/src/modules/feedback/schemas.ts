// The feedback API contract: the feedback stream of a submission and the learner's explanation depth.
import { bearerAuth, errorResponses } from '../../schemas/common.js';
import { EXPLANATION_DEPTHS, type ExplanationDepth } from './feedback-types.js';

export const feedbackStreamSchema = {
  tags: ['submissions'],
  summary: 'The feedback of one of your submissions, as server-sent events',
  description:
    '`token` events carry text as it is written; `reset` means the text so far is withdrawn (an answer replaced by rule-based feedback); ' +
    'the last event, `final`, carries `{source, model, text, tokens: {input, output}, level, depth, cached}` and its text is authoritative. ' +
    'Stored feedback is replayed; `deeper=true` asks for the next rung of the hint ladder (hint, explanation, walkthrough), ' +
    'refused (403) on a problem of a running mock interview.',
  security: bearerAuth,
  produces: ['text/event-stream'],
  params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { deeper: { type: 'boolean', default: false } },
  },
  response: { ...errorResponses, 403: { $ref: 'ErrorBody#' }, 409: { $ref: 'ErrorBody#' } },
} as const;

export const preferencesSchema = {
  tags: ['profile'],
  summary: 'Set how deep explanations go (eli5, intermediate or expert)',
  security: bearerAuth,
  body: {
    type: 'object',
    required: ['explanationDepth'],
    additionalProperties: false,
    properties: { explanationDepth: { type: 'string', enum: EXPLANATION_DEPTHS } },
  },
  response: {
    200: { type: 'object', required: ['explanationDepth'], properties: { explanationDepth: { type: 'string', enum: EXPLANATION_DEPTHS } } },
    ...errorResponses,
  },
} as const;

export interface FeedbackStreamQuery {
  deeper: boolean;
}

export interface PreferencesBody {
  explanationDepth: ExplanationDepth;
}
