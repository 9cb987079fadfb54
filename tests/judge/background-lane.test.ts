// Sandboxes run below the server's own CPU priority; analysis after the answer runs in the
// judge's background lane: slots of its own, so it never holds up a submission someone waits
// for, and a lower priority still, so the scheduler gives the cores to interactive runs first.
import { afterAll, describe, expect, it } from 'vitest';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import { NICENESS as NICE } from '../../api/src/modules/judge/sandbox-process.js';
import { PYTHON_BIN, makeProblem, test } from './helpers.js';

// Reports its own scheduling priority (needs the policy and audit hooks off: it imports os).
const NICENESS = makeProblem({ slug: 'niceness', entryPoint: 'niceness', tests: [test('t1', [], NICE.interactive)] });
const REPORT_NICENESS = 'import os\ndef niceness():\n    return os.getpriority(os.PRIO_PROCESS, 0)\n';
// Where the kernel groups processes by session (autogroup), the session's nice value is the one that counts.
const REPORT_AUTOGROUP = `import os\ndef niceness():\n    try:\n        with open("/proc/self/autogroup") as f:\n            return int(f.read().split("nice")[1])\n    except OSError:\n        return os.getpriority(os.PRIO_PROCESS, 0)\n`;

// Busy for about a second of CPU.
const SPIN = makeProblem({ slug: 'spin', entryPoint: 'spin', timeLimitMs: 5000, tests: [test('t1', [], 0)] });
const SPIN_CODE = 'def spin():\n    n = 0\n    for i in range(30_000_000):\n        n += 1\n    return 0\n';

describe('the background lane', () => {
  // Runs never yield their turn here (a busy machine would make a quick one look slow); the
  // second test checks yielding with a judge of its own.
  const judge = createJudge({
    pythonBin: PYTHON_BIN,
    concurrency: 1,
    poolSize: 1,
    yieldAfterMs: 60_000,
    unsafeSkipPolicy: true,
    unsafeDisableAuditHooks: true,
  });
  afterAll(() => judge.close());

  it("runs interactive code below the server's CPU priority and background code lower still", async () => {
    const interactive = await judge.judge({ problem: NICENESS, code: REPORT_NICENESS, scope: 'all' });
    const background = await judge.judge({ problem: NICENESS, code: REPORT_NICENESS, scope: 'all', priority: 'background' });
    expect(interactive.tests[0].actual).toBe(NICE.interactive);
    expect(background.tests[0].actual).toBe(NICE.background);
    const interactiveGroup = await judge.judge({ problem: NICENESS, code: REPORT_AUTOGROUP, scope: 'all' });
    const backgroundGroup = await judge.judge({ problem: NICENESS, code: REPORT_AUTOGROUP, scope: 'all', priority: 'background' });
    expect(interactiveGroup.tests[0].actual).toBe(NICE.interactive);
    expect(backgroundGroup.tests[0].actual).toBe(NICE.background);
  });

  it('lowers a run that outlasts its turn, so the runs after it get the cores first', async () => {
    const quickToYield = createJudge({
      pythonBin: PYTHON_BIN,
      concurrency: 1,
      poolSize: 0,
      yieldAfterMs: 50,
      maxYielded: 1,
      unsafeSkipPolicy: true,
      unsafeDisableAuditHooks: true,
    });
    try {
      const code = `import os, time\ndef niceness():\n    end = time.process_time() + 0.4\n    while time.process_time() < end:\n        pass\n    return os.getpriority(os.PRIO_PROCESS, 0)\n`;
      const report = await quickToYield.judge({ problem: NICENESS, code, scope: 'all' });
      expect(report.tests[0].actual).toBe(NICE.yielded);
    } finally {
      await quickToYield.close();
    }
  }, 30_000);

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
