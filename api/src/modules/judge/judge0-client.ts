// A small axios client for the Judge0 CE 1.13 REST API. Every request
// is retried with exponential backoff on 429, 5xx and network errors, runs through one
// circuit breaker, and is counted in judge0_requests_total{status}. Payload fields are
// always base64 (base64_encoded=true is sent explicitly: servers differ on the default).
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { CircuitBreaker } from './circuit-breaker.js';
import { judge0RequestsTotal } from './judge0-metrics.js';

export interface Judge0ConnectionOptions {
  url: string;
  /** X-Auth-Token of a self-hosted Judge0. */
  authToken?: string;
  /** X-RapidAPI-Key and X-RapidAPI-Host of the hosted Judge0 CE. */
  rapidApiKey?: string;
  rapidApiHost?: string;
  /** Timings (config: JUDGE0_TIMEOUT_MS, JUDGE0_RETRIES, ...); defaults in JUDGE0_CLIENT_DEFAULTS. */
  requestTimeoutMs?: number;
  /** Attempts after the first one on 429/5xx/network errors (a timeout is a network error). */
  maxRetries?: number;
  /** First backoff delay; doubles each retry. */
  retryBaseMs?: number;
  /** Consecutive failed calls (retries spent) that open the circuit. */
  breakerThreshold?: number;
  breakerCoolDownMs?: number;
}

/** The client's timings when none are given; config.ts ships the same defaults (a test checks). */
export const JUDGE0_CLIENT_DEFAULTS = {
  requestTimeoutMs: 30_000,
  maxRetries: 3,
  retryBaseMs: 250,
  breakerThreshold: 5,
  breakerCoolDownMs: 30_000,
} as const;

export class Judge0Error extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'Judge0Error';
  }
}

export interface Judge0Submission {
  token: string;
  stdout: string | null;
  stderr: string | null;
  message: string | null;
  status: { id: number; description: string };
  /** CPU time of the whole process, s (a decimal string). */
  time: string | null;
  wall_time?: string | null;
  memory: number | null;
  exit_code?: number | null;
  exit_signal?: number | null;
}

export interface Judge0NewSubmission {
  source_code: string;
  language_id: number;
  stdin: string;
  cpu_time_limit: number;
  wall_time_limit: number;
  memory_limit: number;
  /** KB a file may reach, stdout (our result stream) included. */
  max_file_size?: number;
}

const FIELDS = 'token,stdout,stderr,message,status,time,wall_time,memory,exit_code,exit_signal';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const toBase64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
/** Judge0 (Ruby's encode64) inserts a newline every 60 characters; Buffer ignores them. */
export const fromBase64 = (text: string | null): string => (text ? Buffer.from(text, 'base64').toString('utf8') : '');

export class Judge0Client {
  private readonly http: AxiosInstance;
  readonly breaker: CircuitBreaker;
  private languageId: Promise<number> | null = null;

  constructor(private readonly options: Judge0ConnectionOptions) {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (options.authToken) headers['X-Auth-Token'] = options.authToken;
    if (options.rapidApiKey) headers['X-RapidAPI-Key'] = options.rapidApiKey;
    if (options.rapidApiHost) headers['X-RapidAPI-Host'] = options.rapidApiHost;
    this.http = axios.create({
      baseURL: options.url.replace(/\/+$/, ''),
      headers,
      timeout: options.requestTimeoutMs ?? JUDGE0_CLIENT_DEFAULTS.requestTimeoutMs,
      validateStatus: () => true, // statuses are handled below, one place
    });
    this.breaker = new CircuitBreaker(
      options.breakerThreshold ?? JUDGE0_CLIENT_DEFAULTS.breakerThreshold,
      options.breakerCoolDownMs ?? JUDGE0_CLIENT_DEFAULTS.breakerCoolDownMs,
    );
  }

  private async attempt<T>(method: 'get' | 'post', url: string, params: Record<string, string>, data?: unknown): Promise<T> {
    let response: AxiosResponse;
    try {
      response = await this.http.request({ method, url, params, data });
    } catch (e) {
      judge0RequestsTotal.inc({ status: 'network_error' });
      throw new Judge0Error(`Judge0 request failed: ${(e as Error).message}`, null, true);
    }
    judge0RequestsTotal.inc({ status: String(response.status) });
    if (response.status >= 200 && response.status < 300) return response.data as T;
    const body = response.data as { error?: string; message?: string } | string | undefined;
    const detail = typeof body === 'object' && body ? (body.error ?? body.message ?? JSON.stringify(body)) : String(body ?? '');
    const hint = response.status === 401 || response.status === 403 ? ' (check JUDGE0_AUTH_TOKEN or the RapidAPI key and host)' : '';
    const retryable = response.status === 429 || response.status >= 500;
    throw new Judge0Error(
      `Judge0 answered ${response.status} to ${method.toUpperCase()} ${url}${hint}${detail ? `: ${detail}` : ''}`,
      response.status,
      retryable,
    );
  }

  private request<T>(method: 'get' | 'post', url: string, params: Record<string, string> = {}, data?: unknown): Promise<T> {
    const maxRetries = this.options.maxRetries ?? JUDGE0_CLIENT_DEFAULTS.maxRetries;
    const base = this.options.retryBaseMs ?? JUDGE0_CLIENT_DEFAULTS.retryBaseMs;
    return this.breaker.call(
      async () => {
        for (let attempt = 0; ; attempt++) {
          try {
            return await this.attempt<T>(method, url, params, data);
          } catch (e) {
            if (!(e instanceof Judge0Error) || !e.retryable || attempt >= maxRetries) throw e;
            await sleep(base * 2 ** attempt * (0.75 + Math.random() * 0.5));
          }
        }
      },
      (e) => !(e instanceof Judge0Error) || e.retryable,
    );
  }

  async languages(): Promise<Array<{ id: number; name: string }>> {
    return this.request('get', '/languages');
  }

  /** The newest active "Python (3.x.y)" language, looked up once (ids differ between servers). */
  pythonLanguageId(): Promise<number> {
    this.languageId ??= this.languages().then((langs) => {
      const version = (name: string) => (/\((\d+)\.(\d+)\.?(\d*)\)/.exec(name) ?? []).slice(1).map((n) => Number(n || 0));
      const pythons = langs.filter((l) => l.name.startsWith('Python (3'));
      if (pythons.length === 0) throw new Judge0Error('Judge0 offers no "Python (3...)" language', null, false);
      pythons.sort((a, b) => {
        const [x, y] = [version(a.name), version(b.name)];
        return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
      });
      return pythons[pythons.length - 1].id;
    });
    this.languageId.catch(() => (this.languageId = null));
    return this.languageId;
  }

  /** POST /submissions/batch: a token or a per-item error, in request order (max 20). */
  createBatch(submissions: Judge0NewSubmission[]): Promise<Array<{ token?: string; [field: string]: unknown }>> {
    return this.request('post', '/submissions/batch', { base64_encoded: 'true' }, { submissions });
  }

  async getBatch(tokens: string[]): Promise<Array<Judge0Submission | null>> {
    const body = await this.request<{ submissions: Array<Judge0Submission | null> }>('get', '/submissions/batch', {
      tokens: tokens.join(','),
      base64_encoded: 'true',
      fields: FIELDS,
    });
    return body.submissions;
  }

  async about(): Promise<{ version?: string }> {
    return this.request('get', '/about');
  }
}
