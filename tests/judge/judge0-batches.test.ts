// A verdict's tests as one batch in one Judge0 submission (the fake server really runs the
// harness): what a verdict costs, a crash in the middle of a batch, Judge0's own batch-wide time
// limit (only charged to a test that had the whole budget), and growth runs on Judge0.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { growthInputs } from '../../api/src/modules/analysis/growth-inputs.js';
import { createJudge, type Judge } from '../../api/src/modules/judge/judge.js';
import type { Judge0Executor, Judge0Options } from '../../api/src/modules/judge/judge0-executor.js';
import { createProblemLoader } from '../../api/src/modules/problems/problem-loader.js';
import { testProblemRegistry } from '../helpers/problems.js';
import { startFakeJudge0, type FakeJudge0 } from './fake-judge0-server.js';
import { PYTHON_BIN, caps, makeProblem, test } from './helpers.js';

const fast = { pollIntervalMs: 30, maxPollIntervalMs: 100, retryBaseMs: 5 };
let fake: FakeJudge0;
let lowCaps: FakeJudge0;
const judges: Judge[] = [];

beforeAll(async () => {
  fake = await startFakeJudge0({ python: caps.python });
  // A self-hosted Judge0 whose MAX_CPU_TIME_LIMIT is 2 s: batches meet its limit sooner.
  lowCaps = await startFakeJudge0({ python: caps.python, maxCpuTimeLimit: 2 });
});
afterAll(async () => {
  await Promise.all(judges.map((j) => j.close()));
  await fake.close();
  await lowCaps.close();
});

function judge0(server: FakeJudge0, options: Partial<Judge0Options> = {}): Judge {
  const judge = createJudge({ pythonBin: PYTHON_BIN, judge0: { url: server.url, ...fast, ...options } });
  judges.push(judge);
  return judge;
}

/** Submissions `fn` made Judge0 create, by the executor's own count. */
async function submissionsFor(judge: Judge, fn: () => Promise<unknown>): Promise<number> {
  const executor = judge.executor as Judge0Executor;
  const before = executor.submissionsCreated;
  await fn();
  return executor.submissionsCreated - before;
}

/** Ends the interpreter with SIGSEGV (C recursion past the stack): no record, no exception. */
const SEGFAULT =
  'import sys\n\ndef _segfault():\n    sys.setrecursionlimit(10 ** 6)\n    x = []\n    for _ in range(10 ** 5):\n        x = [x]\n    return repr(x)\n';

const statuses = (report: { tests: Array<{ status: string }> }) => report.tests.map((t) => t.status);

describe('a verdict on Judge0', () => {
  it('costs at most two submissions, whatever the verdict', async () => {
    const problem = (await testProblemRegistry().get('two-sum'))!;
    const judge = judge0(fake);
    const codes = {
      accepted:
        'def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n',
      wrong_answer: 'def two_sum(nums, target):\n    return [0, 1]\n',
      runtime_error: 'def two_sum(nums, target):\n    return [nums.index(target - nums[-1]) // 0, 1]\n',
      time_limit_exceeded:
        'def two_sum(nums, target):\n    for i in range(len(nums)):\n        for j in range(i + 1, len(nums)):\n            if nums[i] + nums[j] == target:\n                return [i, j]\n',
      syntax_error: 'def two_sum(nums, target)\n    return []\n',
    };
    for (const [verdict, code] of Object.entries(codes)) {
      let report!: Awaited<ReturnType<Judge['judge']>>;
      const cost = await submissionsFor(judge, async () => (report = await judge.judge({ problem, code, scope: 'all' })));
      expect(report.verdict, verdict).toBe(verdict);
      expect(cost, verdict).toBeGreaterThanOrEqual(1);
      expect(cost, verdict).toBeLessThanOrEqual(2);
    }
  }, 120_000);

  it('charges a crash in the middle of a batch to its test only; the rest run in a fresh submission', async () => {
    // Reaching the C stack's end takes up to a second of CPU: a limit it cannot reach first.
    const problem = makeProblem({
      entryPoint: 'double',
      timeLimitMs: 5000,
      tests: [1, 2, 3, 4, 5].map((n) => test(`t${n}`, [n], n * 2)),
    });
    const code = `${SEGFAULT}\ndef double(n):\n    if n == 3:\n        _segfault()\n    return n * 2\n`;
    const judge = judge0(fake);
    let report!: Awaited<ReturnType<Judge['judge']>>;
    const cost = await submissionsFor(judge, async () => (report = await judge.judge({ problem, code, scope: 'all' })));
    expect(report.verdict).toBe('runtime_error');
    expect(statuses(report)).toEqual(['passed', 'passed', 'error', 'passed', 'passed']);
    expect(report.tests[2].error).toMatchObject({ type: 'Crash', message: expect.stringMatching(/SIGSEGV/) });
    expect(cost).toBe(2);

    const local = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0 });
    judges.push(local);
    const locally = await local.judge({ problem, code, scope: 'all' });
    expect(statuses(locally)).toEqual(statuses(report));
    expect(locally.tests[2].error?.type).toBe('Crash');
  }, 60_000);

  it('resumes a test Judge0 cut short at the batch limit before it used its own limit', async () => {
    // Four tests of 0.75 s CPU each (limit 1 s each) do not fit a 2 s Judge0 limit (killed at
    // 2 s + 1 s extra): the fourth was cut short by the batch limit, not its own, and passes
    // on its own in a second submission.
    const problem = makeProblem({ entryPoint: 'burn', tests: [1, 2, 3, 4].map((n) => test(`t${n}`, [n], n)) });
    const code = 'import time\n\ndef burn(n):\n    start = time.thread_time()\n    while time.thread_time() - start < 0.75:\n        pass\n    return n\n';
    const judge = judge0(lowCaps, { maxCpuTimeLimitS: 2 });
    const before = lowCaps.submissions.size;
    let report!: Awaited<ReturnType<Judge['judge']>>;
    const cost = await submissionsFor(judge, async () => (report = await judge.judge({ problem, code, scope: 'all' })));
    expect(report.verdict).toBe('accepted');
    expect(statuses(report)).toEqual(['passed', 'passed', 'passed', 'passed']);
    expect(cost).toBe(2);
    const created = [...lowCaps.submissions.values()].slice(before);
    expect(created.map((s) => s.statusId)).toEqual([5, 3]);
    expect(created[0].fields.cpu_time_limit).toBe(2);
  }, 60_000);

  it('charges a timeout when Judge0 kills a test that ran first, having had the whole budget', async () => {
    // sum() over a range loops in C, where the harness's timer cannot interrupt it: only
    // Judge0's limit stops it. Killed second in the batch it runs again, first, and is charged.
    const problem = makeProblem({ entryPoint: 'work', tests: [1, 2, 3].map((n) => test(`t${n}`, [n], n)) });
    const code = 'def work(n):\n    if n == 2:\n        return sum(range(10 ** 12))\n    return n\n';
    const judge = judge0(lowCaps, { maxCpuTimeLimitS: 2 });
    let report!: Awaited<ReturnType<Judge['judge']>>;
    const cost = await submissionsFor(judge, async () => (report = await judge.judge({ problem, code, scope: 'all' })));
    expect(report.verdict).toBe('time_limit_exceeded');
    expect(statuses(report)).toEqual(['passed', 'timeout', 'passed']);
    expect(cost).toBe(3);
  }, 60_000);

  it('skips the tests left once the time budget of the verdict is spent, as the local wall bound does', async () => {
    const problem = makeProblem({ entryPoint: 'spin', timeLimitMs: 300, tests: Array.from({ length: 12 }, (_, i) => i + 1).map((n) => test(`t${n}`, [n], n)) });
    const code = 'def spin(n):\n    while True:\n        pass\n';
    const judge = judge0(fake, { timeBudgetMs: 1000 });
    let report!: Awaited<ReturnType<Judge['judge']>>;
    const cost = await submissionsFor(judge, async () => (report = await judge.judge({ problem, code, scope: 'all' })));
    expect(report.verdict).toBe('time_limit_exceeded');
    expect(report.tests[0].status).toBe('timeout');
    expect(report.tests.at(-1)!.status).toBe('skipped');
    expect(cost).toBeLessThanOrEqual(2);
  }, 60_000);
});

describe('growth runs on Judge0', () => {
  it('count the same line events per size as the local runner, in one submission', async () => {
    const problemsDir = path.join(import.meta.dirname, 'fixtures', 'problems');
    const problem = await createProblemLoader({ problemsDir, pythonBin: PYTHON_BIN }).load('running-max');
    const code =
      'def running_max(nums):\n    out = []\n    for i in range(len(nums)):\n        out.append(max(nums[j] for j in range(i + 1)))\n    return out\n';
    const request = { problem, code, inputs: await growthInputs(PYTHON_BIN, problem, [50, 100, 200, 4000]), eventBudget: 200_000 };
    const local = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0 });
    judges.push(local);
    const judge = judge0(fake);
    let remote!: Awaited<ReturnType<Judge['measureGrowth']>>;
    const cost = await submissionsFor(judge, async () => (remote = await judge.measureGrowth(request)));
    expect(cost).toBe(1);
    expect(remote.points.length).toBeGreaterThanOrEqual(3);
    expect(remote.points.at(-1)!.exceeded).toBe(true);
    expect(remote).toEqual(await local.measureGrowth(request));
  }, 60_000);
});
