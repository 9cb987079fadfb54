// The judging API contract (shared contract.md): run public tests, submit, read back, list.
import { bearerAuth, errorResponses, slugSchema, storedText } from '../../schemas/common.js';

export const MAX_CODE_CHARS = 10_000;

const slug = slugSchema;
// Longer code is refused by the judge's policy with a clear verdict; past this the body is junk.
const code = storedText({ type: 'string', minLength: 1, maxLength: 100_000 } as const);

const testResult = {
  type: 'object',
  required: ['id', 'hidden', 'tags', 'status', 'error', 'time_ms'],
  properties: {
    id: { type: 'string' },
    hidden: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' } },
    status: { type: 'string', enum: ['passed', 'failed', 'error', 'timeout', 'skipped'] },
    input: {},
    expected: {},
    actual: {},
    error: {
      type: ['object', 'null'],
      properties: { type: { type: 'string' }, message: { type: 'string' }, line: { type: ['integer', 'null'] } },
    },
    time_ms: { type: ['number', 'null'] },
    cpu_ms: { type: ['number', 'null'] },
    memory_kb: { type: ['integer', 'null'], description: 'peak memory the call took, KB; null when not measured' },
    stdout: { type: 'string' },
  },
} as const;

const judgeOutput = {
  type: 'object',
  required: ['problem', 'verdict', 'passed', 'total', 'tests', 'patterns', 'complexity', 'feedback'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    status: { type: 'string' },
    language: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    problem: { type: 'string' },
    verdict: { type: ['string', 'null'] },
    passed: { type: 'integer' },
    total: { type: 'integer' },
    tests: { type: 'array', items: testResult },
    patterns: { type: 'array', items: { type: 'object', additionalProperties: true } },
    complexity: { type: ['object', 'null'], additionalProperties: true },
    analysis: {
      type: 'object',
      description: '`pending` while mutant matching and growth runs may still add to patterns and complexity',
      properties: { status: { type: 'string', enum: ['pending', 'complete'] } },
    },
    feedback: { type: ['object', 'null'], additionalProperties: true },
    syntaxError: { type: 'object', additionalProperties: true },
    rejection: { type: 'object', additionalProperties: true },
  },
} as const;

export const runSchema = {
  tags: ['submissions'],
  summary: 'Run the public tests of a problem, or your own inputs; nothing is recorded',
  description:
    'With `inputs`, each one typed as the statement shows it (`nums = [2, 7, 11, 15], target = 9`, or the bare values) is run ' +
    'instead of the public tests, with the answer the problem expects; 400 names an input that cannot be read, does not fit ' +
    'the parameters, or is outside what the statement allows.',
  security: bearerAuth,
  body: {
    type: 'object',
    required: ['problem', 'code'],
    additionalProperties: false,
    properties: {
      problem: slug,
      code,
      language: { type: 'string', enum: ['python'] },
      inputs: { type: 'array', minItems: 1, maxItems: 5, items: { type: 'string', minLength: 1, maxLength: 2000 } },
    },
  },
  response: { 200: judgeOutput, ...errorResponses },
} as const;

export const createSubmissionSchema = {
  tags: ['submissions'],
  summary: 'Judge a solution against every test and store it',
  description:
    'With an `Idempotency-Key` header, a retry with the same key answers 200 with the submission the first attempt made ' +
    '(header `Idempotent-Replayed: true`) instead of creating another; the same key with other code or another problem is 422.',
  security: bearerAuth,
  headers: {
    type: 'object',
    properties: {
      'idempotency-key': { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$', description: 'printable ASCII, unique per submission you mean' },
    },
  },
  body: {
    type: 'object',
    required: ['problem', 'code'],
    additionalProperties: false,
    properties: { problem: slug, code, language: storedText({ type: 'string', maxLength: 32, default: 'python' } as const) },
  },
  response: { 200: judgeOutput, 201: judgeOutput, 422: errorResponses[400], ...errorResponses },
} as const;

export const getSubmissionSchema = {
  tags: ['submissions'],
  summary: 'One of your submissions, with the code you submitted',
  security: bearerAuth,
  params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
  response: {
    200: { ...judgeOutput, required: [...judgeOutput.required, 'code'], properties: { ...judgeOutput.properties, code: { type: 'string' } } },
    ...errorResponses,
  },
} as const;

export const listSubmissionsSchema = {
  tags: ['submissions'],
  summary: 'Your submissions, newest first',
  security: bearerAuth,
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { problem: slug, page: { type: 'integer', minimum: 1, maximum: 100_000, default: 1 } },
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
            properties: {
              id: { type: 'string' },
              problem: { type: 'string' },
              status: { type: 'string' },
              verdict: { type: ['string', 'null'] },
              passed: { type: ['integer', 'null'] },
              total: { type: ['integer', 'null'] },
              createdAt: { type: 'string', format: 'date-time' },
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

export interface CodeBody {
  problem: string;
  code: string;
  language?: string;
  /** Run only: the learner's own inputs instead of the public tests. */
  inputs?: string[];
}
