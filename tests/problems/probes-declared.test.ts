// The probes each problem declares in its front matter: known names, each one changes some of
// the problem's own tests (so it finds its argument), and the reference answers every
// transformed input without an error (so the transformation keeps the statement's promises).
import { describe, expect, it } from 'vitest';
import { applyProbe } from '../../analyzer/src/index.js';
import { TrustedRunner } from '../../api/src/modules/judge/trusted-runner.js';
import { parseProblemMeta } from '../../api/src/modules/problems/problem-schema.js';
import { testProblemRegistry } from '../helpers/problems.js';

const runner = new TrustedRunner({ pythonBin: process.env.PYTHON_BIN ?? 'python3' });

const META = {
  slug: 'demo',
  title: 'Demo',
  difficulty: 'easy',
  category: 'arrays',
  tags: [],
  entryPoint: 'f',
  params: ['nums', 'k'],
  comparator: 'exact',
  timeLimitMs: 1000,
  optimal: 'O(n)',
  acceptable: 'O(n)',
  optimalSpace: 'O(1)',
  hints: ['A nudge.', 'The plan.'],
  targetPatterns: ['missing-validation'],
};

describe('probes in front matter', () => {
  it('parses names and pinned parameters, and names what is wrong', () => {
    expect(parseProblemMeta({ ...META, probes: ['sorted', 'k-mod-len(k)'] }, 'demo').probes).toEqual([
      { name: 'sorted', param: null },
      { name: 'k-mod-len', param: 'k' },
    ]);
    expect(parseProblemMeta(META, 'demo').probes).toEqual([]);
    expect(() => parseProblemMeta({ ...META, probes: ['shuffled'] }, 'demo')).toThrow(/unknown probe "shuffled"/);
    expect(() => parseProblemMeta({ ...META, probes: ['k-mod-len(m)'] }, 'demo')).toThrow(/names no parameter/);
    expect(() => parseProblemMeta({ ...META, probes: 'sorted' }, 'demo')).toThrow(/probes must be a list/);
  });
});

describe('every problem', async () => {
  const problems = await testProblemRegistry().all();
  it.each(problems.map((p) => [p.slug, p]))(
    '%s: its probes apply to its tests and keep the statement valid',
    async (_, problem) => {
      expect(problem.probes?.length ?? 0).toBeGreaterThan(0);
      const small = problem.tests.filter((t) => !t.tags.includes('large'));
      const samples = small.map((t) => t.input);
      const inputs: unknown[][] = [];
      for (const spec of problem.probes ?? []) {
        const probed = small.map((t) => applyProbe(spec, t.input, problem.params, samples)).filter((p) => p !== null);
        expect(probed.length, `${spec.name} changes none of the tests`).toBeGreaterThan(0);
        inputs.push(...probed.map((p) => p.input));
      }
      const [outcomes] = await runner.run({
        entryPoint: problem.entryPoint,
        inPlace: problem.inPlace,
        tests: inputs.map((input, i) => ({ id: `p${i}`, input, timeLimitMs: problem.timeLimitMs })),
        programs: [problem.solutionCode],
      });
      const failed = [...outcomes].filter(([, o]) => o.kind !== 'returned').map(([id]) => JSON.stringify(inputs[Number(id.slice(1))]).slice(0, 80));
      expect(failed).toEqual([]);
      expect(outcomes.size).toBe(inputs.length);
    },
    60_000,
  );
});
