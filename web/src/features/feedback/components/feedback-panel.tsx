// The tutor's feedback for a submission: text streamed in as it arrives (Markdown with code
// blocks), where it came from (rules or a model), "explain deeper" for the next hint on the
// ladder, and the depth preference (eli5 / intermediate / expert).
import { useState } from 'react';
import { Markdown } from '../../../components/ui/markdown';
import type { ExplanationDepth, Feedback } from '../../../types/api';
import { useUpdateDepth } from '../api/update-depth';
import { useFeedbackStream } from '../hooks/use-feedback-stream';

const DEPTHS: { value: ExplanationDepth; label: string }[] = [
  { value: 'eli5', label: 'Explain simply' },
  { value: 'intermediate', label: 'Intermediate' },
  { value: 'expert', label: 'Expert' },
];
const DEPTH_KEY = 'codementor.depth';

const isDepth = (value: unknown): value is ExplanationDepth => DEPTHS.some((d) => d.value === value);

/** The depth shown: this browser's last choice, else the one saved on the account (once known). */
function useDepth(saved: ExplanationDepth | undefined, onSaved: () => void): [ExplanationDepth, (depth: ExplanationDepth) => void] {
  const update = useUpdateDepth();
  const [chosen, setChosen] = useState<ExplanationDepth | null>(() => {
    const local = globalThis.localStorage?.getItem(DEPTH_KEY);
    return isDepth(local) ? local : null;
  });
  const depth = chosen ?? saved ?? 'intermediate';
  const change = (next: ExplanationDepth) => {
    setChosen(next);
    localStorage.setItem(DEPTH_KEY, next);
    // Explain again once the server knows the new depth (or could not save it).
    update.mutate(next, { onSettled: onSaved });
  };
  return [depth, change];
}

export interface FeedbackPanelProps {
  submissionId: string;
  /** The feedback the submission came back with: shown at once when already written. */
  initial?: Feedback | null;
  allowDeeper?: boolean;
  /** The depth saved on the learner's account, once known. */
  savedDepth?: ExplanationDepth;
}

export function FeedbackPanel({ submissionId, initial, allowDeeper = true, savedDepth }: FeedbackPanelProps) {
  const feedback = useFeedbackStream(submissionId, initial);
  // Explain again, from the start, once the new depth is saved.
  const [depth, setDepth] = useDepth(savedDepth, () => feedback.start());
  const streaming = feedback.status === 'streaming';

  return (
    <div className="feedback" aria-busy={streaming}>
      <div className="feedback-toolbar">
        <span className="feedback-source" data-testid="feedback-source">
          {feedback.source === 'model'
            ? `AI tutor${feedback.model ? ` (${feedback.model})` : ''}`
            : feedback.source === 'rules'
              ? 'Rule-based hints'
              : streaming
                ? 'Thinking…'
                : ''}
        </span>
        <label className="field field-inline">
          <span>Depth</span>
          <select
            value={depth}
            onChange={(e) => {
              setDepth(e.target.value as ExplanationDepth);
            }}
          >
            {DEPTHS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button-small" disabled={streaming} onClick={() => feedback.start()}>
          Regenerate
        </button>
        {allowDeeper && (
          <button
            type="button"
            className="button button-small button-primary"
            disabled={streaming || feedback.status === 'unavailable'}
            onClick={() => feedback.start({ deeper: true })}
          >
            Explain deeper
          </button>
        )}
      </div>
      <div className="feedback-text" aria-live="polite" data-testid="feedback-text">
        {feedback.text ? <Markdown source={feedback.text} /> : null}
        {streaming && <span className="cursor" aria-hidden="true" />}
        {streaming && !feedback.text && <p className="muted">Writing your feedback…</p>}
        {feedback.status === 'unavailable' && <p className="muted">Feedback for this submission is not available yet.</p>}
        {feedback.error && (
          <p role="alert" className="alert alert-error">
            {feedback.error}
          </p>
        )}
      </div>
    </div>
  );
}
