// A server-sent events parser for fetch streams (EventSource cannot send the Authorization
// header): feed it decoded chunks as they arrive, get back the complete events. Follows the
// HTML spec's field rules: `event:`, `data:` (joined by newlines), `id:`, comments, CRLF.
export interface StreamEvent {
  event: string;
  data: string;
  id?: string;
}

export class EventStreamParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  private id: string | undefined;

  push(chunk: string): StreamEvent[] {
    this.buffer += chunk;
    const events: StreamEvent[] = [];
    let newline: number;
    while ((newline = this.buffer.search(/\r\n|\r|\n/)) !== -1) {
      const line = this.buffer.slice(0, newline);
      const width = this.buffer.startsWith('\r\n', newline) ? 2 : 1;
      // A lone \r at the end of a chunk may be half of \r\n: wait for the next chunk.
      if (this.buffer[newline] === '\r' && width === 1 && newline === this.buffer.length - 1) break;
      this.buffer = this.buffer.slice(newline + width);
      const event = this.line(line);
      if (event) events.push(event);
    }
    return events;
  }

  /** The last event when the stream ends without a blank line. */
  end(): StreamEvent[] {
    const rest = this.buffer ? this.push('\n') : [];
    const last = this.line('');
    return last ? [...rest, last] : rest;
  }

  private line(line: string): StreamEvent | null {
    if (line === '') {
      if (this.data.length === 0) {
        this.event = '';
        return null;
      }
      const event: StreamEvent = { event: this.event || 'message', data: this.data.join('\n') };
      if (this.id !== undefined) event.id = this.id;
      this.event = '';
      this.data = [];
      return event;
    }
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    else if (field === 'id') this.id = value;
    return null;
  }
}

export interface FeedbackState {
  text: string;
  source?: string;
  model?: string | null;
  done: boolean;
  error?: string;
}

function parseJson(data: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(data);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

function textOf(body: Record<string, unknown> | null, raw: string): string {
  if (!body) return raw;
  for (const key of ['delta', 'text', 'content', 'chunk', 'token']) {
    if (typeof body[key] === 'string') return body[key] as string;
  }
  return '';
}

const DONE = new Set(['done', 'end', 'final', 'complete', 'completed']);
const TEXT = new Set(['message', 'delta', 'chunk', 'token', 'text']);

/** Folds one event into the feedback shown so far (pure: easy to test). */
export function applyFeedbackEvent(state: FeedbackState, event: StreamEvent): FeedbackState {
  const body = parseJson(event.data);
  const meta = {
    source: typeof body?.source === 'string' ? body.source : state.source,
    model: body && 'model' in body ? ((body.model as string | null) ?? null) : state.model,
  };
  if (event.event === 'error') {
    const error = body?.error as { message?: string } | string | undefined;
    const message = typeof error === 'string' ? error : (error?.message ?? (body?.message as string | undefined) ?? event.data);
    return { ...state, done: true, error: message || 'The feedback could not be produced.' };
  }
  // The server started over (e.g. the model failed and the rules answer instead).
  if (event.event === 'reset') return { ...state, ...meta, text: '' };
  if (DONE.has(event.event) || event.data === '[DONE]') {
    // The final event may carry the whole text: it is the authoritative version.
    const feedback = (body?.feedback as Record<string, unknown> | undefined) ?? body;
    const finalText = typeof feedback?.text === 'string' && feedback.text.length > 0 ? (feedback.text as string) : state.text;
    return {
      ...state,
      source: typeof feedback?.source === 'string' ? (feedback.source as string) : meta.source,
      model: feedback && 'model' in feedback ? ((feedback.model as string | null) ?? null) : meta.model,
      text: finalText,
      done: true,
    };
  }
  if (TEXT.has(event.event)) return { ...state, ...meta, text: state.text + textOf(body, event.data) };
  // meta / start / anything else: only the source and model.
  return { ...state, ...meta };
}
