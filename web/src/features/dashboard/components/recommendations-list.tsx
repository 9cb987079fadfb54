// The next problems picked for this learner's weaknesses, each with its reason and a
// helpful / not helpful control.
import { useState } from 'react';
import { Link } from 'react-router';
import { DifficultyBadge } from '../../../components/ui/difficulty-badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError, isNotFound } from '../../../lib/api-client';
import { usePatternCatalogue } from '../../../lib/get-patterns';
import { useRecommendations } from '../api/get-recommendations';
import { useSendRecommendationFeedback } from '../api/send-recommendation-feedback';

function HelpfulControl({ slug }: { slug: string }) {
  const send = useSendRecommendationFeedback();
  const [choice, setChoice] = useState<boolean | null>(null);
  if (send.isSuccess)
    return (
      <span className="muted" role="status">
        Thanks for the feedback.
      </span>
    );
  const vote = (helpful: boolean) => {
    setChoice(helpful);
    send.mutate({ slug, helpful });
  };
  return (
    <div className="row helpful" role="group" aria-label="Was this recommendation helpful?">
      <button type="button" className="button button-small" aria-pressed={choice === true} disabled={send.isPending} onClick={() => vote(true)}>
        Helpful
      </button>
      <button type="button" className="button button-small" aria-pressed={choice === false} disabled={send.isPending} onClick={() => vote(false)}>
        Not helpful
      </button>
      {send.isError && <span className="error-text">{describeError(send.error)}</span>}
    </div>
  );
}

export function RecommendationsList() {
  const recommendations = useRecommendations(5);
  const patterns = usePatternCatalogue();
  if (recommendations.isPending) {
    return (
      <div className="stack" aria-busy="true">
        <Skeleton height="3rem" />
        <Skeleton height="3rem" />
      </div>
    );
  }
  if (recommendations.isError) {
    return isNotFound(recommendations.error) ? (
      <EmptyState title="Recommendations are coming soon" />
    ) : (
      <p role="alert" className="alert alert-error">
        Could not load recommendations: {describeError(recommendations.error)}
      </p>
    );
  }
  const items = recommendations.data.items;
  if (items.length === 0) {
    return (
      <EmptyState title="No recommendations yet">
        Solve a few <Link to="/problems">problems</Link> and we will suggest what to practice next.
      </EmptyState>
    );
  }
  return (
    <ol className="recommendations">
      {items.map((item) => (
        <li key={item.slug} className="recommendation" data-testid="recommendation">
          <div className="row">
            <Link to={`/problems/${item.slug}`} className="problem-link">
              {item.title}
            </Link>
            <DifficultyBadge difficulty={item.difficulty} />
          </div>
          <p className="recommendation-reason">{item.reason}</p>
          {item.targetPatterns.length > 0 && <p className="muted small">Practises: {item.targetPatterns.map(patterns.title).join(', ')}</p>}
          <HelpfulControl slug={item.slug} />
        </li>
      ))}
    </ol>
  );
}
