// Common passwords are refused at sign-up with a clear 400; the length rules stay as they were.
import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from '../../api/src/modules/auth/common-passwords.js';
import { isCommonPassword } from '../../api/src/modules/auth/password-policy.js';
import { authTargets, freshEmail, useAuthApp } from './auth-helpers.js';

describe('the list of common passwords', () => {
  const entries = COMMON_PASSWORDS.split('\n').filter(Boolean);

  it('holds a few thousand distinct lower-case passwords of 8 characters or more', () => {
    expect(entries.length).toBeGreaterThan(3000);
    expect(new Set(entries).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.length, entry).toBeGreaterThanOrEqual(8);
      expect(entry, entry).toBe(entry.toLowerCase().trim());
    }
  });

  it.each(['12345678', 'password', 'qwertyuiop', 'iloveyou1', '1q2w3e4r', '11111111', 'sunshine1', 'dragon2024', 'Password1', ' QWERTYUIOP '])(
    'knows %j',
    (password) => expect(isCommonPassword(password)).toBe(true),
  );

  it.each(['correct horse battery', 'penguins rule', 'kx8#Pq2!vR'])('lets %j through', (password) => {
    expect(isCommonPassword(password)).toBe(false);
  });
});

describe.each(authTargets().slice(0, 1))('sign-up passwords on $name', (target) => {
  const suite = useAuthApp(target);

  const register = (password: string) => suite.app.inject({ method: 'POST', url: '/api/auth/register', payload: { email: freshEmail('pw'), password } });

  it.each(['12345678', 'password', 'qwertyuiop', 'iloveyou1', 'Monkey123'])('refuses %j with 400 WEAK_PASSWORD', async (password) => {
    const response = await register(password);
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('WEAK_PASSWORD');
    expect(error.message).toBe('the password is one of the most common passwords, which are guessed first; choose a less predictable one');
    expect(error.details).toEqual([{ field: 'password', in: 'body', message: expect.stringMatching(/most common passwords/) }]);
  });

  it('keeps the minimum length rule and accepts an uncommon password', async () => {
    const short = await register('abc1234');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe('VALIDATION_ERROR');
    expect((await register('violet staircase 42')).statusCode).toBe(201);
  });
});
