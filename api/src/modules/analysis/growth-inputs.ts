// Inputs of a growth run: one generated input per size, from the problem's own generator.py
// (trusted code, run on this machine whatever the executor; memoized per problem version).
import type { GrowthRequest } from '../judge/index.js';
import { generateInputsOnce, type Problem } from '../problems/index.js';

export async function growthInputs(pythonBin: string, problem: Problem, sizes: number[], seed = 1): Promise<GrowthRequest['inputs']> {
  const ascending = [...sizes].sort((a, b) => a - b);
  const inputs = await generateInputsOnce(
    pythonBin,
    problem,
    ascending.map((size) => ({ size, seed })),
  );
  return ascending.map((size, i) => ({ size, input: inputs[i] }));
}
