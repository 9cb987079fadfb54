// The one place that talks to the model: the `openai` SDK against OpenAI or any compatible server
// (OPENAI_BASE_URL). No retries, one overall deadline: a learner waiting on a slow model is better
// served by rule-based feedback now than by a model answer later. Failures come out as LlmError
// with the outcome the metrics count.
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';

export type LlmOutcome = 'success' | 'timeout' | 'rate_limited' | 'server_error' | 'error';

export class LlmError extends Error {
  constructor(
    readonly outcome: Exclude<LlmOutcome, 'success'>,
    message: string,
  ) {
    super(message);
    this.name = 'LlmError';
  }
}

export interface LlmRequest {
  model: string;
  messages: ChatCompletionMessageParam[];
  maxTokens: number;
  /** Streams the answer, calling this with each piece; without it the answer comes back whole. */
  onToken?: (text: string) => void;
  /** Aborts the call (the service closing); reported as a timeout. */
  signal?: AbortSignal;
}

export interface LlmAnswer {
  text: string;
  tokensIn: number;
  tokensOut: number;
  /** False when the server sent no usage report and the tokens are estimated from the text. */
  usageReported: boolean;
}

export interface LlmClient {
  complete(request: LlmRequest): Promise<LlmAnswer>;
}

export function createLlmClient(options: { apiKey: string; baseURL?: string; timeoutMs: number }): LlmClient {
  const sdk = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 0, timeout: options.timeoutMs });

  async function complete(request: LlmRequest): Promise<LlmAnswer> {
    // The SDK's timeout ends at the response headers; a stream that stalls afterwards needs our own.
    const deadline = AbortSignal.timeout(options.timeoutMs);
    const signal = request.signal ? AbortSignal.any([deadline, request.signal]) : deadline;
    const progress = { answered: false };
    try {
      return await attempt(request, signal, progress);
    } catch (error) {
      // A kept-alive socket the server closed meanwhile fails before any answer came back:
      // that is no answer from the model, so one more try (within the same deadline) is fair.
      if (progress.answered || !isDroppedConnection(error) || signal.aborted) throw classify(error);
      try {
        return await attempt(request, signal, progress);
      } catch (retryError) {
        throw classify(retryError);
      }
    }
  }

  async function attempt(request: LlmRequest, signal: AbortSignal, progress: { answered: boolean }): Promise<LlmAnswer> {
    const body = { model: request.model, messages: request.messages, max_tokens: request.maxTokens };
    if (!request.onToken) {
      const completion = await sdk.chat.completions.create(body, { signal });
      const text = completion.choices[0]?.message?.content ?? '';
      return withUsage(text, request, completion.usage);
    }
    const stream = await sdk.chat.completions.create({ ...body, stream: true, stream_options: { include_usage: true } }, { signal });
    progress.answered = true;
    let text = '';
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of stream) {
      const piece = chunk.choices[0]?.delta?.content;
      if (piece) {
        text += piece;
        request.onToken(piece);
      }
      if (chunk.usage) usage = chunk.usage;
    }
    // An aborted stream may end quietly instead of throwing.
    if (signal.aborted) throw new APIUserAbortError();
    return withUsage(text, request, usage);
  }

  return { complete };
}

function withUsage(text: string, request: LlmRequest, usage: OpenAI.CompletionUsage | null | undefined): LlmAnswer {
  if (usage) return { text, tokensIn: usage.prompt_tokens, tokensOut: usage.completion_tokens, usageReported: true };
  // Some compatible servers send no usage; count conservatively rather than record nothing.
  return { text, tokensIn: estimateTokens(request.messages), tokensOut: Math.ceil(text.length / 3), usageReported: false };
}

/** An upper estimate of a prompt's tokens (about 3 characters a token, plus per-message overhead). */
export function estimateTokens(messages: ChatCompletionMessageParam[]): number {
  const chars = messages.reduce((sum, message) => sum + contentChars(message.content), 0);
  return Math.ceil(chars / 3) + 8 * messages.length;
}

/** A message's characters: its text, or the text of its parts (a non-text part counts as its JSON). */
function contentChars(content: ChatCompletionMessageParam['content']): number {
  if (content === null || content === undefined) return 0;
  if (typeof content === 'string') return content.length;
  let chars = 0;
  for (const part of content) {
    if ('text' in part) chars += part.text.length;
    else if ('refusal' in part) chars += part.refusal.length;
    else chars += JSON.stringify(part).length;
  }
  return chars;
}

function classify(error: unknown): LlmError {
  if (error instanceof LlmError) return error;
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError || isAbort(error)) {
    return new LlmError('timeout', 'the model did not answer in time');
  }
  if (error instanceof APIError && error.status === 429) return new LlmError('rate_limited', 'the model is rate limited (429)');
  if (error instanceof APIError && typeof error.status === 'number' && error.status >= 500) {
    return new LlmError('server_error', `the model server failed (${error.status})`);
  }
  return new LlmError('error', error instanceof Error ? error.message : String(error));
}

/** A connection that failed before any response (not a timeout, not an HTTP status). */
function isDroppedConnection(error: unknown): boolean {
  return error instanceof APIConnectionError && !(error instanceof APIConnectionTimeoutError) && !isAbort(error);
}

function isAbort(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}
