// Analysis after the answer runs in the judge's background lane: slots of its own, so it never
// holds up a submission someone waits for, and a lower CPU priority, so the scheduler gives
// the cores to interactive runs first.
import { afterAll, describe, expect, it } from 'vitest';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import { PYTHON_BIN, makeProblem, test } from './helpers.js';

// Reports its own scheduling priority (needs the policy and audit hooks off: it imports os).
const NICENESS = makeProblem({ slug: 'niceness', entryPoint: 'niceness', tests: [test('t1', [], 0)] });
const REPORT_NICENESS = 'import os\ndef niceness():\n    return os.getpriority(os.PRIO_PROCESS, 0)\n';

// Busy for about a second of CPU.
const SPIN = makeProblem({ slug: 'spin', entryPoint: 'spin', timeLimitMs: 5000, tests: [test('t1', [], 0)] });
const SPIN_CODE = 'def spin():\n    n = 0\n    for i in range(30_000_000):\n        n += 1\n    return 0\n';

describe('the background lane', () => {
  const judge = createJudge({ pythonBin: PYTHON_BIN, concurrency: 1, poolSize: 1, unsafeSkipPolicy: true, unsafeDisableAuditHooks: true });
  afterAll(() => judge.close());

  it('runs background code at niceness 10 and interactive code at 0', async () => {
    const interactive = await judge.judge({ problem: NICENESS, code: REPORT_NICENESS, scope: 'all' });
    const background = await judge.judge({ problem: NICENESS, code: REPORT_NICENESS, scope: 'all', priority: 'background' });
    expect(interactive.tests[0].actual).toBe(0);
    expect(background.tests[0].actual).toBe(10);
  });

  it('does not take the interactive slot: a submission is judged while background work runs', async () => {
    const order: string[] = [];
    const background = judge.judge({ problem: SPIN, code: SPIN_CODE, scope: 'all', priority: 'background' }).then((report) => {
      order.push('background');
      return report;
    });
    await new Promise((resolve) => setTimeout(resolve, 100)); // the background run has its slot
    const interactive = await judge.judge({ problem: NICENESS, code: REPORT_NICENESS, scope: 'all' });
    order.push('interactive');
    expect(interactive.verdict).toBe('accepted');
    expect((await background).tests[0].status).toBe('passed');
    expect(order).toEqual(['interactive', 'background']);
  }, 30_000);
});
