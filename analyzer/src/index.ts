// The analyzer's entry: analyze(input) parses once, estimates the time class, fits measured
// growth, runs every detector and returns findings, the class and a feature summary. It never
// throws: code that does not parse comes back as `syntaxError`, and an exception inside the
// analyzer as `internalError` (our bug, not the learner's). No I/O happens here.
import { dominantSite, estimateComplexity, type ComplexityEstimate, type Site } from './complexity.js';
import { classIndex, classOf, isGuess, rankOf, timesClass } from './cost.js';
import { DETECTORS } from './detectors/index.js';
import type { DetectorContext } from './detectors/detector.js';
import type { QueryName } from './detectors/queries.generated.js';
import { summarizeFeatures } from './features.js';
import { collectFunctions, type FunctionInfo } from './functions.js';
import { fitGrowth, type GrowthFit } from './growth.js';
import { parsePython } from './parse.js';
import { runQueries } from './queries.js';
import { calleeName, findAll } from './syntax-queries.js';
import { type AnalyzeInput, type AnalyzeResult, type ComplexityReport, type FeatureSummary, type Finding, severityRank, type TimeClass } from './types.js';

export type * from './types.js';
export { PATTERN_IDS, SEVERITIES, severityRank, SPACE_CLASSES, TEST_STATUSES, TIME_CLASSES } from './types.js';
export { PATTERN_DOCS, patternDocs, type PatternDocs } from './pattern-docs.js';
export type { DetectorDocs } from './detectors/detector.js';
export { DETECTORS } from './detectors/index.js';
export { judgeCouldNotCall } from './detectors/test-failures.js';
export { EDGE_TAG_WORDS } from './detectors/missing-edge-case.js';
export { formatValue } from './format-value.js';
/** The bare tree-sitter parse, for benchmarks that compare it with a whole analysis. */
export { parseNative } from './parse.js';
export { fitGrowth } from './growth.js';
export { generateMutants, type Mutant } from './mutants.js';
export { generateBoundVariants, type BoundVariant } from './bound-variants.js';
export { edgeKindsOf, shrinkInput, shrinkValue } from './shrink.js';
export { applyProbe, assumptionHolds, parseProbeSpec, PROBE_NAMES, PROBE_PATTERN, type ProbeName, type ProbeSpec } from './probes.js';

const MIN_CONFIDENCE = 0.5;

export function analyze(input: AnalyzeInput): AnalyzeResult {
  try {
    return analyzeUnsafe(input);
  } catch (error) {
    return {
      patterns: [],
      complexity: { time: 'O(1)', source: 'static', ...problemClasses(input) },
      features: emptyFeatures(),
      internalError: { message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) },
    };
  }
}

function analyzeUnsafe(input: AnalyzeInput): AnalyzeResult {
  const code = typeof input.code === 'string' ? input.code : '';
  const parsed = parsePython(code);
  const functions = collectFunctions(parsed.root);
  const callsOf = (fn: FunctionInfo): string[] => findAll(fn.body, 'call').map(calleeName);
  const estimate = estimateComplexity(functions, parsed.root, input.entryPoint, callsOf);
  const matches = runQueries(parsed);
  const features = summarizeFeatures(parsed.root, functions, estimate, matches);
  const growth = input.growth?.points?.length ? fitGrowth(input.growth.points) : null;
  const largeTimedOut = (input.tests ?? []).some((t) => t.status === 'timeout' && t.tags?.includes('large'));
  // Measuring below the problem's best known class means the generated inputs were easy ones.
  const easyInputs = growth !== null && input.problem !== undefined && classIndex(growth.time) < classIndex(input.problem.optimal);
  const { time, source } = combineClasses(estimate, easyInputs ? null : growth, largeTimedOut);
  const complexity: ComplexityReport = { time, source, ...problemClasses(input) };
  if (parsed.syntaxError) return { patterns: [], complexity, features, syntaxError: parsed.syntaxError };

  const context: DetectorContext = {
    code,
    root: parsed.root,
    functions,
    entry: estimate.entry,
    estimate,
    growth,
    time,
    problem: input.problem ?? null,
    tests: input.tests && input.tests.length > 0 ? input.tests : null,
    mutants: input.mutants ?? [],
    boundFixes: input.boundFixes ?? [],
    probes: input.probes ?? [],
    params: input.problem?.params ?? estimate.entry?.params.map((p) => p.name) ?? [],
    matches: (name: QueryName) => matches.get(name) ?? [],
  };
  const patterns = arbitrate(DETECTORS.flatMap((d) => d.detect(context)));
  return { patterns, complexity, features };
}

/**
 * Growth wins when measured, except where it cannot be trusted: a difference of only a log
 * factor (sorting and heaps run inside C, invisible to counted lines, and n vs n log n is
 * within measurement noise), work hidden in built-ins, a timed-out large test (the worst
 * case the random growth inputs missed), or loops that can never stop early (the static class
 * is then a lower bound).
 */
function combineClasses(
  estimate: ComplexityEstimate,
  growth: GrowthFit | null,
  largeTimedOut: boolean,
): { time: TimeClass; source: ComplexityReport['source'] } {
  if (!growth) return { time: estimate.time, source: 'static' };
  const s = rankOf(estimate.total);
  const measured = classIndex(growth.time);
  const staticIndex = classIndex(estimate.time);
  if (measured === staticIndex) return { time: growth.time, source: 'both' };
  const sameDegree = !s.exp && growth.time !== 'O(2^n)' && degreeOf(growth.time) === s.poly;
  if (sameDegree || (growth.time === 'O(2^n)' && !s.exp)) return { time: estimate.time, source: 'both' };
  if (staticIndex > measured) {
    const site = dominantSite(estimate);
    const hiddenInBuiltins = site !== null && site.kind !== 'loop' && site.kind !== 'recursion';
    // The built-in runs at most as often as all counted lines together, each time at its own
    // cost: a bound that the static count of the loops around it can overshoot (a while loop
    // that only ever starts at the first value of a run).
    if (hiddenInBuiltins) {
      const bound = timesClass(growth.time, classOf(site.opCost));
      if (classIndex(bound) < staticIndex) return { time: bound, source: 'both' };
    }
    if (hiddenInBuiltins || largeTimedOut || (site !== null && isLowerBound(site))) return { time: estimate.time, source: 'both' };
  }
  return { time: growth.time, source: 'growth' };
}

function degreeOf(time: TimeClass): number {
  return { 'O(1)': 0, 'O(log n)': 0, 'O(n)': 1, 'O(n log n)': 1, 'O(n^2)': 2, 'O(n^3)': 3, 'O(2^n)': 4 }[time];
}

/** Loops that always run to the end (no return or break inside, nothing guessed). */
function isLowerBound(site: Site): boolean {
  if (isGuess(site.cost) || site.loops.length === 0) return false;
  return site.loops.every((l) => l.kind !== 'while' && findAll(l.node, 'return_statement|break_statement').length === 0);
}

/**
 * One failing test should not be blamed twice for different reasons: when a static sign of an
 * off-by-one or of an unchecked assumption explains a test, that test no longer backs
 * missing-edge-case. Then: confident findings only, one per pattern and line, most severe first.
 */
function arbitrate(findings: Finding[]): Finding[] {
  // A confirmed off-by-one, assumption or lossy container (a static sign backed by a failing
  // test, or a mutant of the reference reproducing the failures) is the more specific
  // explanation; an edge-case finding from test results alone then adds nothing.
  const isConfirmed = (f: Finding) =>
    (f.id === 'off-by-one' || f.id === 'missing-validation' || f.id === 'wrong-data-structure') &&
    f.evidence.some((e) => e.startsWith('test:')) &&
    f.evidence.some((e) => e === 'static' || e.startsWith('mutant:') || e.startsWith('variant:') || e.startsWith('probe:'));
  const explained = new Set(findings.filter(isConfirmed).flatMap((f) => f.evidence.filter((e) => e.startsWith('test:'))));
  const confirmed = findings.some(isConfirmed);
  const kept = findings.filter((f) => {
    if (f.confidence < MIN_CONFIDENCE) return false;
    if (f.id !== 'missing-edge-case') return true;
    if (confirmed && !f.evidence.some((e) => e === 'static' || e.startsWith('probe:'))) return false;
    const tests = f.evidence.filter((e) => e.startsWith('test:'));
    return explained.size === 0 || tests.some((t) => !explained.has(t));
  });
  const seen = new Set<string>();
  return kept
    .filter((f) => {
      const key = `${f.id}:${f.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.confidence - a.confidence || a.line - b.line);
}

function problemClasses(input: AnalyzeInput): Pick<ComplexityReport, 'optimal' | 'acceptable'> {
  return input.problem ? { optimal: input.problem.optimal, acceptable: input.problem.acceptable } : {};
}

function emptyFeatures(): FeatureSummary {
  return {
    entryPoint: null,
    functions: [],
    loops: [],
    maxLoopDepth: 0,
    conditionals: 0,
    calls: [],
    recursion: false,
    memoization: false,
    containers: [],
    slices: [],
    stringBuilding: [],
    earlyReturns: [],
    guards: [],
    cyclomatic: 1,
  };
}
