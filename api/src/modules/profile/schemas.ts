// The /api/me contract (shared contract.md): the account, the dashboard, recommendations and
// their feedback, export and deletion.
import { PATTERN_IDS } from '../problems/problem-schema.js';
import { bearerAuth, errorResponses, slugSchema } from '../../schemas/common.js';

export const DEFAULT_RECOMMENDATIONS = 10;
export const MAX_RECOMMENDATIONS = 50;

const slug = slugSchema;
const counts = { type: 'object', additionalProperties: { type: 'integer' } } as const;
const patternId = { type: 'string', enum: PATTERN_IDS } as const;

export const meSchema = {
  tags: ['profile'],
  summary: 'The signed-in user',
  security: bearerAuth,
  response: {
    200: {
      type: 'object',
      required: ['id', 'email', 'authProvider', 'explanationDepth', 'createdAt'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        email: { type: ['string', 'null'] },
        authProvider: { type: 'string', enum: ['local', 'clerk'] },
        explanationDepth: { type: 'string' },
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
    ...errorResponses,
  },
} as const;

export const dashboardSchema = {
  tags: ['profile'],
  summary: 'Your progress: solved problems, streak, mastery and trend of each error pattern (cached one minute)',
  security: bearerAuth,
  response: {
    200: {
      type: 'object',
      required: ['solved', 'attempts', 'streak', 'patterns', 'trend', 'recent', 'helpfulness'],
      properties: {
        solved: {
          type: 'object',
          required: ['total', 'byDifficulty', 'byCategory'],
          properties: { total: { type: 'integer' }, byDifficulty: counts, byCategory: counts },
        },
        attempts: { type: 'integer' },
        streak: { type: 'integer' },
        patterns: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'count', 'share', 'mastery', 'level', 'lastOccurred'],
            properties: {
              id: patternId,
              count: { type: 'integer' },
              share: { type: 'number' },
              mastery: { type: ['number', 'null'], description: 'null while the pattern is not measured yet (never observed)' },
              level: { type: 'string', enum: ['critical', 'improving', 'mastered', 'not-measured'] },
              lastOccurred: { type: ['string', 'null'], format: 'date-time' },
              observations: { type: 'integer' },
            },
          },
        },
        trend: {
          type: 'array',
          items: { type: 'object', required: ['week', 'counts'], properties: { week: { type: 'string', format: 'date' }, counts } },
        },
        recent: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'string', format: 'uuid' },
              problem: { type: 'string' },
              verdict: { type: ['string', 'null'] },
              passed: { type: ['integer', 'null'] },
              total: { type: ['integer', 'null'] },
              patterns: { type: 'array', items: { type: 'string' } },
              createdAt: { type: 'string', format: 'date-time' },
            },
          },
        },
        helpfulness: {
          type: 'object',
          required: ['rated', 'helpful', 'rate', 'target'],
          properties: { rated: { type: 'integer' }, helpful: { type: 'integer' }, rate: { type: ['number', 'null'] }, target: { type: 'number' } },
        },
      },
    },
    ...errorResponses,
  },
} as const;

export const recommendationsSchema = {
  tags: ['profile'],
  summary: 'Problems to practise next, ranked by how much they train your weakest patterns',
  security: bearerAuth,
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { limit: { type: 'integer', minimum: 1, maximum: MAX_RECOMMENDATIONS, default: DEFAULT_RECOMMENDATIONS } },
  },
  response: {
    200: {
      type: 'object',
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: ['slug', 'title', 'difficulty', 'score', 'reason', 'targetPatterns'],
            properties: {
              slug: { type: 'string' },
              title: { type: 'string' },
              difficulty: { type: 'string', enum: ['easy', 'medium', 'hard'] },
              score: { type: 'number' },
              reason: { type: 'string' },
              targetPatterns: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
    ...errorResponses,
  },
} as const;

export const recommendationFeedbackSchema = {
  tags: ['profile'],
  summary: 'Say whether a recommended problem helped',
  security: bearerAuth,
  params: { type: 'object', required: ['slug'], properties: { slug } },
  body: { type: 'object', required: ['helpful'], additionalProperties: false, properties: { helpful: { type: 'boolean' } } },
  response: { 204: { type: 'null' }, ...errorResponses },
} as const;

export const exportSchema = {
  tags: ['profile'],
  summary: 'Everything we hold about you, as JSON',
  security: bearerAuth,
  response: {
    200: {
      type: 'object',
      required: ['exportedAt', 'account', 'submissions', 'weaknessPatterns', 'solvedProblems', 'recommendationFeedback', 'findingDisputes', 'helpTaken', 'mockInterviews'],
      additionalProperties: true,
      properties: {},
    },
    ...errorResponses,
  },
} as const;

export const deleteMeSchema = {
  tags: ['profile'],
  summary: 'Delete your account and all of its data; your tokens stop working at once',
  security: bearerAuth,
  response: { 204: { type: 'null' }, ...errorResponses },
} as const;
