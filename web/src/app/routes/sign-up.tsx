import { Navigate } from 'react-router';
import { AuthForm } from '../../features/auth/components/auth-form';
import { clerkPublishableKey } from '../provider';
import { useDocumentTitle } from './use-document-title';

export function SignUpRoute() {
  useDocumentTitle('Sign up');
  // Clerk's sign-in page offers sign-up itself.
  if (clerkPublishableKey) return <Navigate to="/sign-in" replace />;
  return (
    <div className="auth-page">
      <AuthForm mode="sign-up" />
    </div>
  );
}
