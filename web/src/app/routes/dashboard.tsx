import { ProtectedRoute } from '../../features/auth/components/protected-route';
import { DashboardView } from '../../features/dashboard/components/dashboard-view';
import { InterviewHistory } from '../../features/mock-interview/components/interview-history';
import { useDocumentTitle } from './use-document-title';

export function DashboardRoute() {
  useDocumentTitle('Dashboard');
  return (
    <ProtectedRoute>
      <div className="page page-wide">
        <div className="page-header">
          <h1>Your progress</h1>
          <p className="muted">What you keep getting wrong, how it is trending, and what to practice next.</p>
        </div>
        <DashboardView />
        <section aria-labelledby="interviews-title" className="dashboard-interviews">
          <h2 id="interviews-title">Mock interviews</h2>
          <InterviewHistory />
        </section>
      </div>
    </ProtectedRoute>
  );
}
