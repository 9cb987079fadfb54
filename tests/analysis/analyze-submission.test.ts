// The whole analysis of a judged submission, on the real judge and real problems: stress
// testing catches what the fixed tests miss, mutants confirm a mistake, growth measures the
// time class, and a reference solution shows no pattern at all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeSubmission } from '../../api/src/modules/analysis/analyze-submission.js';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import { PROBLEMS_DIR } from '../../api/src/paths.js';
import { testProblemRegistry } from '../helpers/problems.js';

const pythonBin = process.env.PYTHON_BIN ?? 'python3';
const judge = createJudge({ pythonBin, concurrency: 2, poolSize: 0 });
afterAll(() => judge.close());

async function judgeAndAnalyze(slug: string, code: string) {
  const problem = (await testProblemRegistry().get(slug))!;
  const report = await judge.judge({ problem, code, scope: 'all' });
  return analyzeSubmission(judge, problem, code, report, { pythonBin, dynamic: true });
}

const reference = (slug: string) => readFileSync(path.join(PROBLEMS_DIR, slug, 'solution.py'), 'utf8');

describe('analyzing a judged submission', () => {
  it('turns a solution that fools the fixed tests into wrong_answer with the smallest disagreeing stress test', async () => {
    const problem = (await testProblemRegistry().get('missing-number'))!;
    const lengths = new Set(problem.tests.map((test) => (test.input[0] as unknown[]).length));
    const untested = [3, 4, 5, 6, 7, 8].find((length) => !lengths.has(length));
    expect(untested, 'a small length the fixed tests do not use').toBeDefined();
    const sabotaged = `${reference('missing-number')}\n\n_real = missing_number\ndef missing_number(nums):\n    if len(nums) == ${untested}:\n        return -1\n    return _real(nums)\n`;
    const analysis = await judgeAndAnalyze('missing-number', sabotaged);
    expect(analysis.report.verdict).toBe('wrong_answer');
    const stress = analysis.report.tests.at(-1)!;
    expect(stress).toMatchObject({ id: 'stress', status: 'failed', actual: -1, hidden: false });
    expect(stress.tags).toContain('stress');
    expect((stress.input[0] as unknown[]).length).toBe(untested);
  }, 120_000);

  it('confirms an off-by-one with the mutant that reproduces the wrong outputs', async () => {
    const code = reference('binary-search').replace(/while (\w+) <= (\w+)/, 'while $1 < $2');
    expect(code).not.toBe(reference('binary-search'));
    const analysis = await judgeAndAnalyze('binary-search', code);
    expect(analysis.report.verdict).toBe('wrong_answer');
    const finding = analysis.patterns.find((pattern) => pattern.id === 'off-by-one');
    expect(finding?.evidence).toContain('mutant:comparison-swapped');
  }, 120_000);

  it('measures quadratic growth of a brute-force solution', async () => {
    const brute =
      'def two_sum(nums, target):\n    for i in range(len(nums)):\n        for j in range(i + 1, len(nums)):\n            if nums[i] + nums[j] == target:\n                return [i, j]\n';
    const analysis = await judgeAndAnalyze('two-sum', brute);
    expect(analysis.complexity).toMatchObject({ time: 'O(n^2)', acceptable: 'O(n)' });
    expect(['growth', 'both']).toContain(analysis.complexity.source);
    expect(analysis.patterns.map((pattern) => pattern.id)).toContain('suboptimal-complexity');
  }, 120_000);

  it('reports nothing for a syntax error beyond the verdict', async () => {
    const analysis = await judgeAndAnalyze('two-sum', 'def two_sum(nums, target)\n    return []\n');
    expect(analysis.report.verdict).toBe('syntax_error');
    expect(analysis.patterns).toEqual([]);
  });
});

describe('every reference solution through the whole pipeline', async () => {
  const problems = await testProblemRegistry().all();
  it.each(problems.map((problem) => [problem.slug]))(
    '%s: accepted, no pattern, an acceptable class',
    async (slug) => {
      const analysis = await judgeAndAnalyze(slug, reference(slug));
      expect(analysis.report.verdict).toBe('accepted');
      expect(analysis.patterns).toEqual([]);
    },
    120_000,
  );
});
