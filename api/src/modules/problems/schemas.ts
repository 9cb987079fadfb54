// The problem-browsing API contract: list with filters and pagination, and one problem with
// its statement, starter code and public tests only.
import { categorySchema, difficultySchema, errorResponses, patternIdSchema, slugSchema, timeClassSchema } from '../../schemas/common.js';
import { CATEGORIES, DIFFICULTIES } from './problem-schema.js';

const status = { type: 'string', enum: ['solved', 'attempted', 'new'] } as const;

export const listProblemsSchema = {
  tags: ['problems'],
  summary: 'Browse problems; signed-in callers see their status on each',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      difficulty: { type: 'string', enum: [...DIFFICULTIES] },
      category: { type: 'string', enum: [...CATEGORIES] },
      tag: { type: 'string', maxLength: 64 },
      q: { type: 'string', maxLength: 100 },
      page: { type: 'integer', minimum: 1, maximum: 10_000, default: 1 },
    },
  },
  response: {
    200: {
      type: 'object',
      required: ['items', 'total', 'page', 'pageSize'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: ['slug', 'title', 'difficulty', 'category', 'tags', 'targetPatterns', 'status'],
            properties: {
              slug: { type: 'string' },
              title: { type: 'string' },
              difficulty: difficultySchema,
              category: categorySchema,
              tags: { type: 'array', items: { type: 'string' } },
              targetPatterns: { type: 'array', items: patternIdSchema },
              status,
            },
          },
        },
        total: { type: 'integer' },
        page: { type: 'integer' },
        pageSize: { type: 'integer' },
      },
    },
    ...errorResponses,
  },
} as const;

export const getProblemSchema = {
  tags: ['problems'],
  summary: 'One problem: statement, starter code, public tests and time classes',
  params: {
    type: 'object',
    required: ['slug'],
    properties: { slug: slugSchema },
  },
  response: {
    200: {
      type: 'object',
      required: [
        'slug',
        'title',
        'difficulty',
        'category',
        'tags',
        'targetPatterns',
        'version',
        'statement',
        'starterCode',
        'entryPoint',
        'params',
        'timeLimitMs',
        'optimal',
        'acceptable',
        'hintCount',
        'hiddenTests',
        'status',
        'tests',
      ],
      properties: {
        slug: { type: 'string' },
        title: { type: 'string' },
        difficulty: difficultySchema,
        category: categorySchema,
        tags: { type: 'array', items: { type: 'string' } },
        targetPatterns: { type: 'array', items: patternIdSchema },
        version: { type: 'integer' },
        statement: { type: 'string' },
        starterCode: { type: 'string' },
        entryPoint: { type: 'string' },
        params: { type: 'array', items: { type: 'string' } },
        comparator: { type: 'string' },
        inPlace: { type: 'boolean' },
        timeLimitMs: { type: 'integer' },
        optimal: timeClassSchema,
        acceptable: timeClassSchema,
        hintCount: { type: 'integer', description: 'rungs of the hint ladder (POST /api/problems/:slug/hints opens them)' },
        hiddenTests: { type: 'integer' },
        status,
        tests: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'input', 'expected', 'tags'],
            properties: { id: { type: 'string' }, input: { type: 'array', items: {} }, expected: {}, tags: { type: 'array', items: { type: 'string' } } },
          },
        },
      },
    },
    ...errorResponses,
  },
} as const;

export interface ListProblemsQuery {
  difficulty?: string;
  category?: string;
  tag?: string;
  q?: string;
  page: number;
}
