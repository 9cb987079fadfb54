import { useSyncExternalStore } from 'react';
import { getSession, type Session, subscribeSession } from './auth-store';

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, () => null);
}
