// Measured growth for the analyzer: the submission runs on the configured executor (local
// sandbox or Judge0) on generated inputs of increasing size while the harness counts executed
// lines (sys.settrace). Counts do not depend on machine load, so a time class can be fitted to
// them; the run stops once it has used `eventBudget` line events (the point that crosses it is
// marked `exceeded`).
import type { Problem } from '../problems/problem-schema.js';
import { generateInputsOnce } from '../problems/problem-loader.js';
import type { RunPriority } from './run-priority.js';
import type { Executor, GrowthPoint, JudgePriority } from './types.js';

export type { GrowthPoint } from './types.js';

export interface GrowthRequest {
  problem: Problem;
  code: string;
  /** Input sizes, ascending (generator.py's `size`). */
  sizes: number[];
  /** Line events the whole run may use. */
  eventBudget: number;
  /** Seed of the generated inputs. Default 1. */
  seed?: number;
  /** Default `interactive`. */
  priority?: JudgePriority;
}

export interface GrowthResult {
  points: GrowthPoint[];
}

/** Tracing slows code down a lot, so each size gets a generous CPU bound. */
export const GROWTH_TEST_LIMIT_MS = 10_000;

export async function measureGrowth(executor: Executor, pythonBin: string, request: GrowthRequest, priority?: RunPriority): Promise<GrowthResult> {
  if (!executor.runGrowth) throw new Error(`the ${executor.name} executor makes no growth runs`);
  const sizes = [...request.sizes].sort((a, b) => a - b);
  // generator.py is the problem's own trusted code: it runs here, whatever the executor.
  const inputs = await generateInputsOnce(pythonBin, request.problem, sizes.map((size) => ({ size, seed: request.seed ?? 1 })));
  const points = await executor.runGrowth({
    code: request.code,
    entryPoint: request.problem.entryPoint,
    inPlace: request.problem.inPlace,
    tests: sizes.map((size, i) => ({ id: `size-${size}`, input: inputs[i], size, timeLimitMs: GROWTH_TEST_LIMIT_MS })),
    eventBudget: request.eventBudget,
    priority,
  });
  return { points };
}
