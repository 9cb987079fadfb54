// Reads a stored submission into a FeedbackInput. The jsonb columns are validated here, at the
// edge: findings and complexity written by another version of the analyzer (or not yet written)
// must not break an explanation, so anything unrecognised is dropped rather than trusted.
import { type ComplexityReport, type Finding, PATTERN_IDS, SEVERITIES, TIME_CLASSES } from '../../../../analyzer/src/index.js';
import type { Submission } from '../../db/schema.js';
import { readStoredFeedback as readFeedbackColumn } from '../../db/stored-values.js';
import type { JudgeReport } from '../judge/index.js';
import { EXPLANATION_DEPTHS, type ExplanationDepth, type FeedbackInput, type FeedbackProblem, type FeedbackResult, type HintLevel } from './feedback-types.js';
import { isObject } from '../../is-object.js';

export function inputFromSubmission(row: Submission, problem: FeedbackProblem, level: HintLevel): FeedbackInput & { level: HintLevel } {
  // The row's jsonb was checked when it was read (db/stored-values.ts); a report it could not read is null.
  const stored = row.result;
  const report: JudgeReport = {
    problem: row.problemSlug,
    verdict: row.verdict ?? 'runtime_error',
    passed: row.passed ?? 0,
    total: row.total ?? 0,
    tests: stored?.tests ?? [],
    syntaxError: stored?.syntaxError,
    rejection: stored?.rejection,
    executor: stored?.executor ?? 'none',
    cached: false,
  };
  return { report, findings: readFindings(row.patterns), complexity: readComplexity(stored?.complexity), problem, level };
}

export function readFindings(value: unknown): Finding[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is Finding =>
      isObject(item) &&
      (PATTERN_IDS as readonly unknown[]).includes(item.id) &&
      (SEVERITIES as readonly unknown[]).includes(item.severity) &&
      Number.isInteger(item.line) &&
      typeof item.message === 'string' &&
      Array.isArray(item.evidence) &&
      typeof item.confidence === 'number',
  );
}

export function readComplexity(value: unknown): ComplexityReport | null {
  if (!isObject(value) || !(TIME_CLASSES as readonly unknown[]).includes(value.time)) return null;
  const timeClass = (v: unknown) => ((TIME_CLASSES as readonly unknown[]).includes(v) ? (v as ComplexityReport['time']) : undefined);
  const source = value.source === 'growth' || value.source === 'both' ? value.source : 'static';
  return { time: value.time as ComplexityReport['time'], source, optimal: timeClass(value.optimal), acceptable: timeClass(value.acceptable) };
}

export function readDepth(value: unknown): ExplanationDepth {
  return (EXPLANATION_DEPTHS as readonly unknown[]).includes(value) ? (value as ExplanationDepth) : 'intermediate';
}

/** The stored feedback of a submission, or null when there is none (or it cannot be read). */
export function readStoredFeedback(value: unknown): FeedbackResult | null {
  return value === null || value === undefined ? null : readFeedbackColumn(value);
}
