// Every request to the API goes through here: JSON in and out, the bearer token attached, an
// expired access token refreshed silently once (one refresh shared by concurrent requests),
// and error bodies turned into ApiError with the server's code and message.
import type { TokenPair } from '../types/api';
import { getAccessToken, getSession, isClerkMode, setSession, updateTokens } from './auth-store';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

let refreshing: Promise<boolean> | null = null;

/** Trades the refresh token for new tokens; false (and signed out) when that fails. */
export function refreshSession(): Promise<boolean> {
  const session = getSession();
  if (!session || isClerkMode()) return Promise.resolve(false);
  refreshing ??= (async () => {
    try {
      const response = await fetch('/api/auth/refresh', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken: session.refreshToken }),
      });
      if (!response.ok) {
        // Another tab may have refreshed first: its tokens are already in storage.
        if (getSession()?.refreshToken !== session.refreshToken) return true;
        setSession(null);
        return false;
      }
      updateTokens((await response.json()) as TokenPair);
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The raw Response (used for streams), after the silent refresh; throws ApiError when not ok. */
export async function apiResponse(path: string, options: RequestOptions = {}): Promise<Response> {
  const send = async () => {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const token = await getAccessToken();
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    return fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  };
  let response = await send();
  if (response.status === 401 && getSession() && (await refreshSession())) response = await send();
  if (!response.ok) throw await toApiError(response);
  return response;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await apiResponse(path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

async function toApiError(response: Response): Promise<ApiError> {
  try {
    // The server's ErrorBody ({ error: { code, message, details? } }), or whatever a proxy sent instead.
    const body: unknown = await response.json();
    const error = isRecord(body) && isRecord(body.error) ? body.error : {};
    const code = typeof error.code === 'string' ? error.code : 'HTTP_ERROR';
    const message = typeof error.message === 'string' ? error.message : response.statusText;
    return new ApiError(response.status, code, message, error.details);
  } catch {
    return new ApiError(response.status, 'HTTP_ERROR', response.statusText || `request failed (${response.status})`);
  }
}

/** A message for people: the server's own words when it gave some. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return 'Too many requests: wait a minute and try again.';
    if (error.status >= 500) return `The server had a problem (${error.message}). Try again in a moment.`;
    return error.message;
  }
  if (error instanceof TypeError) return 'Cannot reach the server. Check your connection and try again.';
  return error instanceof Error ? error.message : String(error);
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
