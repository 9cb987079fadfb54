// Streams a submission's feedback into state as it arrives; falls back to the feedback stored
// on the submission when the stream route is unavailable.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, describeError } from '../../../lib/api-client';
import type { Feedback } from '../../../types/api';
import { getSubmission } from '../../solver/api/get-submission';
import { streamFeedback } from '../api/stream-feedback';
import { applyFeedbackEvent, type FeedbackState } from '../utils/parse-event-stream';

export type FeedbackStatus = 'idle' | 'streaming' | 'done' | 'unavailable' | 'error';

export interface FeedbackStream extends FeedbackState {
  status: FeedbackStatus;
  start(options?: { deeper?: boolean }): void;
}

const EMPTY: FeedbackState = { text: '', done: false };

export function useFeedbackStream(submissionId: string | undefined, initial?: Feedback | null): FeedbackStream {
  const [state, setState] = useState<FeedbackState>(EMPTY);
  const [status, setStatus] = useState<FeedbackStatus>('idle');
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    (options: { deeper?: boolean } = {}) => {
      if (!submissionId) return;
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setStatus('streaming');
      // "Explain deeper" adds to what is shown; a fresh stream starts over.
      let current: FeedbackState = options.deeper ? { ...state, text: state.text ? `${state.text}\n\n---\n\n` : '', done: false, error: undefined } : EMPTY;
      setState(current);
      streamFeedback(submissionId, {
        deeper: options.deeper,
        signal: abort.signal,
        onEvent: (event) => {
          current = applyFeedbackEvent(current, event);
          setState(current);
        },
      })
        .then(() => {
          if (abort.signal.aborted) return;
          setState((s) => ({ ...s, done: true }));
          setStatus(current.error ? 'error' : 'done');
        })
        .catch(async (error: unknown) => {
          if (abort.signal.aborted) return;
          if (error instanceof ApiError && (error.status === 404 || error.status === 405 || error.status === 501)) {
            // The stream route is not there (yet): show the stored feedback, if any.
            const stored = await getSubmission(submissionId).then((s) => s.feedback, () => null);
            if (stored?.text) {
              setState({ text: stored.text, source: stored.source, model: stored.model, done: true });
              setStatus('done');
            } else setStatus('unavailable');
            return;
          }
          setState((s) => ({ ...s, error: describeError(error), done: true }));
          setStatus('error');
        });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [submissionId, state.text],
  );

  // A new submission streams its feedback at once (unless it came back complete).
  useEffect(() => {
    if (!submissionId) return;
    if (initial?.text && initial.status !== 'pending') {
      setState({ text: initial.text, source: initial.source, model: initial.model, done: true });
      setStatus('done');
    } else start();
    return () => controller.current?.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submissionId]);

  return { ...state, status, start };
}
