import { ProtectedRoute } from '../../features/auth/components/protected-route';
import { MockInterviewView } from '../../features/mock-interview/components/mock-interview-view';
import { useDocumentTitle } from './use-document-title';

export function MockInterviewRoute() {
  useDocumentTitle('Mock interview');
  return (
    <ProtectedRoute>
      <div className="page">
        <div className="page-header">
          <h1>Mock interview</h1>
          <p className="muted">Practice under a clock, the way an interview feels.</p>
        </div>
        <MockInterviewView />
      </div>
    </ProtectedRoute>
  );
}
