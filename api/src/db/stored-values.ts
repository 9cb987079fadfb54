// The shapes kept in jsonb columns, and their check when a row is read back. A jsonb value was
// written by some version of this code (or by hand), so it is validated field by field at the
// edge, like a problem folder (modules/problems/problem-schema.ts): what a reader gets is the declared
// type, never a cast. A value that fails reads as a safe fallback (no report, no findings, no
// feedback) with a warning naming the column and the field, or, where nothing can stand in for
// it (a problem's content), as a StoredValueError that says so.
import { customType } from 'drizzle-orm/pg-core';
import { type Finding, PATTERN_IDS, SEVERITIES, SPACE_CLASSES, TIME_CLASSES } from '../../../analyzer/src/index.js';
import type { SubmissionAnalysis } from '../modules/analysis/analyze-submission.js';
import { EXPLANATION_DEPTHS, type FallbackReason, type FeedbackResult, type FeedbackSource, HINT_LEVELS } from '../modules/feedback/feedback-types.js';
import {
  TEST_STATUSES,
  type JudgeReport,
  type RejectionDetail,
  type SyntaxErrorDetail,
  type TestError,
  type TestReport,
  VERDICTS,
} from '../modules/judge/types.js';
import { COMPARATORS } from '../modules/problems/problem-schema.js';
import type { StoredProblemContent } from '../modules/problems/seed-problems.js';
import { isObject } from '../is-object.js';

/** What is stored in `submissions.result`: the judge report and the measured complexity. */
export type StoredResult = JudgeReport & { complexity: SubmissionAnalysis['complexity'] };

/** What is stored in `submissions.patterns`: the findings, most severe first. */
export type StoredFindings = Finding[];

/** What is stored in `submissions.feedback`: the finished explanation. */
export type StoredFeedback = FeedbackResult;

export type { StoredProblemContent };

/** What a finished mock interview found, per problem in the order they were given. */
export interface MockInterviewReport {
  solved: number;
  total: number;
  problems: {
    slug: string;
    title: string;
    solved: boolean;
    attempts: number;
    /** Minutes from the start to the first accepted submission, or to the last attempt when none was accepted; null without attempts. */
    minutes: number | null;
    patterns: string[];
    timeClass: string | null;
    optimal: string | null;
  }[];
}

/** A stored value that cannot be read, and has no safe stand-in. */
export class StoredValueError extends Error {
  constructor(
    readonly column: string,
    readonly problem: string,
  ) {
    super(`${column} holds a value this version cannot read: ${problem}`);
    this.name = 'StoredValueError';
  }
}

/** Thrown inside a check: the path of the field that failed and what was wrong with it. */
class Invalid extends Error {}

const isInteger = (value: unknown): value is number => Number.isInteger(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const oneOf =
  <T>(values: readonly T[]) =>
  (value: unknown): value is T =>
    (values as readonly unknown[]).includes(value);

function need<T>(value: unknown, test: (value: unknown) => value is T, path: string, expected: string): T {
  if (!test(value)) throw new Invalid(`${path} is ${describe(value)}, expected ${expected}`);
  return value;
}

function optional<T>(value: unknown, test: (value: unknown) => value is T): T | undefined {
  return test(value) ? value : undefined;
}

const orNull =
  <T>(test: (value: unknown) => value is T) =>
  (value: unknown): value is T | null =>
    value === null || test(value);

const listOf =
  <T>(test: (value: unknown) => value is T) =>
  (value: unknown): value is T[] =>
    Array.isArray(value) && value.every(test);

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
}

const isTimeClass = oneOf(TIME_CLASSES);
const isSource = oneOf(['static', 'growth', 'both'] as const);
const isExecutor = oneOf(['local', 'judge0', 'none'] as const);

// ---- submissions.result ----

function readTestError(value: unknown, path: string): TestError | null {
  if (value === null || value === undefined) return null;
  const error = need(value, isObject, path, 'an object');
  return {
    type: need(error.type, isString, `${path}.type`, 'a string'),
    message: need(error.message, isString, `${path}.message`, 'a string'),
    line: isInteger(error.line) ? error.line : null,
  };
}

function readTest(value: unknown, path: string): TestReport {
  const test = need(value, isObject, path, 'an object');
  const read: TestReport = {
    ...test,
    id: need(test.id, isString, `${path}.id`, 'a string'),
    hidden: need(test.hidden, (v): v is boolean => typeof v === 'boolean', `${path}.hidden`, 'a boolean'),
    tags: need(test.tags ?? [], listOf(isString), `${path}.tags`, 'a list of strings'),
    status: need(test.status, oneOf(TEST_STATUSES), `${path}.status`, `one of ${TEST_STATUSES.join(', ')}`),
    // Compacted reports keep a large input's description (a string) in place of its arguments.
    input: Array.isArray(test.input) ? test.input : [],
    expected: test.expected ?? null,
    actual: test.actual ?? null,
    error: readTestError(test.error, `${path}.error`),
    time_ms: isNumber(test.time_ms) ? test.time_ms : null,
  };
  // Measures added over time: absent from older reports, and then absent here too.
  if ('cpu_ms' in test) read.cpu_ms = isNumber(test.cpu_ms) ? test.cpu_ms : null;
  if ('memory_kb' in test) read.memory_kb = isNumber(test.memory_kb) ? test.memory_kb : null;
  if ('stdout' in test) read.stdout = isString(test.stdout) ? test.stdout : undefined;
  if (read.stdout === undefined) delete read.stdout;
  return read;
}

function readSyntaxError(value: unknown): SyntaxErrorDetail | undefined {
  if (!isObject(value) || !isString(value.message)) return undefined;
  return { line: isInteger(value.line) ? value.line : null, column: isInteger(value.column) ? value.column : null, message: value.message };
}

function readRejection(value: unknown): RejectionDetail | undefined {
  if (!isObject(value) || !isString(value.message) || !isString(value.rule)) return undefined;
  return { line: isInteger(value.line) ? value.line : null, rule: value.rule, message: value.message };
}

function readComplexity(value: unknown, path: string): StoredResult['complexity'] {
  const complexity = need(value, isObject, path, 'an object');
  return {
    time: need(complexity.time ?? null, orNull(isTimeClass), `${path}.time`, 'a time class or null'),
    optimal: need(complexity.optimal, isTimeClass, `${path}.optimal`, 'a time class'),
    acceptable: need(complexity.acceptable, isTimeClass, `${path}.acceptable`, 'a time class'),
    source: need(complexity.source ?? null, orNull(isSource), `${path}.source`, 'static, growth, both or null'),
  };
}

function checkResult(value: unknown): StoredResult {
  const stored = need(value, isObject, 'the value', 'an object');
  const tests = need(stored.tests, Array.isArray, 'tests', 'a list');
  const result: StoredResult = {
    problem: need(stored.problem, isString, 'problem', 'a string'),
    verdict: need(stored.verdict, oneOf(VERDICTS), 'verdict', 'a verdict'),
    passed: need(stored.passed, isInteger, 'passed', 'an integer'),
    total: need(stored.total, isInteger, 'total', 'an integer'),
    tests: tests.map((test, i) => readTest(test, `tests[${i}]`)),
    executor: isExecutor(stored.executor) ? stored.executor : 'none',
    cached: stored.cached === true,
    complexity: readComplexity(stored.complexity, 'complexity'),
  };
  const syntaxError = readSyntaxError(stored.syntaxError);
  if (syntaxError) result.syntaxError = syntaxError;
  const rejection = readRejection(stored.rejection);
  if (rejection) result.rejection = rejection;
  return result;
}

// ---- submissions.patterns ----

function checkFinding(value: unknown, path: string): Finding {
  const finding = need(value, isObject, path, 'an object');
  return {
    ...finding,
    id: need(finding.id, oneOf(PATTERN_IDS), `${path}.id`, 'a pattern id'),
    severity: need(finding.severity, oneOf(SEVERITIES), `${path}.severity`, 'a severity'),
    confidence: need(finding.confidence, isNumber, `${path}.confidence`, 'a number'),
    line: need(finding.line, isInteger, `${path}.line`, 'an integer'),
    message: need(finding.message, isString, `${path}.message`, 'a string'),
    evidence: need(finding.evidence, listOf(isString), `${path}.evidence`, 'a list of strings'),
  };
}

// ---- submissions.feedback ----

// Checked by the compiler against the unions: a new source or reason fails to build until added.
const FEEDBACK_SOURCES = { rules: true, model: true } satisfies Record<FeedbackSource, true>;
const FALLBACK_REASONS = {
  'not-configured': true,
  'not-for-this-verdict': true,
  budget: true,
  timeout: true,
  'rate-limited': true,
  'server-error': true,
  'model-error': true,
  'gave-solution': true,
  'ignored-findings': true,
  'broke-reply-rules': true,
  'internal-error': true,
} satisfies Record<FallbackReason, true>;
const isFeedbackSource = (value: unknown): value is FeedbackSource => isString(value) && Object.hasOwn(FEEDBACK_SOURCES, value);
const isFallbackReason = (value: unknown): value is FallbackReason => isString(value) && Object.hasOwn(FALLBACK_REASONS, value);

function checkFeedback(value: unknown): StoredFeedback {
  const stored = need(value, isObject, 'the value', 'an object');
  const feedback: StoredFeedback = {
    source: need(stored.source, isFeedbackSource, 'source', 'rules or model'),
    model: isString(stored.model) ? stored.model : null,
    text: need(stored.text, isString, 'text', 'a string'),
    tokensIn: isInteger(stored.tokensIn) ? stored.tokensIn : 0,
    tokensOut: isInteger(stored.tokensOut) ? stored.tokensOut : 0,
    // Feedback stored before the hint ladder was the first rung.
    level: oneOf(HINT_LEVELS)(stored.level) ? stored.level : 1,
    cached: stored.cached === true,
    createdAt: need(stored.createdAt, isString, 'createdAt', 'a string'),
  };
  const depth = optional(stored.depth, oneOf(EXPLANATION_DEPTHS));
  if (depth) feedback.depth = depth;
  const fallbackReason = optional(stored.fallbackReason, isFallbackReason);
  if (fallbackReason) feedback.fallbackReason = fallbackReason;
  return feedback;
}

// ---- problems.content ----

function checkProblemTest(value: unknown, path: string): StoredProblemContent['tests'][number] {
  const test = need(value, isObject, path, 'an object');
  const base = {
    id: need(test.id, isString, `${path}.id`, 'a string'),
    hidden: need(test.hidden, (v): v is boolean => typeof v === 'boolean', `${path}.hidden`, 'a boolean'),
    tags: need(test.tags, listOf(isString), `${path}.tags`, 'a list of strings'),
  };
  if (test.generate !== undefined) {
    const generate = need(test.generate, isObject, `${path}.generate`, 'an object');
    return {
      ...base,
      generate: {
        size: need(generate.size, isInteger, `${path}.generate.size`, 'an integer'),
        seed: need(generate.seed, isInteger, `${path}.generate.seed`, 'an integer'),
      },
    };
  }
  return { ...base, input: need(test.input, Array.isArray, `${path}.input`, 'a list'), expected: test.expected ?? null };
}

function checkProblemContent(value: unknown): StoredProblemContent {
  const content = need(value, isObject, 'the value', 'an object');
  const text = (field: string) => need(content[field], isString, field, 'a string');
  return {
    statement: text('statement'),
    starterCode: text('starterCode'),
    entryPoint: text('entryPoint'),
    params: need(content.params, listOf(isString), 'params', 'a list of strings'),
    comparator: need(content.comparator, oneOf(COMPARATORS), 'comparator', `one of ${COMPARATORS.join(', ')}`),
    floatTolerance: need(content.floatTolerance ?? null, orNull(isNumber), 'floatTolerance', 'a number or null'),
    inPlace: need(content.inPlace, (v): v is boolean => typeof v === 'boolean', 'inPlace', 'a boolean'),
    timeLimitMs: need(content.timeLimitMs, isNumber, 'timeLimitMs', 'a number'),
    optimal: need(content.optimal, isTimeClass, 'optimal', 'a time class'),
    acceptable: need(content.acceptable, isTimeClass, 'acceptable', 'a time class'),
    hints: need(content.hints, listOf(isString), 'hints', 'a list of strings'),
    solutionCode: text('solutionCode'),
    explanation: text('explanation'),
    optimalSpace: need(content.optimalSpace, oneOf(SPACE_CLASSES), 'optimalSpace', 'a space class'),
    tests: need(content.tests, Array.isArray, 'tests', 'a list').map((test, i) => checkProblemTest(test, `tests[${i}]`)),
  };
}

// ---- mock_interviews.report ----

function checkInterviewReport(value: unknown): MockInterviewReport {
  const report = need(value, isObject, 'the value', 'an object');
  const problems = need(report.problems, Array.isArray, 'problems', 'a list');
  return {
    solved: need(report.solved, isInteger, 'solved', 'an integer'),
    total: need(report.total, isInteger, 'total', 'an integer'),
    problems: problems.map((value, i) => {
      const path = `problems[${i}]`;
      const problem = need(value, isObject, path, 'an object');
      return {
        slug: need(problem.slug, isString, `${path}.slug`, 'a string'),
        title: need(problem.title, isString, `${path}.title`, 'a string'),
        solved: need(problem.solved, (v): v is boolean => typeof v === 'boolean', `${path}.solved`, 'a boolean'),
        attempts: need(problem.attempts, isInteger, `${path}.attempts`, 'an integer'),
        minutes: need(problem.minutes ?? null, orNull(isNumber), `${path}.minutes`, 'a number or null'),
        patterns: need(problem.patterns, listOf(isString), `${path}.patterns`, 'a list of strings'),
        timeClass: need(problem.timeClass ?? null, orNull(isString), `${path}.timeClass`, 'a string or null'),
        optimal: need(problem.optimal ?? null, orNull(isString), `${path}.optimal`, 'a string or null'),
      };
    }),
  };
}

// ---- reading ----

/** How an unreadable value is reported; replaced in tests, a process warning otherwise. */
let warn = (message: string): void => {
  process.emitWarning(message, { code: 'CODEMENTOR_STORED_VALUE' });
};

/** Redirects the warnings about unreadable stored values (returns the previous reporter). */
export function onUnreadableStoredValue(report: (message: string) => void): (message: string) => void {
  const previous = warn;
  warn = report;
  return previous;
}

function attempt<T>(check: (value: unknown) => T, value: unknown): { ok: true; value: T } | { ok: false; problem: string } {
  try {
    return { ok: true, value: check(value) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: error.message };
    throw error;
  }
}

/** A value with a safe stand-in: the stand-in, with a warning, when the value fails its check. */
function withFallback<T>(column: string, check: (value: unknown) => T, fallback: T): (value: unknown) => T {
  return (value) => {
    const read = attempt(check, value);
    if (read.ok) return read.value;
    warn(`${column} read as ${JSON.stringify(fallback)}: ${read.problem}`);
    return fallback;
  };
}

/** A value nothing can stand in for: a StoredValueError when it fails its check. */
function orThrow<T>(column: string, check: (value: unknown) => T): (value: unknown) => T {
  return (value) => {
    const read = attempt(check, value);
    if (read.ok) return read.value;
    throw new StoredValueError(column, read.problem);
  };
}

/** `submissions.result`; a report that cannot be read is treated as none. */
export const readStoredResult: (value: unknown) => StoredResult | null = withFallback('submissions.result', checkResult, null);

/** `submissions.patterns`; a finding that cannot be read is left out (an unknown pattern id, say). */
export function readStoredFindings(value: unknown): StoredFindings {
  if (!Array.isArray(value)) {
    warn(`submissions.patterns read as []: the value is ${describe(value)}, expected a list`);
    return [];
  }
  const findings: StoredFindings = [];
  value.forEach((item, i) => {
    const read = attempt((v) => checkFinding(v, `[${i}]`), item);
    if (read.ok) findings.push(read.value);
    else warn(`submissions.patterns: finding left out: ${read.problem}`);
  });
  return findings;
}

/** `submissions.feedback`; feedback that cannot be read is treated as none (written again). */
export const readStoredFeedback: (value: unknown) => StoredFeedback | null = withFallback('submissions.feedback', checkFeedback, null);

/** `problems.content`: without it a problem cannot be shown, so a bad one is an error. */
export const readProblemContent: (value: unknown) => StoredProblemContent = orThrow('problems.content', checkProblemContent);

/** `mock_interviews.report`; a report that cannot be read is treated as none. */
export const readInterviewReport: (value: unknown) => MockInterviewReport | null = withFallback('mock_interviews.report', checkInterviewReport, null);

/**
 * A jsonb column whose values are checked by `read` each time a row comes back (select and
 * returning alike, both drivers), typed by what `read` returns. Written as JSON, like drizzle's
 * own jsonb; drizzle-kit sees a plain jsonb column. (A SQL null never reaches `read`.)
 */
export function checkedJsonb<T>(name: string, read: (value: unknown) => T) {
  return customType<{ data: T; driverData: unknown }>({
    dataType: () => 'jsonb',
    toDriver: (value) => JSON.stringify(value),
    fromDriver: (value) => read(typeof value === 'string' ? parseJson(value) : value),
  })(name);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
