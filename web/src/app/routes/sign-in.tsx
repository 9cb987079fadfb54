import { lazy, Suspense } from 'react';
import { AuthForm } from '../../features/auth/components/auth-form';
import { clerkPublishableKey } from '../provider';
import { useDocumentTitle } from './use-document-title';

const ClerkSignIn = lazy(() => import('../../features/auth/components/clerk-auth').then((m) => ({ default: m.ClerkSignIn })));

export function SignInRoute() {
  useDocumentTitle('Sign in');
  if (clerkPublishableKey) {
    return (
      <div className="auth-page">
        <Suspense fallback={<p className="muted">Loading sign-in…</p>}>
          <ClerkSignIn />
        </Suspense>
      </div>
    );
  }
  return (
    <div className="auth-page">
      <AuthForm mode="sign-in" />
    </div>
  );
}
