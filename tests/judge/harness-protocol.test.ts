import { describe, expect, it } from 'vitest';
import { encodeJob, parseRecord } from '../../api/src/modules/judge/harness-protocol.js';
import { DEFAULT_LIMITS } from '../../api/src/modules/judge/local-runner.js';

const NONCE = 'a'.repeat(32);

describe('the harness protocol', () => {
  it("accepts only records carrying this run's nonce", () => {
    const body = '{"t":"result","id":"t1","plain":true,"value":3,"ms":0.5,"cpuMs":0.4,"kb":640,"out":""}';
    expect(parseRecord(`${NONCE} ${body}`, NONCE)).toEqual({
      t: 'result',
      id: 't1',
      outcome: { kind: 'returned', plain: true, value: 3, timeMs: 0.5, cpuMs: 0.4, memoryKb: 640, stdout: '' },
    });
    expect(parseRecord(body, NONCE)).toBeNull();
    expect(parseRecord(`${'b'.repeat(32)} ${body}`, NONCE)).toBeNull();
    expect(parseRecord(`${NONCE} not json`, NONCE)).toBeNull();
    expect(parseRecord(`${NONCE} {"t":"result"}`, NONCE)).toBeNull();
    expect(parseRecord(`${NONCE} {"t":"launch-missiles"}`, NONCE)).toBeNull();
  });

  it('validates record fields instead of trusting them', () => {
    const r = parseRecord(
      `${NONCE} {"t":"result","id":"t1","error":{"type":5,"message":"boom","line":"7"},"limit":"disk","ms":"slow","cpuMs":"fast","kb":"big"}`,
      NONCE,
    );
    expect(r).toEqual({
      t: 'result',
      id: 't1',
      outcome: {
        kind: 'error',
        error: { type: 'Error', message: 'boom', line: null },
        timeMs: null,
        cpuMs: null,
        memoryKb: null,
        stdout: '',
        limit: undefined,
      },
    });
  });

  it.each([
    ['a negative number', '-1'],
    ['a string', '"3"'],
    ['a huge exponent read as infinity', '1e999'],
    ['null', 'null'],
  ])('reads a CPU time that is %s as unknown', (_, cpu) => {
    const r = parseRecord(`${NONCE} {"t":"result","id":"t1","timeout":true,"ms":2,"cpuMs":${cpu},"out":""}`, NONCE);
    expect(r).toEqual({ t: 'result', id: 't1', outcome: { kind: 'timeout', timeMs: 2, cpuMs: null, memoryKb: null, stdout: '' } });
  });

  it.each([
    ['a negative number', '-4'],
    ['a fraction', '2.5'],
    ['a string', '"640"'],
    ['past 2^53', '1e300'],
    ['null', 'null'],
  ])('reads a memory size that is %s as unknown', (_, kb) => {
    const r = parseRecord(`${NONCE} {"t":"result","id":"t1","timeout":true,"ms":2,"cpuMs":1,"kb":${kb},"out":""}`, NONCE);
    expect(r).toMatchObject({ outcome: { kind: 'timeout', memoryKb: null } });
  });

  it('reads a record without a CPU time or memory (an older harness) as unknown', () => {
    const r = parseRecord(`${NONCE} {"t":"result","id":"t1","plain":true,"value":1,"ms":0.5,"out":""}`, NONCE);
    expect(r).toMatchObject({ outcome: { kind: 'returned', timeMs: 0.5, cpuMs: null, memoryKb: null } });
  });

  it('never puts expected outputs into the job', () => {
    const job = encodeJob(
      { mode: 'judge', code: 'x', entryPoint: 'f', inPlace: false, tests: [{ id: 't1', input: [[1, 2]], timeLimitMs: 100 }], limits: DEFAULT_LIMITS },
      NONCE,
    );
    const [header, args] = job.trim().split('\n');
    expect(JSON.parse(header).tests).toEqual([{ id: 't1', timeLimitMs: 100 }]);
    expect(args).toBe('[[1,2]]');
    expect(job).not.toContain('expected');
  });
});
