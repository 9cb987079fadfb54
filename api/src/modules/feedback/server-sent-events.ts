// Feedback events as server-sent events: one frame per event, JSON data, and a comment every few
// seconds while the model thinks so proxies do not close a quiet connection.
import { PassThrough, type Readable } from 'node:stream';
import type { FeedbackEvent, FeedbackResult } from './feedback-types.js';

const KEEP_ALIVE_MS = 15_000;

/** The final event's payload: {source, model, text, tokens}, as promised to API clients, plus the ladder rung and depth. */
export function presentResult(result: FeedbackResult) {
  return {
    source: result.source,
    model: result.model,
    text: result.text,
    tokens: { input: result.tokensIn, output: result.tokensOut },
    level: result.level,
    ...(result.depth ? { depth: result.depth } : {}),
    cached: result.cached,
    ...(result.fallbackReason ? { fallbackReason: result.fallbackReason } : {}),
  };
}

export function frame(event: FeedbackEvent): string {
  const data = event.type === 'token' ? { text: event.text } : event.type === 'final' ? presentResult(event.result) : {};
  return `event: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A readable body that writes each event as it comes; stops reading when the client goes away. */
export function toEventStream(events: AsyncIterable<FeedbackEvent>): Readable {
  const body = new PassThrough();
  const keepAlive = setInterval(() => body.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  void (async () => {
    try {
      for await (const event of events) {
        if (body.destroyed) break;
        body.write(frame(event));
      }
    } finally {
      clearInterval(keepAlive);
      body.end();
    }
  })();
  return body;
}
