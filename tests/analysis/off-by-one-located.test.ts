// Off-by-ones located in the learner's own code, on the real judge and the local sandbox: the
// bound variants of a flawed solution run in one batch, and the variant that makes the failing
// tests pass puts the finding on the line marked `# expect: off-by-one` in the fixture, saying
// which bound and which way in the code's own words (never "the reference").
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeSubmission } from '../../api/src/modules/analysis/analyze-submission.js';
import { createJudge, type Judge } from '../../api/src/modules/judge/judge.js';
import { testProblemRegistry } from '../helpers/problems.js';

const pythonBin = process.env.PYTHON_BIN ?? 'python3';
const judge = createJudge({ pythonBin, concurrency: 2, poolSize: 0 });
afterAll(() => judge.close());

const FIXTURES = new URL('./fixtures/off-by-one/', import.meta.url).pathname;

/** What each fixture's finding must say, beside its line. */
const SAYS: Record<string, string[]> = {
  'squares-of-a-sorted-array/fills-from-the-end': [
    '`for k in range(n - 1, 0, -1)` stops before index 0 (the stop of a range is excluded), so `out[0]` is never updated',
    'With `for k in range(n - 1, -1, -1)`',
  ],
  'best-time-to-buy-and-sell-stock/skips-last-day': [
    '`for i in range(len(prices) - 1)` stops before',
    'the last element of `prices` is never looked at',
    'With `for i in range(len(prices))`',
  ],
  'valid-palindrome/right-pointer-past-end': ['`i, j = 0, len(chars)` is one past the last index', 'With `i, j = 0, len(chars) - 1`'],
  'binary-search/keeps-mid': ['`hi = mid` keeps `mid` in the range', 'With `hi = mid - 1`'],
};

const cases = readdirSync(FIXTURES).flatMap((slug) => readdirSync(path.join(FIXTURES, slug)).map((file) => `${slug}/${path.basename(file, '.py')}`));

/** The 1-based line after `# expect: off-by-one`. */
const expectedLine = (code: string) => code.split('\n').findIndex((line) => line.trim() === '# expect: off-by-one') + 2;

/** The judge, counting its variant batches. */
function counting(inner: Judge): Judge & { batches: number } {
  const wrapped = Object.create(inner) as Judge & { batches: number };
  wrapped.batches = 0;
  wrapped.judgeVariants = (request) => {
    wrapped.batches++;
    return inner.judgeVariants!(request);
  };
  return wrapped;
}

describe('off-by-ones located in the learner code', () => {
  it('has a message table entry for every fixture', () => {
    expect(cases.sort()).toEqual(Object.keys(SAYS).sort());
  });

  it.each(cases)(
    '%s: the finding is on the marked line and says which bound and which way',
    async (name) => {
      const [slug] = name.split('/');
      const problem = (await testProblemRegistry().get(slug))!;
      const code = readFileSync(path.join(FIXTURES, `${name}.py`), 'utf8');
      const report = await judge.judge({ problem, code, scope: 'all' });
      expect(report.verdict).not.toBe('accepted');
      const counted = counting(judge);
      const analysis = await analyzeSubmission(counted, problem, code, report, { pythonBin, dynamic: true });
      expect(counted.batches, 'all variants in one batch').toBe(1);
      const findings = analysis.patterns.filter((pattern) => pattern.id === 'off-by-one');
      expect(findings.map((f) => f.line)).toEqual([expectedLine(code)]);
      const [finding] = findings;
      expect(finding.evidence.some((e) => e.startsWith('variant:'))).toBe(true);
      expect(finding.evidence.some((e) => e.startsWith('test:'))).toBe(true);
      for (const words of SAYS[name]) expect(finding.message).toContain(words);
      expect(finding.message).not.toMatch(/reference/i);
      // An off-by-one explains these failures: no edge-case finding claims them too.
      expect(analysis.patterns.map((pattern) => pattern.id)).not.toContain('missing-edge-case');
    },
    120_000,
  );
});
