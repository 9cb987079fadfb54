// The help routes under /api/problems/:slug: the hint ladder and the reference solution.
import { bearerAuth, errorResponses, slugSchema } from '../../schemas/common.js';

const slugParams = {
  type: 'object',
  required: ['slug'],
  properties: { slug: slugSchema },
} as const;

const ladder = {
  type: 'object',
  required: ['hints', 'total'],
  properties: { hints: { type: 'array', items: { type: 'string' } }, total: { type: 'integer' } },
} as const;

const solution = {
  type: 'object',
  required: ['code', 'explanation', 'time', 'space', 'unlockedBy'],
  properties: {
    code: { type: 'string' },
    explanation: { type: 'string', description: 'Markdown' },
    time: { type: 'string' },
    space: { type: 'string' },
    unlockedBy: { type: 'string', enum: ['accepted', 'revealed'] },
  },
} as const;

const forbidden = { 403: { $ref: 'ErrorBody#' } } as const;

export const hintsSchema = {
  tags: ['help'],
  summary: 'The hints of this problem opened so far, and how many there are',
  security: bearerAuth,
  params: slugParams,
  response: { 200: ladder, ...errorResponses },
} as const;

export const openHintSchema = {
  tags: ['help'],
  summary: 'Open the hint ladder up to a rung (recorded: a problem solved after hints is weaker evidence of mastery)',
  security: bearerAuth,
  params: slugParams,
  body: { type: 'object', required: ['rung'], additionalProperties: false, properties: { rung: { type: 'integer', minimum: 1 } } },
  response: { 200: ladder, ...forbidden, ...errorResponses },
} as const;

export const solutionSchema = {
  tags: ['help'],
  summary: 'The reference solution with its explanation and classes once solved or revealed; null before (POST .../solution/reveal shows it)',
  security: bearerAuth,
  params: slugParams,
  response: {
    200: { type: 'object', required: ['solution'], properties: { solution: { ...solution, type: ['object', 'null'] } } },
    ...forbidden,
    ...errorResponses,
  },
} as const;

export const revealSolutionSchema = {
  tags: ['help'],
  summary: 'Show the reference solution before solving (confirm: true); recorded, and later submissions count as weaker evidence',
  security: bearerAuth,
  params: slugParams,
  body: {
    type: 'object',
    required: ['confirm'],
    additionalProperties: false,
    properties: { confirm: { type: 'boolean', const: true, description: 'must be true: seeing the solution first is a choice' } },
  },
  response: { 200: solution, ...forbidden, ...errorResponses },
} as const;
