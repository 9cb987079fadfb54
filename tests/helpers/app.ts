// Builds the real app for route tests: the given database, the in-process cache unless one is
// passed, quiet logs, a fixed JWT secret and a throwaway data directory.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../api/src/app.js';
import type { Cache } from '../../api/src/cache/cache.js';
import { type Config, loadConfig } from '../../api/src/config.js';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import type { Judge } from '../../api/src/modules/judge/judge.js';
import type { ProblemRegistry } from '../../api/src/modules/problems/problem-registry.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'cm-data-')),
    NODE_ENV: 'test',
    // Every suite signs its users up from app.inject's 127.0.0.1; the sign-up limit's own tests lower it.
    SIGNUPS_PER_HOUR_PER_ADDRESS: '1000000',
    // Suites fire many submissions of one learner at once; the limit's own tests set it.
    JUDGE_RUNS_PER_USER: '0',
    ...env,
  });
}

export async function buildTestApp(
  database: DatabaseHandle,
  options: { env?: Record<string, string>; cache?: Cache; judge?: Judge; problems?: ProblemRegistry } = {},
): Promise<FastifyInstance> {
  const app = await buildApp(testConfig(options.env), {
    database,
    cache: options.cache,
    judge: options.judge,
    problems: options.problems,
    logger: false,
  });
  await app.ready();
  return app;
}

export interface Session {
  userId: string;
  accessToken: string;
  refreshToken: string;
  auth: { authorization: string };
}

let counter = 0;
/** Registers a fresh local user and returns its tokens. */
export async function signUp(app: FastifyInstance, email = `user${Date.now()}-${counter++}@example.com`): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/register', payload: { email, password: 'correct horse battery' } });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const body = response.json();
  return {
    userId: body.user.id,
    accessToken: body.accessToken,
    refreshToken: body.refreshToken,
    auth: { authorization: `Bearer ${body.accessToken}` },
  };
}
