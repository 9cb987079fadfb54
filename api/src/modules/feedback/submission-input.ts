// Reads a stored submission into a FeedbackInput. The jsonb columns are validated here, at the
// edge: findings and complexity written by another version of the analyzer (or not yet written)
// must not break an explanation, so anything unrecognised is dropped rather than trusted.
import { type ComplexityReport, type Finding, PATTERN_IDS, TIME_CLASSES } from '../../../../analyzer/src/types.js';
import type { Submission } from '../../db/schema.js';
import type { JudgeReport, Verdict } from '../judge/types.js';
import { VERDICTS } from '../judge/types.js';
import { EXPLANATION_DEPTHS, type ExplanationDepth, type FeedbackInput, type FeedbackProblem, type FeedbackResult, type HintLevel } from './feedback-types.js';

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

export function inputFromSubmission(row: Submission, problem: FeedbackProblem, level: HintLevel): FeedbackInput & { level: HintLevel } {
  const stored = isObject(row.result) ? (row.result as Loose) : {};
  const verdict = (VERDICTS as readonly string[]).includes(String(row.verdict)) ? (row.verdict as Verdict) : 'runtime_error';
  const report: JudgeReport = {
    problem: row.problemSlug,
    verdict,
    passed: row.passed ?? 0,
    total: row.total ?? 0,
    tests: Array.isArray(stored.tests) ? (stored.tests as JudgeReport['tests']).filter(isObject) : [],
    syntaxError: isObject(stored.syntaxError) ? (stored.syntaxError as unknown as JudgeReport['syntaxError']) : undefined,
    rejection: isObject(stored.rejection) ? (stored.rejection as unknown as JudgeReport['rejection']) : undefined,
    executor: stored.executor === 'judge0' || stored.executor === 'local' ? stored.executor : 'none',
    cached: false,
  };
  return { report, findings: readFindings(row.patterns), complexity: readComplexity(stored.complexity), problem, level };
}

export function readFindings(value: unknown): Finding[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is Finding =>
      isObject(item) &&
      (PATTERN_IDS as readonly unknown[]).includes(item.id) &&
      ['critical', 'warning', 'info'].includes(String(item.severity)) &&
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

/** The stored feedback of a submission, or null when there is none (or a pending marker). */
export function readStoredFeedback(value: unknown): FeedbackResult | null {
  if (!isObject(value) || typeof value.text !== 'string' || (value.source !== 'rules' && value.source !== 'model')) return null;
  const level = [1, 2, 3].includes(Number(value.level)) ? (Number(value.level) as HintLevel) : 1;
  const depth = (EXPLANATION_DEPTHS as readonly unknown[]).includes(value.depth) ? (value.depth as ExplanationDepth) : undefined;
  return { ...(value as unknown as FeedbackResult), level, depth };
}
