// The judging API contract: run public tests, submit, read back, list.
import { submissionStatusEnum } from '../../db/schema.js';
import {
  bearerAuth,
  errorResponses,
  explanationDepthSchema,
  hintLevelSchema,
  nullable,
  patternIdSchema,
  severitySchema,
  slugSchema,
  storedText,
  testStatusSchema,
  timeClassSchema,
  verdictSchema,
} from '../../schemas/common.js';

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
    status: testStatusSchema,
    input: { type: 'array', items: {} },
    expected: {},
    actual: {},
    error: {
      type: ['object', 'null'],
      required: ['type', 'message', 'line'],
      properties: { type: { type: 'string' }, message: { type: 'string' }, line: { type: ['integer', 'null'] } },
    },
    time_ms: { type: ['number', 'null'] },
    cpu_ms: { type: ['number', 'null'] },
    memory_kb: { type: ['integer', 'null'], description: 'peak memory the call took, KB; null when not measured' },
    stdout: { type: 'string' },
  },
} as const;

/** One finding of the analyzer; the list comes most severe first. */
const finding = {
  type: 'object',
  required: ['id', 'severity', 'confidence', 'line', 'message', 'evidence'],
  properties: {
    id: patternIdSchema,
    severity: severitySchema,
    confidence: { type: 'number' },
    line: { type: 'integer' },
    message: { type: 'string' },
    evidence: { type: 'array', items: { type: 'string' }, description: '`static`, `growth`, `test:<id>`, `mutant:<kind>`, `probe:<name>` or `variant:<kind>`' },
  },
} as const;

const complexity = {
  type: ['object', 'null'],
  required: ['time', 'optimal', 'acceptable', 'source'],
  properties: {
    time: { ...nullable(timeClassSchema), description: 'the measured class; null when the code was not analyzed' },
    optimal: timeClassSchema,
    acceptable: timeClassSchema,
    source: nullable({ type: 'string', enum: ['static', 'growth', 'both'] } as const),
  },
} as const;

/** `{status: 'pending'}` until written, then the explanation (the feedback stream's final event says the same). */
const feedback = {
  type: ['object', 'null'],
  properties: {
    status: { type: 'string', enum: ['pending'] },
    source: { type: 'string', enum: ['rules', 'model'] },
    model: { type: ['string', 'null'] },
    text: { type: 'string', description: 'Markdown' },
    tokensIn: { type: 'integer' },
    tokensOut: { type: 'integer' },
    level: hintLevelSchema,
    depth: explanationDepthSchema,
    cached: { type: 'boolean' },
    fallbackReason: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

const judgeOutput = {
  type: 'object',
  required: ['problem', 'verdict', 'passed', 'total', 'tests', 'patterns', 'complexity', 'analysis', 'feedback'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    status: { type: 'string', enum: submissionStatusEnum.enumValues },
    language: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    problem: { type: 'string' },
    verdict: nullable(verdictSchema),
    passed: { type: 'integer' },
    total: { type: 'integer' },
    tests: { type: 'array', items: testResult },
    patterns: { type: 'array', items: finding },
    complexity,
    analysis: {
      type: 'object',
      required: ['status'],
      description: '`pending` while mutant matching and growth runs may still add to patterns and complexity',
      properties: { status: { type: 'string', enum: ['pending', 'complete'] } },
    },
    feedback,
    syntaxError: {
      type: 'object',
      required: ['line', 'column', 'message'],
      properties: { line: { type: ['integer', 'null'] }, column: { type: ['integer', 'null'] }, message: { type: 'string' } },
    },
    rejection: {
      type: 'object',
      required: ['line', 'rule', 'message'],
      properties: { line: { type: ['integer', 'null'] }, rule: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const;

/** A stored submission's judge output: the run's plus its identity. */
const submission = { ...judgeOutput, required: [...judgeOutput.required, 'id', 'status', 'language', 'createdAt'] } as const;

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
      'idempotency-key': {
        type: 'string',
        minLength: 1,
        maxLength: 255,
        pattern: '^[\\x21-\\x7e]+$',
        description: 'printable ASCII, unique per submission you mean',
      },
    },
  },
  body: {
    type: 'object',
    required: ['problem', 'code'],
    additionalProperties: false,
    properties: { problem: slug, code, language: storedText({ type: 'string', maxLength: 32, default: 'python' } as const) },
  },
  response: { 200: submission, 201: submission, 422: errorResponses[400], ...errorResponses },
} as const;

export const getSubmissionSchema = {
  tags: ['submissions'],
  summary: 'One of your submissions, with the code you submitted',
  security: bearerAuth,
  params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
  response: {
    200: { ...submission, required: [...submission.required, 'code'], properties: { ...submission.properties, code: { type: 'string' } } },
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
            required: ['id', 'problem', 'status', 'verdict', 'passed', 'total', 'createdAt'],
            properties: {
              id: { type: 'string', format: 'uuid' },
              problem: { type: 'string' },
              status: { type: 'string', enum: submissionStatusEnum.enumValues },
              verdict: nullable(verdictSchema),
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
