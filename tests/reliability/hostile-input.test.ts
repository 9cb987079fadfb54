// Property-based hardening: random and hostile methods, paths, path parameters, query strings,
// headers and bodies against every route the app serves (read from the router), signed out and
// signed in. Whatever arrives, the answer is never a 500, the process never crashes, and every
// 4xx/5xx carries the one error body {error: {code, message, requestId, timestamp}}.
// The web app's fallback is among those routes whether or not web/dist has been built: the app
// serves a small fixture build instead (tests/reliability/fixtures/web-dist).
import { createHmac, randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../api/src/db/client.js';
import { buildTestApp, type Session, signUp, TEST_JWT_SECRET } from '../helpers/app.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';
import { listRoutes, type RouteEntry } from './routes.js';

vi.mock('../../api/src/paths.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/src/paths.js')>()),
  WEB_DIST_DIR: (await import('node:url')).fileURLToPath(new URL('./fixtures/web-dist', import.meta.url)),
}));

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const base64url = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const signHs256 = (payload: object, header: object = { alg: 'HS256', typ: 'JWT' }) => {
  const head = `${base64url(header)}.${base64url(payload)}`;
  return `${head}.${createHmac('sha256', TEST_JWT_SECRET).update(head).digest('base64url')}`;
};

const HOSTILE_STRINGS = [
  '',
  ' ',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  '__proto__',
  'constructor',
  'prototype',
  '%00',
  '\u0000',
  '\uFFFF\uD800',
  '😀'.repeat(50),
  'a'.repeat(10_000),
  '-1',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  '9'.repeat(40),
  'null',
  'true',
  '[]',
  '{}',
  '<script>alert(1)</script>',
  '${7*7}',
  'two-sum',
  '00000000-0000-0000-0000-000000000000',
  '------------------------------------',
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));

const jsonValue = fc.jsonValue({ maxDepth: 4 });

/** Bodies shaped like the API's (right keys, wrong or hostile values), and bodies that are not. */
const structuredBody = fc.record(
  {
    email: fc.oneof(fc.emailAddress(), hostileString, jsonValue),
    password: fc.oneof(hostileString, jsonValue),
    refreshToken: fc.oneof(hostileString, jsonValue),
    problem: fc.oneof(fc.constantFrom('two-sum', 'binary-search', 'no-such-problem'), hostileString, jsonValue),
    code: fc.oneof(
      fc.constantFrom(
        'def two_sum(nums, target):\n    return [0, 1]\n',
        'import os\nos.system("id")',
        'def f(:',
        '\u0000',
        'x = 1\n' + 'x += 1\n'.repeat(2000),
      ),
      hostileString,
      jsonValue,
    ),
    language: fc.oneof(fc.constantFrom('python', 'javascript'), hostileString, jsonValue),
    helpful: fc.oneof(fc.boolean(), hostileString, jsonValue),
    explanationDepth: fc.oneof(fc.constantFrom('beginner', 'intermediate', 'advanced'), hostileString, jsonValue),
    reason: fc.oneof(hostileString, jsonValue),
  },
  { requiredKeys: [] },
);

const rawBody = fc.oneof(
  structuredBody.map((body) => JSON.stringify(body)),
  jsonValue.map((value) => JSON.stringify(value)),
  fc.constantFrom(
    '{"__proto__": {"polluted": true}}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    '{',
    '{"email": }',
    'null',
    '[]',
    '"just a string"',
    '\u0000\u0001\u0002',
    '['.repeat(5000) + ']'.repeat(5000),
    '{"a":'.repeat(3000) + '1' + '}'.repeat(3000),
    '{"email": "a@b.c", "email": "dup@b.c", "password": "x"}',
  ),
  fc.string({ maxLength: 200 }),
  // Past BODY_LIMIT_BYTES (256 KiB by default): must be a 413, not a crash.
  fc.constant(JSON.stringify({ code: 'x'.repeat(300_000) })),
);

const contentType = fc.oneof(
  fc.constant('application/json'),
  fc.constantFrom(
    'application/json; charset=utf-8',
    'application/json; charset=utf-16',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=xyz',
    'application/xml',
    'application/json; boundary=',
    '',
    ';;;',
  ),
  hostileString,
);

/** encodeURIComponent, with lone surrogates (which it refuses) replaced as a browser would. */
const encode = (value: string) => encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

const queryString = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('difficulty', 'category', 'tag', 'q', 'page', 'problem', 'limit', 'deeper', '__proto__', 'constructor[prototype]'),
        hostileString,
      ),
      fc.oneof(fc.constantFrom('easy', 'arrays', '1', '0', '-5', '99999999999999999999', 'true'), hostileString),
    ),
    { maxLength: 5 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&'))
  .chain((encoded) => fc.constantFrom(encoded, '%', '%E0%A4%A', 'a=%ZZ', '&&&', '=', 'a[b][c][d]=1'));

interface Fixture {
  app: FastifyInstance;
  routes: RouteEntry[];
  session: Session;
  submissionId: string;
}

/** Paths the file system refuses or the router cannot decode, for the web app's fallback. */
const PAGE_PATHS = [
  '/%00',
  '/%2e%2e/%00',
  '/assets/%00',
  '/foo%00bar',
  '/index.html%00',
  '/index.html/x',
  '/assets/index-abc123.js/x',
  `/${'a'.repeat(300)}`,
  `/a/${'b'.repeat(5000)}`,
  '/%',
  '/%zz',
  '/%E0%A4%A',
];

/** Never a 500, and the error body on every 4xx/5xx that has a body. */
function expectAnswered(options: InjectOptions, response: LightMyRequestResponse) {
  const where = `${options.method} ${typeof options.url === 'string' ? options.url : options.url?.pathname}`;
  expect(response.statusCode, `${where} answered ${response.statusCode}: ${response.body.slice(0, 300)}`).not.toBe(500);
  expect(response.statusCode, where).toBeLessThan(500);
  if (response.statusCode >= 400 && options.method !== 'HEAD') {
    let body: unknown = null;
    try {
      body = response.json();
    } catch {
      body = null;
    }
    expect(isErrorBody(body), `${where} answered ${response.statusCode} with ${response.body.slice(0, 300)}`).toBe(true);
  }
}

function isErrorBody(body: unknown): boolean {
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  return (
    !!error &&
    typeof error.code === 'string' &&
    /^[A-Z][A-Z0-9_]*$/.test(error.code) &&
    typeof error.message === 'string' &&
    typeof error.requestId === 'string' &&
    typeof error.timestamp === 'string' &&
    !Number.isNaN(Date.parse(error.timestamp))
  );
}

describe('hostile input against every route', () => {
  let database: DatabaseHandle;
  const fixture = {} as Fixture;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    database = await openDatabase({ kind: 'pglite' });
    fixture.app = await buildTestApp(database, {
      problems: testProblemRegistry(),
      env: { RATE_LIMIT_PER_MINUTE: '1000000', SUBMISSIONS_PER_HOUR: '1000000' },
    });
    await seedTestProblems(database.db);
    fixture.routes = listRoutes(fixture.app);
    fixture.session = await signUp(fixture.app);
    const submitted = await fixture.app.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: fixture.session.auth,
      payload: { problem: 'two-sum', code: 'def two_sum(nums, target):\n    return [0, 0]\n', language: 'python' },
    });
    expect(submitted.statusCode).toBe(201);
    fixture.submissionId = submitted.json().id;
  }, 180_000);

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await fixture.app?.close();
    await database?.close();
  });

  it('finds the routes from the router', () => {
    const urls = fixture.routes.map((r) => `${r.method} ${r.url}`);
    // `GET *` and `HEAD *`: the web app's fallback.
    for (const expected of [
      'POST /api/auth/register',
      'GET /api/problems/:slug',
      'POST /api/submissions',
      'GET /api/submissions/:id',
      'GET /health',
      'GET *',
      'HEAD *',
    ]) {
      expect(urls).toContain(expected);
    }
  });

  it('answers 400 to a number past the largest double (1e309 is Infinity) in a query, a path or a body', async () => {
    const auth = fixture.session.auth;
    const requests: Array<InjectOptions & { url: string }> = [
      { method: 'GET', url: '/api/problems?page=1e309' },
      { method: 'HEAD', url: '/api/problems?page=-1e309' },
      { method: 'GET', url: '/api/submissions?page=1e309', headers: auth },
      { method: 'GET', url: '/api/me/recommendations?limit=1e309', headers: auth },
      { method: 'POST', url: `/api/submissions/${fixture.submissionId}/findings/1e309/dispute`, headers: auth, payload: { reason: 'x' } },
      { method: 'POST', url: '/api/problems/two-sum/hints', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"rung": 1e309}' },
      { method: 'POST', url: '/api/mock-interviews', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"durationMinutes": -1e309}' },
    ];
    for (const options of requests) {
      const response = await fixture.app.inject(options);
      expect(response.statusCode, `${options.method} ${options.url} answered ${response.body}`).toBe(400);
      if (options.method !== 'HEAD') {
        expectAnswered(options, response);
        expect(response.json().error.code).toBe('VALIDATION_ERROR');
      }
    }
    const named = await fixture.app.inject({ method: 'GET', url: '/api/problems?page=1e309' });
    expect(named.json().error.message).toBe('the request is invalid: page must be a finite number');
  });

  it("answers hostile paths to the web app's fallback with the error body, never a 500", async () => {
    for (const url of PAGE_PATHS) {
      for (const method of ['GET', 'HEAD'] as const) {
        for (const accept of [undefined, 'application/json', 'text/html']) {
          const options: InjectOptions = { method, url, headers: accept ? { accept } : {} };
          expectAnswered(options, await fixture.app.inject(options));
        }
      }
    }
  });

  /** A concrete request for a route, path parameters filled with real or hostile values. */
  const request = (signedIn: boolean) =>
    fc
      .record({
        routeIndex: fc.nat(),
        method: fc.oneof(
          { weight: 8, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD') },
        ),
        param: fc.oneof(
          fc.constantFrom('two-sum', '@submission', '@uuid', '0', '1', '@raw:%', '@raw:%zz', '@raw:%E0%A4%A', '@raw:%00', '@raw:..', '@raw:index.html/x'),
          hostileString,
        ),
        encodeParam: fc.boolean(),
        query: fc.option(queryString, { nil: undefined }),
        body: fc.option(rawBody, { nil: undefined }),
        contentType,
        authorization: signedIn
          ? fc.oneof(
              { weight: 6, arbitrary: fc.constant('@valid') },
              { weight: 1, arbitrary: fc.constantFrom('@forged-sub', '@alg-none', '@expired', '@no-sub', 'Bearer', 'Bearer  ', 'Basic Zm9vOmJhcg==') },
              { weight: 1, arbitrary: hostileString.map((s) => `Bearer ${s}`) },
            )
          : fc.oneof(fc.constant(undefined), hostileString, fc.constantFrom('Bearer a.b.c', 'Bearer eyJhbGciOiJub25lIn0.e30.')),
        requestId: fc.option(hostileString, { nil: undefined }),
        accept: fc.option(fc.constantFrom('text/event-stream', 'application/json', '*/*', 'text/html', 'image/png', ';q=x'), { nil: undefined }),
        forgedSub: fc.stringMatching(/^[0-9a-f-]{36}$/),
      })
      .map((r) => toInject(r, fixture));

  for (const signedIn of [false, true]) {
    it(`never answers 500 and always the error shape (${signedIn ? 'signed in' : 'signed out'})`, async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(request(signedIn), async (options) => {
          const response = await fixture.app.inject(options);
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          expectAnswered(options, response);
        }),
        { numRuns: RUNS, seed: SEED, verbose: 1 },
      );
      if (process.env.FUZZ_STATS === '1') console.log(signedIn ? 'signed in' : 'signed out', Object.fromEntries(statuses));
      const health = await fixture.app.inject({ method: 'GET', url: '/health' });
      expect(health.statusCode).toBe(200);
      expect(unhandled).toEqual([]);
    }, 600_000);
  }
});

type Generated = {
  routeIndex: number;
  method: string | null;
  param: string;
  encodeParam: boolean;
  query?: string;
  body?: string;
  contentType: string;
  authorization?: string;
  requestId?: string;
  accept?: string;
  forgedSub: string;
};

function toInject(r: Generated, fixture: Fixture): InjectOptions {
  // DELETE /api/me with the shared session would end every later signed-in case: it gets a
  // forged user instead (its own test in the API suite covers the real deletion).
  const route = fixture.routes[r.routeIndex % fixture.routes.length];
  const value = r.param === '@submission' ? fixture.submissionId : r.param === '@uuid' ? randomUUID() : r.param;
  // '@raw:' values go into the path as they are: malformed percent-escapes a client may send.
  const segment = value.startsWith('@raw:') ? value.slice(5) : r.encodeParam || /[/?#%\s]|[^\x21-\x7e]/.test(value) ? encode(value) : value;
  let url = route.url.replace(/:[A-Za-z]+/g, () => segment).replace(/\*$/, segment);
  if (!url.startsWith('/')) url = `/${url}`;
  if (r.query !== undefined) url += `?${r.query}`;
  const method = (r.method ?? route.method) as InjectOptions['method'];
  const headers: Record<string, string> = {};
  const auth = resolveAuthorization(r, fixture, method === 'DELETE');
  if (auth !== undefined) headers.authorization = auth;
  if (r.requestId !== undefined) headers['x-request-id'] = headerSafe(r.requestId);
  if (r.accept !== undefined) headers.accept = r.accept;
  if (r.body !== undefined) headers['content-type'] = headerSafe(r.contentType);
  return { method, url, headers, payload: r.body };
}

/** What an HTTP client can put in a header: no control characters, nothing past Latin-1. */
const headerSafe = (value: string) => value.replace(/[^\t\x20-\x7e\x80-\xff]/g, '');

function resolveAuthorization(r: Generated, fixture: Fixture, deleting: boolean): string | undefined {
  const now = Math.floor(Date.now() / 1000);
  switch (r.authorization) {
    case '@valid':
      return deleting ? `Bearer ${signHs256({ sub: randomUUID(), iat: now, exp: now + 600 })}` : fixture.session.auth.authorization;
    case '@forged-sub':
      return `Bearer ${signHs256({ sub: r.forgedSub, iat: now, exp: now + 600 })}`;
    case '@alg-none':
      return `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: fixture.session.userId })}.`;
    case '@expired':
      return `Bearer ${signHs256({ sub: fixture.session.userId, iat: now - 7200, exp: now - 3600 })}`;
    case '@no-sub':
      return `Bearer ${signHs256({ iat: now, exp: now + 600 })}`;
    default:
      return r.authorization === undefined ? undefined : headerSafe(r.authorization);
  }
}
