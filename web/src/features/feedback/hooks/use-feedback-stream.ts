// Streams a submission's feedback into state as it arrives; feedback the submission came back
// with already written is shown as it is.
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError, isNotFound } from '../../../lib/api-client';
import type { Feedback } from '../../../types/api';
import { streamFeedback } from '../api/stream-feedback';
import { applyFeedbackEvent, type FeedbackState } from '../utils/feedback-events';

export type FeedbackStatus = 'idle' | 'streaming' | 'done' | 'unavailable' | 'error';

export interface FeedbackStream extends FeedbackState {
  status: FeedbackStatus;
  start: (options?: { deeper?: boolean }) => void;
}

const EMPTY: FeedbackState = { text: '', done: false };

/** What is shown for one submission: the feedback so far and where its stream stands. */
interface Shown extends FeedbackState {
  submissionId: string | undefined;
  status: FeedbackStatus;
  /** Whether this submission's feedback is streamed when shown ('written': it came back complete). */
  opening: 'stream' | 'written' | 'none';
}

/** What a submission shows first: the feedback it came back with when written, else an empty stream. */
function firstShown(submissionId: string | undefined, initial: Feedback | null | undefined): Shown {
  if (!submissionId) return { ...EMPTY, submissionId, status: 'idle', opening: 'none' };
  if (initial?.text && initial.status !== 'pending') {
    return { text: initial.text, source: initial.source, model: initial.model ?? null, done: true, submissionId, status: 'done', opening: 'written' };
  }
  return { ...EMPTY, submissionId, status: 'streaming', opening: 'stream' };
}

export function useFeedbackStream(submissionId: string | undefined, initial?: Feedback | null): FeedbackStream {
  const [stored, setShown] = useState<Shown>(() => firstShown(submissionId, initial));
  // Another submission: start over from what it came back with, while rendering (React's
  // "adjusting some state when a prop changes"), so no render shows the previous one's feedback.
  let shown = stored;
  if (stored.submissionId !== submissionId) {
    shown = firstShown(submissionId, initial);
    setShown(shown);
  }
  const controller = useRef<AbortController | null>(null);

  /** Streams `id`'s feedback on top of `base`; state changes only as events arrive. */
  const stream = useCallback((id: string, base: FeedbackState, deeper: boolean) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    let current = base;
    const show = (status: FeedbackStatus) => {
      const next = current;
      if (!abort.signal.aborted) setShown((shown) => ({ ...next, submissionId: shown.submissionId, opening: shown.opening, status }));
    };
    streamFeedback(id, {
      deeper,
      signal: abort.signal,
      onEvent: (event) => {
        current = applyFeedbackEvent(current, event);
        show('streaming');
      },
    })
      .then(() => {
        current = { ...current, done: true };
        show(current.error ? 'error' : 'done');
      })
      .catch((error: unknown) => {
        if (isNotFound(error)) {
          show('unavailable');
          return;
        }
        current = { ...current, error: describeError(error), done: true };
        show('error');
      });
    return abort;
  }, []);

  const start = useCallback(
    (options: { deeper?: boolean } = {}) => {
      if (!shown.submissionId) return;
      // "Explain deeper" adds to what is shown; a fresh stream starts over.
      const base: FeedbackState = options.deeper ? { ...shown, text: shown.text ? `${shown.text}\n\n---\n\n` : '', done: false, error: undefined } : EMPTY;
      setShown({ ...base, submissionId: shown.submissionId, status: 'streaming', opening: shown.opening });
      stream(shown.submissionId, base, Boolean(options.deeper));
    },
    [shown, stream],
  );

  // A submission without written feedback streams it at once. `opening` changes only with the
  // submission, so this runs once per submission (and the stream stops when it changes or unmounts).
  const { submissionId: streamedId, opening } = shown;
  useEffect(() => {
    if (!streamedId || opening !== 'stream') return;
    stream(streamedId, EMPTY, false);
  }, [streamedId, opening, stream]);
  useEffect(() => () => controller.current?.abort(), [streamedId]);

  const { text, source, model, done, error, status } = shown;
  return { text, source, model, done, error, status, start };
}
