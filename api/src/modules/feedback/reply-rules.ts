// The mechanical rules every reply keeps, rule-based or from a model: nothing of the grader's
// internals, no sentence said twice, one severity scale used consistently with the verdict, no
// praise of the complexity of code that fails, and a length a learner reads to the end. The
// review set's test applies them to every reply at every depth; the model's output check
// applies them before a learner sees an answer.
import { SEVERITIES } from '../../../../analyzer/src/index.js';
import type { Verdict } from '../judge/index.js';
import { SEVERITY_LABEL } from './comments.js';
import type { HintLevel } from './feedback-types.js';

/** Words a learner has never seen and must never read: the grader's internals. */
const INTERNAL_WORDS = /\b(reference (solution|implementation)|mutants?|mutation|probes?)\b/i;
/** Severity words of the one scale, most severe first; the old scale's words must not come back. */
const LABELS = SEVERITIES.map((severity) => SEVERITY_LABEL[severity]);
const SEVERITY_WORDS = new RegExp(`\\((${LABELS.join('|')})\\)`, 'g');
const OTHER_SCALE = new RegExp(`\\((${[...SEVERITIES, 'worth fixing'].join('|')})\\)`, 'i');
/** Praise of complexity: only an accepted reply may say the class is fine. */
const COMPLEXITY_PRAISE = /\b(which is optimal|which is accepted|this problem accepts|this is accepted)\b/i;
/** Words of a reply by hint rung: a typical first reply is near 150; deeper rungs explain more. */
export const MAX_REPLY_WORDS: Record<HintLevel, number> = { 1: 230, 2: 280, 3: 330 };

export interface ReplyContext {
  verdict: Verdict;
  level?: HintLevel;
}

export function wordCount(text: string): number {
  return text.replace(/[#*`]/g, ' ').split(/\s+/).filter(Boolean).length;
}

/** Sentences of prose, outside code: the unit of "said twice". */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(SEVERITY_WORDS, ' ')
    .split(/\n+/)
    .flatMap((line) => line.replace(/^#+\s*|\*\*[^*]+:\*\*\s*/g, '').split(/(?<=[.!?])\s+(?=[A-Z`(])/))
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 25);
}

/** What a reply breaks, in words; empty when it keeps every rule. */
export function replyProblems(text: string, context: ReplyContext): string[] {
  const problems: string[] = [];
  const internal = INTERNAL_WORDS.exec(text);
  if (internal) problems.push(`names the grader's internals ("${internal[0]}")`);
  const seen = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    if (seen.has(sentence)) problems.push(`says twice: "${sentence.slice(0, 60)}"`);
    seen.add(sentence);
  }
  if (OTHER_SCALE.test(text)) problems.push('uses a severity word outside the one scale');
  const severities = [...text.matchAll(SEVERITY_WORDS)].map((m) => m[1]);
  if (context.verdict === 'accepted' && severities.includes(SEVERITY_LABEL.critical))
    problems.push(`calls something "${SEVERITY_LABEL.critical}" in accepted code`);
  const rank = severities.map((s) => LABELS.indexOf(s));
  if (rank.some((r, i) => i > 0 && r < rank[i - 1])) problems.push('puts a more severe point after a less severe one');
  if (context.verdict !== 'accepted' && COMPLEXITY_PRAISE.test(text)) problems.push('praises the complexity of code that fails');
  const words = wordCount(text);
  const limit = MAX_REPLY_WORDS[context.level ?? 1];
  if (words > limit) problems.push(`is ${words} words long (at most ${limit})`);
  return problems;
}
