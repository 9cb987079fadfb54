import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getExternalSignOut, getSession, setSession } from '../../../lib/auth-store';
import { queryClient } from '../../../lib/query-client';

/** Revokes the refresh token (best effort) and forgets the session locally either way. */
export async function logout(): Promise<void> {
  const session = getSession();
  try {
    const clerkSignOut = getExternalSignOut();
    if (clerkSignOut) await clerkSignOut();
    else if (session?.refreshToken) {
      await apiRequest<void>('/api/auth/logout', { method: 'POST', body: { refreshToken: session.refreshToken } });
    }
  } finally {
    setSession(null);
    queryClient.clear();
  }
}

export function useLogout() {
  return useMutation({ mutationFn: logout });
}
