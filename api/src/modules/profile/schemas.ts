// The /api/me contract: the account, the dashboard, recommendations and their feedback, export
// and deletion.
import { PATTERN_IDS } from '../../../../analyzer/src/index.js';
import { CATEGORIES, DIFFICULTIES } from '../problems/index.js';
import {
  bearerAuth,
  difficultySchema,
  errorResponses,
  explanationDepthSchema,
  nullable,
  patternIdSchema,
  slugSchema,
  verdictSchema,
} from '../../schemas/common.js';

export const DEFAULT_RECOMMENDATIONS = 10;
export const MAX_RECOMMENDATIONS = 50;

const slug = slugSchema;
/** A count for some of `keys` (those with none may be absent). */
function countsOf(keys: readonly string[]) {
  return { type: 'object', properties: Object.fromEntries(keys.map((key) => [key, { type: 'integer' }])) } as const;
}
const patternId = patternIdSchema;

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
        explanationDepth: explanationDepthSchema,
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
          properties: { total: { type: 'integer' }, byDifficulty: countsOf(DIFFICULTIES), byCategory: countsOf(CATEGORIES) },
        },
        attempts: { type: 'integer' },
        streak: { type: 'integer' },
        patterns: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'count', 'share', 'mastery', 'level', 'lastOccurred', 'observations'],
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
          items: { type: 'object', required: ['week', 'counts'], properties: { week: { type: 'string', format: 'date' }, counts: countsOf(PATTERN_IDS) } },
        },
        recent: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'problem', 'verdict', 'passed', 'total', 'patterns', 'createdAt'],
            properties: {
              id: { type: 'string', format: 'uuid' },
              problem: { type: 'string' },
              verdict: nullable(verdictSchema),
              passed: { type: ['integer', 'null'] },
              total: { type: ['integer', 'null'] },
              patterns: { type: 'array', items: patternId },
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
              difficulty: difficultySchema,
              score: { type: 'number' },
              reason: { type: 'string' },
              targetPatterns: { type: 'array', items: patternId },
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
      required: [
        'exportedAt',
        'account',
        'submissions',
        'weaknessPatterns',
        'solvedProblems',
        'recommendationFeedback',
        'findingDisputes',
        'helpTaken',
        'mockInterviews',
      ],
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
