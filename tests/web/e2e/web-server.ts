// The real server for browser tests: buildApp on an empty embedded PGlite database in a temp
// DATA_DIR, problems seeded as at start, listening on 127.0.0.1 at a free port, serving web/dist
// (built here first when it is missing or older than the web sources).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../api/src/app.js';
import { loadConfig } from '../../../api/src/config.js';
import { seedProblems } from '../../../api/src/modules/problems/seed-problems.js';
import { PROJECT_ROOT } from '../../../api/src/paths.js';
import { testProblemRegistry } from '../../helpers/problems.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags this machine needs (see the machine notes): no sandbox as root, no GPU, and no
// background traffic to hosts the closed network refuses.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

function isFresh(web: string): boolean {
  const manifest = path.join(web, 'dist', '.vite', 'manifest.json');
  const sources = Math.max(...['src', 'public', 'index.html', 'vite.config.ts'].map((name) => newestMtime(path.join(web, name))));
  return existsSync(manifest) && statSync(manifest).mtimeMs >= sources;
}

/**
 * Builds web/dist unless it is newer than every web source. Test files run in parallel
 * processes: a lock directory makes one of them build while the others wait for it.
 */
export function ensureWebBuild(): void {
  const web = path.join(PROJECT_ROOT, 'web');
  if (isFresh(web)) return;
  const lock = path.join(os.tmpdir(), `codementor-web-build-${createHash('sha1').update(PROJECT_ROOT).digest('hex').slice(0, 12)}`);
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 5 * 60_000 || Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      else execFileSync('sleep', ['1']);
    }
  }
  try {
    if (!isFresh(web)) build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function build(): void {
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web', '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
}

export interface WebServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startWebServer(env: Record<string, string> = {}): Promise<WebServer> {
  ensureWebBuild();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'cm-e2e-')),
    JWT_SECRET: 'e2e-secret-that-is-long-enough-for-hs256-0123456789',
    SUBMISSIONS_PER_HOUR: '1000',
    SIGNUPS_PER_HOUR_PER_ADDRESS: '1000000',
    JUDGE_RUNS_PER_USER: '0',
    RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  const app = await buildApp(config, { problems: testProblemRegistry(), logger: false });
  await seedProblems(app.db, await app.problems.all());
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url: address, close: () => app.close() };
}
