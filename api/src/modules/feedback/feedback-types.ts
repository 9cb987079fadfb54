// The feedback vocabulary: what goes into an explanation (a judged submission with its findings)
// and what comes out (text with its source, stored on the submission as `feedback`).
import type { ComplexityReport, Finding, TimeClass } from '../../../../analyzer/src/index.js';
import type { JudgeReport } from '../judge/index.js';

export const EXPLANATION_DEPTHS = ['eli5', 'intermediate', 'expert'] as const;
export type ExplanationDepth = (typeof EXPLANATION_DEPTHS)[number];

/** Rungs of the hint ladder: 1 a hint, 2 the cause and the better technique, 3 a walkthrough in prose. */
export const HINT_LEVELS = [1, 2, 3] as const;
export type HintLevel = (typeof HINT_LEVELS)[number];
export const MAX_HINT_LEVEL: HintLevel = 3;

/** What the problem contributes to an explanation. */
export interface FeedbackProblem {
  slug: string;
  entryPoint: string;
  /** Argument names in order, to print inputs as `nums = [1, 2]`. */
  params: string[];
  acceptable?: TimeClass;
  optimal?: TimeClass;
  /**
   * The problem's own hint ladder (front matter), a nudge first and the plan last: where a finding
   * says the algorithm is too slow, the code alone cannot tell the faster idea, the problem can.
   */
  hints?: string[];
}

/** The part of a problem an explanation reads, taken from the problem itself (the CLI and the review script judge one). */
export function feedbackProblemOf(problem: Required<FeedbackProblem>): FeedbackProblem {
  const { slug, entryPoint, params, acceptable, optimal, hints } = problem;
  return { slug, entryPoint, params, acceptable, optimal, hints };
}

/** Everything an explanation is built from; `rulesFeedback` needs nothing else. */
export interface FeedbackInput {
  report: JudgeReport;
  findings: Finding[];
  complexity?: ComplexityReport | null;
  problem: FeedbackProblem;
  level?: HintLevel;
  /** How deep explanations go; rule-based text has a wording for each. */
  depth?: ExplanationDepth;
}

export type FeedbackSource = 'rules' | 'model';

/** The finished explanation: the SSE route's final event and the submission's `feedback` column. */
export interface FeedbackResult {
  source: FeedbackSource;
  model: string | null;
  text: string;
  tokensIn: number;
  tokensOut: number;
  level: HintLevel;
  /** The depth it was written at; another depth is written again. */
  depth?: ExplanationDepth;
  /** True when a model answer was reused from the 24-hour cache (no tokens spent). */
  cached: boolean;
  /** Why rule-based feedback was given although a model is configured. */
  fallbackReason?: FallbackReason;
  createdAt: string;
}

export type FallbackReason =
  | 'not-configured'
  | 'not-for-this-verdict'
  | 'budget'
  | 'timeout'
  | 'rate-limited'
  | 'server-error'
  | 'model-error'
  | 'gave-solution'
  | 'ignored-findings'
  | 'broke-reply-rules'
  | 'internal-error';

/** What a feedback stream carries: tokens as they arrive, a reset when they were withdrawn, the result. */
export type FeedbackEvent = { type: 'token'; text: string } | { type: 'reset' } | { type: 'final'; result: FeedbackResult };
