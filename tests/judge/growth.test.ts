// Measured growth: line events per size on generated inputs, stopped by the event budget.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import { growthInputs } from '../../api/src/modules/analysis/growth-inputs.js';
import { createProblemLoader } from '../../api/src/modules/problems/problem-loader.js';
import { PYTHON_BIN } from './helpers.js';

const problemsDir = path.join(import.meta.dirname, 'fixtures', 'problems');
const judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0 });
afterAll(() => judge.close());

const linear =
  'def running_max(nums):\n    best = None\n    for i, x in enumerate(nums):\n        best = x if best is None or x > best else best\n        nums[i] = best\n';
const quadratic =
  'def running_max(nums):\n    out = []\n    for i in range(len(nums)):\n        out.append(max(nums[j] for j in range(i + 1)))\n    return out\n';

describe('measureGrowth', () => {
  it('counts executed lines per size and per line', async () => {
    const problem = await createProblemLoader({ problemsDir, pythonBin: PYTHON_BIN }).load('running-max');
    const inputs = await growthInputs(PYTHON_BIN, problem, [100, 200, 400]);
    const { points } = await judge.measureGrowth({ problem, code: linear, inputs, eventBudget: 1_000_000 });
    expect(points.map((p) => p.size)).toEqual([100, 200, 400]);
    expect(points.every((p) => !p.exceeded && p.error === null)).toBe(true);
    expect(points[2].events / points[1].events).toBeCloseTo(2, 0);
    expect(points[0].lineCounts['4']).toBe(100);
  }, 60_000);

  it('shows quadratic work and stops at the event budget', async () => {
    const problem = await createProblemLoader({ problemsDir, pythonBin: PYTHON_BIN }).load('running-max');
    const inputs = await growthInputs(PYTHON_BIN, problem, [50, 100, 2000, 4000]);
    const { points } = await judge.measureGrowth({ problem, code: quadratic, inputs, eventBudget: 100_000 });
    expect(points[1].events / points[0].events).toBeGreaterThan(3);
    expect(points.at(-1)!.exceeded).toBe(true);
    expect(points.length).toBeLessThan(4);
  }, 60_000);
});
