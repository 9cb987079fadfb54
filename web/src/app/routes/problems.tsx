import { ProblemsList } from '../../features/problems/components/problems-list';
import { useDocumentTitle } from './use-document-title';

export function ProblemsRoute() {
  useDocumentTitle('Problems');
  return (
    <div className="page">
      <div className="page-header">
        <h1>Problems</h1>
        <p className="muted">Solve in Python. We tell you what went wrong, why, and what to practice next.</p>
      </div>
      <ProblemsList />
    </div>
  );
}
