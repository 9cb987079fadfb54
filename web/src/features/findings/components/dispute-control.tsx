// "This finding is wrong": an optional comment, then a recorded dispute; the detectors are
// calibrated from these.
import { type FormEvent, useId, useState } from 'react';
import { describeError } from '../../../lib/api-client';
import { useDisputeFinding } from '../api/dispute-finding';

export function DisputeControl({ submissionId, index }: { submissionId: string; index: number }) {
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const dispute = useDisputeFinding();
  const id = useId();

  if (dispute.isSuccess) {
    return (
      <p className="dispute-done" role="status">
        Thanks: your report was recorded and helps us fix this detector.
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="button button-small button-ghost" onClick={() => setOpen(true)}>
        This finding is wrong
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    dispute.mutate({ submissionId, index, comment: comment.trim() || undefined });
  };
  return (
    <form className="dispute-form" onSubmit={submit}>
      <label htmlFor={id}>What is wrong with it? (optional)</label>
      <textarea id={id} rows={2} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} autoFocus />
      {dispute.isError && (
        <p role="alert" className="alert alert-error">
          {describeError(dispute.error)}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button-small button-primary" disabled={dispute.isPending}>
          {dispute.isPending ? 'Sending…' : 'Send report'}
        </button>
        <button type="button" className="button button-small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
