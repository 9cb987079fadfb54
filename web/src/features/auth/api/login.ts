import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { setSession, type Session } from '../../../lib/auth-store';
import { queryClient } from '../../../lib/query-client';
import type { Credentials } from './register';

export async function login(credentials: Credentials): Promise<Session> {
  const session = await apiRequest<Session>('/api/auth/login', { method: 'POST', body: credentials });
  queryClient.clear();
  setSession(session);
  return session;
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
