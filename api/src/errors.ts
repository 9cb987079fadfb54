// Coded errors thrown by services; the error handler turns them into the one error body.
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Seconds until a retry may succeed (429 and 503): sent as Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string, details?: unknown) => new AppError(400, 'BAD_REQUEST', message, details);
export const unauthorized = (message = 'a valid access token is required') => new AppError(401, 'UNAUTHORIZED', message);
export const forbidden = (message: string) => new AppError(403, 'FORBIDDEN', message);
export const notFound = (what: string) => new AppError(404, 'NOT_FOUND', `${what} not found`);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
export const tooManyRequests = (code: string, message: string, retryAfterSeconds: number) => new AppError(429, code, message, undefined, retryAfterSeconds);
export const serviceUnavailable = (code: string, message: string, retryAfterSeconds = 5) => new AppError(503, code, message, undefined, retryAfterSeconds);
