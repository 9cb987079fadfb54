// No cache may keep what carries a token or belongs to a signed-in caller: every auth answer
// and every answer to a signed-in request says `Cache-Control: no-store`.
import { describe, expect, it } from 'vitest';
import { signUp } from '../helpers/app.js';
import { authTargets, freshEmail, useAuthApp } from './auth-helpers.js';

describe.each(authTargets().slice(0, 1))('Cache-Control on $name', (target) => {
  const suite = useAuthApp(target);

  const post = (url: string, payload: object) => suite.app.inject({ method: 'POST', url, payload });

  it('marks every answer of the auth routes no-store, errors included', async () => {
    const email = freshEmail('cc');
    const answers = {
      register: await post('/api/auth/register', { email, password: 'correct horse battery' }),
      login: await post('/api/auth/login', { email, password: 'correct horse battery' }),
      'wrong login': await post('/api/auth/login', { email, password: 'not it at all' }),
      'invalid body': await post('/api/auth/login', { email }),
    };
    const refresh = await post('/api/auth/refresh', { refreshToken: answers.login.json().refreshToken });
    const logout = await post('/api/auth/logout', { refreshToken: refresh.json().refreshToken });
    for (const [name, answer] of Object.entries({ ...answers, refresh, logout })) {
      expect(answer.headers['cache-control'], name).toBe('no-store');
    }
    expect(refresh.statusCode).toBe(200);
    expect(logout.statusCode).toBe(204);
  });

  it('marks answers to signed-in requests no-store, and leaves public answers alone', async () => {
    const session = await signUp(suite.app);
    for (const url of ['/api/me', '/api/me/dashboard', '/api/me/export', '/api/problems', '/api/patterns']) {
      const answer = await suite.app.inject({ url, headers: session.auth });
      expect(answer.statusCode, url).toBe(200);
      expect(answer.headers['cache-control'], url).toBe('no-store');
    }
    const anonymous = await suite.app.inject({ url: '/api/patterns' });
    expect(anonymous.headers['cache-control']).toBe('public, max-age=3600');
    expect((await suite.app.inject({ url: '/api/problems' })).headers['cache-control']).toBeUndefined();
  });
});
