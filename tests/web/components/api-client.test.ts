// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest } from '../../../web/src/lib/api-client';
import { getSession, setSession } from '../../../web/src/lib/auth-store';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const user = { id: 'u1', email: 'a@example.com', createdAt: '2026-01-01T00:00:00Z' };

afterEach(() => {
  vi.unstubAllGlobals();
  setSession(null);
});

describe('the API client', () => {
  it('refreshes an expired access token silently and retries once, for concurrent requests with one refresh', async () => {
    setSession({ user, accessToken: 'old', refreshToken: 'r1' });
    const fetch = vi.fn(async (url: string, init: RequestInit) => {
      if (url === '/api/auth/refresh') return json(200, { accessToken: 'new', refreshToken: 'r2' });
      const auth = (init.headers as Record<string, string>).authorization;
      return auth === 'Bearer new' ? json(200, { ok: url }) : json(401, { error: { code: 'UNAUTHORIZED', message: 'expired' } });
    });
    vi.stubGlobal('fetch', fetch);
    const [a, b] = await Promise.all([apiRequest('/api/me'), apiRequest('/api/problems')]);
    expect(a).toEqual({ ok: '/api/me' });
    expect(b).toEqual({ ok: '/api/problems' });
    expect(fetch.mock.calls.filter(([url]) => url === '/api/auth/refresh')).toHaveLength(1);
    expect(getSession()).toMatchObject({ accessToken: 'new', refreshToken: 'r2', user });
  });

  it('signs out when the refresh token is refused', async () => {
    setSession({ user, accessToken: 'old', refreshToken: 'revoked' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === '/api/auth/refresh'
          ? json(401, { error: { code: 'UNAUTHORIZED', message: 'revoked' } })
          : json(401, { error: { code: 'UNAUTHORIZED', message: 'expired' } }),
      ),
    );
    await expect(apiRequest('/api/me')).rejects.toMatchObject({ status: 401 });
    expect(getSession()).toBeNull();
  });

  it("turns the server's error body into an ApiError with its code and message", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(409, { error: { code: 'EMAIL_TAKEN', message: 'that email is taken', requestId: 'x', timestamp: 'now' } })),
    );
    const error = await apiRequest('/api/auth/register', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'EMAIL_TAKEN', message: 'that email is taken' });
  });
});
