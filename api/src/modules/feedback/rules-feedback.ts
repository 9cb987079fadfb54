// Rule-based feedback: the embedded default and the fallback of model feedback. Pure and
// synchronous, so the CLI can print it without a server. It composes the reply from what was
// seen: the result (what is right, then what is wrong, once), the verdict only where no finding
// explains it, each finding at the line of the mistake (the first with why it matters), a contrast
// with the passing tests when nothing else explains a failure, and complexity only where it is the
// verdict. One severity scale: must fix (makes tests fail), should fix, minor.
import { type Finding, judgeCouldNotCall, type PatternId, type Severity, severityRank, TIME_CLASSES } from '../../../../analyzer/src/index.js';
import { type Comment, renderComment, stableCommentId } from './comments.js';
import { type FailingTest, failingTests } from './failing-tests.js';
import type { ExplanationDepth, FeedbackInput, HintLevel } from './feedback-types.js';
import { contrastWithPassing } from './input-contrast.js';

export interface RulesFeedback {
  source: 'rules';
  model: null;
  text: string;
  level: HintLevel;
  depth: ExplanationDepth;
  /** The comments behind the text, by stable id, for tools that localise or count them. */
  comments: Array<{ id: string; severity: Severity; params: unknown }>;
}

/** Findings shown in full; the rest get one line each, so a typical reply stays near 150 words. */
const FULL_FINDINGS = 2;
const COMPLEXITY_PATTERNS: ReadonlySet<PatternId> = new Set<PatternId>(['suboptimal-complexity', 'inefficient-loop', 'wrong-data-structure']);

/** Most severe first; among equals the most confident, then the earliest line. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.confidence - a.confidence || a.line - b.line);
}

export function rulesFeedback(input: FeedbackInput): RulesFeedback {
  const level = input.level ?? 1;
  const depth = input.depth ?? 'intermediate';
  const comments = selectComments(input);
  return {
    source: 'rules',
    model: null,
    level,
    depth,
    text: comments.map((comment) => renderComment(comment, level, depth)).join('\n\n'),
    comments: comments.map((comment) => ({ id: stableCommentId(comment), severity: comment.severity, params: comment.params })),
  };
}

function selectComments(input: FeedbackInput): Comment[] {
  const { report } = input;
  if (report.verdict === 'syntax_error') {
    const detail = report.syntaxError ?? { line: null, column: null, message: 'invalid syntax' };
    return [{ id: 'verdict.syntax-error', severity: 'critical', params: detail }];
  }
  if (report.verdict === 'rejected') {
    const detail = report.rejection ?? { line: null, rule: 'policy', message: 'the code uses something the judge does not allow' };
    return [{ id: 'verdict.rejected', severity: 'critical', params: detail }];
  }
  const nothing = nothingToCall(report, input.problem);
  if (nothing) return [{ id: 'verdict.nothing-to-call', severity: 'critical', params: { message: nothing } }];

  const failing = failingTests(report, input.problem.params);
  const findings = shownFindings(input, failing);
  const comments: Comment[] = [resultComment(input, findings)];
  const quoted = new Set(findings.flatMap((f) => (f.test ? [f.test.id] : [])));
  const verdict = verdictComment(input, failing, findings, quoted);
  if (verdict) comments.push(verdict);
  // A failure no finding explains still teaches: what sets its input apart from the passing ones.
  const first = failing[0];
  const smallTimeout = report.verdict === 'time_limit_exceeded' && first !== undefined && !first.tags.includes('large');
  if (first && (report.verdict !== 'time_limit_exceeded' || smallTimeout) && findings.length === 0) {
    comments.push({ id: 'contrast', severity: 'critical', params: { contrast: contrastWithPassing(report, first.id, input.problem.params) } });
  }
  // A second finding of a pattern already explained gets one line: its hint would say it again.
  // Its own advice is kept when it differs (a suffix maximum needs a backward pass where the
  // prefix beside it needs a running value): a learner who fixes only the first stays slow.
  const explained = new Map<string, string>();
  findings.forEach((f, i) => {
    if (i < FULL_FINDINGS && !explained.has(f.finding.id)) {
      explained.set(f.finding.id, adviceOf(f.finding.message));
      const main = i === 0;
      const idea = main && f.finding.id === 'suboptimal-complexity' ? fasterIdea(input) : undefined;
      comments.push({
        id: 'finding',
        severity: f.severity,
        params: {
          pattern: f.finding.id,
          line: f.line,
          message: f.finding.message,
          test: f.test,
          growth: f.growth,
          acceptable: f.acceptable,
          main,
          idea,
          lossy: losesWhatTheAnswerNeeds(f.finding),
        },
      });
    } else {
      const advice = adviceOf(f.finding.message);
      const ownAdvice = explained.has(f.finding.id) && explained.get(f.finding.id) !== advice ? f.finding.message : undefined;
      comments.push({ id: 'finding.also', severity: f.severity, params: { pattern: f.finding.id, line: f.line, message: ownAdvice } });
    }
  });
  const slow = tooSlow(input, findings);
  if (slow) comments.push(slow);
  return comments;
}

/** A wrong-data-structure finding shown by wrong answers (not by cost): the container forgets something. */
function losesWhatTheAnswerNeeds(finding: Finding): boolean | undefined {
  return finding.id === 'wrong-data-structure' && finding.evidence.some((e) => e.startsWith('test:')) ? true : undefined;
}

/**
 * The problem's hint that names the faster idea (its second rung), or the plan (its last) once the
 * learner asked to go deeper; none when the problem has no ladder.
 */
function fasterIdea(input: FeedbackInput): string | undefined {
  const hints = input.problem.hints ?? [];
  if (hints.length < 2) return undefined;
  return (input.level ?? 1) === 1 ? hints[1] : hints[hints.length - 1];
}

interface ShownFinding {
  finding: Finding;
  /** The severity on the one scale: `critical` only for what makes tests fail. */
  severity: Severity;
  line: number | null;
  test?: FailingTest;
  growth?: { measured: NonNullable<FeedbackInput['complexity']>['time']; acceptable?: FeedbackInput['problem']['acceptable'] };
  acceptable?: FeedbackInput['problem']['acceptable'];
}

function shownFindings(input: FeedbackInput, failing: FailingTest[]): ShownFinding[] {
  const accepted = input.report.verdict === 'accepted';
  const acceptable = input.complexity?.acceptable ?? input.problem.acceptable;
  let growthStated = false;
  const shown = input.findings.map((finding): ShownFinding => {
    const testIds = finding.evidence.filter((e) => e.startsWith('test:')).map((e) => e.slice('test:'.length));
    // Prefer a test whose input the learner can see: the explanation can then quote it.
    const named = failing.filter((test) => testIds.includes(test.id));
    const test = named.find((t) => t.input !== undefined) ?? named[0];
    const slowAndAboutCost = input.report.verdict === 'time_limit_exceeded' && COMPLEXITY_PATTERNS.has(finding.id) && finding.severity !== 'info';
    const explainsFailure = !accepted && (test !== undefined || slowAndAboutCost);
    // Only what makes tests fail is a must-fix; anything else is at most a should-fix.
    const severity: Severity = explainsFailure ? 'critical' : finding.severity === 'critical' ? 'warning' : finding.severity;
    const aboutCost =
      COMPLEXITY_PATTERNS.has(finding.id) &&
      input.findings.some((f) => f.id === 'suboptimal-complexity' && f.line === finding.line && f.evidence.includes('growth'));
    const growth = (finding.evidence.includes('growth') || aboutCost) && input.complexity ? { measured: input.complexity.time, acceptable } : undefined;
    return { finding, severity, line: finding.line, test, growth, acceptable };
  });
  const ordered = [...shown].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
      b.finding.confidence - a.finding.confidence ||
      (a.line ?? 0) - (b.line ?? 0),
  );
  // "Slower than allowed" on the line where a loop repeats work or a container costs says the
  // same thing less precisely: the specific finding stands for both.
  const specific = new Set(ordered.filter((f) => f.finding.id === 'inefficient-loop' || f.finding.id === 'wrong-data-structure').map((f) => f.line));
  const distinct = ordered.filter((f) => f.finding.id !== 'suboptimal-complexity' || !specific.has(f.line));
  // A container that does not fit and a loop that repeats work, both on the same call
  // (`nums.count(value)` in a loop), are one mistake told twice: the first one shown stands.
  const costlyLines = new Set<number | null>();
  const told = distinct.filter((f) => {
    if (f.finding.id !== 'inefficient-loop' && f.finding.id !== 'wrong-data-structure') return true;
    if (costlyLines.has(f.line)) return false;
    costlyLines.add(f.line);
    return true;
  });
  // The measured growth is stated once, with the most severe finding that rests on it.
  return told.map((f) => {
    if (!f.growth) return f;
    if (growthStated) return { ...f, growth: undefined };
    growthStated = true;
    return f;
  });
}

function resultComment(input: FeedbackInput, findings: ShownFinding[]): Comment {
  const { report } = input;
  const severity: Severity = report.verdict === 'accepted' ? (findings[0]?.severity ?? 'info') : 'critical';
  const examples = report.tests.filter((t) => t.tags.includes('example'));
  const examplesPass = examples.length > 0 && examples.every((t) => t.status === 'passed');
  return {
    id: 'result',
    severity,
    params: { passed: report.passed, total: report.total, verdict: verdictWords(report), examplesPass },
  };
}

/** The verdict in words, with how many tests it covers where that is known: "3 answers are wrong". */
function verdictWords(report: FeedbackInput['report']): string {
  const count = (status: string) => report.tests.filter((test) => test.status === status).length;
  const wrong = count('failed');
  const crashed = count('error');
  const answers = wrong === 1 ? 'one answer is wrong' : `${wrong} answers are wrong`;
  const crashes = `the code crashes on ${crashed === 1 ? 'one test' : `${crashed} tests`}`;
  // Both kinds of failure are counted: a learner who fixes the wrong answers must not be surprised by the crash.
  if (report.verdict === 'wrong_answer' && wrong > 0) return crashed > 0 ? `${answers} and ${crashes}` : answers;
  if (report.verdict === 'runtime_error' && crashed > 0) return wrong > 0 ? `${crashes} and ${answers}` : crashes;
  return VERDICT_WORDS[report.verdict] ?? report.verdict;
}

const VERDICT_WORDS: Record<string, string> = {
  accepted: 'the code is accepted',
  wrong_answer: 'some answers are wrong',
  runtime_error: 'the code crashes on a test',
  time_limit_exceeded: 'the code runs out of time',
  memory_limit_exceeded: 'the code runs out of memory',
  output_limit_exceeded: 'the code prints too much',
};

/** What happened, unless a finding already quotes the failing test in full (then it says nothing). */
function verdictComment(input: FeedbackInput, failing: FailingTest[], findings: ShownFinding[], quoted: Set<string>): Comment | null {
  const { report, complexity, problem } = input;
  const first = failing[0] ?? null;
  const firstWith = (status: FailingTest['status']) => failing.find((test) => test.status === status) ?? first;
  switch (report.verdict) {
    case 'runtime_error': {
      const test = firstWith('error');
      if (test && quoted.has(test.id)) return null;
      const error = test?.error ?? { type: 'Exception', message: '', line: null };
      return {
        id: 'verdict.runtime-error',
        severity: 'critical',
        params: { test, type: error.type, message: error.message, line: error.line, explainedBelow: false },
      };
    }
    case 'time_limit_exceeded': {
      const test = firstWith('timeout');
      if (findings.some((f) => COMPLEXITY_PATTERNS.has(f.finding.id)) || (test && quoted.has(test.id))) return null;
      return { id: 'verdict.time-limit', severity: 'critical', params: { test, large: test?.tags.includes('large') ?? true, explainedBelow: false } };
    }
    case 'memory_limit_exceeded':
      return { id: 'verdict.memory-limit', severity: 'critical', params: { test: first } };
    case 'output_limit_exceeded':
      return { id: 'verdict.output-limit', severity: 'critical', params: { test: first } };
    case 'accepted': {
      // Complexity is stated once: a finding about cost states it already.
      const complexityInFinding = findings.some((f) => COMPLEXITY_PATTERNS.has(f.finding.id));
      return {
        id: 'verdict.accepted',
        severity: 'info',
        params: { time: complexity?.time, optimal: complexity?.optimal ?? problem.optimal, findings: findings.length, complexityInFinding },
      };
    }
    default:
      if (first && quoted.has(first.id)) return null;
      return { id: 'verdict.wrong-answer', severity: 'critical', params: { test: first, explainedBelow: false } };
  }
}

/**
 * Complexity on a failing reply only when it is the cause: a time limit, measured slower than the
 * problem needs, with no finding that states it. Never praise for code that fails.
 */
function tooSlow(input: FeedbackInput, findings: ShownFinding[]): Comment | null {
  const { complexity, report, problem } = input;
  const acceptable = complexity?.acceptable ?? problem.acceptable;
  if (report.verdict !== 'time_limit_exceeded' || !complexity || !acceptable) return null;
  if (findings.some((f) => f.growth || COMPLEXITY_PATTERNS.has(f.finding.id))) return null;
  if (TIME_CLASSES.indexOf(complexity.time) <= TIME_CLASSES.indexOf(acceptable)) return null;
  return { id: 'complexity.too-slow', severity: 'critical', params: { time: complexity.time, acceptable, source: complexity.source } };
}

/** The code loaded but the judge could call nothing in it: what to define, else null. */
function nothingToCall(report: FeedbackInput['report'], problem: FeedbackInput['problem']): string | null {
  const calledNothing = report.verdict === 'runtime_error' && report.tests.length > 0 && report.tests.every((t) => judgeCouldNotCall(t.error));
  if (!calledNothing) return null;
  const error = report.tests[0].error!;
  if (error.type === 'EntryPointNotFound') return error.message || 'define the function the problem names';
  // Defined, but with other parameters than the judge passes.
  const method = /^Solution\.(\w+)\(/.exec(error.message)?.[1];
  const signature = method ? `${method}(self, ${problem.params.join(', ')})` : `${problem.entryPoint}(${problem.params.join(', ')})`;
  return `define \`${signature}\` with exactly these parameters: the judge calls it with ${problem.params.length === 1 ? 'one argument' : `${problem.params.length} arguments`}, and Python said "${error.message}"`;
}

/** The last sentence of a finding's message: what it tells the learner to do. */
function adviceOf(message: string): string {
  const sentences = message.trim().split(/(?<=[.!?])\s+(?=[A-Z`])/);
  return sentences[sentences.length - 1] ?? message;
}
