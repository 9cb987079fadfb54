// Measured growth for the analyzer: the submission runs in the local sandbox on generated
// inputs of increasing size while the harness counts executed lines (sys.settrace). Counts
// do not depend on machine load, so a time class can be fitted to them; the run stops once
// it has used `eventBudget` line events (the point that crosses it is marked `exceeded`).
import type { Problem } from '../problems/problem-schema.js';
import { generateInputsOnce } from '../problems/problem-loader.js';
import { DEFAULT_LIMITS, type LocalRunner } from './local-runner.js';
import type { RunPriority } from './run-priority.js';
import type { JudgePriority, TestError } from './types.js';

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

export interface GrowthPoint {
  size: number;
  events: number;
  /** Executed line events per line number of the submission. */
  lineCounts: Record<string, number>;
  /** True when the budget ran out during this size (its counts are partial). */
  exceeded: boolean;
  error: TestError | null;
}

export interface GrowthResult {
  points: GrowthPoint[];
}

export async function measureGrowth(
  runner: LocalRunner,
  pythonBin: string,
  request: GrowthRequest,
  wallTimeMs: number,
  priority?: RunPriority,
): Promise<GrowthResult> {
  const sizes = [...request.sizes].sort((a, b) => a - b);
  const inputs = await generateInputsOnce(pythonBin, request.problem, sizes.map((size) => ({ size, seed: request.seed ?? 1 })));
  const run = await runner.runJob(
    {
      mode: 'growth',
      code: request.code,
      entryPoint: request.problem.entryPoint,
      inPlace: request.problem.inPlace,
      // Tracing slows code down a lot, so each size gets a generous CPU bound.
      tests: sizes.map((size, i) => ({ id: `size-${size}`, input: inputs[i], size, timeLimitMs: 10_000 })),
      limits: DEFAULT_LIMITS,
      eventBudget: request.eventBudget,
    },
    Date.now() + Math.max(wallTimeMs, 30_000),
    0,
    priority,
  );
  const points: GrowthPoint[] = [];
  for (const r of run.records) {
    if (r.t === 'growth') points.push({ size: r.size, events: r.events, lineCounts: r.lineCounts, exceeded: r.exceeded, error: r.error });
  }
  return { points };
}
