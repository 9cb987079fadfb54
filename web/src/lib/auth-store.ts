// The signed-in session: tokens and user kept in localStorage so a reload stays signed in, with
// a tiny subscribe/get API for React's useSyncExternalStore. With Clerk, tokens come from
// Clerk's SDK through a provider function instead.
import type { User } from '../types/api';

export interface Session {
  user: User;
  accessToken: string;
  refreshToken: string;
}

const KEY = 'codementor.session';
const listeners = new Set<() => void>();
let current: Session | null = read();
let externalTokenProvider: (() => Promise<string | null>) | null = null;
let externalSignOut: (() => Promise<void>) | null = null;

function read(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return current;
}

export function setSession(session: Session | null): void {
  current = session;
  try {
    if (session) localStorage.setItem(KEY, JSON.stringify(session));
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode or full storage: the session lives for this tab only.
  }
  for (const listener of listeners) listener();
}

export function updateTokens(tokens: { accessToken: string; refreshToken: string }): void {
  if (current) setSession({ ...current, ...tokens });
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Clerk mode: the SDK supplies access tokens (it refreshes them itself). */
export function setExternalTokenProvider(provider: (() => Promise<string | null>) | null): void {
  externalTokenProvider = provider;
}

export function setExternalSignOut(signOut: (() => Promise<void>) | null): void {
  externalSignOut = signOut;
}

export function getExternalSignOut(): (() => Promise<void>) | null {
  return externalSignOut;
}

export async function getAccessToken(): Promise<string | null> {
  if (externalTokenProvider) return externalTokenProvider();
  return current?.accessToken ?? null;
}

export function isClerkMode(): boolean {
  return externalTokenProvider !== null;
}

// Another tab signing in or out changes this one too.
globalThis.addEventListener?.('storage', (event) => {
  if (event.key !== KEY) return;
  current = read();
  for (const listener of listeners) listener();
});
