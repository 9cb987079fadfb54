// @vitest-environment jsdom
// The feedback client on the server's own bytes: fixtures/feedback-stream.sse is what the
// server's serialization writes (kept in step by tests/web/feedback-stream-fixture.test.ts).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedbackPanel } from '../../../web/src/features/feedback/components/feedback-panel';
import { applyFeedbackEvent, type FeedbackState, readFeedbackEvent } from '../../../web/src/features/feedback/utils/feedback-events';
import { EventStreamParser, type StreamEvent } from '../../../web/src/features/feedback/utils/parse-event-stream';
import serverBytes from './fixtures/feedback-stream.sse?raw';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const start: FeedbackState = { text: '', done: false };
const FINAL_TEXT = 'Your loop checks `x in seen` on a list:\n\n```python\nseen = set()\n```';

/** The server's bytes cut into chunks of `size` characters, as a network may deliver them. */
function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function parseAll(parts: string[]): StreamEvent[] {
  const parser = new EventStreamParser();
  return [...parts.flatMap((part) => parser.push(part)), ...parser.end()];
}

describe('EventStreamParser', () => {
  it('reads the same events from the server’s bytes however they are chunked', () => {
    const whole = parseAll([serverBytes]);
    expect(whole.map((e) => e.event)).toEqual(['token', 'token', 'reset', 'token', 'token', 'final']);
    for (const size of [1, 3, 17, 64]) expect(parseAll(chunks(serverBytes, size))).toEqual(whole);
  });

  it('skips keep-alive comments and waits for the \\n of a \\r\\n split between chunks', () => {
    const parser = new EventStreamParser();
    expect(parser.push(': keep-alive\n\nevent: token\r')).toEqual([]);
    expect(parser.push('\ndata: {"text":"a"}\r\n\r\n')).toEqual([{ event: 'token', data: '{"text":"a"}' }]);
  });
});

describe('readFeedbackEvent', () => {
  it('reads each event the server sends as the typed union', () => {
    expect(parseAll([serverBytes]).map(readFeedbackEvent)).toEqual([
      { type: 'token', text: 'Use a **set**' },
      { type: 'token', text: ' for lookups' },
      { type: 'reset' },
      { type: 'token', text: 'Your loop checks `x in seen` on a list:' },
      { type: 'token', text: '\n\n```python\nseen = set()\n```' },
      { type: 'final', result: { source: 'rules', model: null, text: FINAL_TEXT } },
    ]);
  });

  it('refuses events the server does not send', () => {
    expect(() => readFeedbackEvent({ event: 'delta', data: '{"text":"x"}' })).toThrow(/does not understand \(delta\)/);
    expect(() => readFeedbackEvent({ event: 'message', data: '[DONE]' })).toThrow(/does not understand/);
    expect(() => readFeedbackEvent({ event: 'token', data: '{"delta":"x"}' })).toThrow(/does not understand/);
  });
});

describe('applyFeedbackEvent', () => {
  it('withdraws the streamed text on reset and takes the final text as authoritative', () => {
    const events = parseAll([serverBytes]).map(readFeedbackEvent);
    const beforeReset = events.slice(0, 2).reduce(applyFeedbackEvent, start);
    expect(beforeReset).toEqual({ text: 'Use a **set** for lookups', done: false });
    const afterReset = events.slice(0, 3).reduce(applyFeedbackEvent, start);
    expect(afterReset.text).toBe('');
    expect(events.reduce(applyFeedbackEvent, start)).toEqual({ text: FINAL_TEXT, source: 'rules', model: null, done: true });
  });
});

describe('FeedbackPanel', () => {
  it('shows the server’s stream as Markdown as it arrives, then its source', async () => {
    const encoder = new TextEncoder();
    let push!: (text: string) => void;
    let close!: () => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (text) => controller.enqueue(encoder.encode(text));
        close = () => controller.close();
      },
    });
    const fetch = vi.fn(async (url: string) => {
      if (String(url).startsWith('/api/submissions/s1/feedback')) {
        return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
      }
      return new Response('{"error":{"code":"NOT_FOUND","message":"nope"}}', { status: 404 });
    });
    vi.stubGlobal('fetch', fetch);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <FeedbackPanel submissionId="s1" initial={{ status: 'pending' }} />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(fetch.mock.calls.some(([url]) => String(url).startsWith('/api/submissions/s1/feedback'))).toBe(true));
    const [first, rest] = [serverBytes.slice(0, serverBytes.indexOf('event: reset')), serverBytes.slice(serverBytes.indexOf('event: reset'))];
    push(first);
    await waitFor(() => expect(screen.getByTestId('feedback-text').querySelector('strong')?.textContent).toBe('set'));
    expect(screen.getByTestId('feedback-source').textContent).toBe('Thinking…');
    push(rest);
    close();
    await waitFor(() => expect(screen.getByTestId('feedback-text').querySelector('pre code')?.textContent).toContain('seen = set()'));
    expect(screen.getByTestId('feedback-text').querySelector('strong')).toBeNull();
    expect(screen.getByTestId('feedback-source').textContent).toBe('Rule-based hints');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Explain deeper' }).hasAttribute('disabled')).toBe(false));
  });
});
