// What a finished Judge0 submission of a batch supports, status by status: reported tests,
// the test that was running when the process ended (charged or resumed), and the limits a
// batch asks Judge0 for.
import { describe, expect, it } from 'vitest';
import { JUDGE0_CAPS, batchLimits, settleBatch } from '../../api/src/modules/judge/judge0-batch.js';
import type { Judge0Submission } from '../../api/src/modules/judge/judge0-client.js';
import type { SandboxTest } from '../../api/src/modules/judge/types.js';

const nonce = 'n0nce';
const tests: SandboxTest[] = ['a', 'b', 'c', 'd'].map((id) => ({ id, input: [1], timeLimitMs: 1000 }));
const b64 = (text: string) => Buffer.from(text).toString('base64');
const record = (body: string) => `${nonce} ${body}\n`;
const passed = (id: string) => record(`{"t":"result","id":"${id}","plain":true,"value":1,"ms":1,"cpuMs":1,"out":""}`);

function finished(reported: string[], status: { id: number; description: string }, extra: Partial<Judge0Submission> = {}): Judge0Submission {
  const stdout = record('{"t":"ready"}') + reported.map(passed).join('');
  return { token: 't', stdout: b64(stdout), stderr: null, message: null, status, time: '1.0', memory: 9000, exit_code: 0, exit_signal: null, ...extra };
}

const TLE = { id: 5, description: 'Time Limit Exceeded' };
const SIGXFSZ = { id: 8, description: 'Runtime Error (SIGXFSZ)' };
const OTHER = { id: 12, description: 'Runtime Error (Other)' };

function settled(sub: Judge0Submission, batch = tests) {
  const result = settleBatch(sub, batch, nonce);
  if (result.kind !== 'ran') throw new Error('expected a run');
  return {
    charged: Object.fromEntries([...result.outcomes].map(([id, o]) => [id, o.kind === 'error' ? o.error.type : o.kind])),
    resume: result.resume.map((t) => t.id),
  };
}

describe('settling a Judge0 batch', () => {
  it('takes every reported test and resumes nothing after a complete run', () => {
    const sub = finished(['a', 'b', 'c', 'd'], { id: 3, description: 'Accepted' });
    expect(settled(sub)).toEqual({ charged: { a: 'returned', b: 'returned', c: 'returned', d: 'returned' }, resume: [] });
  });

  it('resumes the running test when Judge0 killed the batch at its time limit after other tests', () => {
    expect(settled(finished(['a', 'b'], TLE))).toEqual({ charged: { a: 'returned', b: 'returned' }, resume: ['c', 'd'] });
  });

  it('charges a timeout when the test Judge0 killed at its time limit ran first', () => {
    expect(settled(finished([], TLE))).toEqual({ charged: { a: 'timeout' }, resume: ['b', 'c', 'd'] });
  });

  it('treats the file-size limit (the result stream) like the time limit', () => {
    expect(settled(finished(['a'], SIGXFSZ)).resume).toEqual(['b', 'c', 'd']);
    expect(settled(finished([], SIGXFSZ)).charged).toEqual({ a: 'OutputLimitExceeded' });
  });

  it('charges the running test with SIGXCPU from its own CPU backstop, wherever it ran', () => {
    expect(settled(finished(['a', 'b'], OTHER, { exit_signal: 24 }))).toEqual({ charged: { a: 'returned', b: 'returned', c: 'timeout' }, resume: ['d'] });
  });

  it('charges a crash or running out of memory to the running test and resumes the rest', () => {
    const segv = finished(['a'], { id: 7, description: 'Runtime Error (SIGSEGV)' }, { exit_signal: 11, message: b64('Caught fatal signal 11') });
    expect(settled(segv)).toEqual({ charged: { a: 'returned', b: 'Crash' }, resume: ['c', 'd'] });
    const memory = finished(['a', 'b'], { id: 11, description: 'Runtime Error (NZEC)' }, { stderr: b64('MemoryError\n') });
    expect(settled(memory)).toEqual({ charged: { a: 'returned', b: 'returned', c: 'MemoryError' }, resume: ['d'] });
  });

  it('ignores records without the nonce and answers a syntax error', () => {
    const forged = finished(['a'], TLE);
    forged.stdout = b64(Buffer.from(forged.stdout!, 'base64').toString() + 'other {"t":"result","id":"b","plain":true,"value":1}\n');
    expect(settled(forged).resume).toEqual(['b', 'c', 'd']);
    const syntax = finished([], { id: 3, description: 'Accepted' }, { stdout: b64(record('{"t":"syntax","line":1,"col":4,"msg":"invalid syntax"}')) });
    expect(settleBatch(syntax, tests, nonce)).toEqual({ kind: 'syntax', detail: { line: 1, column: 4, message: 'invalid syntax' } });
  });

  it('throws for Judge0 failures and a harness that never started', () => {
    expect(() => settleBatch(finished([], { id: 13, description: 'Internal Error' }), tests, nonce)).toThrow(/could not run/);
    const notReady = { ...finished([], { id: 11, description: 'Runtime Error (NZEC)' }), stdout: null };
    expect(() => settleBatch(notReady, tests, nonce)).toThrow(/harness failed/);
  });
});

describe('the Judge0 limits of a batch', () => {
  it('covers start-up and every test limit, within the server maximums', () => {
    const two = batchLimits(tests.slice(0, 2), JUDGE0_CAPS);
    expect(two.cpuS).toBeCloseTo(4.1, 2); // 1 s start-up, 1 s module load, 2 x (1 s + 50 ms)
    expect(two.wallS).toBeCloseTo(2 * two.cpuS + 1, 2);
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, input: [i], timeLimitMs: 1000 }));
    expect(batchLimits(many, JUDGE0_CAPS)).toEqual({ cpuS: 15, wallS: 20 });
  });

  it('never gives the first test less than it needs, even with little budget left', () => {
    expect(batchLimits(tests, JUDGE0_CAPS, 500).cpuS).toBeCloseTo(3.05, 2);
  });
});
