// Large inputs cross to the runner thread once: later runs name them by number, and the
// thread runs them as if sent whole. Our own programs (trusted batches) start there too.
import { afterAll, describe, expect, it } from 'vitest';
import { ThreadedRunner } from '../../api/src/modules/judge/threaded-runner.js';
import { trustedProcessesStarted } from '../../api/src/modules/judge/trusted-runner.js';
import type { WireTest } from '../../api/src/modules/judge/runner-thread-protocol.js';
import type { ExecutionRequest, SandboxTest } from '../../api/src/modules/judge/types.js';
import { PYTHON_BIN } from './helpers.js';

const runner = new ThreadedRunner({ pythonBin: PYTHON_BIN, memoryMb: 256, wallTimeMs: 20_000, outputLimitChars: 1_000_000, poolSize: 0 });
afterAll(() => runner.close());
const wireOf = (tests: SandboxTest[]): WireTest[] => (runner as unknown as { toWire(tests: SandboxTest[]): WireTest[] }).toWire(tests);

const largeInput = () => [Array.from({ length: 50_000 }, (_, i) => i * 3)];
const small = [[1, 2, 3]];
const request = (large: unknown[]): ExecutionRequest => ({
  code: 'def total(nums):\n    return sum(nums)\n',
  entryPoint: 'total',
  inPlace: false,
  tests: [
    { id: 'large', input: large, timeLimitMs: 2000 },
    { id: 'small', input: small, timeLimitMs: 2000 },
  ],
});

describe('inputs sent to the runner thread', () => {
  it('sends a large input whole once, then by number; a small one whole every time', () => {
    const large = largeInput();
    const tests = request(large).tests;
    const [first, firstSmall] = wireOf(tests);
    expect(first.inputJson).toBe(JSON.stringify(large));
    expect(first.inputRef).toBeGreaterThan(0);
    expect(firstSmall).toMatchObject({ inputJson: '[[1,2,3]]' });
    expect(firstSmall.inputRef).toBeUndefined();
    const [again] = wireOf(tests);
    expect(again).toMatchObject({ id: 'large', inputRef: first.inputRef });
    expect(again.inputJson).toBeUndefined();
  });

  it('runs a large input sent by number as if sent whole', async () => {
    const large = largeInput();
    const expected = large[0].reduce((a, b) => a + b, 0);
    for (let round = 0; round < 2; round++) {
      const result = await runner.execute(request(large));
      expect(result.kind).toBe('ran');
      if (result.kind !== 'ran') return;
      expect(result.outcomes.get('large')).toMatchObject({ kind: 'returned', value: expected });
      expect(result.outcomes.get('small')).toMatchObject({ kind: 'returned', value: 6 });
    }
  }, 60_000);
});

describe('trusted batches in the runner thread', () => {
  it('runs every program on every test in one process, counted on the main thread too', async () => {
    const before = trustedProcessesStarted();
    const outcomes = await runner.runTrusted({
      entryPoint: 'total',
      inPlace: false,
      tests: [{ id: 't1', input: [[1, 2, 3]], timeLimitMs: 1000 }],
      programs: ['def total(nums):\n    return sum(nums)\n', 'def total(nums):\n    return sum(nums) + 1\n'],
    });
    expect(outcomes.map((byTest) => byTest.get('t1'))).toMatchObject([
      { kind: 'returned', value: 6 },
      { kind: 'returned', value: 7 },
    ]);
    expect(trustedProcessesStarted() - before).toBe(1);
  }, 60_000);
});
