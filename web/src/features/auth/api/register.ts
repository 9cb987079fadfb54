import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { setSession, type Session } from '../../../lib/auth-store';
import { queryClient } from '../../../lib/query-client';

export interface Credentials {
  email: string;
  password: string;
}

export async function register(credentials: Credentials): Promise<Session> {
  const session = await apiRequest<Session>('/api/auth/register', { method: 'POST', body: credentials });
  queryClient.clear();
  setSession(session);
  return session;
}

export function useRegister() {
  return useMutation({ mutationFn: register });
}
