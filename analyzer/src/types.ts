// The analyzer's vocabulary: what goes in (code, optional problem, test results, growth runs,
// mutant matches) and what comes out (findings, a time class, a feature summary).
// The judge maps its own reports onto these types; nothing here depends on the judge.

export const PATTERN_IDS = [
  'inefficient-loop',
  'missing-edge-case',
  'missing-validation',
  'off-by-one',
  'suboptimal-complexity',
  'wrong-data-structure',
] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

/** Time classes, cheapest first; the order is used for comparisons. */
export const TIME_CLASSES = ['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n^2)', 'O(n^3)', 'O(2^n)'] as const;
export type TimeClass = (typeof TIME_CLASSES)[number];

/** Space classes a problem may declare, cheapest first. */
export const SPACE_CLASSES = ['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n^2)'] as const;
export type SpaceClass = (typeof SPACE_CLASSES)[number];

/** Severities, most severe first; the order is the order findings are shown in. */
export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** 0 for the most severe: sort findings by it, most severe first. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** What became of one test; the judge reports these and the detectors read them. */
export const TEST_STATUSES = ['passed', 'failed', 'error', 'timeout', 'skipped'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

export interface ProblemInfo {
  slug: string;
  acceptable: TimeClass;
  optimal: TimeClass;
  targetPatterns: PatternId[] | string[];
  /** Argument names in order (the problem's `params`). */
  params?: string[];
}

export interface TestError {
  type: string;
  message: string;
  line: number | null;
}

export interface TestResult {
  id: string;
  tags: string[];
  status: TestStatus;
  input?: unknown[];
  expected?: unknown;
  actual?: unknown;
  error?: TestError | null;
}

/** One measured run: counted Python line events at one input size. */
export interface GrowthPoint {
  size: number;
  events: number;
  /** Line number (as a string key) to the number of times it ran. */
  lineCounts: Record<string, number>;
  /** True when the event budget ran out during this size: its counts are partial, so unused. */
  exceeded?: boolean;
}

export interface MutantMatch {
  /** A kind produced by generateMutants (see mutants.ts). */
  kind: string;
  /** Failing tests on which the submission's output equalled this mutant's output. */
  matchedTests: string[];
}

/** One failing test rerun on an input transformed by a probe (probes.ts). */
export interface ProbeRun {
  /** A name from the probe vocabulary. */
  probe: string;
  /** The failing test whose input was transformed. */
  test: string;
  /** Arguments the probe changed, by name. */
  changed: string[];
  /** The transformed input. */
  input: unknown[];
  /** True when the submission's answer on the transformed input is right. */
  fixed: boolean;
}

/** Where a bound variant moved the learner's code by one (see bound-variants.ts). */
export type BoundChangeKind =
  | 'range-stop'
  | 'range-start'
  | 'loop-comparison'
  | 'comparison'
  | 'mid-step'
  | 'length-bound'
  | 'slice-stop'
  | 'slice-start'
  /** `xs[i]` <-> `xs[i - 1]`: an element read or written one position off. */
  | 'index'
  /** `j - i + 1` <-> `j - i`, `n - 1` <-> `n + 1`: a count or a width off by one. */
  | 'offset-term';

export interface BoundChange {
  kind: BoundChangeKind;
  /** Line of the moved node in the learner's code. */
  line: number;
  /** The node as written and as changed: `len(nums) - 1` -> `len(nums)`, `<` -> `<=`. */
  before: string;
  after: string;
  /** The statement as written and as changed, on one line: `for i in range(n - 1, 0, -1)`. */
  statement: string;
  changed: string;
  /** True when the change adds a case (one more pass, equality now included). */
  extends: boolean;
  /** The case added or removed, in the code's words: `i = 0`, `lo == hi`. */
  edge?: string;
  /** For a range loop, the element its index reaches on that pass: `out[0]`, and whether the loop writes it. */
  element?: { sequence: string; written: boolean };
}

/** A bound variant of the learner's code that made failing tests pass and broke none. */
export interface BoundFix extends BoundChange {
  /** Failing tests that pass with the change. */
  fixedTests: string[];
  /** Failing tests that still fail with it. */
  stillFailing: string[];
}

export interface AnalyzeInput {
  code: string;
  entryPoint?: string;
  problem?: ProblemInfo;
  tests?: TestResult[];
  growth?: { points: GrowthPoint[] };
  mutants?: MutantMatch[];
  probes?: ProbeRun[];
  /** Variants of the learner's own code, one bound moved, that fix failing tests. */
  boundFixes?: BoundFix[];
}

/** `static`, `growth`, `test:<id>`, `mutant:<kind>`, `probe:<name>` or `variant:<bound change kind>`. */
export type Evidence = string;

export interface Finding {
  id: PatternId;
  severity: Severity;
  confidence: number;
  line: number;
  message: string;
  evidence: Evidence[];
}

export interface ComplexityReport {
  time: TimeClass;
  source: 'static' | 'growth' | 'both';
  optimal?: TimeClass;
  acceptable?: TimeClass;
}

export interface AnalyzeResult {
  patterns: Finding[];
  complexity: ComplexityReport;
  features: FeatureSummary;
  /** Set when the code does not parse: the learner's problem, reported instead of findings. */
  syntaxError?: { line: number; message: string };
  /** Set when the analyzer itself failed: our bug, never the learner's. */
  internalError?: { message: string };
}

// ---- The feature summary: plain JSON, shown by `analyze --json` and kept by the judge. ----

export interface LoopSummary {
  line: number;
  kind: 'for' | 'while' | 'comprehension';
  /** Loops around this one inside the same function (0 = outermost). */
  depth: number;
  /** Source text of what the loop runs over (`nums`, `range(len(s))`) or its condition. */
  over: string;
  /** How many times it runs per entry, as a time class (`O(n)`, `O(log n)`, `O(1)`). */
  iterations: TimeClass;
  /** True when an enclosing loop does not multiply it (a shared pointer or stack). */
  amortized: boolean;
}

export interface FunctionSummary {
  name: string;
  line: number;
  params: string[];
  /** Calls to itself, by call site. */
  selfCalls: number;
  memoized: boolean;
  cyclomatic: number;
  time: TimeClass;
}

export interface ContainerSummary {
  name: string;
  line: number;
  kind: 'list' | 'set' | 'dict' | 'deque' | 'str' | 'tuple' | 'heap';
  /** Operations applied to it: `append`, `in`, `pop(0)`, `index`, `subscript`... */
  operations: string[];
}

export interface FeatureSummary {
  entryPoint: string | null;
  functions: FunctionSummary[];
  loops: LoopSummary[];
  maxLoopDepth: number;
  conditionals: number;
  calls: string[];
  recursion: boolean;
  memoization: boolean;
  containers: ContainerSummary[];
  slices: number[];
  stringBuilding: Array<{ line: number; variable: string; way: 'append' | 'prepend' | 'join' }>;
  earlyReturns: number[];
  guards: Array<{ line: number; variable: string; kind: 'empty' | 'length' }>;
  cyclomatic: number;
}
