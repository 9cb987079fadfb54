// The judge service around the executors: result reuse for identical submissions and the
// concurrency limit with its bounded queue.
import { afterAll, describe, expect, it } from 'vitest';
import { createJudge, type JudgeResultCache } from '../../api/src/modules/judge/judge.js';
import { PYTHON_BIN, sumProblem } from './helpers.js';

function memoryCache(): JudgeResultCache & { store: Map<string, string>; ttls: number[] } {
  const store = new Map<string, string>();
  const ttls: number[] = [];
  return {
    store,
    ttls,
    async get(key) {
      return store.get(key) ?? null;
    },
    async set(key, value, ttl) {
      store.set(key, value);
      ttls.push(ttl);
    },
  };
}

describe('the judge service', () => {
  const cache = memoryCache();
  const judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0, cache });
  afterAll(() => judge.close());

  it('reuses the result of an identical submission (up to whitespace and comments) for 24 hours', async () => {
    const code = 'def list_sum(nums):\n    return sum(nums)\n';
    const first = await judge.judge({ problem: sumProblem, code, scope: 'all' });
    expect(first.cached).toBe(false);
    const again = await judge.judge({ problem: sumProblem, code: '# same\ndef list_sum(nums):   \n  return sum(nums)  # yes\n\n', scope: 'all' });
    expect(again).toEqual({ ...first, cached: true });
    expect(cache.ttls).toEqual([24 * 3600]);
    // Inputs and expected outputs are not kept (the problem has them): a hit restores them.
    const kept = JSON.parse([...cache.store.values()][0]) as { tests: Array<{ input: unknown[]; expected: unknown }> };
    expect(kept.tests.every((test) => test.input.length === 0 && test.expected === null)).toBe(true);
    const other = await judge.judge({ problem: { ...sumProblem, contentHash: 'v2' }, code, scope: 'all' });
    expect(other.cached).toBe(false);
  }, 60_000);

  it('times out a call that overran its CPU limit even when it returned before the timer fired', async () => {
    // The CPU timer is checked at scheduler ticks: 7 ms of CPU against a 5 ms limit can return
    // before its signal. The measured CPU time decides, so the verdict never depends on luck.
    const spinning = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0, unsafeSkipPolicy: true });
    try {
      const problem = { ...sumProblem, slug: 'spin', timeLimitMs: 5, tests: sumProblem.tests.slice(0, 1) };
      const code =
        'import time\ndef list_sum(nums):\n    end = time.thread_time() + 0.007\n    while time.thread_time() < end:\n        pass\n    return sum(nums)\n';
      for (let i = 0; i < 5; i++) {
        const report = await spinning.judge({ problem, code: `${code}# ${i}\n`, scope: 'all' });
        expect(report.tests[0].status).toBe('timeout');
        expect(report.verdict).toBe('time_limit_exceeded');
      }
    } finally {
      await spinning.close();
    }
  }, 60_000);

  it('does not cache timeouts, which depend on the machine load', async () => {
    const before = cache.store.size;
    const report = await judge.judge({ problem: sumProblem, code: 'def list_sum(nums):\n    while True:\n        pass\n', scope: 'public' });
    expect(report.verdict).toBe('time_limit_exceeded');
    expect(cache.store.size).toBe(before);
  }, 60_000);

  it('answers JUDGE_BUSY past the concurrency limit and its queue', async () => {
    const busy = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0, concurrency: 1, queueSize: 1 });
    const slow = 'import time\ndef list_sum(nums):\n    time.sleep(0.3)\n    return sum(nums)\n';
    const runs = [1, 2, 3].map(() => busy.judge({ problem: sumProblem, code: slow, scope: 'public' }));
    const results = await Promise.allSettled(runs);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'JUDGE_BUSY', statusCode: 503 });
    expect(refused.reason.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    await busy.close();
  }, 60_000);

  it("reports a sandbox that cannot start as our failure, never as the submission's runtime error", async () => {
    const starved = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0, memoryMb: 4 });
    await expect(starved.judge({ problem: sumProblem, code: 'def list_sum(nums):\n    return sum(nums)\n', scope: 'public' })).rejects.toThrow(
      /sandbox failed to start/,
    );
    await starved.close();
  }, 60_000);
});

describe('closing the judge', () => {
  it('ends running and pooled interpreters alike', async () => {
    const { sandboxProcessCount } = await import('../../api/src/modules/judge/sandbox-process.js');
    const judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 2 });
    const running = judge.judge({ problem: sumProblem, code: 'def list_sum(nums):\n    while True:\n        pass\n', scope: 'public' });
    // Running once one exists (the runner thread may still be loading on a busy machine).
    for (let waited = 0; sandboxProcessCount() === 0 && waited < 20_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(sandboxProcessCount()).toBeGreaterThan(0);
    await judge.close();
    await running.catch(() => undefined);
    expect(sandboxProcessCount()).toBe(0);
  }, 60_000);
});
