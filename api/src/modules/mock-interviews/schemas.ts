// The /api/mock-interviews contract: start one, read the running one, list past ones with their
// reports, end one early.
import { bearerAuth, difficultySchema, errorResponses, nullable, patternIdSchema, timeClassSchema } from '../../schemas/common.js';
import { DEFAULT_DURATION_MINUTES } from './service.js';

export const DURATION_LIMITS = { min: 5, max: 120 } as const;

const nullableTime = { type: ['string', 'null'], format: 'date-time' } as const;

const report = {
  type: ['object', 'null'],
  required: ['solved', 'total', 'problems'],
  properties: {
    solved: { type: 'integer' },
    total: { type: 'integer' },
    problems: {
      type: 'array',
      items: {
        type: 'object',
        required: ['slug', 'title', 'solved', 'attempts', 'minutes', 'patterns', 'timeClass', 'optimal'],
        properties: {
          slug: { type: 'string' },
          title: { type: 'string' },
          solved: { type: 'boolean' },
          attempts: { type: 'integer' },
          minutes: { type: ['number', 'null'], description: 'from the start to the first accepted answer, or to the last attempt' },
          patterns: { type: 'array', items: patternIdSchema },
          timeClass: { ...nullable(timeClassSchema), description: 'the measured time class of the answer that counted' },
          optimal: nullable(timeClassSchema),
        },
      },
    },
  },
} as const;

export const interviewSchema = {
  type: 'object',
  required: ['id', 'status', 'problems', 'durationMinutes', 'startedAt', 'endsAt', 'finishedAt', 'report'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    status: { type: 'string', enum: ['running', 'finished'] },
    problems: {
      type: 'array',
      items: {
        type: 'object',
        required: ['slug', 'title', 'difficulty'],
        properties: { slug: { type: 'string' }, title: { type: 'string' }, difficulty: difficultySchema },
      },
    },
    durationMinutes: { type: 'integer' },
    startedAt: { type: 'string', format: 'date-time' },
    endsAt: { type: 'string', format: 'date-time' },
    finishedAt: nullableTime,
    report,
  },
} as const;

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } } as const;

export const startInterviewSchema = {
  tags: ['mock-interviews'],
  summary: 'Start a timed mock interview on problems the recommendation queue picks; no hints or solutions while it runs',
  security: bearerAuth,
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      durationMinutes: { type: 'integer', minimum: DURATION_LIMITS.min, maximum: DURATION_LIMITS.max, default: DEFAULT_DURATION_MINUTES },
    },
  },
  response: { 201: interviewSchema, 409: { $ref: 'ErrorBody#' }, ...errorResponses },
} as const;

export const runningInterviewSchema = {
  tags: ['mock-interviews'],
  summary: 'The running mock interview, or null',
  security: bearerAuth,
  response: {
    200: { type: 'object', required: ['interview'], properties: { interview: { ...interviewSchema, type: ['object', 'null'] } } },
    ...errorResponses,
  },
} as const;

export const listInterviewsSchema = {
  tags: ['mock-interviews'],
  summary: 'Your mock interviews, newest first, with their reports',
  security: bearerAuth,
  response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: interviewSchema } } }, ...errorResponses },
} as const;

export const getInterviewSchema = {
  tags: ['mock-interviews'],
  summary: 'One of your mock interviews',
  security: bearerAuth,
  params: idParams,
  response: { 200: interviewSchema, ...errorResponses },
} as const;

export const finishInterviewSchema = {
  tags: ['mock-interviews'],
  summary: 'End a running mock interview now and write its report',
  security: bearerAuth,
  params: idParams,
  response: { 200: interviewSchema, ...errorResponses },
} as const;
