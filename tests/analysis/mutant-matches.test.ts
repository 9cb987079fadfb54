// Mutants run as trusted code, all of one analysis in one plain interpreter: the matches (and
// every mutant's outcome on every failing test) must be those of judging each mutant on its
// own in the sandbox, as before; and a mutant that loops or kills its interpreter must not
// take the others down.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { comparableTests, matchesOf, matchMutants, mutantProblem, mutantsOf, runMutants } from '../../api/src/modules/analysis/mutant-matches.js';
import { TrustedRunner, trustedProcessesStarted } from '../../api/src/modules/judge/trusted-runner.js';
import { createJudge, type Judge } from '../../api/src/modules/judge/judge.js';
import type { TestReport } from '../../api/src/modules/judge/types.js';
import type { Problem } from '../../api/src/modules/problems/problem-schema.js';
import { testProblemRegistry } from '../helpers/problems.js';

const pythonBin = process.env.PYTHON_BIN ?? 'python3';
const judge = createJudge({ pythonBin, concurrency: 2, poolSize: 0 });
const runner = new TrustedRunner({ pythonBin });
afterAll(() => judge.close());

const FLAWED = new URL('../problems/fixtures/', import.meta.url).pathname;

/** What the matching reads of a test report. */
const outcome = (test: TestReport) => ({ id: test.id, status: test.status, actual: test.actual, error: test.error?.type ?? null });

/** The previous path: every mutant judged on its own, in its own sandbox process. */
async function judgeEachMutant(j: Judge, problem: Problem, failing: TestReport[]) {
  const small = comparableTests(failing);
  const mutants = mutantsOf(problem);
  const synthetic = mutantProblem(problem, small);
  const reports = await Promise.all(mutants.map((m) => j.judge({ problem: synthetic, code: m.code, scope: 'all', priority: 'background' })));
  return {
    reports: reports.map((r) => r.tests),
    matches: matchesOf(
      problem,
      small,
      mutants,
      reports.map((r) => r.tests),
    ),
  };
}

describe('matching mutants in one trusted process', () => {
  // Flawed solutions from tests/problems/fixtures/ to problems whose reference has mutants;
  // six of them are reproduced by some mutant (two by a runtime error), four by none.
  const cases = [
    'binary-search/off-by-one',
    'three-sum/off-by-one',
    'three-sum/missed-edge-case',
    'move-zeroes/off-by-one',
    'remove-duplicates-from-sorted-array/missed-edge-case',
    'search-in-rotated-sorted-array/off-by-one',
    'top-k-frequent-elements/off-by-one',
    'palindromic-substrings/off-by-one',
    'minimum-window-substring/off-by-one',
    'trapping-rain-water/missed-edge-case',
  ];
  let matched = 0;

  it.each(cases)(
    'finds the same matches as judging each mutant in the sandbox: %s',
    async (name) => {
      const [slug, file] = name.split('/');
      const problem = (await testProblemRegistry().get(slug))!;
      const code = readFileSync(path.join(FLAWED, slug, `${file}.py`), 'utf8');
      const report = await judge.judge({ problem, code, scope: 'all' });
      const failing = report.tests.filter((test) => test.status !== 'passed' && test.status !== 'skipped');
      expect(comparableTests(failing).length, 'a fixture that fails small tests').toBeGreaterThan(0);

      const before = await judgeEachMutant(judge, problem, failing);
      const small = comparableTests(failing);
      const mutants = mutantsOf(problem);
      const reports = await runMutants(runner, mutantProblem(problem, small), mutants, 'background');
      expect(reports.map((tests) => tests.map(outcome))).toEqual(before.reports.map((tests) => tests.map(outcome)));
      expect(await matchMutants(judge, problem, failing, 'background', runner)).toEqual(before.matches);
      if (before.matches.length > 0) matched++;
    },
    120_000,
  );

  it('covers fixtures that some mutant reproduces', () => {
    expect(matched).toBe(6);
  });
});

describe('the trusted runner', () => {
  const tests = [1, 2, 3].map((n) => ({ id: `t${n}`, input: [[n, n + 1]], timeLimitMs: 200 }));
  const returnsInput = 'def f(xs):\n    return xs\n';

  it('charges a loop, a crash or a lost interpreter to its own program and runs the others to the end', async () => {
    const programs = [
      returnsInput,
      'def f(xs):\n    while True:\n        pass\n',
      'import os\ndef f(xs):\n    os._exit(3)\n',
      'import ctypes\ndef f(xs):\n    return ctypes.string_at(0)\n',
      'def f(xs):\n    return [0] * (10**9)\n',
      returnsInput,
    ];
    const startedBefore = trustedProcessesStarted();
    const out = await runner.run({ entryPoint: 'f', inPlace: false, tests, programs });
    const kinds = out.map((byId) => tests.map((t) => byId.get(t.id)?.kind));
    expect(kinds).toEqual([
      ['returned', 'returned', 'returned'],
      ['timeout', 'timeout', 'timeout'],
      ['error', 'error', 'error'],
      ['error', 'error', 'error'],
      ['error', 'error', 'error'],
      ['returned', 'returned', 'returned'],
    ]);
    const errorOf = (m: number) => {
      const o = out[m].get('t1');
      return o?.kind === 'error' ? o.error : null;
    };
    expect(errorOf(2)?.message).toMatch(/exit code 3/);
    expect(errorOf(3)?.message).toMatch(/SIGSEGV/);
    expect(errorOf(4)?.type).toBe('MemoryError');
    // One process, plus a fresh one after each of the six deaths (two programs, three tests each).
    expect(trustedProcessesStarted() - startedBefore).toBe(7);
  }, 60_000);

  it('gives every program fresh inputs, an empty environment and nice 19', async () => {
    const programs = [
      'def f(xs):\n    xs.append(9)\n    return xs\n',
      'import os\ndef f(xs):\n    return [xs, os.getpriority(os.PRIO_PROCESS, 0), sorted(os.environ)]\n',
    ];
    const out = await runner.run({ entryPoint: 'f', inPlace: false, tests, programs });
    const value = (m: number, id: string) => {
      const o = out[m].get(id);
      return o?.kind === 'returned' && o.plain ? o.value : undefined;
    };
    expect(value(0, 't1')).toEqual([1, 2, 9]);
    const [input, niceness, environment] = value(1, 't1') as [unknown, number, string[]];
    expect(input).toEqual([1, 2]);
    expect(niceness).toBe(19);
    // Python's locale coercion (PEP 538) may add LC_CTYPE to an empty environment; nothing else.
    expect(environment.filter((name) => name !== 'LC_CTYPE')).toEqual([]);
  });

  it('runs one batch at a time', async () => {
    const timed = 'import time\ndef f(xs):\n    start = time.time()\n    time.sleep(0.2)\n    return [start, time.time()]\n';
    const one = { entryPoint: 'f', inPlace: false, tests: tests.slice(0, 1), programs: [timed] };
    const [a, b] = await Promise.all([runner.run(one), runner.run(one)]);
    const span = (out: typeof a) => {
      const o = out[0].get('t1');
      return o?.kind === 'returned' && o.plain ? (o.value as number[]) : [0, 0];
    };
    const [first, second] = [span(a), span(b)].sort((x, y) => x[0] - y[0]);
    expect(second[0]).toBeGreaterThanOrEqual(first[1]);
  });
});
