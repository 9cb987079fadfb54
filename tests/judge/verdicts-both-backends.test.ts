// Every verdict, produced by a real submission through both backends: the local runner and
// Judge0 (a faithful fake server that really runs the harness). One table, run twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJudge, type Judge } from '../../api/src/modules/judge/judge.js';
import type { Verdict } from '../../api/src/modules/judge/types.js';
import { startFakeJudge0, type FakeJudge0 } from './fake-judge0-server.js';
import { PYTHON_BIN, caps, sumProblem } from './helpers.js';

const cases: Array<{ name: string; verdict: Verdict; code: string; check?: (r: Awaited<ReturnType<Judge['judge']>>) => void }> = [
  {
    name: 'a correct solution',
    verdict: 'accepted',
    code: 'def list_sum(nums):\n    return sum(nums)\n',
    check: (r) => {
      for (const t of r.tests) expect(t).toMatchObject({ time_ms: expect.any(Number), cpu_ms: expect.any(Number), memory_kb: expect.any(Number) });
      for (const t of r.tests) expect(t.cpu_ms).toBeGreaterThanOrEqual(0);
    },
  },
  {
    name: 'an off-by-one solution',
    verdict: 'wrong_answer',
    code: 'def list_sum(nums):\n    return sum(nums[1:])\n',
    check: (r) => expect(r.tests[0]).toMatchObject({ id: 't1', status: 'failed', actual: 5, expected: 6 }),
  },
  {
    name: 'a crash on the empty list',
    verdict: 'runtime_error',
    code: 'def list_sum(nums):\n    first = nums[0]\n    return first + sum(nums[1:])\n',
    check: (r) => expect(r.tests[1].error).toEqual({ type: 'IndexError', message: 'list index out of range', line: 2 }),
  },
  {
    name: 'an endless loop',
    verdict: 'time_limit_exceeded',
    code: 'def list_sum(nums):\n    while len(nums) < 3:\n        pass\n    return sum(nums)\n',
    check: (r) => {
      expect(r.tests.map((t) => t.status)).toEqual(['passed', 'timeout', 'timeout', 'passed']);
      // Stopped by the harness's CPU timer, the call used about its whole limit of CPU time
      // (the timer samples in ticks); on a busy machine a wall bound may kill it first, and
      // then nobody measured it.
      const cpu = r.tests[1].cpu_ms;
      if (cpu !== null) expect(cpu).toBeGreaterThanOrEqual(sumProblem.timeLimitMs * 0.5);
    },
  },
  {
    name: 'a memory bomb',
    verdict: 'memory_limit_exceeded',
    code: 'def list_sum(nums):\n    if not nums:\n        grow = [0] * (10 ** 10)\n    return sum(nums)\n',
  },
  {
    name: 'printing without end',
    verdict: 'output_limit_exceeded',
    code: 'def list_sum(nums):\n    for i in range(10 ** 7):\n        print("spam spam spam spam", i)\n    return sum(nums)\n',
  },
  {
    name: 'a syntax error',
    verdict: 'syntax_error',
    code: 'def list_sum(nums:\n    return sum(nums)\n',
    check: (r) => expect(r.syntaxError?.line).toBe(1),
  },
  {
    name: 'an import of os',
    verdict: 'rejected',
    code: 'import os\n\ndef list_sum(nums):\n    return sum(nums)\n',
    check: (r) => expect(r.rejection).toMatchObject({ line: 1, rule: 'forbidden-module' }),
  },
];

describe.each(['local', 'judge0'] as const)('verdicts through the %s backend', (backend) => {
  let judge: Judge;
  let fake: FakeJudge0 | null = null;

  beforeAll(async () => {
    if (backend === 'judge0') {
      fake = await startFakeJudge0({ python: caps.python, authToken: 'secret-token' });
      judge = createJudge({ pythonBin: PYTHON_BIN, judge0: { url: fake.url, authToken: 'secret-token', pollIntervalMs: 50, maxPollIntervalMs: 200 } });
    } else {
      judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 1 });
    }
  });
  afterAll(async () => {
    await judge.close();
    await fake?.close();
  });

  it.each(cases)(
    'gives $verdict for $name',
    async ({ verdict, code, check }) => {
      const report = await judge.judge({ problem: sumProblem, code, scope: 'all' });
      expect(report.verdict).toBe(verdict);
      expect(report.executor).toBe(verdict === 'rejected' || verdict === 'syntax_error' ? 'none' : backend);
      check?.(report);
    },
    60_000,
  );

  it('reports CPU time beside wall time: sleeping takes wall time but almost no CPU', async () => {
    const code = 'import time\n\ndef list_sum(nums):\n    time.sleep(0.3)\n    return sum(nums)\n';
    const report = await judge.judge({ problem: sumProblem, code, scope: 'public' });
    expect(report.verdict).toBe('accepted');
    expect(report.tests[0].time_ms).toBeGreaterThanOrEqual(290);
    expect(report.tests[0].cpu_ms).toBeLessThan(100);
  }, 60_000);

  it('measures the CPU time of the call exactly: never above its wall time, as its own thread clock reads it', async () => {
    // Each call times itself on its thread's clock; the harness's span encloses that one and
    // is enclosed by the wall-time span (a clock sampled only at scheduler ticks breaks both).
    const code =
      'import time\n\ndef list_sum(nums):\n    start = time.thread_time()\n    total = 0\n    for i in range(20000 * len(nums)):\n        total += i\n' +
      '    return round((time.thread_time() - start) * 1000, 3)\n';
    const report = await judge.judge({ problem: sumProblem, code, scope: 'all' });
    for (const t of report.tests) {
      const inner = t.actual as number;
      expect(t.cpu_ms, t.id).toBeGreaterThanOrEqual(inner - 0.002);
      expect(t.cpu_ms, t.id).toBeLessThanOrEqual(t.time_ms! + 0.002); // rounding
    }
  }, 60_000);

  it('runs only the public tests for scope public', async () => {
    const report = await judge.judge({ problem: sumProblem, code: 'def list_sum(nums):\n    return sum(nums)\n', scope: 'public' });
    expect(report).toMatchObject({ verdict: 'accepted', passed: 1, total: 1 });
    expect(report.tests.map((t) => t.id)).toEqual(['t1']);
  }, 60_000);
});
