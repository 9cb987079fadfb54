// The Judge0 client against the fake server: authentication, language lookup, base64,
// a verdict's tests in one submission, retries on 429/503, the circuit breaker, the request counter, and the
// timings an operator configures (JUDGE0_TIMEOUT_MS, ...) against a server that hangs.
import { setTimeout as sleep } from 'node:timers/promises';
import client from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../api/src/db/client.js';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import { Judge0Client } from '../../api/src/modules/judge/judge0-client.js';
import type { Judge0Executor } from '../../api/src/modules/judge/judge0-executor.js';
import { buildTestApp } from '../helpers/app.js';
import { startFakeJudge0, rubyEncode64, type FakeJudge0 } from './fake-judge0-server.js';
import { PYTHON_BIN, caps, makeProblem, test } from './helpers.js';

let fake: FakeJudge0;
beforeAll(async () => {
  fake = await startFakeJudge0({ python: caps.python, authToken: 'tok' });
});
afterAll(() => fake.close());

const fast = { retryBaseMs: 5, pollIntervalMs: 30, maxPollIntervalMs: 100 };

async function counted(status: string): Promise<number> {
  const metric = await client.register.getSingleMetric('judge0_requests_total')!.get();
  return metric.values.find((v) => v.labels.status === status)?.value ?? 0;
}

async function submissionsCounted(mode: string): Promise<number> {
  const metric = await client.register.getSingleMetric('judge0_submissions_total')!.get();
  return metric.values.find((v) => v.labels.mode === mode)?.value ?? 0;
}

describe('the Judge0 client', () => {
  it('resolves the Python language id from /languages', async () => {
    expect(await new Judge0Client({ url: fake.url, authToken: 'tok' }).pythonLanguageId()).toBe(71);
  });

  it('reports a bad token clearly and does not retry it', async () => {
    const before = fake.requests.length;
    await expect(new Judge0Client({ url: fake.url, authToken: 'wrong', ...fast }).languages()).rejects.toThrow(/401.*JUDGE0_AUTH_TOKEN/);
    expect(fake.requests.length - before).toBe(1);
  });

  it('retries 429 and 503 with backoff, counting every request by status', async () => {
    const before429 = await counted('429');
    const before503 = await counted('503');
    fake.inject(429, { message: 'You have exceeded the DAILY quota for Submissions on your current plan, BASIC.' });
    fake.inject(503, { error: 'queue is full' });
    expect(await new Judge0Client({ url: fake.url, authToken: 'tok', ...fast }).languages()).toContainEqual({ id: 71, name: 'Python (3.8.1)' });
    expect(await counted('429')).toBe(before429 + 1);
    expect(await counted('503')).toBe(before503 + 1);
  });

  it('opens the circuit after repeated failures and then fails fast', async () => {
    const c = new Judge0Client({ url: fake.url, authToken: 'tok', ...fast, maxRetries: 0, breakerThreshold: 2 });
    fake.inject(503, { error: 'queue is full' }, 2);
    await expect(c.languages()).rejects.toThrow(/503/);
    await expect(c.languages()).rejects.toThrow(/503/);
    const before = fake.requests.length;
    await expect(c.languages()).rejects.toThrow(/circuit open/);
    expect(fake.requests.length).toBe(before);
  });

  it('emits base64 the way Ruby does, which the client decodes', () => {
    const text = 'x'.repeat(100);
    const encoded = rubyEncode64(text);
    expect(
      encoded
        .split('\n')
        .slice(0, -1)
        .every((l) => l.length <= 60),
    ).toBe(true);
    expect(encoded.endsWith('\n')).toBe(true);
    expect(Buffer.from(encoded, 'base64').toString()).toBe(text);
  });
});

describe('the Judge0 backend', () => {
  it('judges all 25 tests of a verdict in one Judge0 submission, and counts it', async () => {
    const tests = Array.from({ length: 25 }, (_, i) => test(`t${i}`, [i], i * 2, i > 0));
    const problem = makeProblem({ entryPoint: 'double', tests });
    const judge = createJudge({ pythonBin: PYTHON_BIN, judge0: { url: fake.url, authToken: 'tok', ...fast } });
    const posts = () => fake.requests.filter((r) => r.path === '/submissions/batch' && r.method === 'POST').length;
    const [before, counterBefore] = [posts(), await submissionsCounted('judge')];
    const report = await judge.judge({ problem, code: 'def double(n):\n    return n * 2\n', scope: 'all' });
    expect(report).toMatchObject({ verdict: 'accepted', passed: 25, total: 25, executor: 'judge0' });
    expect(posts() - before).toBe(1);
    expect((judge.executor as Judge0Executor).submissionsCreated).toBe(1);
    expect((await submissionsCounted('judge')) - counterBefore).toBe(1);
    await judge.close();
  }, 60_000);

  it('answers 503 JUDGE0_UNAVAILABLE when Judge0 keeps failing', async () => {
    const judge = createJudge({ pythonBin: PYTHON_BIN, judge0: { url: fake.url, authToken: 'tok', ...fast, maxRetries: 1 } });
    const problem = makeProblem({ entryPoint: 'double', tests: [test('t1', [1], 2)] });
    fake.inject(503, { error: 'queue is full' }, 3);
    await expect(judge.judge({ problem, code: 'def double(n):\n    return n * 2\n', scope: 'all' })).rejects.toMatchObject({
      statusCode: 503,
      code: 'JUDGE0_UNAVAILABLE',
    });
    expect(await judge.ping()).toBe(true);
    await judge.close();
  }, 60_000);
});

describe('the configured Judge0 timings', () => {
  /** Milliseconds `fn` takes. */
  async function timed(fn: () => Promise<unknown>): Promise<number> {
    const started = performance.now();
    await fn();
    return performance.now() - started;
  }

  it('gives up on a hanging Judge0 after about the request timeout times (retries + 1)', async () => {
    const c = new Judge0Client({ url: fake.url, authToken: 'tok', requestTimeoutMs: 300, maxRetries: 2, retryBaseMs: 5 });
    const before = fake.requests.length;
    fake.hang(3);
    const elapsed = await timed(() => expect(c.languages()).rejects.toThrow(/Judge0 request failed: timeout of 300ms exceeded/));
    expect(fake.requests.length - before).toBe(3);
    // 3 x 300 ms plus two short backoffs; the upper bound leaves room for a busy machine.
    expect(elapsed).toBeGreaterThanOrEqual(3 * 300 - 20);
    expect(elapsed).toBeLessThan(3 * 300 + 1500);
  });

  it('reaches the client from the environment: timeout, retries, breaker threshold and cool-down', async () => {
    const database = await openDatabase({ kind: 'pglite' });
    const app = await buildTestApp(database, {
      env: {
        JUDGE0_URL: fake.url,
        JUDGE0_AUTH_TOKEN: 'tok',
        JUDGE0_TIMEOUT_MS: '250',
        JUDGE0_RETRIES: '1',
        JUDGE0_RETRY_BACKOFF_MS: '10',
        JUDGE0_BREAKER_THRESHOLD: '1',
        JUDGE0_BREAKER_COOLDOWN_MS: '1000',
      },
    });
    try {
      const before = fake.requests.length;
      fake.hang(2);
      let ok = true;
      const elapsed = await timed(async () => (ok = await app.judge.ping()));
      expect(ok).toBe(false);
      expect(fake.requests.length - before).toBe(2);
      expect(elapsed).toBeGreaterThanOrEqual(2 * 250 - 20);
      expect(elapsed).toBeLessThan(2 * 250 + 1500);
      // One failed call (retries spent) opened the circuit: the next fails at once, unsent.
      expect(await app.judge.ping()).toBe(false);
      expect(fake.requests.length - before).toBe(2);
      // After the cool-down one trial call goes through and closes the circuit again.
      await sleep(1000);
      expect(await app.judge.ping()).toBe(true);
      expect(fake.requests.length - before).toBe(3);
    } finally {
      await app.close();
      await database.close();
    }
  }, 60_000);

  it('gives Judge0 the memory limit of JUDGE_MEMORY_MB', async () => {
    const database = await openDatabase({ kind: 'pglite' });
    const app = await buildTestApp(database, { env: { JUDGE0_URL: fake.url, JUDGE0_AUTH_TOKEN: 'tok', JUDGE_MEMORY_MB: '64' } });
    try {
      const problem = makeProblem({ slug: 'allocate', entryPoint: 'solve', tests: [test('t1', [[1, 2]], 2)] });
      // 100 MB fits the default 256 MB, not 64 MB.
      const code = 'def solve(nums):\n    block = bytearray(100_000_000)\n    return len(nums) + len(block) - 100_000_000\n';
      const report = await app.judge.judge({ problem, code, scope: 'all' });
      expect(report.executor).toBe('judge0');
      expect(report.verdict).toBe('memory_limit_exceeded');
    } finally {
      await app.close();
      await database.close();
    }
  }, 60_000);
});
