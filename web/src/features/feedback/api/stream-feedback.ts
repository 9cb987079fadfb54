// GET /api/submissions/:id/feedback as server-sent events, read with fetch and a stream reader
// (it needs the Authorization header, which EventSource cannot send).
import { apiResponse } from '../../../lib/api-client';
import { EventStreamParser, type StreamEvent } from '../utils/parse-event-stream';

export interface StreamFeedbackOptions {
  deeper?: boolean;
  signal?: AbortSignal;
  onEvent(event: StreamEvent): void;
}

export async function streamFeedback(submissionId: string, options: StreamFeedbackOptions): Promise<void> {
  const response = await apiResponse(`/api/submissions/${encodeURIComponent(submissionId)}/feedback`, {
    headers: { accept: 'text/event-stream' },
    query: { deeper: options.deeper ? 'true' : undefined },
    signal: options.signal,
  });
  const parser = new EventStreamParser();
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('text/event-stream')) {
    // A plain JSON answer (feedback already stored): one final event.
    options.onEvent({ event: 'done', data: await response.text() });
    return;
  }
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const event of parser.push(value)) options.onEvent(event);
  }
  for (const event of parser.end()) options.onEvent(event);
}
