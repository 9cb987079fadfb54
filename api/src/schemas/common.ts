// JSON schemas shared by every module: the error body, the closed vocabularies and small
// reusable pieces.
import { PATTERN_IDS, SEVERITIES, SPACE_CLASSES, TIME_CLASSES } from '../../../analyzer/src/index.js';
import { EXPLANATION_DEPTHS, HINT_LEVELS } from '../modules/feedback/feedback-types.js';
import { TEST_STATUSES, VERDICTS } from '../modules/judge/types.js';
import { CATEGORIES, DIFFICULTIES } from '../modules/problems/problem-schema.js';

export const errorBodySchema = {
  $id: 'ErrorBody',
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'requestId', 'timestamp'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        details: {},
        requestId: { type: 'string' },
        timestamp: { type: 'string', format: 'date-time' },
      },
    },
  },
} as const;

const errorRef = { $ref: 'ErrorBody#' } as const;

/** Error responses documented on every route (4xx/5xx share one shape). */
export const errorResponses = {
  400: errorRef,
  401: errorRef,
  404: errorRef,
  429: errorRef,
  503: errorRef,
} as const;

export const bearerAuth = [{ bearerAuth: [] }];

/** A problem's slug as every route takes it (kebab-case, as the problem folders are named). */
export const slugSchema = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100 } as const;

/**
 * PostgreSQL refuses U+0000 in text (and in jsonb strings), so a body field that is stored must
 * exclude it: the schema answers 400 naming the field instead of the insert failing with a 500.
 * The error handler words this pattern's failure for people.
 */
export const NO_NUL_PATTERN = '^[^\\u0000]*$';
export const NO_NUL_MESSAGE = 'must not contain a NUL character (\\u0000)';

/** A string schema whose value may be stored: `schema` plus the NUL-free pattern. */
export function storedText<T extends { type: 'string' }>(schema: T): T & { pattern: typeof NO_NUL_PATTERN } {
  return { ...schema, pattern: NO_NUL_PATTERN };
}

// The closed vocabularies as response schemas, from the one place each is defined, so the
// OpenAPI document (and the web's generated types) name every value.
export const patternIdSchema = { type: 'string', enum: PATTERN_IDS } as const;
export const severitySchema = { type: 'string', enum: SEVERITIES } as const;
export const timeClassSchema = { type: 'string', enum: TIME_CLASSES } as const;
export const spaceClassSchema = { type: 'string', enum: SPACE_CLASSES } as const;
export const verdictSchema = { type: 'string', enum: VERDICTS } as const;
export const testStatusSchema = { type: 'string', enum: TEST_STATUSES } as const;
export const difficultySchema = { type: 'string', enum: DIFFICULTIES } as const;
export const categorySchema = { type: 'string', enum: CATEGORIES } as const;
export const explanationDepthSchema = { type: 'string', enum: EXPLANATION_DEPTHS } as const;
export const hintLevelSchema = { type: 'integer', enum: HINT_LEVELS } as const;

/** A vocabulary schema that also admits null (a value not known yet). */
export function nullable<T extends { type: 'string'; enum: readonly string[] }>(schema: T) {
  return { ...schema, type: ['string', 'null'], enum: [...schema.enum, null] } as const;
}
