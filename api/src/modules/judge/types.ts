// The judge's vocabulary: what a submission is judged against and what comes back.
// The report carries the judge's part of the output document; patterns, complexity and
// feedback are added by the analyzer and the API later, so they are not part of this type.
import type { TestStatus } from '../../../../analyzer/src/index.js';
import type { RunPriority } from './run-priority.js';
import type { Problem } from '../problems/index.js';

export const VERDICTS = [
  'accepted',
  'wrong_answer',
  'runtime_error',
  'time_limit_exceeded',
  'memory_limit_exceeded',
  'output_limit_exceeded',
  'syntax_error',
  'rejected',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A test's status is the analyzer's vocabulary, which reads the same reports. */
export { TEST_STATUSES, type TestStatus } from '../../../../analyzer/src/index.js';

/** An exception raised by the submission (or by the sandbox on its behalf). */
export interface TestError {
  type: string;
  message: string;
  /** Line in the submitted file, when the error happened in it. */
  line: number | null;
}

export interface TestReport {
  id: string;
  hidden: boolean;
  tags: string[];
  status: TestStatus;
  input: unknown[];
  expected: unknown;
  actual: unknown;
  error: TestError | null;
  /** Wall time of the call, ms: what the learner waited, inflated when the machine is busy. */
  time_ms: number | null;
  /**
   * CPU time of the same call, ms: what the time limit counts, steady under load. Null when the
   * harness could not measure it (a crash, a kill, a test that never ran); absent from reports
   * made outside the judge.
   */
  cpu_ms?: number | null;
  /**
   * Memory the call took at its peak, KB: how far the process's resident set rose above its
   * size when the call began (the interpreter and the decoded input not counted). On Judge0, a
   * test whose process ended before reporting gets that process's peak instead. Null when not
   * measured (a test skipped or killed from outside, a kernel without the measure); absent from
   * reports made outside the judge and from reports stored before it was measured.
   */
  memory_kb?: number | null;
  /** What the submission printed during this test (size-capped). */
  stdout?: string;
}

export interface SyntaxErrorDetail {
  line: number | null;
  column: number | null;
  message: string;
}

export interface RejectionDetail {
  line: number | null;
  rule: string;
  message: string;
}

export interface JudgeReport {
  problem: string;
  verdict: Verdict;
  passed: number;
  total: number;
  tests: TestReport[];
  /** Set when verdict is `syntax_error`. */
  syntaxError?: SyntaxErrorDetail;
  /** Set when verdict is `rejected`. */
  rejection?: RejectionDetail;
  /** Which backend ran the code: `local`, `judge0`, or `none` when nothing ran. */
  executor: 'local' | 'judge0' | 'none';
  /** True when the report came from the result cache. */
  cached: boolean;
}

export type JudgeScope = 'public' | 'all';

/**
 * `interactive`: someone waits for the answer. `follow-up`: a further run of a submission
 * already judged once (stress testing), someone still waiting: it goes ahead of submissions
 * not yet started, so each finishes as soon as it can. `background`: analysis done after the
 * answer, which must never delay one: it has slots of its own and runs at a lower CPU priority.
 */
export type JudgePriority = 'interactive' | 'follow-up' | 'background';

export interface JudgeRequest {
  problem: Problem;
  code: string;
  scope: JudgeScope;
  /** Default `interactive`. */
  priority?: JudgePriority;
}

/** A test as it enters a sandbox: arguments only, never the expected output. */
export interface SandboxTest {
  id: string;
  input: unknown[];
  timeLimitMs: number;
  /** Input size, for growth runs. */
  size?: number;
  /** In a run of several programs (`ExecutionRequest.programs`), the index of the one it calls. */
  program?: number;
}

/**
 * One test's raw result as the sandbox reported it, before comparison. `timeMs` is the call's
 * wall time, `cpuMs` its CPU time, `memoryKb` its peak memory (TestReport.memory_kb); null when
 * the harness did not report it.
 */
export type RawOutcome =
  | { kind: 'returned'; value: unknown; plain: true; timeMs: number; cpuMs: number | null; memoryKb: number | null; stdout: string }
  | { kind: 'returned'; plain: false; repr: string; typeName: string; timeMs: number; cpuMs: number | null; memoryKb: number | null; stdout: string }
  | { kind: 'error'; error: TestError; timeMs: number | null; cpuMs: number | null; memoryKb: number | null; stdout: string; limit?: 'memory' | 'output' }
  | { kind: 'timeout'; timeMs: number | null; cpuMs: number | null; memoryKb: number | null; stdout: string }
  | { kind: 'skipped'; reason: string };

export interface ExecutionRequest {
  code: string;
  entryPoint: string;
  inPlace: boolean;
  tests: SandboxTest[];
  /**
   * Variants of one learner's code, loaded in the same sandboxed process, each test calling the
   * one it names (`SandboxTest.program`); `code` is then not run. A program that does not
   * compile charges its own tests with a SyntaxError instead of ending the run.
   */
  programs?: string[];
  /** CPU priority of the local runner's processes; default interactive. */
  priority?: RunPriority;
}

/** What an executor (local runner or Judge0) gives back for a whole submission. */
export type ExecutionResult = { kind: 'syntax_error'; detail: SyntaxErrorDetail } | { kind: 'ran'; outcomes: Map<string, RawOutcome> };

/**
 * A growth run (the harness's `mode: growth`): the entry point on inputs of increasing size
 * (`size` set on each test) with executed lines counted, until `eventBudget` line events.
 */
export interface GrowthRun {
  code: string;
  entryPoint: string;
  inPlace: boolean;
  tests: SandboxTest[];
  eventBudget: number;
  /** CPU priority of the local runner's processes; default interactive. */
  priority?: RunPriority;
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

export interface Executor {
  readonly name: 'local' | 'judge0';
  /** What contains learner code there, for /ready: "bubblewrap+seccomp", "judge0"... */
  readonly boundary: string;
  execute(request: ExecutionRequest): Promise<ExecutionResult>;
  /**
   * Growth points of a growth run, in size order; a run cut short gives the points it reached.
   * Both real executors have it; a stand-in that runs nothing (tests' replaying judge) leaves it
   * out, and then the analysis makes no extra runs of learner code (stress, mutants, growth).
   */
  runGrowth?(run: GrowthRun): Promise<GrowthPoint[]>;
  /** Compiles without running anything: Python's own verdict on the syntax. */
  checkSyntax(code: string): Promise<SyntaxErrorDetail | null>;
  /** Resolves once the executor can start a run at once (the runner thread has loaded). */
  whenReady?(): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** True when the executor makes every kind of run the analysis asks for (stress, mutants, growth). */
export const makesAnalysisRuns = (executor: Executor): boolean => typeof executor.runGrowth === 'function';
