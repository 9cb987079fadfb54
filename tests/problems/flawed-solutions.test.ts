// Every problem's tests must reject the typical flawed solutions kept in
// tests/problems/fixtures/<slug>/*.py (an off-by-one, a missed edge case, a brute force, ...),
// and the brute force must fail by exceeding the time limit on a large test, which shows the
// large tests separate the time classes. All fixtures are queued on one judge up front (two
// at a time, a 2-core machine's worth) and each test awaits its own report.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import type { JudgeReport } from '../../api/src/modules/judge/types.js';
import { createProblemLoader, defaultProblemCacheDir } from '../../api/src/modules/problems/problem-loader.js';
import type { Problem } from '../../api/src/modules/problems/problem-schema.js';
import { PROBLEMS_DIR } from '../../api/src/paths.js';
import { decidingTest, describeTestFailure } from '../../scripts/commands/judged-checks.js';

const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));
const REQUIRED_KINDS = ['off-by-one', 'missed-edge-case', 'brute-force'];
const pythonBin = process.env.PYTHON_BIN ?? 'python3';

const slugs = readdirSync(PROBLEMS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(PROBLEMS_DIR, entry.name, 'problem.md')))
  .map((entry) => entry.name)
  .sort();

const fixturesOf = (slug: string): string[] => {
  const dir = path.join(FIXTURES_DIR, slug);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.py'))
        .sort()
    : [];
};

const loader = createProblemLoader({ problemsDir: PROBLEMS_DIR, pythonBin, cacheDir: defaultProblemCacheDir() });
const judge = createJudge({ pythonBin, concurrency: 2, queueSize: 10_000 });
const reports = new Map<string, Promise<JudgeReport>>();

/** Loads problems two at a time (generator.py and solution.py run per problem on a cold cache). */
function loadProblems(): Map<string, Promise<Problem>> {
  const loads = new Map<string, Promise<Problem>>();
  const previous: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
  slugs.forEach((slug, i) => {
    const load = previous[i % 2].then(() => loader.load(slug));
    previous[i % 2] = load.catch(() => undefined);
    loads.set(slug, load);
  });
  return loads;
}

beforeAll(() => {
  const problems = loadProblems();
  for (const slug of slugs) {
    for (const file of fixturesOf(slug)) {
      const code = readFileSync(path.join(FIXTURES_DIR, slug, file), 'utf8');
      const report = problems.get(slug)!.then((problem) => judge.judge({ problem, code, scope: 'all' }));
      report.catch(() => undefined); // awaited by its own test; not an unhandled rejection meanwhile
      reports.set(`${slug}/${file}`, report);
    }
  }
});

afterAll(() => judge.close());

const explain = (report: JudgeReport): string => {
  const deciding = decidingTest(report);
  return `${report.verdict}${deciding ? ` (${describeTestFailure(deciding)}, tags ${deciding.tags.join(', ') || 'none'})` : ''}`;
};

describe.each(slugs)('the tests of %s', (slug) => {
  it.each(fixturesOf(slug))(
    'reject %s',
    async (file) => {
      const report = await reports.get(`${slug}/${file}`)!;
      expect(report.verdict, `${slug}/${file} should be rejected`).not.toBe('accepted');
      if (file === 'brute-force.py') {
        const deciding = decidingTest(report);
        const verdict = `${report.verdict} on a ${deciding?.tags.includes('large') ? 'large' : 'small'} test`;
        expect(verdict, `${slug}/brute-force.py: ${explain(report)}`).toBe('time_limit_exceeded on a large test');
      }
    },
    300_000,
  );
});

it('every problem has an off-by-one, a missed-edge-case and a brute-force fixture', () => {
  const missing = slugs.flatMap((slug) =>
    REQUIRED_KINDS.filter((kind) => !fixturesOf(slug).includes(`${kind}.py`)).map((kind) => `tests/problems/fixtures/${slug}/${kind}.py`),
  );
  expect(missing, 'flawed solutions still to write').toEqual([]);
});
