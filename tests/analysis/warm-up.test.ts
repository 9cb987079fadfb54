// The warm-up a judging process starts with: each problem's reference on the stress inputs,
// run in the background lane and kept by the judge's result cache, so the first learner of a
// problem finds them there.
import { afterAll, describe, expect, it } from 'vitest';
import { confirmVerdict, warmUpAnalysis } from '../../api/src/modules/analysis/analyze-submission.js';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import { testProblemRegistry } from '../helpers/problems.js';

const pythonBin = process.env.PYTHON_BIN ?? 'python3';
const stored = new Map<string, string>();
let hits = 0;
const judge = createJudge({
  pythonBin,
  concurrency: 2,
  poolSize: 0,
  cache: {
    get: async (key) => {
      const value = stored.get(key) ?? null;
      if (value !== null) hits++;
      return value;
    },
    set: async (key, value) => void stored.set(key, value),
  },
});
afterAll(() => judge.close());

describe('the analysis warm-up', () => {
  it("runs each problem's reference on the stress inputs ahead, so a first accepted submission finds it cached", async () => {
    const problem = (await testProblemRegistry().get('two-sum'))!;
    await warmUpAnalysis(judge, [problem], { pythonBin, dynamic: true });
    expect(stored.size).toBe(1);

    const code = `${problem.solutionCode}\n# a learner's copy\n`.replace('def two_sum', 'def two_sum_helper_unused(): pass\n\ndef two_sum');
    const judged = await judge.judge({ problem, code, scope: 'all' });
    expect(judged.verdict).toBe('accepted');
    const hitsBefore = hits;
    const confirmed = await confirmVerdict(judge, problem, code, judged, { pythonBin, dynamic: true });
    expect(confirmed.verdict).toBe('accepted');
    expect(hits - hitsBefore, "the reference's stress run came from the cache").toBe(1);
  }, 120_000);

  it('does nothing where analysis runs no code', async () => {
    const problem = (await testProblemRegistry().get('missing-number'))!;
    const before = stored.size;
    await warmUpAnalysis(judge, [problem], { pythonBin, dynamic: false });
    expect(stored.size).toBe(before);
  });
});
