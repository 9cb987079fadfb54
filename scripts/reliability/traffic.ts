// Simulated learners on loopback: each signs up, then until the deadline browses the problem
// list and a statement, reads, submits (correct, wrong, slow or crashing code), looks at the
// result and the dashboard, and thinks. A 503 or 429 with Retry-After is retried after the
// time it asks for (as a polite client does) while time remains. Every answer is recorded with
// its latency, status and error code; every 201 submission is kept for the database checks.
import { setMaxListeners } from 'node:events';
import { performance } from 'node:perf_hooks';
import { type Catalog, type SolutionKind, DEFAULT_MIX, pickKind, uniqueCode } from './solutions.js';

export interface Sample {
  endpoint: string;
  status: number; // 0 = no answer (network error or client timeout)
  ms: number;
  /** Milliseconds since the clock's origin when the request started. */
  at: number;
  code?: string;
  /** The error message of a 5xx answer (to show that errors are clear). */
  message?: string;
  badErrorShape?: boolean;
}

export interface AcceptedSubmission {
  id: string;
  userId: string;
  slug: string;
  kind: SolutionKind;
  verdict: string;
  /** Whether any test ran into the problem's time limit (whatever the verdict). */
  reachedTimeLimit: boolean;
  /** From the first attempt to the 201 carrying the verdict, retries included. */
  submitToVerdictMs: number;
  attempts: number;
  /** Clock time of the first attempt. */
  at: number;
  /** Clock time of the 201. */
  answeredAt: number;
  /** Whether the answer already carried feedback. */
  feedbackInAnswer: boolean;
}

export interface User {
  id: string;
  email: string;
  token: string;
}

export interface TrafficOptions {
  baseUrl: string;
  users: number;
  durationMs: number;
  catalog: Catalog;
  mix?: Record<SolutionKind, number>;
  /** Make every submission distinct for the judge's result cache (default true). */
  uniqueCode?: boolean;
  /** [min, max] ms a learner reads a statement before submitting. */
  readMs?: [number, number];
  /** [min, max] ms a learner thinks after looking at a result. */
  thinkMs?: [number, number];
  requestTimeoutMs?: number;
  seed?: number;
  clock?: Clock;
  /** Stop early (fault scripts end a phase this way). */
  signal?: AbortSignal;
  /** Users already signed up (a second traffic run reuses them). */
  existingUsers?: User[];
  /** Label prefix for endpoints (e.g. the server's name in the fault run). */
  label?: string;
}

export interface TrafficResult {
  users: User[];
  samples: Sample[];
  submissions: AcceptedSubmission[];
  /** Submissions abandoned because the time ran out while the server kept asking to retry. */
  abandoned: number;
  /** Submissions started (first attempts), answered or not. */
  attempted: number;
  startedAt: number;
  endedAt: number;
  dashboardAvailable: boolean;
}

export class Clock {
  readonly origin = performance.now();
  now(): number {
    return performance.now() - this.origin;
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** mulberry32: a small seeded generator, so a run's mix can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Answer {
  status: number;
  json: unknown;
  retryAfter?: number;
}

const isErrorShape = (body: unknown): boolean => {
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  return (
    !!error &&
    typeof error.code === 'string' &&
    typeof error.message === 'string' &&
    typeof error.requestId === 'string' &&
    typeof error.timestamp === 'string' &&
    !Number.isNaN(Date.parse(error.timestamp))
  );
};

export class HttpRecorder {
  readonly samples: Sample[] = [];
  constructor(
    private readonly baseUrl: string,
    private readonly clock: Clock,
    private readonly timeoutMs: number,
    private readonly label = '',
  ) {}

  async call(endpoint: string, method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const at = this.clock.now();
    const started = performance.now();
    const name = `${this.label}${endpoint}`;
    try {
      const response = await fetch(this.baseUrl + path, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await response.text();
      const ms = performance.now() - started;
      let json: unknown = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = null;
      }
      const sample: Sample = { endpoint: name, status: response.status, ms, at };
      if (response.status >= 400) {
        sample.code = (json as { error?: { code?: string } } | null)?.error?.code ?? 'UNKNOWN';
        if (!isErrorShape(json)) sample.badErrorShape = true;
        if (response.status >= 500) sample.message = (json as { error?: { message?: string } } | null)?.error?.message;
      }
      this.samples.push(sample);
      const retryAfter = Number(response.headers.get('retry-after'));
      return { status: response.status, json, retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined };
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
      this.samples.push({ endpoint: name, status: 0, ms: performance.now() - started, at, code: timedOut ? 'CLIENT_TIMEOUT' : 'NETWORK_ERROR' });
      return { status: 0, json: null };
    }
  }
}

const LIST_QUERIES = ['', '', '', '?difficulty=easy', '?category=arrays', '?q=sum', '?page=2', '?tag=array'];

export async function signUpUsers(http: HttpRecorder, count: number, runId: string, parallel = 5): Promise<User[]> {
  const users: User[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const email = `load-${runId}-${i}@example.com`;
      for (let attempt = 0; attempt < 5; attempt++) {
        const answer = await http.call('POST /api/auth/register', 'POST', '/api/auth/register', {
          body: { email, password: 'correct horse battery staple' },
        });
        if (answer.status === 201) {
          const body = answer.json as { user: { id: string }; accessToken: string };
          users.push({ id: body.user.id, email, token: body.accessToken });
          break;
        }
        await sleep((answer.retryAfter ?? 1) * 1000);
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  if (users.length < count) throw new Error(`only ${users.length} of ${count} users could sign up`);
  return users;
}

export async function runTraffic(options: TrafficOptions): Promise<TrafficResult> {
  const clock = options.clock ?? new Clock();
  const http = new HttpRecorder(options.baseUrl, clock, options.requestTimeoutMs ?? 30_000, options.label);
  const random = seededRandom(options.seed ?? 20261101);
  const runId = `${Date.now().toString(36)}${Math.floor(random() * 1e6).toString(36)}`;
  const users = options.existingUsers ?? (await signUpUsers(http, options.users, runId));
  // Every learner waits on the stop signal while it sleeps.
  if (options.signal) setMaxListeners(users.length + 10, options.signal);
  const readMs = options.readMs ?? [300, 1200];
  const thinkMs = options.thinkMs ?? [1000, 3000];
  const between = ([lo, hi]: [number, number]) => lo + random() * (hi - lo);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const submissions: AcceptedSubmission[] = [];
  let abandoned = 0;
  let attempted = 0;
  let tag = Math.floor(random() * 1e9);

  const probe = await http.call('GET /api/me/dashboard', 'GET', '/api/me/dashboard', { token: users[0].token });
  const dashboardAvailable = probe.status === 200;

  const startedAt = clock.now();
  const deadline = startedAt + options.durationMs;
  const timeLeft = () => deadline - clock.now();
  const stopped = () => options.signal?.aborted === true || timeLeft() <= 0;

  async function submit(user: User, slug: string): Promise<AcceptedSubmission | null> {
    const kind = pickKind(random, options.mix ?? DEFAULT_MIX);
    const candidates = options.catalog.byKind[kind].filter((c) => c.slug === slug);
    const candidate = candidates.length > 0 ? pick(candidates) : pick(options.catalog.byKind.correct.filter((c) => c.slug === slug));
    const code = options.uniqueCode === false ? candidate.code : uniqueCode(candidate.code, tag++);
    const first = clock.now();
    attempted++;
    for (let attempt = 1; ; attempt++) {
      const answer = await http.call('POST /api/submissions', 'POST', '/api/submissions', {
        token: user.token,
        body: { problem: slug, code, language: 'python' },
      });
      if (answer.status === 201) {
        const body = answer.json as { id: string; verdict: string; feedback: unknown; tests?: Array<{ status: string }> };
        const accepted: AcceptedSubmission = {
          id: body.id,
          userId: user.id,
          slug,
          kind: candidate.kind,
          verdict: body.verdict,
          reachedTimeLimit: (body.tests ?? []).some((test) => test.status === 'timeout'),
          submitToVerdictMs: clock.now() - first,
          attempts: attempt,
          at: first,
          answeredAt: clock.now(),
          feedbackInAnswer: body.feedback !== null && (body.feedback as { status?: string })?.status !== 'pending',
        };
        submissions.push(accepted);
        return accepted;
      }
      const retryable = answer.status === 0 || answer.status === 429 || answer.status === 503;
      const waitMs = answer.status === 0 ? 1000 : Math.min(answer.retryAfter ?? 2, 10) * 1000;
      if (!retryable || options.signal?.aborted || waitMs >= timeLeft()) {
        if (retryable) abandoned++;
        return null;
      }
      await sleep(waitMs, options.signal);
    }
  }

  async function learner(user: User, index: number) {
    // Spread the starts over the first second so the class does not move in lockstep.
    await sleep((index / users.length) * 1000, options.signal);
    while (!stopped()) {
      await http.call('GET /api/problems', 'GET', `/api/problems${pick(LIST_QUERIES)}`, { token: user.token });
      const slug = pick(options.catalog.slugs);
      await http.call('GET /api/problems/:slug', 'GET', `/api/problems/${slug}`, { token: user.token });
      await sleep(between(readMs), options.signal);
      if (stopped()) break;
      const accepted = await submit(user, slug);
      if (accepted) await http.call('GET /api/submissions/:id', 'GET', `/api/submissions/${accepted.id}`, { token: user.token });
      if (dashboardAvailable) await http.call('GET /api/me/dashboard', 'GET', '/api/me/dashboard', { token: user.token });
      await sleep(between(thinkMs), options.signal);
    }
  }

  await Promise.all(users.map((user, i) => learner(user, i)));
  return { users, samples: http.samples, submissions, abandoned, attempted, startedAt, endedAt: clock.now(), dashboardAvailable };
}
