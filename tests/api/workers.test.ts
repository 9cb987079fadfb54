// Two API processes and two worker processes on real PostgreSQL and Redis, as a scaled
// deployment runs: submissions go in through one API, their verdicts and analyses are durable
// jobs the workers take, a worker is SIGKILLed in the middle of an analysis, and feedback is
// streamed from the other API. Every submission must end judged, analyzed, with feedback, and counted in the profile
// exactly once.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseServerEnv, type ServerProcess, startServerProcess } from '../../scripts/reliability/server-process.js';
import { createFreshPostgresDatabase, requireServiceInCi } from '../helpers/databases.js';
import { OFF_BY_ONE_BINARY_SEARCH as OFF_BY_ONE } from '../helpers/binary-search.js';

requireServiceInCi('TEST_DATABASE_URL');
requireServiceInCi('TEST_REDIS_URL');
const adminUrl = process.env.TEST_DATABASE_URL;
// A Redis database of this file's own, emptied first (the processes cache rows of a fresh database).
const redisUrl = process.env.TEST_REDIS_URL ? `${process.env.TEST_REDIS_URL.replace(/\/\d*$/, '')}/9` : undefined;
const LEARNERS = 4;

async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('scripts/cli.ts'), 'worker'], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.homedir(), NODE_ENV: 'production', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the worker did not start: ${output.slice(-2000)}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('worker ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`the worker exited with ${code}: ${output.slice(-2000)}`)));
  });
  child.stdout.resume();
  child.stderr.resume();
  return child;
}

async function json(url: string, init: RequestInit = {}): Promise<{ status: number; body: Record<string, any> }> {
  const response = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...(init.headers ?? {}) } });
  return { status: response.status, body: await response.json().catch(() => null) };
}

describe.skipIf(!adminUrl || !redisUrl)('API replicas and workers', () => {
  let database: { url: string; drop(): Promise<void> };
  const apis: ServerProcess[] = [];
  const workers: ChildProcess[] = [];
  let queue: Queue;
  let env: Record<string, string>;

  beforeAll(async () => {
    const admin = new Redis(redisUrl!);
    await admin.flushdb();
    admin.disconnect();
    database = await createFreshPostgresDatabase(adminUrl!);
    env = {
      ...baseServerEnv(database.url, redisUrl!, mkdtempSync(path.join(os.tmpdir(), 'cm-data-'))),
      JUDGE_RUNS_PER_USER: '1',
      JOB_LOCK_SECONDS: '3',
    };
    // One worker first, so the first jobs are its own when it is killed.
    workers.push(await startWorker({ ...env, DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'cm-data-')) }));
    const logs = mkdtempSync(path.join(os.tmpdir(), 'cm-workers-'));
    for (let i = 0; i < 2; i++) apis.push(await startServerProcess({ ...env, RUN_JOBS: 'false' }, path.join(logs, `api-${i}.log`)));
    queue = new Queue('codementor-analysis', { connection: new Redis(redisUrl!, { maxRetriesPerRequest: null }) });
  }, 240_000);

  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await Promise.all(apis.map((api) => api.stop()));
    await queue?.close();
    await database?.drop();
  }, 60_000);

  it('ends every submission analyzed with feedback and one profile update, though a worker dies mid-analysis', async () => {
    const [a, b] = apis;
    const learners: { token: string; userId: string }[] = [];
    for (let i = 0; i < LEARNERS; i++) {
      const signed = await json(`${a.url}/api/auth/register`, {
        method: 'POST',
        body: JSON.stringify({ email: `w${i}-${Date.now()}@example.com`, password: 'correct horse battery' }),
      });
      expect(signed.status).toBe(201);
      learners.push({ token: signed.body.accessToken, userId: signed.body.user.id });
    }
    const ids: string[] = [];
    for (const learner of learners) {
      const answer = await json(`${a.url}/api/submissions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${learner.token}` },
        body: JSON.stringify({ problem: 'binary-search', code: OFF_BY_ONE }),
      });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body).toMatchObject({ verdict: 'wrong_answer', analysis: { status: 'pending' } });
      ids.push(answer.body.id);
    }
    // The first worker is at work on a job: kill it there, then bring a second one.
    for (let i = 0; i < 200 && (await queue.getActiveCount()) === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(await queue.getActiveCount()).toBeGreaterThan(0);
    workers[0].kill('SIGKILL');
    workers.push(await startWorker({ ...env, DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'cm-data-')) }));

    // Feedback streamed from the other API, which judged and analyzed nothing itself.
    for (const [i, id] of ids.entries()) {
      const response = await fetch(`${b.url}/api/submissions/${id}/feedback`, {
        headers: { authorization: `Bearer ${learners[i].token}`, accept: 'text/event-stream' },
      });
      const body = await response.text();
      expect(response.status, body).toBe(200);
      expect(body).toContain('event: final');
    }

    // The APIs judged nothing themselves: every verdict came from a worker.
    for (const api of apis) {
      const metrics = await (await fetch(`${api.url}/metrics`)).text();
      expect(metrics).not.toMatch(/^judge_duration_seconds_count\{[^}]*\} [1-9]/m);
    }

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const rows = await client.query('select id, analyzed_at, feedback from submissions where id = any($1)', [ids]);
      expect(rows.rows).toHaveLength(LEARNERS);
      for (const row of rows.rows) {
        expect(row.analyzed_at).not.toBeNull();
        expect(row.feedback).not.toBeNull();
      }
      const patterns = await client.query('select user_id, pattern_id, observations from weakness_patterns where user_id = any($1)', [
        learners.map((l) => l.userId),
      ]);
      expect(new Set(patterns.rows.map((r) => r.user_id)).size).toBe(LEARNERS);
      for (const row of patterns.rows) expect(row.observations, `${row.user_id} ${row.pattern_id}`).toBe(1);
      const users = await client.query('select streak_days from users where id = any($1)', [learners.map((l) => l.userId)]);
      expect(users.rows.every((u) => u.streak_days === 1)).toBe(true);
    } finally {
      await client.end();
    }
  }, 180_000);
});
