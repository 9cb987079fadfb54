import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProblemNotFoundError, createProblemLoader } from '../../api/src/modules/problems/problem-loader.js';
import { ProblemFormatError } from '../../api/src/modules/problems/problem-schema.js';
import { PYTHON_BIN } from './helpers.js';

const problemsDir = path.join(import.meta.dirname, 'fixtures', 'problems');
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'problem-cache-test-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('the problem loader', () => {
  it('reads front matter, statement, starter and literal tests', async () => {
    const problem = await createProblemLoader({ problemsDir, pythonBin: PYTHON_BIN }).load('running-max');
    expect(problem).toMatchObject({ slug: 'running-max', entryPoint: 'running_max', inPlace: true, comparator: 'exact', timeLimitMs: 1000 });
    expect(problem.statement).toMatch(/^# Running Maximum/);
    expect(problem.starterCode).toContain('pass');
    expect(problem.tests[0]).toEqual({ id: 't1', input: [[1, 3, 2]], expected: [1, 3, 3], hidden: false, tags: ['example'] });
    expect(problem.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fills generated tests from generator.py and the reference solution (in place), and caches them on disk', async () => {
    const first = await createProblemLoader({ problemsDir, pythonBin: PYTHON_BIN, cacheDir }).load('running-max');
    const large = first.tests.find((t) => t.id === 't3')!;
    const nums = large.input[0] as number[];
    expect(nums).toHaveLength(2000);
    const expected = large.expected as number[];
    expect(expected).toHaveLength(2000);
    expect(expected[1999]).toBe(Math.max(...nums));
    const again = await createProblemLoader({ problemsDir, pythonBin: '/nonexistent-python', cacheDir }).load('running-max');
    expect(again.tests).toEqual(first.tests); // from the disk cache: no interpreter needed
  });

  it('refuses unknown slugs and path tricks', async () => {
    const loader = createProblemLoader({ problemsDir, pythonBin: PYTHON_BIN });
    await expect(loader.load('no-such-problem')).rejects.toBeInstanceOf(ProblemNotFoundError);
    await expect(loader.load('../fixtures')).rejects.toBeInstanceOf(ProblemNotFoundError);
  });

  it('names every malformed field of a broken problem', async () => {
    const error = await createProblemLoader({ problemsDir, pythonBin: PYTHON_BIN })
      .load('broken-meta')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemFormatError);
    const text = (error as ProblemFormatError).problems.join('\n');
    for (const field of ['difficulty', 'entryPoint', 'timeLimitMs', 'acceptable', 'targetPatterns']) expect(text).toContain(field);
  });

  it('lists the problem folders', async () => {
    expect(await createProblemLoader({ problemsDir, pythonBin: PYTHON_BIN }).listSlugs()).toEqual(['broken-meta', 'running-max']);
  });
});
