// Prometheus metrics of feedback: every model request by outcome, tokens and dollars spent, and
// how explanations were produced. Registered once per process on the app's shared registry.
import { counter } from '../../metrics.js';

export const openaiRequestsTotal = counter('openai_requests_total', 'Model requests by model and outcome', ['model', 'outcome']);
export const openaiTokensUsed = counter('openai_tokens_used', 'Model tokens by model and direction (input, output)', ['model', 'direction']);
export const openaiCostUsdTotal = counter('openai_cost_usd_total', 'Model spend in USD, from the usage the API reports', ['model']);
export const feedbackGeneratedTotal = counter('feedback_generated_total', 'Explanations produced, by source (rules, model, cache)', ['source']);
export const feedbackReplacedTotal = counter(
  'feedback_output_rejected_total',
  'Model answers replaced by rule-based feedback, by reason (gave-solution, ignored-findings, broke-reply-rules)',
  ['reason'],
);
