// Everything the pages rely on: the error boundary, the query client, and Clerk's provider when
// VITE_CLERK_PUBLISHABLE_KEY is set (loaded lazily; local accounts otherwise).
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { queryClient } from '../lib/query-client';

export const clerkPublishableKey: string | undefined = import.meta.env.VITE_CLERK_PUBLISHABLE_KEY || undefined;

const ClerkAuthProvider = lazy(() => import('../features/auth/components/clerk-auth').then((m) => ({ default: m.ClerkAuthProvider })));

export function AppProvider({ children }: { children: ReactNode }) {
  const content = <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return (
    <ErrorBoundary>
      {clerkPublishableKey ? (
        <Suspense fallback={null}>
          <ClerkAuthProvider publishableKey={clerkPublishableKey}>{content}</ClerkAuthProvider>
        </Suspense>
      ) : (
        content
      )}
    </ErrorBoundary>
  );
}
