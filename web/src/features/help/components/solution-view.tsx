// The reference solution: open after an accepted submission; before that, shown only when the
// learner confirms (the server records it, and a later solve counts as weaker evidence).
import { useEffect } from 'react';
import { Markdown } from '../../../components/ui/markdown';
import { describeError } from '../../../lib/api-client';
import { useRevealSolution, useSolution } from '../api/solution';

const REVEAL_QUESTION =
  'See the reference solution before solving it?\n\nIt is recorded: solving the problem afterwards counts as weaker evidence that you have mastered its patterns.';

export function SolutionView({ slug, accepted }: { slug: string; accepted: boolean }) {
  const solution = useSolution(slug, true);
  const reveal = useRevealSolution(slug);
  const { refetch } = solution;

  // An accepted submission unlocks it: ask again once the verdict arrives.
  useEffect(() => {
    if (accepted) void refetch();
  }, [accepted, refetch]);

  if (solution.isPending) return null;
  if (solution.isError) {
    return (
      <p role="alert" className="alert alert-error">
        {describeError(solution.error)}
      </p>
    );
  }
  const shown = solution.data;
  if (!shown) {
    return (
      <div className="solution-locked">
        <h3 className="help-heading">Solution</h3>
        <p className="muted">The reference solution opens when you solve the problem.</p>
        <button
          type="button"
          className="button"
          disabled={reveal.isPending}
          onClick={() => {
            if (window.confirm(REVEAL_QUESTION)) reveal.mutate();
          }}
        >
          Show solution
        </button>
        {reveal.error && (
          <p role="alert" className="alert alert-error">
            {describeError(reveal.error)}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="solution" data-testid="reference-solution">
      <h3 className="help-heading">Solution</h3>
      {shown.unlockedBy === 'revealed' && <p className="muted">You asked to see this before solving.</p>}
      <p className="solution-classes">
        <span>Time {shown.time}</span>
        <span>Space {shown.space}</span>
      </p>
      <Markdown source={shown.explanation} className="solution-explanation" />
      <pre className="solution-code" tabIndex={0} aria-label="Reference solution code">
        <code>{shown.code}</code>
      </pre>
    </div>
  );
}
