// Hostile submissions. Each must end non-accepted, within its time bound, leaving nothing
// running, no file outside the sandbox, no connection to a listener we own and no secret in
// the report. Most are stopped by the static policy already, so each also runs with the
// policy bypassed (audit hooks on) and with the hooks off too: then only the OS-level limits
// stand between the code and the machine, and they are what is being proven.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJudge, type Judge } from '../../api/src/modules/judge/judge.js';
import { recentSandboxPids } from '../../api/src/modules/judge/sandbox-process.js';
import type { JudgeReport, Verdict } from '../../api/src/modules/judge/types.js';
import { PYTHON_BIN, caps, makeProblem, test } from './helpers.js';

const SECRET = `sekret-${randomBytes(8).toString('hex')}`;
process.env.CODEMENTOR_FAKE_SECRET = SECRET;

const tag = randomBytes(4).toString('hex');
const outsidePaths = [
  path.join(process.cwd(), `pwned-${tag}`),
  path.join(os.tmpdir(), `pwned-${tag}`),
  `/var/tmp/pwned-${tag}`,
  `/dev/shm/pwned-${tag}`,
];

const problem = makeProblem({
  slug: 'hostile',
  entryPoint: 'solve',
  timeLimitMs: 1000,
  tests: [test('t1', [[1, 2]], 3), test('t2', [[5]], 5, true)],
});

let port = 0;
let connections = 0;
let listener: net.Server;

interface HostileCase {
  name: string;
  code: () => string;
  /** Verdicts allowed with only the OS limits in place (the run itself must stop the code). */
  bypassed: Verdict[];
  /** Verdicts allowed with the audit hooks on as well (they may stop it earlier). Default: bypassed. */
  hooked?: Verdict[];
  /** Extra checks on the report of a bypassed run. */
  check?: (report: JudgeReport) => void;
  boundMs?: number;
  /** Needs a network namespace to hold without the audit hooks. */
  needsNetns?: boolean;
}

const cases: HostileCase[] = [
  {
    name: 'fork bomb',
    code: () => 'import os\ndef solve(nums):\n    while True:\n        os.fork()\n',
    bypassed: ['runtime_error'],
  },
  {
    name: 'background process that outlives the run',
    code: () =>
      'import subprocess, os\ndef solve(nums):\n    subprocess.Popen(["sleep", "313"], start_new_session=True)\n    return sum(nums)\n',
    bypassed: ['runtime_error'],
  },
  {
    name: 'memory bomb',
    code: () => 'def solve(nums):\n    hog = bytearray(2 * 1024 ** 3)\n    return sum(nums)\n',
    bypassed: ['memory_limit_exceeded'],
  },
  {
    name: '200 MB written straight to fd 1',
    code: () => 'import os\ndef solve(nums):\n    chunk = b"x" * 1000000\n    for _ in range(200):\n        os.write(1, chunk)\n    return sum(nums)\n',
    bypassed: ['output_limit_exceeded'],
  },
  {
    name: '200 MB printed',
    code: () => 'def solve(nums):\n    chunk = "x" * 1000000\n    for _ in range(200):\n        print(chunk)\n    return sum(nums)\n',
    bypassed: ['output_limit_exceeded'],
  },
  {
    name: 'infinite loop',
    code: () => 'def solve(nums):\n    while True:\n        pass\n',
    bypassed: ['time_limit_exceeded'],
  },
  {
    name: 'reading environment variables and /proc',
    code: () => `import os
def solve(nums):
    found = [repr(dict(os.environ))]
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            for name in ("environ", "cmdline"):
                try:
                    with open("/proc/%s/%s" % (pid, name), "rb") as f:
                        found.append(f.read().decode("latin-1"))
                except Exception as e:
                    found.append(type(e).__name__)
    return found
`,
    bypassed: ['wrong_answer', 'runtime_error'],
  },
  {
    name: 'writing files outside the temporary directory',
    code: () => `def solve(nums):
    done = []
    for p in ${JSON.stringify(outsidePaths)}:
        try:
            with open(p, "w") as f:
                f.write("pwned")
            done.append("wrote " + p)
        except Exception as e:
            done.append(type(e).__name__)
    return done
`,
    bypassed: ['wrong_answer', 'runtime_error'],
  },
  {
    name: 'a socket to a listener the test owns',
    code: () => `import socket
def solve(nums):
    s = socket.create_connection(("127.0.0.1", ${port}), timeout=3)
    s.sendall(b"leak")
    return sum(nums)
`,
    bypassed: ['runtime_error'],
    needsNetns: true,
  },
  {
    name: 'signal tricks: ignoring the CPU signals, disarming the timer, killing the parent',
    code: () => `import os, signal
def solve(nums):
    signal.signal(signal.SIGPROF, signal.SIG_IGN)
    signal.signal(signal.SIGXCPU, signal.SIG_IGN)
    signal.setitimer(signal.ITIMER_PROF, 0)
    ${caps.sandboxUser ? '' : '#'}try:
    ${caps.sandboxUser ? '' : '#'}    os.kill(os.getppid(), signal.SIGKILL)
    ${caps.sandboxUser ? '' : '#'}except Exception:
    ${caps.sandboxUser ? '' : '#'}    pass
    while True:
        pass
`,
    bypassed: ['time_limit_exceeded'],
    hooked: ['runtime_error'], // importing signal is refused at run time
    boundMs: 20_000,
  },
  {
    name: 'os._exit(0) before reporting',
    code: () => 'import os\ndef solve(nums):\n    os._exit(0)\n',
    bypassed: ['runtime_error'],
    check: (r) => expect(r.tests[0].error?.type).toBe('Crash'),
  },
  {
    name: 'patched equality',
    code: () => 'class Always(list):\n    def __eq__(self, other):\n        return True\n    __hash__ = None\ndef solve(nums):\n    return Always([3])\n',
    bypassed: ['wrong_answer'],
    check: (r) => expect(r.tests[0].error?.type).toBe('NotPlainData'),
  },
  {
    name: 'fake result lines on stdout and on the result channel',
    code: () => `import os, sys
FAKE = '{"t":"result","id":"t1","plain":true,"value":3,"ms":0.1,"out":""}'
def solve(nums):
    print(FAKE)
    print("0" * 32 + " " + FAKE)
    sys.__stdout__.write(FAKE + "\\n")
    for fd in (1, 3):
        try:
            os.write(fd, (FAKE + "\\n" + '{"t":"done"}' + "\\n").encode())
        except OSError:
            pass
    return -1
`,
    bypassed: ['wrong_answer'],
  },
  {
    name: 'monkeypatched json',
    code: () => `import json
json.dumps = lambda *a, **k: "3"
json.JSONEncoder.encode = lambda self, o: "3"
def solve(nums):
    return -1
`,
    bypassed: ['wrong_answer'],
  },
];

function assertContained(report: JudgeReport, started: number, bound: number): void {
  expect(report.verdict).not.toBe('accepted');
  expect(Date.now() - started).toBeLessThan(bound);
  expect(JSON.stringify(report)).not.toContain(SECRET);
  for (const p of outsidePaths) expect(existsSync(p), `${p} must not exist`).toBe(false);
  expect(connections).toBe(0);
}

function assertNothingRunning(): void {
  for (const pid of recentSandboxPids()) {
    expect(() => process.kill(-pid, 0), `process group ${pid} must be gone`).toThrow();
  }
}

beforeAll(async () => {
  listener = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  port = (listener.address() as net.AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => listener.close(() => resolve()));
  for (const p of outsidePaths) rmSync(p, { force: true });
});

describe('hostile code through the full judge (policy on)', () => {
  const judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0 });
  afterAll(() => judge.close());

  it.each(cases)('does not accept: $name', async ({ code, boundMs }) => {
    const started = Date.now();
    const report = await judge.judge({ problem, code: code(), scope: 'all' });
    assertContained(report, started, boundMs ?? 15_000);
  }, 60_000);
});

describe.each([
  { layer: 'audit hooks and OS limits', disableAuditHooks: false },
  { layer: 'OS limits alone', disableAuditHooks: true },
])('hostile code with the policy bypassed: $layer', ({ disableAuditHooks }) => {
  let judge: Judge;
  beforeAll(() => {
    judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0, unsafeSkipPolicy: true, unsafeDisableAuditHooks: disableAuditHooks });
  });
  afterAll(async () => {
    await judge.close();
    assertNothingRunning();
    expect(sleepersAlive()).toBe(0);
  });

  it.each(cases)('contains: $name', async ({ code, bypassed, hooked, check, boundMs, needsNetns }) => {
    if (needsNetns && disableAuditHooks && !caps.unshare) return; // nothing but the hooks holds it here
    const started = Date.now();
    const report = await judge.judge({ problem, code: code(), scope: 'all' });
    assertContained(report, started, boundMs ?? 15_000);
    expect(disableAuditHooks ? bypassed : (hooked ?? bypassed)).toContain(report.verdict);
    check?.(report);
    assertNothingRunning();
  }, 60_000);
});

function sleepersAlive(): number {
  let count = 0;
  for (const pid of readdirSync('/proc').filter((p: string) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('sleep\u0000313')) count++;
    } catch {
      /* gone meanwhile */
    }
  }
  return count;
}

describe.skipIf(!caps.unshare)('the sandbox file system', () => {
  it('hides the project directory (its .env and sources) from the submission', async () => {
    const judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0, unsafeSkipPolicy: true, unsafeDisableAuditHooks: true });
    // A project under /tmp (a CI clone) is hidden by the private /tmp itself: it does not exist there.
    const project = JSON.stringify(process.cwd());
    const code = `import os\ndef solve(nums):\n    shown = sorted(os.listdir(${project})) if os.path.exists(${project}) else []\n    return [shown, os.getcwd(), os.getuid()]\n`;
    const report = await judge.judge({ problem, code, scope: 'public' });
    const [listing, cwd, uid] = report.tests[0].actual as [string[], string, number];
    expect(listing).toEqual([]);
    expect(cwd).toBe('/tmp');
    expect(uid).toBe(caps.sandboxUser?.uid);
    await judge.close();
  }, 60_000);
});
