import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig, VARIABLES } from '../../api/src/config.js';

describe('configuration', () => {
  it('works with no variables at all: embedded defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ HOST: '0.0.0.0', PORT: 8000, authMode: 'local', DATABASE_URL: undefined, REDIS_URL: undefined });
    expect(config.dataDir).toMatch(/data$/);
  });

  it('switches to Clerk accounts when a Clerk key is set', () => {
    expect(loadConfig({ CLERK_SECRET_KEY: 'sk_test_x' }).authMode).toBe('clerk');
    expect(loadConfig({ CLERK_JWT_KEY: '-----BEGIN PUBLIC KEY-----' }).authMode).toBe('clerk');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be between 0 and 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must use postgres: or postgresql:/],
    [{ REDIS_URL: 'not a url' }, /REDIS_URL must be a URL/],
    [{ DATABASE_URL: 'postgres//admin:s3cret@db' }, /^invalid configuration: DATABASE_URL must be a URL \(scheme:\/\/host\.\.\.\)$/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 characters/],
    [{ JUDGE0_RAPIDAPI_KEY: 'k' }, /JUDGE0_RAPIDAPI_HOST must be set/],
  ])('names the bad variable in one line: %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    for (const name of Object.keys(VARIABLES)) expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });
});
