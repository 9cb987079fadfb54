// The problem's hints, opened one rung at a time: a nudge first, the plan last.
import { Markdown } from '../../../components/ui/markdown';
import { describeError } from '../../../lib/api-client';
import { useHints, useOpenHint } from '../api/hints';

export function HintLadder({ slug, total }: { slug: string; total: number }) {
  const ladder = useHints(slug, total > 0);
  const open = useOpenHint(slug);
  const opened = ladder.data?.hints ?? [];
  const next = opened.length + 1;

  if (total === 0) return null;
  return (
    <div className="hint-ladder">
      <h3 className="help-heading">Hints</h3>
      {opened.length > 0 && (
        <ol className="hint-list">
          {opened.map((hint, i) => (
            <li key={i}>
              <Markdown source={hint} />
            </li>
          ))}
        </ol>
      )}
      {next <= total ? (
        <button type="button" className="button" disabled={open.isPending || ladder.isPending} onClick={() => open.mutate(next)}>
          {opened.length === 0 ? `Show a hint (1 of ${total})` : `Show hint ${next} of ${total}`}
        </button>
      ) : (
        <p className="muted">That is every hint. After a submission, the feedback can explain deeper.</p>
      )}
      {open.error && (
        <p role="alert" className="alert alert-error">
          {describeError(open.error)}
        </p>
      )}
    </div>
  );
}
