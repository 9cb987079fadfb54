// SIGTERM: the server stops accepting, finishes the submission in flight, closes its pools and
// exits within 10 seconds.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not become healthy');
}

// Quadratic on two-sum's large test: busy in the judge for a while.
const SLOW =
  'def two_sum(nums, target):\n    for i in range(len(nums)):\n        for j in range(i + 1, len(nums)):\n            if nums[i] + nums[j] == target:\n                return [i, j]\n';

describe('graceful shutdown', () => {
  it('finishes an in-flight submission after SIGTERM and exits within 10 s', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'serve'], {
      cwd: root,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'cm-shutdown-')) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: Date.now() })));
    try {
      await waitForHealth(base, Date.now() + 120_000);
      const register = await fetch(`${base}/api/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'shutdown@example.com', password: 'graceful exit' }),
      });
      const { accessToken } = await register.json();
      const submission = fetch(`${base}/api/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({ problem: 'two-sum', code: SLOW }),
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const signalledAt = Date.now();
      child.kill('SIGTERM');
      const answer = await submission;
      expect(answer.status).toBe(201);
      expect((await answer.json()).verdict).toBe('time_limit_exceeded');
      const { code, at } = await exited;
      expect(code, stderr).toBe(0);
      expect(at - signalledAt).toBeLessThan(10_000);
      await expect(fetch(`${base}/health`)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
    }
  }, 180_000);
});
