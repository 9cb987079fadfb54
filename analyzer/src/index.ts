// The analyzer's entry: analyze(input) parses once, estimates the time class, fits measured
// growth, runs every detector and returns findings, the class and a feature summary. It never
// throws: code that does not parse comes back as `syntaxError`, and an exception inside the
// analyzer as `internalError` (our bug, not the learner's). No I/O happens here.
import { estimateComplexity, type ComplexityEstimate } from './complexity.js';
import { classIndex } from './cost.js';
import { dominantSite } from './detectors/suboptimal-complexity.js';
import { DETECTORS } from './detectors/index.js';
import type { DetectorContext } from './detectors/detector.js';
import type { QueryName } from './detectors/queries.generated.js';
import { summarizeFeatures } from './features.js';
import { collectFunctions, type FunctionInfo } from './functions.js';
import { fitGrowth, type GrowthFit } from './growth.js';
import { parsePython } from './parse.js';
import { runQueries } from './queries.js';
import { calleeName, findAll } from './syntax-queries.js';
import type { AnalyzeInput, AnalyzeResult, ComplexityReport, FeatureSummary, Finding, TimeClass } from './types.js';

export type * from './types.js';
export { PATTERN_IDS, TIME_CLASSES } from './types.js';
export { DETECTORS } from './detectors/index.js';
export { fitGrowth } from './growth.js';
export { generateMutants, type Mutant } from './mutants.js';
export { edgeKindsOf, shrinkInput, shrinkValue } from './shrink.js';

const MIN_CONFIDENCE = 0.5;
const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

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
  const callsOf = (fn: FunctionInfo): string[] => findAll(fn.body, new Set(['call'])).map(calleeName);
  const estimate = estimateComplexity(functions, parsed.root, input.entryPoint, callsOf);
  const matches = runQueries(parsed);
  const features = summarizeFeatures(parsed.root, functions, estimate, matches);
  const growth = input.growth?.points?.length ? fitGrowth(input.growth.points) : null;
  const largeTimedOut = (input.tests ?? []).some((t) => t.status === 'timeout' && t.tags?.includes('large'));
  const { time, source } = combineClasses(estimate, growth, largeTimedOut);
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
    params: input.problem?.params ?? estimate.entry?.params.map((p) => p.name) ?? [],
    matches: (name: QueryName) => matches.get(name) ?? [],
  };
  const patterns = arbitrate(DETECTORS.flatMap((d) => d.detect(context)));
  return { patterns, complexity, features };
}

/** Growth wins when measured, except where the static estimate is higher for a reason growth cannot see. */
function combineClasses(estimate: ComplexityEstimate, growth: GrowthFit | null, largeTimedOut: boolean): { time: TimeClass; source: ComplexityReport['source'] } {
  if (!growth) return { time: estimate.time, source: 'static' };
  if (growth.time === estimate.time) return { time: growth.time, source: 'both' };
  const site = dominantSite({ estimate } as DetectorContext);
  const hiddenInBuiltins = site !== null && site.kind !== 'loop' && site.kind !== 'recursion';
  // Built-ins' work is invisible to counted lines; a timed-out large test shows the worst case
  // that random growth inputs may not reach (an early return on found values).
  if (classIndex(estimate.time) > classIndex(growth.time) && (hiddenInBuiltins || largeTimedOut)) return { time: estimate.time, source: 'both' };
  return { time: growth.time, source: 'growth' };
}

/**
 * One failing test should not be blamed twice for different reasons: when an off-by-one sign
 * explains a test, the same test no longer backs missing-edge-case. Then: confident findings
 * only, one per pattern and line, most severe first.
 */
function arbitrate(findings: Finding[]): Finding[] {
  const offByOneTests = new Set(findings.filter((f) => f.id === 'off-by-one' && f.evidence.includes('static')).flatMap((f) => f.evidence.filter((e) => e.startsWith('test:'))));
  const kept = findings.filter((f) => {
    if (f.confidence < MIN_CONFIDENCE) return false;
    if (f.id !== 'missing-edge-case' || offByOneTests.size === 0) return true;
    const tests = f.evidence.filter((e) => e.startsWith('test:'));
    return tests.some((t) => !offByOneTests.has(t));
  });
  const seen = new Set<string>();
  return kept
    .filter((f) => {
      const key = `${f.id}:${f.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.confidence - a.confidence || a.line - b.line);
}

function problemClasses(input: AnalyzeInput): Pick<ComplexityReport, 'optimal' | 'acceptable'> {
  return input.problem ? { optimal: input.problem.optimal, acceptable: input.problem.acceptable } : {};
}

function emptyFeatures(): FeatureSummary {
  return {
    entryPoint: null, functions: [], loops: [], maxLoopDepth: 0, conditionals: 0, calls: [], recursion: false, memoization: false,
    containers: [], slices: [], stringBuilding: [], earlyReturns: [], guards: [], cyclomatic: 1,
  };
}
