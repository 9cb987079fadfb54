import { Link, useParams } from 'react-router';
import { Skeleton } from '../../components/ui/skeleton';
import { describeError, isNotFound } from '../../lib/api-client';
import { ProtectedRoute } from '../../features/auth/components/protected-route';
import { FeedbackPanel } from '../../features/feedback/components/feedback-panel';
import { FindingsList } from '../../features/findings/components/findings-list';
import { HelpPanel } from '../../features/help/components/help-panel';
import { useRunningInterview } from '../../features/mock-interview/api/mock-interviews';
import { useProblem } from '../../features/problems/api/get-problem';
import { SolverWorkspace } from '../../features/solver/components/solver-workspace';
import { useMe } from '../../features/auth/api/get-me';
import { useDocumentTitle } from './use-document-title';

function Solver({ slug }: { slug: string }) {
  const problem = useProblem(slug);
  const interview = useRunningInterview().data;
  const me = useMe();
  const inInterview = interview?.problems.some((p) => p.slug === slug) ? interview.endsAt : null;
  useDocumentTitle(problem.data?.title ?? 'Problem');
  if (problem.isPending) {
    return (
      <div className="workspace" aria-busy="true">
        <Skeleton height="2.5rem" width="40%" />
        <div className="workspace-grid">
          <Skeleton height="60vh" />
          <Skeleton height="60vh" />
          <Skeleton height="60vh" />
        </div>
      </div>
    );
  }
  if (problem.isError) {
    return (
      <div className="page">
        <h1>{isNotFound(problem.error) ? 'Problem not found' : 'Could not load the problem'}</h1>
        <p>{isNotFound(problem.error) ? `There is no problem called "${slug}".` : describeError(problem.error)}</p>
        <Link to="/problems">Back to problems</Link>
      </div>
    );
  }
  const { hintCount } = problem.data;
  return (
    <SolverWorkspace
      problem={problem.data}
      findings={FindingsList}
      // During a mock interview on this problem the feedback does not climb the hint ladder.
      feedback={(submission) => (
        <FeedbackPanel submissionId={submission.id} initial={submission.feedback} allowDeeper={!inInterview} savedDepth={me.data?.explanationDepth} />
      )}
      help={({ accepted }) => <HelpPanel slug={slug} hintCount={hintCount} accepted={accepted} interviewEndsAt={inInterview} />}
    />
  );
}

export function SolverRoute() {
  const { slug = '' } = useParams();
  return (
    <ProtectedRoute>
      <Solver slug={slug} />
    </ProtectedRoute>
  );
}
