// JSON schemas shared by every module: the error body and small reusable pieces.
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
