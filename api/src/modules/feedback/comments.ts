// Rule-based feedback as Exercism-style comments: each has a stable id, typed parameters and a
// severity; `renderComment` turns one into Markdown at the learner's depth, so the prose lives in
// the detectors' docs (a pattern's title and why), pattern-prose.ts (its hints) and
// verdict-templates.ts, and nowhere in the selection logic.
import { type DetectorDocs, EDGE_TAG_WORDS, type PatternId, patternDocs, type Severity, type TimeClass } from '../../../../analyzer/src/index.js';
import type { FailingTest } from './failing-tests.js';
import type { ExplanationDepth, HintLevel } from './feedback-types.js';
import type { InputContrast } from './input-contrast.js';
import { LOSSY_CONTAINER_PROSE, PATTERN_PROSE } from './pattern-prose.js';
import { nameTest, resultLine, type ResultParams, VERDICT_PROSE } from './verdict-templates.js';

export interface FindingParams {
  pattern: PatternId;
  /** The line of the mistake, or null when the finding names no single line. */
  line: number | null;
  /** The analyzer's message, which already names the line's specifics (variable, loop, cost). */
  message: string;
  /** A failing test the finding points at (evidence `test:<id>`), when the learner may see it. */
  test?: FailingTest;
  /** The measured growth when the finding rests on it (evidence `growth`). */
  growth?: { measured: TimeClass; acceptable?: TimeClass };
  acceptable?: TimeClass;
  /**
   * The main finding: only it says why it matters in an interview (once is enough) and climbs the
   * hint ladder; the others keep the first rung.
   */
  main: boolean;
  /** For a main finding that the algorithm is too slow: the problem's own hint at the faster idea. */
  idea?: string;
  /** A container that loses what the answer needs (wrong answers, not slowness): its own why and hints. */
  lossy?: boolean;
}

/** Every comment id with the parameters its template takes. */
export interface CommentParams {
  result: ResultParams;
  'verdict.syntax-error': { line: number | null; column: number | null; message: string };
  'verdict.rejected': { line: number | null; rule: string; message: string };
  'verdict.nothing-to-call': { message: string };
  // `explainedBelow`: a finding quotes this test in full, so the verdict only names it.
  'verdict.runtime-error': { test: FailingTest | null; type: string; message: string; line: number | null; explainedBelow: boolean };
  'verdict.wrong-answer': { test: FailingTest | null; explainedBelow: boolean };
  'verdict.time-limit': { test: FailingTest | null; large: boolean; explainedBelow: boolean };
  'verdict.memory-limit': { test: FailingTest | null };
  'verdict.output-limit': { test: FailingTest | null };
  'verdict.accepted': { time?: TimeClass; optimal?: TimeClass; findings: number; complexityInFinding: boolean };
  contrast: { contrast: InputContrast | null };
  'complexity.too-slow': { time: TimeClass; acceptable: TimeClass; source: string };
  finding: FindingParams;
  /** `message`: the finding's own words, when its advice differs from the explained finding's of the same pattern. */
  'finding.also': { pattern: PatternId; line: number | null; message?: string };
}

export type CommentId = keyof CommentParams;
export type Comment = { [K in CommentId]: { id: K; severity: Severity; params: CommentParams[K] } }[CommentId];

/** The id a learner-facing tool would key on: `finding.off-by-one` rather than `finding`. */
export function stableCommentId(comment: Comment): string {
  return comment.id === 'finding' || comment.id === 'finding.also' ? `finding.${comment.params.pattern}` : comment.id;
}

/** The one severity scale every reply uses: does it make tests fail, or would an interviewer object. */
export const SEVERITY_LABEL: Record<Severity, string> = { critical: 'must fix', warning: 'should fix', info: 'minor' };
const HINT_LABEL: Record<HintLevel, string> = { 1: 'Hint', 2: 'Going further', 3: 'Step by step' };
// One label at every depth: the why is the detector's, and not every pattern's why is about interviews.
const WHY_LABEL = 'Why it matters';
/** Which of the detector's wordings of the why each depth reads. */
const WHY_AT_DEPTH: Record<ExplanationDepth, (docs: DetectorDocs) => string> = {
  eli5: (docs) => docs.plainWhy,
  intermediate: (docs) => docs.why,
  expert: (docs) => docs.expertWhy,
};

type Templates = { [K in CommentId]: (params: CommentParams[K], severity: Severity, level: HintLevel, depth: ExplanationDepth) => string };

const TEMPLATES: Templates = {
  result: (p, _s, _l, depth) => resultLine(p, depth),
  'verdict.syntax-error': (p, _s, _l, depth) => VERDICT_PROSE.syntaxError(p, depth),
  'verdict.rejected': (p, _s, _l, depth) => VERDICT_PROSE.rejected(p, depth),
  'verdict.nothing-to-call': (p, _s, _l, depth) => VERDICT_PROSE.nothingToCall(p, depth),
  'verdict.runtime-error': (p, _s, _l, depth) => VERDICT_PROSE.runtimeError(p, depth),
  'verdict.wrong-answer': (p) => VERDICT_PROSE.wrongAnswer(p),
  'verdict.time-limit': (p, _s, _l, depth) => VERDICT_PROSE.timeLimit(p, depth),
  'verdict.memory-limit': (p, _s, _l, depth) => VERDICT_PROSE.memoryLimit(p, depth),
  'verdict.output-limit': (p) => VERDICT_PROSE.outputLimit(p),
  'verdict.accepted': (p, _s, _l, depth) => VERDICT_PROSE.accepted(p, depth),
  contrast: (p, _s, _l, depth) => VERDICT_PROSE.contrast(p, depth),
  'complexity.too-slow': (p, _s, _l, depth) => VERDICT_PROSE.tooSlow(p, depth),
  finding: (p, severity, level, depth) => {
    const { title, docs } = patternDocs(p.pattern);
    const prose = p.lossy ? LOSSY_CONTAINER_PROSE[depth] : PATTERN_PROSE[p.pattern][depth];
    const heading = `### ${p.line !== null ? `Line ${p.line}: ` : ''}${title} (${SEVERITY_LABEL[severity]})`;
    const body = [withoutLeadingLine(p.message, p.line), describeEvidence(p)].filter(Boolean).join(' ');
    const lines = [heading, body];
    if (p.main) lines.push(`**${WHY_LABEL}:** ${p.lossy ? LOSSY_CONTAINER_PROSE[depth].why : WHY_AT_DEPTH[depth](docs)}`);
    const rung = p.main ? level : 1;
    // "a value at the boundary" names no case a learner could look for: only the specific edges.
    const edge = p.test?.tags
      .filter((tag) => tag !== 'edge:boundary')
      .map((tag) => EDGE_TAG_WORDS[tag])
      .find(Boolean);
    lines.push(`**${HINT_LABEL[rung]}:** ${p.idea ?? prose.hints[rung]({ line: p.line, measured: p.growth?.measured, acceptable: p.acceptable, edge })}`);
    return lines.join('\n\n');
  },
  'finding.also': (p, severity) =>
    p.message
      ? `Also ${p.line !== null ? `at line ${p.line}` : 'here'} (${SEVERITY_LABEL[severity]}): ${lowerFirst(withoutLeadingLine(p.message, p.line))}`
      : `Also worth a look${p.line !== null ? ` at line ${p.line}` : ''}: ${lowerFirst(patternDocs(p.pattern).title)} (${SEVERITY_LABEL[severity]}).`,
};

/** The heading names the line; a message that opens with the same "Line 7:" would say it twice. */
function withoutLeadingLine(message: string, line: number | null): string {
  if (line === null) return message;
  const stripped = message.replace(new RegExp(`^Line ${line}:\\s*`), '');
  return stripped === message ? message : capitalize(stripped);
}

function describeEvidence(p: FindingParams): string | null {
  const parts: string[] = [];
  const test = p.test;
  // The analyzer's message often names the test already; then only what it leaves out is added.
  const named = test !== undefined && new RegExp(`\\btest ${test.id}\\b`, 'i').test(p.message);
  // A large input says nothing when quoted: its name and tag do. The message may end on advice,
  // so a test it named is named again rather than pointed back to.
  const where = named ? `On test ${test.id}` : test?.tags.includes('large') ? `On the large test ${test.id}` : test ? `On ${nameTest(test)}` : '';
  if (test?.expected !== undefined && test.status === 'failed') {
    if (!(named && test.actual !== undefined && p.message.includes(test.actual)))
      parts.push(`${where} the expected answer is ${test.expected}, but the code returned ${test.actual}.`);
  } else if (test?.status === 'error' && test.error) {
    if (!(named && p.message.includes(test.error.type)))
      parts.push(`${where} the code raised ${test.error.type}${test.error.message ? ` (${test.error.message})` : ''}.`);
  } else if (test?.status === 'timeout' && !named && !p.message.includes('ran out of time')) {
    parts.push(`${where} the code ran out of time.`);
  }
  // Complexity is stated once: a message that names both classes already did, and a finding
  // below the main one leaves the measurement to it.
  const stated = p.growth !== undefined && p.message.includes(p.growth.measured) && (!p.growth.acceptable || p.message.includes(p.growth.acceptable));
  if (p.growth && !stated && p.main) {
    parts.push(
      `Measured at growing input sizes, the work grows like ${p.growth.measured}${p.growth.acceptable ? `, while this problem needs ${p.growth.acceptable}` : ''}.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

export function renderComment(comment: Comment, level: HintLevel, depth: ExplanationDepth): string {
  const template = TEMPLATES[comment.id] as (params: Comment['params'], severity: Severity, level: HintLevel, depth: ExplanationDepth) => string;
  return template(comment.params, comment.severity, level, depth);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
