// Starts scripts/reliability/serve.ts in a child process with an explicit environment (nothing
// from the caller's shell or a .env file leaks in), waits until it listens, and stops it with
// SIGTERM (SIGKILL after a deadline). Its logs go to a file the scripts print at the end.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const START_TIMEOUT_MS = 180_000;

export interface ServerProcess {
  url: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

/** Environment of a server under test: only what the run decides, nothing from the shell. */
export function baseServerEnv(databaseUrl: string, redisUrl: string, dataDir: string): Record<string, string> {
  return {
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: 'reliability-run-secret-that-is-long-enough-0123456789',
    // Fifty learners from one address, each far more active than a real one: the per-user
    // budgets are raised so the run measures the server, not the limiter. The API benchmark's
    // one user passes 100,000 a minute once GET /api/problems serves ~6,000 a second, so the
    // configuration's maximum.
    RATE_LIMIT_PER_MINUTE: '1000000',
    SUBMISSIONS_PER_HOUR: '100000',
    // ... and all of them sign up from 127.0.0.1.
    SIGNUPS_PER_HOUR_PER_ADDRESS: '1000000',
    JUDGE_RUNS_PER_USER: '0', // the load's learners may have several submissions in flight, as before the limit
    PYTHON_BIN: process.env.PYTHON_BIN ?? 'python3',
    // The judge's own settings pass through, to try other values under the same load.
    ...Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => /^JUDGE_/.test(entry[0]) && entry[1] !== undefined)),
  };
}

export async function startServerProcess(env: Record<string, string>, logFile: string): Promise<ServerProcess> {
  // SERVER_CPU_PROFILE=<dir>: the server writes a V8 CPU profile there when it stops.
  const profile = process.env.SERVER_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SERVER_CPU_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(ROOT, 'scripts/reliability/serve.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // A session of its own, as a deployed server has: with autogroup scheduling the simulated
    // learners would otherwise share the server's CPU share. It still stops when this process
    // goes away (serve.ts watches the IPC channel).
    detached: true,
  });
  const log = createWriteStream(logFile, { flags: 'a' });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within ${START_TIMEOUT_MS / 1000} s (log: ${logFile})`)), START_TIMEOUT_MS);
    child.on('message', (message: { type?: string; port?: number; message?: string }) => {
      if (message.type === 'listening' && message.port) {
        clearTimeout(timer);
        resolve(message.port);
      }
      if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`the server failed to start: ${message.message} (log: ${logFile})`));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening (log: ${logFile})`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    logFile,
    stop: () => stopChild(child),
  };
}

export interface WorkerProcess {
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts `codementor worker` (judging and analysis from the job queues) with the same explicit
 * environment, in a session of its own, and waits until it takes jobs. Its log goes to `logFile`.
 */
export async function startWorkerProcess(env: Record<string, string>, logFile: string): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/cli.ts'), 'worker'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', NODE_ENV: 'production', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const log = createWriteStream(logFile, { flags: 'a' });
  let head = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the worker did not start within ${START_TIMEOUT_MS / 1000} s (log: ${logFile})`)), START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      log.write(chunk);
      if (head.length < 100_000) head += chunk.toString();
      if (head.includes('worker ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the worker exited with ${code} before taking jobs (log: ${logFile})`));
    });
  });
  // This process going away must not leave the worker behind.
  const stopOnExit = () => child.kill('SIGTERM');
  process.once('exit', stopOnExit);
  return {
    pid: child.pid ?? 0,
    stop: async () => {
      process.off('exit', stopOnExit);
      await stopChild(child);
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
