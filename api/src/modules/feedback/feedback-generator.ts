// One explanation for one judged submission: from the cache, from a model the router and the
// budget allow, or from the rules. Whatever happens (no key, no budget, a timeout, a 429 or 5xx, an
// answer that gives the solution away or ignores the findings) it resolves to a result; the tokens
// it emits always add up to the final text since the last reset.
import type { Cache } from '../../cache/cache.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/client.js';
import { type Budget, createBudget } from './budget.js';
import { cacheAnswer, feedbackCacheKey, readCachedAnswer } from './feedback-cache.js';
import { feedbackGeneratedTotal, feedbackReplacedTotal, openaiRequestsTotal } from './feedback-metrics.js';
import type { ExplanationDepth, FallbackReason, FeedbackEvent, FeedbackInput, FeedbackResult, HintLevel } from './feedback-types.js';
import { createLlmClient, estimateTokens, type LlmClient, LlmError } from './llm-client.js';
import { createModelRouter, hardCaseReason, type ModelRouter, type ModelSize } from './model-router.js';
import { checkAnswer, isSolution, type SolutionProbe } from './output-checks.js';
import { buildPrompt } from './prompt.js';
import { rulesFeedback } from './rules-feedback.js';
import { createStreamGuard } from './stream-guard.js';
import { explainsError } from './verdict-templates.js';

export interface FeedbackContext {
  input: FeedbackInput & { level: HintLevel };
  code: string;
  /** The problem version's row id (part of the cache key). */
  problemVersion: string;
  depth: ExplanationDepth;
  /** Failed submissions of this learner on this problem, this one included. */
  failedAttempts: number;
  /** Runs a code block from an answer against the public tests (the "would it pass" check). */
  wouldPass?: SolutionProbe;
  signal?: AbortSignal;
}

export interface GeneratorDeps {
  /** Absent when no API key is configured: rules only. */
  llm: LlmClient | null;
  budget: Budget | null;
  router: ModelRouter;
  cache: Cache;
  models: Record<ModelSize, string>;
  maxOutputTokens: number;
  log: { warn(obj: object, msg: string): void };
}

const LLM_FALLBACK: Record<Exclude<LlmError['outcome'], 'success'>, FallbackReason> = {
  timeout: 'timeout',
  rate_limited: 'rate-limited',
  server_error: 'server-error',
  error: 'model-error',
};

export type FeedbackGenerator = (context: FeedbackContext, emit: (event: FeedbackEvent) => void) => Promise<FeedbackResult>;

/** The generator the configuration describes: a model when OPENAI_API_KEY is set, rules otherwise. */
export function createConfiguredGenerator(options: {
  db: Database;
  cache: Cache;
  config: Config;
  log: GeneratorDeps['log'];
  /** Replaces the client the config describes (null = rules only). */
  llm?: LlmClient | null;
  router?: ModelRouter;
  now?: () => Date;
}): FeedbackGenerator {
  const { config } = options;
  const models = { small: config.OPENAI_SMALL_MODEL, large: config.OPENAI_LARGE_MODEL };
  const llm =
    options.llm !== undefined
      ? options.llm
      : config.OPENAI_API_KEY
        ? createLlmClient({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, timeoutMs: config.OPENAI_TIMEOUT_MS })
        : null;
  const budget = llm
    ? createBudget({
        db: options.db,
        dailyUsd: config.OPENAI_DAILY_BUDGET_USD,
        prices: config.OPENAI_PRICES,
        models: [models.small, models.large],
        maxOutputTokens: config.OPENAI_MAX_OUTPUT_TOKENS,
        log: options.log,
        now: options.now,
      })
    : null;
  return createFeedbackGenerator({
    llm,
    budget,
    router: options.router ?? createModelRouter(),
    cache: options.cache,
    models,
    maxOutputTokens: config.OPENAI_MAX_OUTPUT_TOKENS,
    log: options.log,
  });
}

export function createFeedbackGenerator(deps: GeneratorDeps): FeedbackGenerator {
  return async function generate(context, emit) {
    const { input } = context;
    let emitted = false;
    const say = (text: string) => {
      emitted = true;
      emit({ type: 'token', text });
    };
    const fromRules = (reason: FallbackReason, spent = { tokensIn: 0, tokensOut: 0 }): FeedbackResult => {
      if (emitted) emit({ type: 'reset' });
      const text = rulesFeedback({ ...input, depth: context.depth }).text;
      emit({ type: 'token', text });
      feedbackGeneratedTotal.inc({ source: 'rules' });
      return {
        source: 'rules',
        model: null,
        text,
        ...spent,
        level: input.level,
        depth: context.depth,
        cached: false,
        fallbackReason: reason,
        createdAt: now(),
      };
    };

    if (!deps.llm || !deps.budget) return fromRules('not-configured');
    // A policy rejection is explained exactly by the rules; a model adds nothing but risk.
    if (input.report.verdict === 'rejected') return fromRules('not-for-this-verdict');

    const key = feedbackCacheKey({
      problemVersion: context.problemVersion,
      code: context.code,
      verdict: input.report.verdict,
      findings: input.findings,
      depth: context.depth,
      level: input.level,
    });
    const hit = await readCachedAnswer(deps.cache, key);
    if (hit) {
      say(hit.text);
      feedbackGeneratedTotal.inc({ source: 'cache' });
      return {
        source: 'model',
        model: hit.model,
        text: hit.text,
        tokensIn: 0,
        tokensOut: 0,
        level: input.level,
        depth: context.depth,
        cached: true,
        createdAt: now(),
      };
    }

    const messages = buildPrompt(input, context.depth, input.level, context.code);
    const hard = hardCaseReason({
      verdict: input.report.verdict,
      findings: input.findings,
      failedAttempts: context.failedAttempts,
      level: input.level,
      errorExplained: runtimeErrorExplained(input),
    });
    const ticket = await deps.budget.admit(estimateTokens(messages), (fits) => {
      const size = deps.router.route(hard !== null, (candidate) => fits(deps.models[candidate]));
      return size && deps.models[size];
    });
    if (!ticket) return fromRules('budget');

    const entryPoint = input.problem.entryPoint;
    const guard = createStreamGuard((block) => isSolution(block, { entryPoint, wouldPass: context.wouldPass }), say);
    let answer;
    try {
      answer = await deps.llm.complete({
        model: ticket.model,
        messages,
        maxTokens: deps.maxOutputTokens,
        onToken: (text) => guard.push(text),
        signal: context.signal,
      });
    } catch (error) {
      await guard.cancel();
      await ticket.finish(null);
      const outcome = error instanceof LlmError ? error.outcome : 'error';
      openaiRequestsTotal.inc({ model: ticket.model, outcome });
      deps.log.warn({ model: ticket.model, outcome, err: error }, 'model feedback failed; rule-based feedback instead');
      return fromRules(LLM_FALLBACK[outcome]);
    }
    await ticket.finish(answer);
    openaiRequestsTotal.inc({ model: ticket.model, outcome: 'success' });
    await guard.finish();

    const spent = { tokensIn: answer.tokensIn, tokensOut: answer.tokensOut };
    const problem = guard.tripped
      ? 'gave-solution'
      : await checkAnswer(answer.text, {
          entryPoint,
          findings: input.findings,
          verdict: input.report.verdict,
          level: input.level,
          wouldPass: context.wouldPass,
        });
    if (problem) {
      feedbackReplacedTotal.inc({ reason: problem });
      return fromRules(problem, spent);
    }
    if (answer.text.trim() === '') return fromRules('model-error', spent);
    await cacheAnswer(deps.cache, key, { model: ticket.model, text: answer.text });
    feedbackGeneratedTotal.inc({ source: 'model' });
    return { source: 'model', model: ticket.model, text: answer.text, ...spent, level: input.level, depth: context.depth, cached: false, createdAt: now() };
  };
}

/** A runtime error the rules can explain: a finding rests on the failing test, or the exception is a familiar one. */
function runtimeErrorExplained(input: FeedbackInput): boolean {
  const crashed = input.report.tests.filter((test) => test.status === 'error');
  if (crashed.length === 0) return true;
  const evidence = new Set(input.findings.flatMap((finding) => finding.evidence));
  return crashed.some((test) => evidence.has(`test:${test.id}`) || (test.error !== null && explainsError(test.error.type)));
}

function now(): string {
  return new Date().toISOString();
}
