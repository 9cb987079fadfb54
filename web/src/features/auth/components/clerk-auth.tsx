// Clerk accounts (only when VITE_CLERK_PUBLISHABLE_KEY is set; loaded lazily so local accounts
// pay nothing): Clerk's provider, a bridge handing its tokens to the API client, and its sign-in.
import { ClerkProvider, SignIn, useAuth, useUser } from '@clerk/react';
import { type ReactNode, useEffect } from 'react';
import { setExternalSignOut, setExternalTokenProvider, setSession } from '../../../lib/auth-store';

function TokenBridge() {
  const { isLoaded, isSignedIn, getToken, signOut } = useAuth();
  const { user } = useUser();
  useEffect(() => {
    if (!isLoaded) return;
    setExternalTokenProvider(() => getToken());
    setExternalSignOut(() => signOut());
    if (isSignedIn && user) {
      const email = user.primaryEmailAddress?.emailAddress ?? null;
      setSession({ user: { id: user.id, email, createdAt: new Date().toISOString() }, accessToken: '', refreshToken: '' });
    } else {
      setSession(null);
    }
  }, [isLoaded, isSignedIn, user, getToken, signOut]);
  return null;
}

export function ClerkAuthProvider({ publishableKey, children }: { publishableKey: string; children: ReactNode }) {
  return (
    <ClerkProvider publishableKey={publishableKey}>
      <TokenBridge />
      {children}
    </ClerkProvider>
  );
}

export function ClerkSignIn() {
  return <SignIn routing="hash" forceRedirectUrl="/problems" />;
}
