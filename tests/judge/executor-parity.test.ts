// The same diagnosis on every executor: flawed and correct solutions of the real problems go
// through the whole analysis (verdict, stress tests, mutants, growth) once on the local runner
// and once on Judge0 (the real client over HTTP to the fake server, which runs the harness),
// and give the same verdicts, the same findings and the same time classes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSubmission } from '../../api/src/modules/analysis/analyze-submission.js';
import { createJudge, type Judge } from '../../api/src/modules/judge/judge.js';
import type { Judge0Executor } from '../../api/src/modules/judge/judge0-executor.js';
import { makesAnalysisRuns, type Verdict } from '../../api/src/modules/judge/types.js';
import { PROBLEMS_DIR } from '../../api/src/paths.js';
import { testProblemRegistry } from '../helpers/problems.js';
import { startFakeJudge0, type FakeJudge0 } from './fake-judge0-server.js';
import { PYTHON_BIN, caps } from './helpers.js';

const FLAWED = path.join(import.meta.dirname, '..', 'problems', 'fixtures');
const read = (slug: string, kind: string) =>
  readFileSync(kind === 'reference' ? path.join(PROBLEMS_DIR, slug, 'solution.py') : path.join(FLAWED, slug, `${kind}.py`), 'utf8');

/** The reference, except that it ends the interpreter (SIGSEGV) on the problem's third test. */
async function crashingOnThirdTest(slug: string): Promise<string> {
  const problem = (await testProblemRegistry().get(slug))!;
  const trigger = JSON.stringify(problem.tests[2].input);
  return (
    `${read(slug, 'reference')}\n\nimport json as _json\nimport sys as _sys\n_reference = ${problem.entryPoint}\n\n` +
    `def ${problem.entryPoint}(*args):\n    if _json.dumps(list(args), separators=(",", ":")) == ${JSON.stringify(trigger)}:\n` +
    `        _sys.setrecursionlimit(10 ** 6)\n        nested = []\n        for _ in range(10 ** 5):\n            nested = [nested]\n        repr(nested)\n` +
    `    return _reference(*args)\n`
  );
}

const cases: Array<{ name: string; slug: string; verdict: Verdict; code: () => string | Promise<string>; timeLimitMs?: number }> = [
  { name: 'the reference', slug: 'two-sum', verdict: 'accepted', code: () => read('two-sum', 'reference') },
  { name: 'the reference', slug: 'valid-anagram', verdict: 'accepted', code: () => read('valid-anagram', 'reference') },
  { name: 'a brute force', slug: 'two-sum', verdict: 'time_limit_exceeded', code: () => read('two-sum', 'brute-force') },
  { name: 'a cubic brute force', slug: 'maximum-subarray', verdict: 'time_limit_exceeded', code: () => read('maximum-subarray', 'brute-force') },
  { name: 'an off-by-one', slug: 'two-sum', verdict: 'wrong_answer', code: () => read('two-sum', 'off-by-one') },
  { name: 'a forgotten largest number', slug: 'missing-number', verdict: 'wrong_answer', code: () => read('missing-number', 'forgets-largest') },
  { name: 'two zeros', slug: 'product-of-array-except-self', verdict: 'wrong_answer', code: () => read('product-of-array-except-self', 'two-zeros') },
  { name: 'a missed edge case', slug: 'binary-search', verdict: 'runtime_error', code: () => read('binary-search', 'missed-edge-case') },
  { name: 'a pop from an empty stack', slug: 'valid-parentheses', verdict: 'runtime_error', code: () => read('valid-parentheses', 'pop-empty-stack') },
  {
    name: 'two pointers on unsorted input (a probe)',
    slug: 'two-sum',
    verdict: 'wrong_answer',
    code: async () => readFileSync(path.join(import.meta.dirname, '..', 'analysis', 'fixtures', 'probes', 'two-sum-two-pointer.py'), 'utf8'),
  },
  // Reaching the C stack's end takes about a second of CPU: more than the problem's own limit.
  {
    name: 'a crash in the middle of the tests',
    slug: 'valid-parentheses',
    verdict: 'runtime_error',
    code: () => crashingOnThirdTest('valid-parentheses'),
    timeLimitMs: 5000,
  },
];

let fake: FakeJudge0;
let local: Judge;
let remote: Judge;

beforeAll(async () => {
  fake = await startFakeJudge0({ python: caps.python });
  local = createJudge({ pythonBin: PYTHON_BIN, concurrency: 2, poolSize: 0 });
  remote = createJudge({ pythonBin: PYTHON_BIN, concurrency: 2, judge0: { url: fake.url, pollIntervalMs: 30, maxPollIntervalMs: 100 } });
});
afterAll(async () => {
  await local.close();
  await remote.close();
  await fake.close();
});

/** What the learner is told: the verdict, each test's status, the findings and the time class. */
async function diagnose(judge: Judge, slug: string, code: string, timeLimitMs?: number) {
  const registered = (await testProblemRegistry().get(slug))!;
  const problem = timeLimitMs ? { ...registered, timeLimitMs } : registered;
  const judged = await judge.judge({ problem, code, scope: 'all' });
  const analysis = await analyzeSubmission(judge, problem, code, judged, { pythonBin: PYTHON_BIN, dynamic: makesAnalysisRuns(judge.executor) });
  return {
    verdict: analysis.report.verdict,
    statuses: analysis.report.tests.map((test) => `${test.id}:${test.status}${test.error ? `:${test.error.type}` : ''}`),
    patterns: analysis.patterns.map((pattern) => pattern.id).sort(),
    time: analysis.complexity.time,
    source: analysis.complexity.source,
  };
}

describe('the local runner and Judge0', () => {
  it('both make the analysis runs', () => {
    expect(makesAnalysisRuns(local.executor)).toBe(true);
    expect(makesAnalysisRuns(remote.executor)).toBe(true);
  });

  it.each(cases)(
    'give the same diagnosis of $name of $slug ($verdict)',
    async ({ slug, verdict, code, timeLimitMs }) => {
      const source = await code();
      const executor = remote.executor as Judge0Executor;
      const before = executor.submissionsCreated;
      const onJudge0 = await diagnose(remote, slug, source, timeLimitMs);
      const locally = await diagnose(local, slug, source, timeLimitMs);
      expect(locally.verdict, locally.statuses.join(' ')).toBe(verdict);
      expect(onJudge0).toEqual(locally);
      expect(executor.submissionsCreated - before).toBeGreaterThan(0);
    },
    180_000,
  );
});
