// Rule-based feedback: the embedded default and the fallback of model feedback. Pure and
// synchronous, so the CLI can print it without a server. It picks comments from the verdict and
// the analyzer's findings (most severe first), sums them up from the most severe one, and renders
// them through the templates.
import type { Finding, Severity } from '../../../../analyzer/src/types.js';
import { type Comment, renderComment, stableCommentId } from './comments.js';
import { type FailingTest, failingTests } from './failing-tests.js';
import type { FeedbackInput, HintLevel } from './feedback-types.js';

export interface RulesFeedback {
  source: 'rules';
  model: null;
  text: string;
  level: HintLevel;
  /** The comments behind the text, by stable id, for tools that localise or count them. */
  comments: Array<{ id: string; severity: Severity; params: unknown }>;
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Most severe first; among equals the most confident, then the earliest line. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.confidence - a.confidence || a.line - b.line,
  );
}

export function rulesFeedback(input: FeedbackInput): RulesFeedback {
  const level = input.level ?? 1;
  const comments = selectComments(input);
  return {
    source: 'rules',
    model: null,
    level,
    text: comments.map((comment) => renderComment(comment, level)).join('\n\n'),
    comments: comments.map((comment) => ({ id: stableCommentId(comment), severity: comment.severity, params: comment.params })),
  };
}

function selectComments(input: FeedbackInput): Comment[] {
  const { report, complexity, problem } = input;
  const failing = failingTests(report, problem.params);
  const findings = bySeverity(input.findings);
  const counts = { passed: report.passed, total: report.total };
  const findingComments = withGrowthOnce(findings.map((finding) => findingComment(finding, input, failing)));
  const quoted = new Set(findingComments.flatMap((comment) => (comment.id === 'finding' && comment.params.test ? [comment.params.test.id] : [])));
  const verdict = verdictComment(input, failing, findings.length, quoted);
  const unreadable = report.verdict === 'syntax_error' || report.verdict === 'rejected';

  const summary: Comment =
    !unreadable && findings.length > 0
      ? { id: 'summary.finding', severity: findings[0].severity, params: { pattern: findings[0].id, line: findings[0].line, severity: findings[0].severity } }
      : report.verdict === 'accepted'
        ? { id: 'summary.accepted', severity: 'info', params: { total: report.total } }
        : { id: 'summary.verdict', severity: 'critical', params: { verdict: nothingToCall(report) ? 'entry_point_not_found' : report.verdict, ...counts } };

  const comments: Comment[] = [summary, verdict];
  if (unreadable) return comments;
  comments.push(...findingComments);
  const growthShown = findingComments.some((comment) => comment.id === 'finding' && comment.params.growth);
  if (complexity && report.verdict !== 'accepted' && !growthShown) {
    comments.push({
      id: 'complexity.measured',
      severity: 'info',
      params: { time: complexity.time, acceptable: complexity.acceptable ?? problem.acceptable, source: complexity.source },
    });
  }
  return comments;
}

function verdictComment(input: FeedbackInput, failing: FailingTest[], findingCount: number, quoted: Set<string>): Comment {
  const { report, complexity, problem } = input;
  const first = failing[0] ?? null;
  const firstWith = (status: FailingTest['status']) => failing.find((test) => test.status === status) ?? first;
  switch (report.verdict) {
    case 'syntax_error': {
      const detail = report.syntaxError ?? { line: null, column: null, message: 'invalid syntax' };
      return { id: 'verdict.syntax-error', severity: 'critical', params: detail };
    }
    case 'rejected': {
      const detail = report.rejection ?? { line: null, rule: 'policy', message: 'the code uses something the judge does not allow' };
      return { id: 'verdict.rejected', severity: 'critical', params: detail };
    }
    case 'runtime_error': {
      const test = firstWith('error');
      const error = test?.error ?? { type: 'Exception', message: '', line: null };
      const explainedBelow = test !== null && quoted.has(test.id);
      return { id: 'verdict.runtime-error', severity: 'critical', params: { test, type: error.type, message: error.message, line: error.line, explainedBelow } };
    }
    case 'time_limit_exceeded': {
      const test = firstWith('timeout');
      const explainedBelow = test !== null && quoted.has(test.id);
      return { id: 'verdict.time-limit', severity: 'critical', params: { test, large: test?.tags.includes('large') ?? true, explainedBelow } };
    }
    case 'memory_limit_exceeded':
      return { id: 'verdict.memory-limit', severity: 'critical', params: { test: first } };
    case 'output_limit_exceeded':
      return { id: 'verdict.output-limit', severity: 'critical', params: { test: first } };
    case 'accepted':
      return {
        id: 'verdict.accepted',
        severity: 'info',
        params: {
          passed: report.passed,
          total: report.total,
          time: complexity?.time,
          optimal: complexity?.optimal ?? problem.optimal,
          findings: findingCount,
        },
      };
    default:
      return {
        id: 'verdict.wrong-answer',
        severity: 'critical',
        params: { test: first, passed: report.passed, total: report.total, explainedBelow: first !== null && quoted.has(first.id) },
      };
  }
}

/** The measured growth is stated once, with the most severe finding that rests on it. */
function withGrowthOnce(comments: Comment[]): Comment[] {
  let stated = false;
  return comments.map((comment) => {
    if (comment.id !== 'finding' || !comment.params.growth) return comment;
    if (!stated) {
      stated = true;
      return comment;
    }
    return { ...comment, params: { ...comment.params, growth: undefined } };
  });
}

function findingComment(finding: Finding, input: FeedbackInput, failing: FailingTest[]): Comment {
  const testIds = finding.evidence.filter((e) => e.startsWith('test:')).map((e) => e.slice('test:'.length));
  // Prefer a test whose input the learner can see: the explanation can then quote it.
  const named = failing.filter((test) => testIds.includes(test.id));
  const test = named.find((t) => t.input !== undefined) ?? named[0];
  const acceptable = input.complexity?.acceptable ?? input.problem.acceptable;
  const growth =
    finding.evidence.includes('growth') && input.complexity ? { measured: input.complexity.time, acceptable } : undefined;
  return {
    id: 'finding',
    severity: finding.severity,
    params: { pattern: finding.id, line: finding.line, message: finding.message, test, growth, acceptable },
  };
}

/** The code loaded but defines nothing the judge can call: no test ran at all. */
function nothingToCall(report: FeedbackInput['report']): boolean {
  return report.verdict === 'runtime_error' && report.tests.length > 0 && report.tests.every((t) => t.error?.type === 'EntryPointNotFound');
}
