// The shape of a detector: an id, a title, documentation the web app shows as "learn more",
// and `detect`, which reads the shared analysis context and returns findings.
import type { ComplexityEstimate } from '../complexity.js';
import type { FunctionInfo, FunctionTable } from '../functions.js';
import type { GrowthFit } from '../growth.js';
import type { QueryMatch } from '../queries.js';
import type { PyNode } from '../syntax.js';
import type { BoundFix, Finding, MutantMatch, PatternId, ProbeRun, ProblemInfo, TestResult, TimeClass } from '../types.js';
import type { QueryName } from './queries.generated.js';

export interface DetectorDocs {
  /** What the pattern is, in one or two sentences. */
  what: string;
  /** Why it matters to the learner. */
  why: string;
  /** The same reason for a reader new to the topic (feedback at depth eli5). */
  plainWhy: string;
  /** The same reason in an experienced engineer's terms (feedback at depth expert). */
  expertWhy: string;
  /** A short Python example showing it. */
  example: string;
  /** The better way, as Python. */
  better: string;
  /** What this detector does not catch, honestly. */
  knownMisses: string;
}

export interface DetectorContext {
  code: string;
  root: PyNode;
  functions: FunctionTable;
  entry: FunctionInfo | null;
  estimate: ComplexityEstimate;
  growth: GrowthFit | null;
  /** The class reported to the learner: growth when measured, static otherwise. */
  time: TimeClass;
  problem: ProblemInfo | null;
  /** Null when no test ran (static analysis only). */
  tests: TestResult[] | null;
  mutants: MutantMatch[];
  /** Bound variants of the learner's code that fixed failing tests (empty when none ran). */
  boundFixes: BoundFix[];
  /** Failing tests rerun on inputs transformed by the problem's probes (empty without runs). */
  probes: ProbeRun[];
  /** Names of the entry point's arguments, for printing inputs. */
  params: string[];
  matches(query: QueryName): QueryMatch[];
}

export interface Detector {
  id: PatternId;
  title: string;
  docs: DetectorDocs;
  /** Query files this detector reads (checked by the fixtures guard). */
  queries: QueryName[];
  detect(context: DetectorContext): Finding[];
}

export function defineDetector(detector: Detector): Detector {
  return detector;
}

/** A message template: typed parameters in, learner-facing text out. */
export type Template<P> = (params: P) => string;
