// The messages between the server's main thread and the runner thread (runner-thread.ts).
// Test inputs cross as JSON text: the harness needs text anyway, and cloning a megabyte input
// as objects would cost more than the run it feeds.
import type { LocalRunnerOptions } from './local-runner.js';
import type { PriorityLevel } from './run-priority.js';
import type { SandboxEvent } from './sandbox-process.js';
import type { BatchOutcomes, TrustedBatch } from './trusted-runner.js';
import type { ExecutionRequest, ExecutionResult, GrowthPoint, GrowthRun, SandboxTest, SyntaxErrorDetail } from './types.js';

/**
 * A test as it crosses: its arguments' JSON, or for a large input the thread already holds,
 * only `inputRef` (the number it was first sent with, beside its JSON). A problem's large
 * tests come with every submission: megabytes copied, and collected, for each run otherwise.
 */
export type WireTest = Omit<SandboxTest, 'input'> & { inputJson?: string; inputRef?: number };

export type WireExecution = Omit<ExecutionRequest, 'tests' | 'priority'> & { tests: WireTest[]; priority: PriorityLevel };
export type WireGrowth = Omit<GrowthRun, 'tests' | 'priority'> & { tests: WireTest[]; priority: PriorityLevel };
export type WireTrustedBatch = Omit<TrustedBatch, 'tests'> & { tests: WireTest[] };

/** What the thread is started with: the runner's options, capabilities already probed. */
export type RunnerThreadData = LocalRunnerOptions & Required<Pick<LocalRunnerOptions, 'caps'>>;

export type ToRunner =
  | { op: 'execute'; id: number; request: WireExecution }
  | { op: 'growth'; id: number; run: WireGrowth }
  | { op: 'trusted'; id: number; batch: WireTrustedBatch }
  | { op: 'syntax'; id: number; code: string }
  | { op: 'priority'; id: number; level: PriorityLevel }
  | { op: 'close'; id: number };

/** What a request gives back: a run's result, growth points, a trusted batch's outcomes, a syntax error or nothing. */
export type RunnerValue = ExecutionResult | GrowthPoint[] | BatchOutcomes | SyntaxErrorDetail | null | undefined;

/** Unasked news from the thread: its sandboxes' starts and ends and its trusted processes' starts, counted by the host too. */
export type RunnerNews = { news: SandboxEvent | { kind: 'ready' } | { kind: 'trusted-started' } };

export type RunnerReply = { id: number; ok: true; value: RunnerValue } | { id: number; ok: false; message: string };
