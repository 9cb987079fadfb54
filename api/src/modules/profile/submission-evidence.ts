// What one judged submission tells the profile: which patterns showed (from the stored
// findings) and how deep the hint ladder went (from the stored feedback). Both columns are
// written by other modules, so they are read defensively: anything malformed reads as nothing.
import { judgeCouldNotCall, PATTERN_IDS, type PatternId } from '../../../../analyzer/src/index.js';

const KNOWN_PATTERNS = new Set<string>(PATTERN_IDS);

/** Verdicts where the code never ran: no evidence that a pattern was avoided. */
const VERDICTS_WITHOUT_EVIDENCE = new Set(['syntax_error', 'rejected']);

export function isPatternId(value: unknown): value is PatternId {
  return typeof value === 'string' && KNOWN_PATTERNS.has(value);
}

/** The distinct known pattern ids among `submissions.patterns` ([{id, severity, ...}]). */
export function shownPatternIds(findings: unknown): PatternId[] {
  if (!Array.isArray(findings)) return [];
  const shown = new Set<PatternId>();
  for (const finding of findings) {
    const id = (finding as { id?: unknown } | null)?.id;
    if (isPatternId(id)) shown.add(id);
  }
  return [...shown];
}

/** `submissions.feedback.level` (1 = first hint) as a positive integer, or null. */
export function hintLevelOf(feedback: unknown): number | null {
  const level = (feedback as { level?: unknown } | null)?.level;
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 ? level : null;
}

/**
 * True when the judge found nothing to call in the code (the entry point is missing, misnamed
 * or takes other parameters), so no test ran any of it: like a syntax error, it says nothing about patterns.
 * Reads `submissions.result` ({tests: [{error: {type}}]}) defensively.
 */
export function calledNothing(result: unknown): boolean {
  const tests = (result as { tests?: unknown } | null)?.tests;
  if (!Array.isArray(tests) || tests.length === 0) return false;
  return tests.every((test) => judgeCouldNotCall((test as { error?: { type?: unknown } } | null)?.error));
}

export interface PatternObservation {
  patternId: PatternId;
  /** The pattern showed on this submission (a mistake). */
  shown: boolean;
}

/**
 * One observation per pattern the problem targets (right unless it showed) and per pattern that
 * showed anyway. Code that never ran (syntax error, rejected, or nothing the judge could call:
 * `codeRan` false) only yields what showed.
 */
export function observePatterns(verdict: string | null, targetPatterns: readonly string[], shown: readonly PatternId[], codeRan = true): PatternObservation[] {
  const shownSet = new Set(shown);
  const observations: PatternObservation[] = shown.map((patternId) => ({ patternId, shown: true }));
  if (!codeRan || (verdict !== null && VERDICTS_WITHOUT_EVIDENCE.has(verdict))) return observations;
  for (const target of targetPatterns) {
    if (isPatternId(target) && !shownSet.has(target)) observations.push({ patternId: target, shown: false });
  }
  return observations;
}
