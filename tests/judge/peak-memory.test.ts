// Each test's peak memory (`memory_kb`), measured per test by the harness on a real interpreter:
// locally inside the sandbox, and on Judge0 (the fake server really runs the harness), where a
// test whose process ended before the harness could report gets Judge0's own `memory`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJudge, type Judge } from '../../api/src/modules/judge/judge.js';
import type { JudgeReport } from '../../api/src/modules/judge/types.js';
import { startFakeJudge0, type FakeJudge0 } from './fake-judge0-server.js';
import { PYTHON_BIN, caps, makeProblem, test } from './helpers.js';

// A list of 10^5 ints is about 3.5 MB (the int objects and the pointers); one of 3 is nothing.
// The last test comes after the large one: per test, not the process's high-water mark.
const problem = makeProblem({
  entryPoint: 'build',
  tests: [test('tiny', [3], 3), test('large', [100_000], 100_000), test('tiny-after-large', [3], 3)],
});
const code = 'def build(n):\n    items = list(range(n))\n    return len(items)\n';

function expectPerTestMemory(report: JudgeReport): void {
  expect(report.verdict).toBe('accepted');
  const [tiny, large, after] = report.tests.map((t) => t.memory_kb);
  for (const kb of [tiny, large, after]) {
    expect(Number.isInteger(kb), String(kb)).toBe(true);
    expect(kb).toBeGreaterThanOrEqual(0);
  }
  expect(large).toBeGreaterThan(2048);
  expect(large).toBeGreaterThan(2 * tiny!);
  expect(large).toBeGreaterThan(2 * after!);
  // What the call itself took: three small ints' list is far below a megabyte (0 when it fits
  // in pages the process already holds), whatever the interpreter's own size.
  expect(tiny).toBeLessThan(1024);
  expect(after).toBeLessThan(1024);
}

const judges: Judge[] = [];
afterAll(async () => {
  await Promise.all(judges.map((j) => j.close()));
});

describe('peak memory on the local runner', () => {
  const judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0 });
  judges.push(judge);

  it('reads a test that builds a large list as far larger than one on three elements', async () => {
    expectPerTestMemory(await judge.judge({ problem, code, scope: 'all' }));
  }, 30_000);

  it('is null for tests that never ran', async () => {
    const report = await judge.judge({ problem, code: 'def build(n)\n    return n\n', scope: 'all' });
    expect(report.verdict).toBe('syntax_error');
    expect(report.tests.map((t) => t.memory_kb)).toEqual([null, null, null]);
  }, 30_000);
});

describe('peak memory on Judge0', () => {
  let fake: FakeJudge0;
  let judge: Judge;
  beforeAll(async () => {
    fake = await startFakeJudge0({ python: caps.python });
    judge = createJudge({ pythonBin: PYTHON_BIN, judge0: { url: fake.url, pollIntervalMs: 30, maxPollIntervalMs: 100, retryBaseMs: 5 } });
    judges.push(judge);
  });
  afterAll(async () => {
    await fake.close();
  });

  it('comes from the harness, per test, as locally', async () => {
    expectPerTestMemory(await judge.judge({ problem, code, scope: 'all' }));
  }, 60_000);

  it("gives a test whose process ended before reporting the submission's memory", async () => {
    // C recursion past the stack's end: SIGSEGV, no record from the harness.
    const segfault =
      'import sys\n\ndef _segfault():\n    sys.setrecursionlimit(10 ** 6)\n    x = []\n    for _ in range(10 ** 5):\n        x = [x]\n    return repr(x)\n';
    const crashing = makeProblem({ entryPoint: 'build', timeLimitMs: 5000, tests: problem.tests });
    const before = fake.submissions.size;
    const report = await judge.judge({
      problem: crashing,
      code: `${segfault}\ndef build(n):\n    if n > 3:\n        _segfault()\n    return n\n`,
      scope: 'all',
    });
    expect(report.tests.map((t) => t.status)).toEqual(['passed', 'error', 'passed']);
    expect(report.tests[1].error?.type).toBe('Crash');
    const [crashed] = [...fake.submissions.values()].slice(before);
    expect(crashed.fields.memory).toEqual(expect.any(Number));
    expect(report.tests[1].memory_kb).toBe(crashed.fields.memory);
    expect(report.tests[1].memory_kb).toBeGreaterThan(0);
  }, 60_000);
});
