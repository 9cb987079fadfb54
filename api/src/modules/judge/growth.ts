// Measured growth for the analyzer: the submission runs on the configured executor (local
// sandbox or Judge0) on generated inputs of increasing size while the harness counts executed
// lines (sys.settrace). Counts do not depend on machine load, so a time class can be fitted to
// them; the run stops once it has used `eventBudget` line events (the point that crosses it is
// marked `exceeded`). The inputs come from the caller (the problem's generator, run by the
// analysis), so the judge depends on no problem loading.
import type { Problem } from '../problems/index.js';
import type { RunPriority } from './run-priority.js';
import type { Executor, GrowthPoint, JudgePriority } from './types.js';

export type { GrowthPoint } from './types.js';

export interface GrowthRequest {
  problem: Problem;
  code: string;
  /** One generated input per size (generator.py's `size`). */
  inputs: { size: number; input: unknown[] }[];
  /** Line events the whole run may use. */
  eventBudget: number;
  /** Default `interactive`. */
  priority?: JudgePriority;
}

export interface GrowthResult {
  points: GrowthPoint[];
}

/** Tracing slows code down a lot, so each size gets a generous CPU bound. */
export const GROWTH_TEST_LIMIT_MS = 10_000;

export async function measureGrowth(executor: Executor, request: GrowthRequest, priority?: RunPriority): Promise<GrowthResult> {
  if (!executor.runGrowth) throw new Error(`the ${executor.name} executor makes no growth runs`);
  const inputs = [...request.inputs].sort((a, b) => a.size - b.size);
  const points = await executor.runGrowth({
    code: request.code,
    entryPoint: request.problem.entryPoint,
    inPlace: request.problem.inPlace,
    tests: inputs.map(({ size, input }) => ({ id: `size-${size}`, input, size, timeLimitMs: GROWTH_TEST_LIMIT_MS })),
    eventBudget: request.eventBudget,
    priority,
  });
  return { points };
}
