// One error body for every 4xx and 5xx: {"error": {code, message, details?, requestId, timestamp}}.
// Schema failures become 400 with per-field details; a lost database becomes 503; anything
// unexpected becomes a 500 with a generic message (the stack goes to the log, never the client).
import * as Sentry from '@sentry/node';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';
import { NO_NUL_MESSAGE, NO_NUL_PATTERN } from '../schemas/common.js';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown; requestId: string; timestamp: string };
}

export function sendError(request: FastifyRequest, reply: FastifyReply, statusCode: number, code: string, message: string, details?: unknown) {
  const body: ErrorBody = {
    error: { code, message, requestId: String(request.id), timestamp: new Date().toISOString() },
  };
  if (details !== undefined) body.error.details = details;
  return reply.code(statusCode).type('application/json; charset=utf-8').send(body);
}

const STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  431: 'HEADERS_TOO_LARGE',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * Our own coded errors: AppError, or any module's error carrying an HTTP status and a
 * SCREAMING_SNAKE code (e.g. the judge's JUDGE_BUSY), as opposed to Fastify's FST_* errors.
 */
function isCodedError(error: unknown): error is AppError {
  if (error instanceof AppError) return true;
  const err = error as { statusCode?: unknown; code?: unknown };
  return (
    typeof err?.statusCode === 'number' &&
    err.statusCode >= 400 &&
    err.statusCode < 600 &&
    typeof err.code === 'string' &&
    /^[A-Z][A-Z0-9_]+$/.test(err.code) &&
    !err.code.startsWith('FST_')
  );
}

/** Connection-level failures of PostgreSQL (refused, reset, server shutting down, pool timeout). */
function isDatabaseUnavailable(error: unknown): boolean {
  const err = error as { code?: string; message?: string; cause?: unknown };
  if (!err || typeof err !== 'object') return false;
  const codes = ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08006', '08001', '08003'];
  if (err.code && codes.includes(err.code)) return true;
  // "timeout exceeded when trying to connect": pg-pool's connectionTimeoutMillis while the server is down.
  if (
    /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after/i.test(
      err.message ?? '',
    )
  ) {
    return true;
  }
  return err.cause !== undefined && err.cause !== error && isDatabaseUnavailable(err.cause);
}

/**
 * drizzle's query errors carry the query's parameters in their message (emails, password hashes,
 * refresh-token hashes, learners' code): logs and Sentry get the SQL and the cause, never those.
 */
export function withoutQueryParams(error: unknown): unknown {
  const err = error as { query?: unknown; params?: unknown; cause?: unknown; name?: string; stack?: string } | null;
  if (!err || typeof err !== 'object' || typeof err.query !== 'string' || !Array.isArray(err.params)) return error;
  const safe = new Error(`Failed query: ${err.query} (${err.params.length} parameters not logged)`, { cause: err.cause });
  safe.name = err.name ?? 'DrizzleQueryError';
  const frames = (err.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  safe.stack = [`${safe.name}: ${safe.message}`, ...frames].join('\n');
  return safe;
}

function validationDetails(error: FastifyError) {
  return (error.validation ?? []).map((issue) => {
    const where = error.validationContext ?? 'body';
    const missing = (issue.params as { missingProperty?: string } | undefined)?.missingProperty;
    const pathText = (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    const field = [pathText, missing].filter(Boolean).join('.') || where;
    const nul = issue.keyword === 'pattern' && (issue.params as { pattern?: string } | undefined)?.pattern === NO_NUL_PATTERN;
    return { field, in: where, message: nul ? NO_NUL_MESSAGE : (issue.message ?? 'is invalid') };
  });
}

/** "the request is invalid: code must not contain ...": the first problem, named, for people. */
function validationMessage(details: Array<{ field: string; message: string }>): string {
  const [first] = details;
  return first ? `the request is invalid: ${first.field} ${first.message}` : 'the request is invalid';
}

/**
 * Fastify's `frameworkErrors`: what the router rejects before any hook runs (a malformed
 * percent-escape, a path parameter over maxParamLength) gets the same error body as the rest.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  reply.header('x-request-id', request.id); // no route, so app.ts's onSend hook does not run
  // Fastify ignores what this handler returns: the reply is sent and nothing waits for it.
  if (error.code === 'FST_ERR_BAD_URL') {
    void sendError(request, reply, 400, 'BAD_REQUEST', 'the URL is malformed (an invalid percent-escape)');
  } else if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    void sendError(request, reply, 414, 'URI_TOO_LONG', 'a path parameter is too long');
  } else {
    request.log.error({ err: error }, 'router error');
    void sendError(request, reply, 500, 'INTERNAL_ERROR', 'something went wrong on our side; it has been logged');
  }
}

export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isCodedError(error)) {
      if (error.retryAfterSeconds !== undefined) reply.header('Retry-After', String(Math.ceil(error.retryAfterSeconds)));
      return sendError(request, reply, error.statusCode, error.code, error.message, error.details);
    }
    if (error.validation) {
      const details = validationDetails(error);
      return sendError(request, reply, 400, 'VALIDATION_ERROR', validationMessage(details), details);
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: withoutQueryParams(error) }, 'database unavailable');
      reply.header('Retry-After', '5');
      return sendError(request, reply, 503, 'DATABASE_UNAVAILABLE', 'the database is unavailable; try again shortly');
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = STATUS_CODES[status] ?? 'BAD_REQUEST';
      const message = status === 413 ? 'the request body is too large' : error.message;
      return sendError(request, reply, status, code, message);
    }
    request.log.error({ err: withoutQueryParams(error) }, 'unhandled error');
    Sentry.captureException(withoutQueryParams(error));
    return sendError(request, reply, 500, 'INTERNAL_ERROR', 'something went wrong on our side; it has been logged');
  });

  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404, 'NOT_FOUND', `no route for ${request.method} ${request.url.split('?')[0]}`));
});
