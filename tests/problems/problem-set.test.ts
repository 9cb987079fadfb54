// `codementor problems validate` as part of npm test: every problem folder must pass every
// check, and the set must be exactly the 30 required problems. The validator runs once for
// the whole file; each problem gets its own test so a failure names the problem.
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import { createProblemLoader, defaultProblemCacheDir } from '../../api/src/modules/problems/problem-loader.js';
import { PROBLEMS_DIR } from '../../api/src/paths.js';
import { validateProblemSet } from '../../scripts/commands/problem-set-validator.js';
import { formatFailure, type ValidationReport } from '../../scripts/commands/validation-result.js';

const pythonBin = process.env.PYTHON_BIN ?? 'python3';
const concurrency = availableParallelism();
// Known at collection time so each folder gets its own test, finished or not.
const slugs = readdirSync(PROBLEMS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(PROBLEMS_DIR, entry.name, 'problem.md')))
  .map((entry) => entry.name)
  .sort();

const judge = createJudge({ pythonBin, concurrency });
let report: ValidationReport;

beforeAll(async () => {
  const loader = createProblemLoader({ problemsDir: PROBLEMS_DIR, pythonBin, cacheDir: defaultProblemCacheDir() });
  report = await validateProblemSet({ loader, judge, pythonBin, concurrency });
}, 600_000);

afterAll(() => judge.close());

const failuresOf = (subject: string): string[] => report.failures.filter((f) => f.subject === subject).map(formatFailure);

describe('the problem set (codementor problems validate)', () => {
  it.each(slugs)('%s passes every problem check', (slug) => {
    expect(report.problems.map((p) => p.slug)).toContain(slug);
    expect(failuresOf(slug), `validate found problems in ${slug}`).toEqual([]);
  });

  // Fails until all 30 required problems are written; it is the definition of done.
  it('holds exactly the 30 required problems (15 arrays, 8 strings, 7 hash maps) with unique slugs', () => {
    expect(failuresOf('problem-set'), 'the set differs from the required problems').toEqual([]);
  });
});
