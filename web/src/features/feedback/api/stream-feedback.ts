// GET /api/submissions/:id/feedback as server-sent events, read with fetch and a stream reader
// (it needs the Authorization header, which EventSource cannot send).
import { apiResponse } from '../../../lib/api-client';
import { type FeedbackStreamEvent, readFeedbackEvent } from '../utils/feedback-events';
import { EventStreamParser } from '../utils/parse-event-stream';

export interface StreamFeedbackOptions {
  deeper?: boolean;
  signal?: AbortSignal;
  onEvent(event: FeedbackStreamEvent): void;
}

export async function streamFeedback(submissionId: string, options: StreamFeedbackOptions): Promise<void> {
  const response = await apiResponse(`/api/submissions/${encodeURIComponent(submissionId)}/feedback`, {
    headers: { accept: 'text/event-stream' },
    query: { deeper: options.deeper ? 'true' : undefined },
    signal: options.signal,
  });
  if (!response.headers.get('content-type')?.includes('text/event-stream') || !response.body) {
    throw new Error('The feedback did not come back as a stream.');
  }
  const parser = new EventStreamParser();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const event of parser.push(value)) options.onEvent(readFeedbackEvent(event));
  }
  for (const event of parser.end()) options.onEvent(readFeedbackEvent(event));
}
