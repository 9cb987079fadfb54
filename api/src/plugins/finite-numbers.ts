// Ajv lets Infinity through an `integer` or `number` schema when it arrives as text: the query
// string's "1e309" is coerced to Infinity after the type check, and `minimum`/`maximum` skip
// non-finite values; JSON.parse turns a body's 1e309 into Infinity too. The handler then works
// with a number no response can serialize, and the request would end in a 500. This hook runs
// after validation, on every route, and answers 400 with the same details a schema failure has.
import type { FastifyInstance, FastifySchemaValidationError } from 'fastify';
import fp from 'fastify-plugin';

type RequestPart = 'querystring' | 'params' | 'body';

/** The JSON-pointer path of the first non-finite number inside `value`, or undefined. */
export function firstNonFiniteNumber(value: unknown): string | undefined {
  // Iterative: a hostile body can nest thousands of levels deep.
  const pending: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next.value === 'number' && !Number.isFinite(next.value)) return next.path;
    if (next.value && typeof next.value === 'object') {
      for (const [key, child] of Object.entries(next.value)) pending.push({ value: child, path: `${next.path}/${key}` });
    }
  }
  return undefined;
}

class NonFiniteNumberError extends Error {
  readonly statusCode = 400;
  readonly validation: FastifySchemaValidationError[];
  constructor(
    readonly validationContext: RequestPart,
    instancePath: string,
  ) {
    super(`${validationContext}${instancePath} must be a finite number`);
    this.validation = [{ keyword: 'type', instancePath, schemaPath: '', params: { type: 'finite number' }, message: 'must be a finite number' }];
  }
}

export const finiteNumbersPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preHandler', async (request) => {
    const parts: Array<[RequestPart, unknown]> = [
      ['querystring', request.query],
      ['params', request.params],
      ['body', request.body],
    ];
    for (const [part, value] of parts) {
      const path = firstNonFiniteNumber(value);
      if (path !== undefined) throw new NonFiniteNumberError(part, path);
    }
  });
});
