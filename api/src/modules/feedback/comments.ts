// Rule-based feedback as Exercism-style comments: each has a stable id, typed parameters and a
// severity; `renderComment` turns one into Markdown through the templates, so the prose lives in
// finding-templates.ts and verdict-templates.ts and nowhere in the selection logic.
import type { PatternId, Severity, TimeClass } from '../../../../analyzer/src/types.js';
import type { FailingTest } from './failing-tests.js';
import type { HintLevel } from './feedback-types.js';
import { PATTERN_PROSE } from './finding-templates.js';
import { nameTest, VERDICT_PROSE } from './verdict-templates.js';

export interface FindingParams {
  pattern: PatternId;
  line: number;
  /** The analyzer's message, which already names the line's specifics (variable, loop, cost). */
  message: string;
  /** A failing test the finding points at (evidence `test:<id>`), when the learner may see it. */
  test?: FailingTest;
  /** The measured growth when the finding rests on it (evidence `growth`). */
  growth?: { measured: TimeClass; acceptable?: TimeClass };
  acceptable?: TimeClass;
}

/** Every comment id with the parameters its template takes. */
export interface CommentParams {
  'summary.finding': { pattern: PatternId; line: number; severity: Severity };
  'summary.verdict': { verdict: string; passed: number; total: number };
  'summary.accepted': { total: number };
  'verdict.syntax-error': { line: number | null; column: number | null; message: string };
  'verdict.rejected': { line: number | null; rule: string; message: string };
  // `explainedBelow`: a finding quotes this test in full, so the verdict only names it.
  'verdict.runtime-error': { test: FailingTest | null; type: string; message: string; line: number | null; explainedBelow: boolean };
  'verdict.wrong-answer': { test: FailingTest | null; passed: number; total: number; explainedBelow: boolean };
  'verdict.time-limit': { test: FailingTest | null; large: boolean; explainedBelow: boolean };
  'verdict.memory-limit': { test: FailingTest | null };
  'verdict.output-limit': { test: FailingTest | null };
  'verdict.accepted': { passed: number; total: number; time?: TimeClass; optimal?: TimeClass; findings: number };
  'complexity.measured': { time: TimeClass; acceptable?: TimeClass; source: string };
  finding: FindingParams;
}

export type CommentId = keyof CommentParams;
export type Comment = { [K in CommentId]: { id: K; severity: Severity; params: CommentParams[K] } }[CommentId];

/** The id a learner-facing tool would key on: `finding.off-by-one` rather than `finding`. */
export function stableCommentId(comment: Comment): string {
  return comment.id === 'finding' ? `finding.${comment.params.pattern}` : comment.id;
}

const SEVERITY_LABEL: Record<Severity, string> = { critical: 'critical', warning: 'worth fixing', info: 'minor' };
const HINT_LABEL: Record<HintLevel, string> = { 1: 'Hint', 2: 'Going further', 3: 'Step by step' };
const VERDICT_WORDS: Record<string, string> = {
  wrong_answer: 'some answers are wrong',
  runtime_error: 'the code crashes on a test',
  entry_point_not_found: 'the judge found no function to call',
  time_limit_exceeded: 'the code runs out of time',
  memory_limit_exceeded: 'the code runs out of memory',
  output_limit_exceeded: 'the code prints too much',
  syntax_error: 'Python cannot read the code',
  rejected: 'the code was not run',
};

type Templates = { [K in CommentId]: (params: CommentParams[K], level: HintLevel) => string };

const TEMPLATES: Templates = {
  'summary.finding': (p) =>
    `**Summary:** the most important issue is on line ${p.line}: ${PATTERN_PROSE[p.pattern].title} (${SEVERITY_LABEL[p.severity]}).`,
  'summary.verdict': (p) => `**Summary:** ${VERDICT_WORDS[p.verdict] ?? p.verdict} (${p.passed} of ${p.total} tests pass).`,
  'summary.accepted': (p) => `**Summary:** accepted${p.total === 1 ? '' : `, all ${p.total} tests pass`}.`,
  'verdict.syntax-error': (p) => VERDICT_PROSE.syntaxError(p),
  'verdict.rejected': (p) => VERDICT_PROSE.rejected(p),
  'verdict.runtime-error': (p) => VERDICT_PROSE.runtimeError(p),
  'verdict.wrong-answer': (p) => VERDICT_PROSE.wrongAnswer(p),
  'verdict.time-limit': (p) => VERDICT_PROSE.timeLimit(p),
  'verdict.memory-limit': (p) => VERDICT_PROSE.memoryLimit(p),
  'verdict.output-limit': (p) => VERDICT_PROSE.outputLimit(p),
  'verdict.accepted': (p) => VERDICT_PROSE.accepted(p),
  'complexity.measured': (p) => VERDICT_PROSE.complexity(p),
  finding: (p, level) => {
    const prose = PATTERN_PROSE[p.pattern];
    const lines = [`### Line ${p.line}: ${prose.title}`, p.message];
    const evidence = describeEvidence(p);
    if (evidence) lines.push(evidence);
    lines.push(`**Why it matters in an interview:** ${prose.why}`);
    const measured = p.growth?.measured;
    lines.push(`**${HINT_LABEL[level]}:** ${prose.hints[level]({ line: p.line, measured, acceptable: p.acceptable })}`);
    return lines.join('\n\n');
  },
};

function describeEvidence(p: FindingParams): string | null {
  const parts: string[] = [];
  const test = p.test;
  // The analyzer's message often names the test already; then only what it leaves out is added.
  const where = test && new RegExp(`\\btest ${test.id}\\b`).test(p.message) ? 'There' : test ? `On ${nameTest(test)}` : '';
  if (test?.expected !== undefined && test.status === 'failed') {
    parts.push(`${where} the expected answer is ${test.expected}, but the code returned ${test.actual}.`);
  } else if (test?.status === 'error' && test.error) {
    parts.push(`${where} the code raised ${test.error.type}${test.error.message ? `: ${test.error.message}` : ''}.`);
  } else if (test?.status === 'timeout') {
    parts.push(`${where} the code ran out of time.`);
  }
  if (p.growth) {
    parts.push(
      `Measured at growing input sizes, the work grows like ${p.growth.measured}${p.growth.acceptable ? `, while this problem needs ${p.growth.acceptable}` : ''}.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

export function renderComment(comment: Comment, level: HintLevel): string {
  const template = TEMPLATES[comment.id] as (params: Comment['params'], level: HintLevel) => string;
  return template(comment.params, level);
}
