import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig, VARIABLES } from '../../api/src/config.js';
import { JUDGE0_CLIENT_DEFAULTS } from '../../api/src/modules/judge/judge0-client.js';
import { JUDGE0_POLL_DEFAULTS } from '../../api/src/modules/judge/judge0-executor.js';

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

  it("ships the Judge0 client's own timings as defaults", () => {
    const config = loadConfig({});
    expect({
      requestTimeoutMs: config.JUDGE0_TIMEOUT_MS,
      maxRetries: config.JUDGE0_RETRIES,
      retryBaseMs: config.JUDGE0_RETRY_BACKOFF_MS,
      breakerThreshold: config.JUDGE0_BREAKER_THRESHOLD,
      breakerCoolDownMs: config.JUDGE0_BREAKER_COOLDOWN_MS,
    }).toEqual(JUDGE0_CLIENT_DEFAULTS);
    expect({
      pollIntervalMs: config.JUDGE0_POLL_INTERVAL_MS,
      maxPollIntervalMs: config.JUDGE0_MAX_POLL_INTERVAL_MS,
      maxWaitMs: config.JUDGE0_MAX_WAIT_MS,
    }).toEqual(JUDGE0_POLL_DEFAULTS);
  });

  it('reads the Judge0 timings as integers', () => {
    const config = loadConfig({
      JUDGE0_TIMEOUT_MS: '10000',
      JUDGE0_RETRIES: '0',
      JUDGE0_RETRY_BACKOFF_MS: '100',
      JUDGE0_BREAKER_THRESHOLD: '3',
      JUDGE0_BREAKER_COOLDOWN_MS: ' 10000 ',
      JUDGE0_POLL_INTERVAL_MS: '500',
      JUDGE0_MAX_POLL_INTERVAL_MS: '500',
      JUDGE0_MAX_WAIT_MS: '60000',
    });
    expect(config).toMatchObject({
      JUDGE0_TIMEOUT_MS: 10_000,
      JUDGE0_RETRIES: 0,
      JUDGE0_RETRY_BACKOFF_MS: 100,
      JUDGE0_BREAKER_THRESHOLD: 3,
      JUDGE0_BREAKER_COOLDOWN_MS: 10_000,
      JUDGE0_POLL_INTERVAL_MS: 500,
      JUDGE0_MAX_POLL_INTERVAL_MS: 500,
      JUDGE0_MAX_WAIT_MS: 60_000,
    });
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['127.0.0.1', ['127.0.0.1']],
    [' 10.0.0.2, 172.16.0.0/12 ,fd00::/8, ::1 ', ['10.0.0.2', '172.16.0.0/12', 'fd00::/8', '::1']],
    ['loopback,uniquelocal', ['loopback', 'uniquelocal']],
  ])('reads TRUST_PROXY=%o as Fastify trustProxy %o', (raw, expected) => {
    expect(loadConfig(raw === undefined ? {} : { TRUST_PROXY: raw }).TRUST_PROXY).toEqual(expected);
  });

  it.each([
    [{ TRUST_PROXY: '1' }, /TRUST_PROXY must name the proxies \(addresses or CIDRs\), not a hop count \("1"\)/],
    [{ TRUST_PROXY: 'proxy.internal' }, /TRUST_PROXY must be true, false or comma-separated addresses\/CIDRs .*got "proxy.internal"/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY must be true, false .*got "10.0.0.0\/33"/],
    [{ TRUST_PROXY: ',' }, /TRUST_PROXY must be true, false/],
    [{ SIGNUPS_PER_HOUR_PER_ADDRESS: '0' }, /SIGNUPS_PER_HOUR_PER_ADDRESS must be between 1 and 1000000/],
    [{ SIGNUPS_PER_HOUR_PER_ADDRESS: 'five' }, /SIGNUPS_PER_HOUR_PER_ADDRESS must be an integer/],
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be between 0 and 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must use postgres: or postgresql:/],
    [{ REDIS_URL: 'not a url' }, /REDIS_URL must be a URL/],
    [{ DATABASE_URL: 'postgres//admin:s3cret@db' }, /^invalid configuration: DATABASE_URL must be a URL \(scheme:\/\/host\.\.\.\)$/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 characters/],
    [{ JUDGE0_RAPIDAPI_KEY: 'k' }, /JUDGE0_RAPIDAPI_HOST must be set/],
    [{ JUDGE0_TIMEOUT_MS: '30s' }, /JUDGE0_TIMEOUT_MS must be an integer, got "30s"/],
    [{ JUDGE0_TIMEOUT_MS: '0' }, /JUDGE0_TIMEOUT_MS must be between 100 and 600000, got 0/],
    [{ JUDGE0_RETRIES: '-1' }, /JUDGE0_RETRIES must be between 0 and 10/],
    [{ JUDGE0_RETRIES: '2.5' }, /JUDGE0_RETRIES must be an integer/],
    [{ JUDGE0_RETRY_BACKOFF_MS: '0' }, /JUDGE0_RETRY_BACKOFF_MS must be between 1 and 60000/],
    [{ JUDGE0_BREAKER_THRESHOLD: '0' }, /JUDGE0_BREAKER_THRESHOLD must be between 1 and 1000/],
    [{ JUDGE0_BREAKER_COOLDOWN_MS: 'never' }, /JUDGE0_BREAKER_COOLDOWN_MS must be an integer/],
    [{ JUDGE0_POLL_INTERVAL_MS: '5' }, /JUDGE0_POLL_INTERVAL_MS must be between 10 and 60000/],
    [{ JUDGE0_POLL_INTERVAL_MS: '2000', JUDGE0_MAX_POLL_INTERVAL_MS: '1000' }, /JUDGE0_MAX_POLL_INTERVAL_MS must be at least JUDGE0_POLL_INTERVAL_MS \(2000\)/],
    [{ JUDGE0_MAX_WAIT_MS: '999' }, /JUDGE0_MAX_WAIT_MS must be between 1000 and 3600000/],
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

  it("lists every variable in the README's configuration table", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
    const rows = section.split('\n').filter((line) => line.startsWith('| `'));
    const listed = rows.flatMap((row) => [...row.split('|')[1].matchAll(/`([A-Z0-9_]+)`/g)].map((m) => m[1]));
    for (const name of Object.keys(VARIABLES)) expect(listed, name).toContain(name);
  });
});
