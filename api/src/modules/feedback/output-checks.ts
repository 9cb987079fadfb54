// Checks on a model's answer before a learner keeps it: an answer that hands over a solution,
// talks past every detected pattern, or breaks the rules every reply keeps (reply-rules.ts: the
// grader's internals, a sentence twice, praise for failing code, length) is replaced by
// rule-based feedback. The checks are
// deliberately blunt (a long code block is refused even when it might be fine): a tutor that
// gives away the answer costs more than one that is sometimes terse.
import type { Finding, PatternId } from '../../../../analyzer/src/index.js';
import type { Verdict } from '../judge/index.js';
import type { HintLevel } from './feedback-types.js';
import { replyProblems } from './reply-rules.js';

/** Lines a function body may have in an answer before it counts as a solution. */
export const MAX_BODY_LINES = 3;
/** Lines of loose code (no def) an answer may show before it counts as a solution. */
export const MAX_LOOSE_LINES = 6;

export type OutputProblem = 'gave-solution' | 'ignored-findings' | 'broke-reply-rules';

/** Runs code against the problem's public tests; true when it would be accepted. */
export type SolutionProbe = (code: string) => Promise<boolean>;

export interface OutputContext {
  entryPoint: string;
  findings: readonly Finding[];
  /** The verdict and rung the answer was written for, when the reply rules are to be checked. */
  verdict?: Verdict;
  level?: HintLevel;
  wouldPass?: SolutionProbe;
}

export async function checkAnswer(text: string, context: OutputContext): Promise<OutputProblem | null> {
  for (const block of codeBlocks(text)) {
    if (await isSolution(block, context)) return 'gave-solution';
  }
  if (context.findings.length > 0 && !context.findings.some((finding) => mentionsFinding(text, finding))) return 'ignored-findings';
  if (context.verdict && replyProblems(text, { verdict: context.verdict, level: context.level }).length > 0) return 'broke-reply-rules';
  return null;
}

export async function isSolution(block: string, context: Pick<OutputContext, 'entryPoint' | 'wouldPass'>): Promise<boolean> {
  if (looksLikeSolution(block, context.entryPoint)) return true;
  if (!context.wouldPass || !definesFunction(block, context.entryPoint)) return false;
  try {
    return await context.wouldPass(block);
  } catch {
    return false;
  }
}

/** Code in an answer: fenced blocks, and unfenced `def` lines with their indented bodies. */
export function codeBlocks(text: string): string[] {
  const blocks: string[] = [];
  const outside = text.replace(/(```|~~~)[^\n]*\n([\s\S]*?)(?:\1|$)/g, (_, _fence, body: string) => {
    blocks.push(body);
    return '\n';
  });
  const lines = outside.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const def = /^(\s*)def\s+\w+\s*\(.*\)\s*(->.*)?:\s*$/.exec(lines[i]);
    if (!def) continue;
    const body = [lines[i]];
    while (i + 1 < lines.length && (lines[i + 1].trim() === '' || indentOf(lines[i + 1]) > def[1].length)) body.push(lines[++i]);
    blocks.push(body.join('\n'));
  }
  return blocks;
}

/** A function with a real body, or a long stretch of loose code. */
export function looksLikeSolution(block: string, entryPoint: string): boolean {
  const lines = block.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  const defs = lines.map((line, i) => ({ line, i })).filter(({ line }) => /^\s*def\s+\w+\s*\(/.test(line));
  for (const { line, i } of defs) {
    const indent = indentOf(line);
    let body = 0;
    for (let j = i + 1; j < lines.length && indentOf(lines[j]) > indent; j++) body++;
    const isEntry = new RegExp(`^\\s*def\\s+${escape(entryPoint)}\\s*\\(`).test(line);
    if (body > MAX_BODY_LINES || (isEntry && body > 1 && !isStub(lines.slice(i + 1, i + 1 + body)))) return true;
  }
  return defs.length === 0 && lines.length > MAX_LOOSE_LINES;
}

function isStub(body: string[]): boolean {
  return body.every((line) => /^\s*(pass|\.\.\.|return\s*(None)?|raise NotImplementedError.*)\s*$/.test(line));
}

function definesFunction(block: string, name: string): boolean {
  return new RegExp(`^\\s*def\\s+${escape(name)}\\s*\\(`, 'm').test(block);
}

/** Words that show an answer is about a pattern, besides naming its line. */
const PATTERN_WORDS: Record<PatternId, RegExp> = {
  'missing-edge-case': /edge case|empty|single element|one element|duplicate|negative|zero|extreme|corner case/i,
  'suboptimal-complexity': /O\(|complexit|quadratic|cubic|exponential|nested loop|brute|too slow|time limit|faster|linear/i,
  'wrong-data-structure': /\bset\b|\bdict|hash|deque|heap|lookup|look-up|data structure|container|membership/i,
  'off-by-one': /off[- ]by[- ]one|boundary|bound|index|range\(|last element|first element|inclusive|exclusive/i,
  'missing-validation': /assum|validat|guarantee|promise|unicode|sorted|lowercase|\bcheck|guard/i,
  'inefficient-loop': /repeat|recomput|running (sum|total|max|min|count|value)|every (pass|iteration)|each (pass|iteration)|slice|join|\+=/i,
};

export function mentionsFinding(text: string, finding: Finding): boolean {
  return PATTERN_WORDS[finding.id].test(text) || new RegExp(`\\blines?\\s+${finding.line}\\b`, 'i').test(text);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
