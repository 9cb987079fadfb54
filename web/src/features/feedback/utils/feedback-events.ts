// The events of GET /api/submissions/:id/feedback, exactly as the server sends them (see
// api/src/modules/feedback/server-sent-events.ts): `token` carries text as it is written,
// `reset` withdraws the text so far, and `final`, the last, carries the whole text, which is
// authoritative. Anything else is a protocol error, not something to guess at.
import type { Feedback } from '../../../types/api';
import type { StreamEvent } from './parse-event-stream';

/** What the panel reads of the final event (the explanation as the submission stores it). */
export type FinalFeedback = Pick<Required<Feedback>, 'source' | 'model' | 'text'>;

export type FeedbackStreamEvent = { type: 'token'; text: string } | { type: 'reset' } | { type: 'final'; result: FinalFeedback };

export class FeedbackProtocolError extends Error {
  constructor(event: StreamEvent) {
    super(`The feedback stream sent an event this page does not understand (${event.event}).`);
    this.name = 'FeedbackProtocolError';
  }
}

function parseObject(data: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(data);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Reads one server-sent event as a feedback event; throws FeedbackProtocolError on anything else. */
export function readFeedbackEvent(event: StreamEvent): FeedbackStreamEvent {
  const body = parseObject(event.data);
  if (event.event === 'reset' && body) return { type: 'reset' };
  if (event.event === 'token' && typeof body?.text === 'string') return { type: 'token', text: body.text };
  if (
    event.event === 'final' &&
    typeof body?.text === 'string' &&
    (body.source === 'rules' || body.source === 'model') &&
    (body.model === null || typeof body.model === 'string')
  ) {
    return { type: 'final', result: { source: body.source, model: body.model, text: body.text } };
  }
  throw new FeedbackProtocolError(event);
}

export interface FeedbackState {
  text: string;
  source?: FinalFeedback['source'];
  model?: string | null;
  done: boolean;
  error?: string;
}

/** Folds one event into the feedback shown so far (pure: easy to test). */
export function applyFeedbackEvent(state: FeedbackState, event: FeedbackStreamEvent): FeedbackState {
  switch (event.type) {
    case 'token':
      return { ...state, text: state.text + event.text };
    case 'reset':
      // The server started over (e.g. the model failed and the rules answer instead).
      return { ...state, text: '' };
    case 'final':
      return { ...state, ...event.result, done: true };
  }
}
