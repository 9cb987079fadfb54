// `codementor judge` as a user runs it: a child process reading problems/ directly.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeJudge0 } from './fake-judge0-server.js';
import { caps } from './helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'judge-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const options = { maxBuffer: 256 * 1024 * 1024, timeout: 120_000, env: { ...process.env, ...env } };
    execFile('npx', ['tsx', 'scripts/cli.ts', 'judge', ...args], options, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const write = (name: string, code: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, code);
  return file;
};

describe('codementor judge', () => {
  it('prints exactly one JSON document in the contract shape and exits 0 whatever the verdict', async () => {
    const file = write('wrong.py', 'def binary_search(nums, target):\n    return -1\n');
    const { code, stdout } = await cli(['--problem', 'binary-search', file, '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ problem: 'binary-search', verdict: 'wrong_answer', feedback: { source: 'rules', model: null } });
    expect(doc.feedback.text).toMatch(/test t1/);
    expect(doc.complexity).toEqual({ time: 'O(1)', optimal: 'O(log n)', acceptable: 'O(log n)', source: expect.stringMatching(/static|growth|both/) });
    for (const pattern of doc.patterns) {
      expect(Object.keys(pattern).sort()).toEqual(['confidence', 'evidence', 'id', 'line', 'message', 'severity']);
    }
    expect(doc.total).toBe(doc.tests.length);
    // The promised test fields, and beside them the CPU time and the peak memory of the call.
    expect(Object.keys(doc.tests[0]).sort()).toEqual([
      'actual',
      'cpu_ms',
      'error',
      'expected',
      'hidden',
      'id',
      'input',
      'memory_kb',
      'status',
      'tags',
      'time_ms',
    ]);
    expect(doc.tests[0].cpu_ms).toEqual(expect.any(Number));
    // Measured for every call that came back; a call stopped by a limit never reports it.
    for (const test of doc.tests) {
      if (test.status === 'passed' || test.status === 'failed') expect(Number.isInteger(test.memory_kb), test.id).toBe(true);
      else expect(test.memory_kb, test.id).toBeNull();
    }
  }, 150_000);

  it('prints a readable report without --json', async () => {
    const file = write(
      'ok.py',
      'from bisect import bisect_left\ndef binary_search(nums, target):\n    i = bisect_left(nums, target)\n    return i if i < len(nums) and nums[i] == target else -1\n',
    );
    const { code, stdout } = await cli(['--problem', 'binary-search', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ACCEPTED/);
    expect(stdout).toMatch(/PASS t1/);
    expect(stdout).toMatch(/PASS t1\b.* ms {2}\d+(\.\d)? (KB|MB)\n/); // time, then peak memory
    expect(stdout).toMatch(/complexity: yours O\(log n\)/);
    expect(stdout).toMatch(/patterns: none/);
    expect(stdout).toMatch(/feedback:/);
  }, 150_000);

  it("judges on Judge0 with the server's settings (JUDGE0_URL, JUDGE0_AUTH_TOKEN)", async () => {
    const fake = await startFakeJudge0({ python: caps.python, authToken: 'cli-token' });
    try {
      const file = write('judge0.py', 'def binary_search(nums, target):\n    return -1\n');
      const { code, stdout, stderr } = await cli(['--problem', 'binary-search', file, '--json'], { JUDGE0_URL: fake.url, JUDGE0_AUTH_TOKEN: 'cli-token' });
      expect(code, stderr).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ problem: 'binary-search', verdict: 'wrong_answer' });
      expect(fake.requests.some((r) => r.path.startsWith('/submissions') && r.status < 300)).toBe(true);
    } finally {
      await fake.close();
    }
  }, 150_000);

  it.each([
    ['an unknown problem', ['--problem', 'no-such-problem', 'FILE'], 1, /unknown problem "no-such-problem"/],
    ['an unreadable file', ['--problem', 'binary-search', '/nonexistent/x.py'], 1, /cannot read \/nonexistent\/x.py/],
    ['a missing --problem', ['FILE'], 2, /missing --problem/],
    ['a bad setting', ['--problem', 'binary-search', 'FILE', 'JUDGE_MEMORY_MB=lots'], 1, /JUDGE_MEMORY_MB/],
  ])(
    'exits non-zero with a one-line reason on %s',
    async (_, args, exitCode, reason) => {
      const file = write('any.py', 'def binary_search(nums, target):\n    return -1\n');
      const env = Object.fromEntries(args.filter((a) => a.includes('=')).map((a) => a.split('=')));
      const { code, stdout, stderr } = await cli(
        args.filter((a) => !a.includes('=')).map((a) => (a === 'FILE' ? file : a)),
        env,
      );
      expect(code).toBe(exitCode);
      expect(stdout).toBe('');
      expect(
        stderr
          .trim()
          .split('\n')
          .filter((l) => !l.startsWith('npm warn'))[0],
      ).toMatch(reason);
    },
    150_000,
  );
});
