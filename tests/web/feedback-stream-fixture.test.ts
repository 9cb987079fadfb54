// The bytes the web's feedback-stream tests feed the client, produced by the server's own
// serialization (toEventStream over the events a generation emits): a model answer withdrawn
// and replaced by rule-based feedback. A change to the wire format changes this file (run the
// test with -u and review the fixture), so the client is always tested on what the server sends.
import { describe, expect, it } from 'vitest';
import { toEventStream } from '../../api/src/modules/feedback/server-sent-events.js';
import type { FeedbackEvent } from '../../api/src/modules/feedback/feedback-types.js';

async function* withdrawnModelAnswer(): AsyncIterable<FeedbackEvent> {
  yield { type: 'token', text: 'Use a **set**' };
  yield { type: 'token', text: ' for lookups' };
  yield { type: 'reset' };
  yield { type: 'token', text: 'Your loop checks `x in seen` on a list:' };
  yield { type: 'token', text: '\n\n```python\nseen = set()\n```' };
  yield {
    type: 'final',
    result: {
      source: 'rules',
      model: null,
      text: 'Your loop checks `x in seen` on a list:\n\n```python\nseen = set()\n```',
      tokensIn: 0,
      tokensOut: 0,
      level: 1,
      depth: 'intermediate',
      cached: false,
      fallbackReason: 'model-error',
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

describe('the feedback stream fixture', () => {
  it('is what the server writes for a withdrawn model answer', async () => {
    const bytes = await readAll(toEventStream(withdrawnModelAnswer()));
    await expect(bytes).toMatchFileSnapshot('./components/fixtures/feedback-stream.sse');
  });
});
