// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedbackPanel } from '../../../web/src/features/feedback/components/feedback-panel';
import { applyFeedbackEvent, EventStreamParser, type FeedbackState } from '../../../web/src/features/feedback/utils/parse-event-stream';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('EventStreamParser', () => {
  it('yields events only once complete, across arbitrary chunk boundaries', () => {
    const parser = new EventStreamParser();
    expect(parser.push('event: delta\nda')).toEqual([]);
    expect(parser.push('ta: {"text":"Hel"}\n')).toEqual([]);
    expect(parser.push('\nevent: delta\ndata: {"text":"lo"}\n\n')).toEqual([
      { event: 'delta', data: '{"text":"Hel"}' },
      { event: 'delta', data: '{"text":"lo"}' },
    ]);
  });

  it('joins multi-line data, skips comments, handles CRLF and a final event without a blank line', () => {
    const parser = new EventStreamParser();
    const events = parser.push(': keep-alive\r\ndata: line one\r\ndata: line two\r\n\r\nid: 7\r\nevent: done\r\ndata: {}');
    expect(events).toEqual([{ event: 'message', data: 'line one\nline two' }]);
    expect(parser.end()).toEqual([{ event: 'done', data: '{}', id: '7' }]);
  });

  it('waits for the \\n of a \\r\\n split between chunks', () => {
    const parser = new EventStreamParser();
    expect(parser.push('data: a\r')).toEqual([]);
    expect(parser.push('\n\r\n')).toEqual([{ event: 'message', data: 'a' }]);
  });
});

describe('applyFeedbackEvent', () => {
  const start: FeedbackState = { text: '', done: false };
  const fold = (events: { event: string; data: string }[]) => events.reduce(applyFeedbackEvent, start);

  it('appends text deltas in order and takes the source from the stream', () => {
    const state = fold([
      { event: 'meta', data: '{"source":"rules","model":null}' },
      { event: 'delta', data: '{"text":"Your loop "}' },
      { event: 'message', data: 'stops early.' },
    ]);
    expect(state).toMatchObject({ text: 'Your loop stops early.', source: 'rules', model: null, done: false });
  });

  it('lets the final event carry the authoritative text', () => {
    const state = fold([
      { event: 'delta', data: '{"text":"partial"}' },
      { event: 'done', data: '{"feedback":{"source":"model","model":"gpt-x","text":"The full answer."}}' },
    ]);
    expect(state).toMatchObject({ text: 'The full answer.', source: 'model', model: 'gpt-x', done: true });
  });

  it('starts over on a reset event (the model gave up and the rules answer)', () => {
    const state = fold([
      { event: 'token', data: '{"text":"The model began"}' },
      { event: 'reset', data: '{}' },
      { event: 'token', data: '{"text":"Rules say"}' },
      { event: 'final', data: '{"source":"rules","model":null,"text":"Rules say this.","level":1}' },
    ]);
    expect(state).toMatchObject({ text: 'Rules say this.', source: 'rules', done: true });
  });

  it('keeps the streamed text when the final event has none, and reports errors', () => {
    expect(fold([{ event: 'delta', data: '{"delta":"abc"}' }, { event: 'done', data: '[DONE]' }])).toMatchObject({ text: 'abc', done: true });
    expect(fold([{ event: 'error', data: '{"error":{"message":"model unavailable"}}' }])).toMatchObject({ error: 'model unavailable', done: true });
  });
});

describe('FeedbackPanel', () => {
  it('shows streamed Markdown as it arrives, with its source', async () => {
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
      if (url.startsWith('/api/me')) return new Response('{"error":{"code":"NOT_FOUND","message":"nope"}}', { status: 404 });
      return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
    });
    vi.stubGlobal('fetch', fetch);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <FeedbackPanel submissionId="s1" initial={{ status: 'pending' }} />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(fetch.mock.calls.some(([url]) => String(url).startsWith('/api/submissions/s1/feedback'))).toBe(true));
    push('event: meta\ndata: {"source":"rules"}\n\nevent: delta\ndata: {"text":"Use a **set**"}\n\n');
    await waitFor(() => expect(screen.getByTestId('feedback-text').querySelector('strong')?.textContent).toBe('set'));
    expect(screen.getByTestId('feedback-source').textContent).toBe('Rule-based hints');
    push('event: delta\ndata: {"text":" for lookups:\\n\\n```python\\nseen = set()\\n```"}\n\n');
    await waitFor(() => expect(screen.getByTestId('feedback-text').querySelector('pre code')?.textContent).toContain('seen = set()'));
    push('event: done\ndata: {}\n\n');
    close();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Explain deeper' }).hasAttribute('disabled')).toBe(false));
  });
});
