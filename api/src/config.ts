// The only reader of process.env. Every setting is declared once here with its parser, default and
// documentation; `loadConfig` validates all of them at start and fails with a one-line message
// naming the bad variable. `.env.example` is checked against this table by a test.
import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Parse<T> = (raw: string, name: string) => T;

const text: Parse<string> = (raw) => raw;
const integer =
  (min: number, max: number): Parse<number> =>
  (raw, name) => {
    if (!/^-?\d+$/.test(raw.trim())) throw new ConfigError(name, `must be an integer, got "${raw}"`);
    const value = Number(raw);
    if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
    return value;
  };
const decimal =
  (min: number): Parse<number> =>
  (raw, name) => {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || value < min) {
      throw new ConfigError(name, `must be a number >= ${min}, got "${raw}"`);
    }
    return value;
  };
const url =
  (protocols: string[]): Parse<string> =>
  (raw, name) => {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      // The value is not echoed: a URL may carry a password.
      throw new ConfigError(name, 'must be a URL (scheme://host...)');
    }
    if (!protocols.includes(parsed.protocol)) {
      throw new ConfigError(name, `must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
    }
    return raw;
  };
const oneOf =
  <T extends string>(values: readonly T[]): Parse<T> =>
  (raw, name) => {
    if (!values.includes(raw as T)) throw new ConfigError(name, `must be one of ${values.join(', ')}, got "${raw}"`);
    return raw as T;
  };
const flag: Parse<boolean> = (raw, name) => {
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
};
const list: Parse<string[]> = (raw) =>
  raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

// Fastify's `trustProxy`: true (every hop, only when clients cannot reach the server but through
// the proxy) or the proxies' addresses and CIDRs, with @fastify/proxy-addr's names for ranges.
// A hop count is refused: Fastify 5 ignores one, since it cannot tell the proxy from a client
// that forges X-Forwarded-For, so it would silently trust nothing.
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const trustProxy: Parse<boolean | string[]> = (raw, name) => {
  if (/^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
  if (/^\d+$/.test(raw)) {
    throw new ConfigError(name, `must name the proxies (addresses or CIDRs), not a hop count ("${raw}"): Fastify 5 ignores hop counts`);
  }
  const entries = list(raw, name);
  const bad = entries.find((entry) => !isProxyAddress(entry));
  if (bad !== undefined || entries.length === 0) {
    throw new ConfigError(name, `must be true, false or comma-separated addresses/CIDRs (or loopback, linklocal, uniquelocal), got "${bad ?? raw}"`);
  }
  return entries;
};
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

/** What a model costs, in USD per million tokens. */
export interface ModelPrice {
  input: number;
  output: number;
}
const DEFAULT_MODEL_PRICES: Record<string, ModelPrice> = {
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4o': { input: 2.5, output: 10 },
};
// `model=input/output,...` in USD per million tokens; entries override the defaults above.
const modelPrices: Parse<Record<string, ModelPrice>> = (raw, name) => {
  const prices = { ...DEFAULT_MODEL_PRICES };
  for (const entry of list(raw, name)) {
    const match = /^([^=\s]+)\s*=\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(entry);
    if (!match) throw new ConfigError(name, `must be model=input/output in USD per million tokens, got "${entry}"`);
    prices[match[1]] = { input: Number(match[2]), output: Number(match[3]) };
  }
  return prices;
};

interface Variable<T> {
  parse: Parse<T>;
  fallback: T;
  doc: string;
}
const variable = <T>(parse: Parse<T>, fallback: T, doc: string): Variable<T> => ({ parse, fallback, doc });

/** Every environment variable the app reads, with its default and one line of documentation. */
export const VARIABLES = {
  NODE_ENV: variable(oneOf(['development', 'production', 'test'] as const), 'development', 'development, production or test'),
  HOST: variable(text, '0.0.0.0', 'address the server listens on'),
  PORT: variable(integer(0, 65535), 8000, 'port the server listens on'),
  LOG_LEVEL: variable(oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const), 'info', 'pino log level'),
  DATA_DIR: variable(text, './data', 'where the embedded database (PGlite) and generated secrets live'),
  DATABASE_URL: variable(url(['postgres:', 'postgresql:']) as Parse<string | undefined>, undefined, 'PostgreSQL URL; unset = embedded PGlite under DATA_DIR'),
  DATABASE_POOL_SIZE: variable(integer(1, 100), 10, 'PostgreSQL connection pool size'),
  RUN_JOBS: variable(
    flag,
    true,
    'with REDIS_URL: true = this server also judges and analyzes from the job queues; false = API only (verdicts and analyses by `codementor worker` processes)',
  ),
  JOB_LOCK_SECONDS: variable(integer(2, 600), 30, "with REDIS_URL: how long a worker's hold on a job lasts unrenewed (a dead worker's job waits this long)"),
  REDIS_URL: variable(url(['redis:', 'rediss:']) as Parse<string | undefined>, undefined, 'Redis URL; unset = in-process LRU cache'),
  JWT_SECRET: variable(text as Parse<string | undefined>, undefined, 'secret for access tokens (>= 32 chars); unset = generated once into DATA_DIR'),
  CLERK_SECRET_KEY: variable(text as Parse<string | undefined>, undefined, 'Clerk secret key; set = Clerk accounts instead of local ones'),
  CLERK_JWT_KEY: variable(text as Parse<string | undefined>, undefined, 'Clerk JWT verification key (PEM), for networkless token checks'),
  CLERK_AUTHORIZED_PARTIES: variable(list, [], 'comma-separated origins allowed as the azp claim of Clerk tokens'),
  CORS_ORIGINS: variable(list, [], 'comma-separated origins allowed to call the API from a browser'),
  TRUST_PROXY: variable(trustProxy, false, 'true or comma-separated proxy addresses/CIDRs whose X-Forwarded-For names the client; unset = the socket address'),
  RATE_LIMIT_PER_MINUTE: variable(integer(1, 1_000_000), 300, 'requests per minute per user (or IP when signed out)'),
  SUBMISSIONS_PER_HOUR: variable(integer(1, 1_000_000), 20, 'submissions per user per hour'),
  RUNS_PER_MINUTE: variable(integer(1, 1_000_000), 30, 'runs of the public tests (POST /api/run) per user per minute'),
  JUDGE_RUNS_PER_USER: variable(integer(0, 1000), 1, 'runs and submissions of one user judged at once (more answer 429 RUN_IN_PROGRESS); 0 = no limit'),
  SIGNUPS_PER_HOUR_PER_ADDRESS: variable(integer(1, 1_000_000), 5, 'local accounts created per client address per hour (see modules/auth/signup-limit.ts)'),
  BODY_LIMIT_BYTES: variable(integer(1024, 50_000_000), 262_144, 'largest accepted request body'),
  SENTRY_DSN: variable(url(['https:', 'http:']) as Parse<string | undefined>, undefined, 'Sentry DSN; set = errors are reported to Sentry'),
  PYTHON_BIN: variable(text, 'python3', 'Python interpreter for the local runner'),
  JUDGE_CONCURRENCY: variable(integer(1, 256), os.availableParallelism(), 'submissions judged at once (default: number of cores)'),
  JUDGE_QUEUE_SIZE: variable(integer(0, 10_000), 50, 'submissions waiting for a judge slot before the API answers 503'),
  JUDGE_MEMORY_MB: variable(
    integer(32, 8192),
    256,
    "memory limit of a submission in MB: the local runner's address space, Judge0's memory_limit (at most 500 MB there)",
  ),
  JUDGE_UNSAFE_NO_SANDBOX: variable(
    flag,
    false,
    "true = the local runner runs learners' code without its bubblewrap sandbox when that cannot start here (only for code you trust)",
  ),
  JUDGE0_URL: variable(
    url(['http:', 'https:']) as Parse<string | undefined>,
    undefined,
    'Judge0 CE base URL; set = run code on Judge0 instead of the local runner',
  ),
  JUDGE0_AUTH_TOKEN: variable(text as Parse<string | undefined>, undefined, 'X-Auth-Token for a self-hosted Judge0'),
  JUDGE0_RAPIDAPI_KEY: variable(text as Parse<string | undefined>, undefined, 'X-RapidAPI-Key for the hosted Judge0 CE'),
  JUDGE0_RAPIDAPI_HOST: variable(text as Parse<string | undefined>, undefined, 'X-RapidAPI-Host for the hosted Judge0 CE'),
  JUDGE0_TIMEOUT_MS: variable(integer(100, 600_000), 30_000, 'longest wait for one Judge0 HTTP answer before it counts as a failed attempt'),
  JUDGE0_RETRIES: variable(integer(0, 10), 3, 'attempts after the first on 429, 5xx, timeouts and network errors'),
  JUDGE0_RETRY_BACKOFF_MS: variable(integer(1, 60_000), 250, 'delay before the first retry; doubles with each further one (+-25% jitter)'),
  JUDGE0_BREAKER_THRESHOLD: variable(integer(1, 1000), 5, 'consecutive failed Judge0 calls (retries spent) that open the circuit'),
  JUDGE0_BREAKER_COOLDOWN_MS: variable(integer(100, 3_600_000), 30_000, 'how long an open circuit answers 503 at once before one trial call'),
  JUDGE0_POLL_INTERVAL_MS: variable(integer(10, 60_000), 1000, 'first wait before polling results (Judge0 caches a submission 1 s); x1.5 per poll'),
  JUDGE0_MAX_POLL_INTERVAL_MS: variable(integer(10, 60_000), 3000, 'longest wait between two polls'),
  JUDGE0_MAX_WAIT_MS: variable(integer(1000, 3_600_000), 120_000, "longest wait for a submission's results before it fails with 503"),
  OPENAI_API_KEY: variable(
    text as Parse<string | undefined>,
    undefined,
    'OpenAI (or compatible) API key; set = tutor feedback from a model, unset = rule-based feedback only',
  ),
  OPENAI_BASE_URL: variable(
    url(['http:', 'https:']) as Parse<string | undefined>,
    undefined,
    'base URL of an OpenAI-compatible server; unset = api.openai.com',
  ),
  OPENAI_SMALL_MODEL: variable(text, 'gpt-4o-mini', 'model for most feedback (about 90% of model requests)'),
  OPENAI_LARGE_MODEL: variable(text, 'gpt-4o', 'model for hard cases (never more than 10% of model requests)'),
  OPENAI_PRICES: variable(modelPrices, DEFAULT_MODEL_PRICES, 'model=input/output USD per million tokens, comma-separated; overrides the built-in prices'),
  OPENAI_DAILY_BUDGET_USD: variable(decimal(0), 2, 'daily model spend cap in USD (warning at 75%; past it the small model only, then rules)'),
  OPENAI_TIMEOUT_MS: variable(integer(100, 600_000), 20_000, 'longest wait for a model answer before falling back to rule-based feedback'),
  OPENAI_MAX_OUTPUT_TOKENS: variable(integer(50, 8000), 700, 'longest model answer, in tokens (also bounds the cost reserved per request)'),
  RETENTION_DAYS: variable(integer(1, 36_500), 90, 'submissions older than this many days are deleted by a daily job'),
} as const;

type Variables = typeof VARIABLES;
export type VariableName = keyof Variables;
type RawConfig = { [K in VariableName]: Variables[K] extends Variable<infer T> ? T : never };

export interface Config extends RawConfig {
  authMode: 'local' | 'clerk';
  dataDir: string;
}

/** Reads and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvironment()): Config {
  const raw: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(VARIABLES) as [VariableName, Variable<unknown>][]) {
    const value = env[name];
    raw[name] = value === undefined || value.trim() === '' ? spec.fallback : spec.parse(value.trim(), name);
  }
  const config = raw as RawConfig;
  if (config.JWT_SECRET !== undefined && config.JWT_SECRET.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  }
  if (config.JUDGE0_RAPIDAPI_KEY && !config.JUDGE0_RAPIDAPI_HOST) {
    throw new ConfigError('JUDGE0_RAPIDAPI_HOST', 'must be set when JUDGE0_RAPIDAPI_KEY is set');
  }
  if (config.JUDGE0_MAX_POLL_INTERVAL_MS < config.JUDGE0_POLL_INTERVAL_MS) {
    throw new ConfigError('JUDGE0_MAX_POLL_INTERVAL_MS', `must be at least JUDGE0_POLL_INTERVAL_MS (${config.JUDGE0_POLL_INTERVAL_MS})`);
  }
  return {
    ...config,
    authMode: config.CLERK_SECRET_KEY || config.CLERK_JWT_KEY ? 'clerk' : 'local',
    dataDir: path.resolve(config.DATA_DIR),
  };
}

/** process.env, completed by a `.env` file in the working directory (real variables win). */
function readEnvironment(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
