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
