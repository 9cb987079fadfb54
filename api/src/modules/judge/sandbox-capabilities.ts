// What this machine lets the local runner do, probed once per interpreter: the real
// interpreter behind PYTHON_BIN (a pyenv shim needs PATH and HOME, which the sandbox's empty
// environment does not have) with the directories it needs, and whether the bubblewrap
// boundary works here: a real sandboxed run of that interpreter, not just a look for `bwrap`.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bubblewrapArgs, SANDBOX_HARNESS_DIR, SANDBOX_UID } from './bubblewrap.js';
import { HARNESS_DIR } from './harness-protocol.js';
import { buildSeccompFilter } from './seccomp-filter.js';

/** What stands between learner code and the machine. */
export type SandboxBoundary = { kind: 'bubblewrap'; bwrap: string; seccomp: boolean } | { kind: 'none'; reason: string };

export interface SandboxCapabilities {
  /** Absolute real path of the interpreter to run. */
  python: string;
  pythonVersion: string;
  /** sys.prefix, sys.base_prefix, sys.exec_prefix, as real paths. */
  pythonPrefixes: string[];
  boundary: SandboxBoundary;
}

export interface ProbeOptions {
  /** The bubblewrap executable; default `bwrap` found on PATH. */
  bwrapBin?: string;
}

// Facts about this machine, so per process by nature: another replica probes its own.
const probed = new Map<string, SandboxCapabilities>();

export class NoExecutorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoExecutorError';
  }
}

/** One line naming the boundary, for /ready, logs and benchmark headers. */
export function describeBoundary(boundary: SandboxBoundary): string {
  if (boundary.kind === 'none') return 'none (JUDGE_UNSAFE_NO_SANDBOX)';
  return boundary.seccomp ? 'bubblewrap+seccomp' : 'bubblewrap';
}

const PYTHON_FACTS =
  'import os, sys; print(os.path.realpath(sys.executable)); print("%d.%d.%d" % sys.version_info[:3]); ' +
  'print("\\n".join(sorted({os.path.realpath(p) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)})))';

function resolvePython(pythonBin: string): { python: string; version: string; prefixes: string[] } {
  try {
    const out = execFileSync(pythonBin, ['-c', PYTHON_FACTS], { encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'pipe'] });
    const [python, version, ...prefixes] = out.trim().split('\n');
    const [major, minor] = version.split('.').map(Number);
    if (major !== 3 || minor < 8) throw new NoExecutorError(`${pythonBin} is Python ${version}; the judge needs Python 3.8 or newer`);
    return { python, version, prefixes };
  } catch (e) {
    if (e instanceof NoExecutorError) throw e;
    throw new NoExecutorError(`cannot run the Python interpreter "${pythonBin}" (set PYTHON_BIN): ${(e as Error).message.split('\n')[0]}`);
  }
}

function findExecutable(name: string): string | null {
  if (name.includes('/')) return name;
  for (const dir of (process.env.PATH ?? '/usr/bin:/bin').split(':').filter(Boolean)) {
    try {
      return realpathSync(`${dir}/${name}`);
    } catch {
      /* not in this directory */
    }
  }
  return null;
}

/** Runs the interpreter inside the full boundary once: what works here is what every run gets. */
function probeBubblewrap(bwrapBin: string, python: string, prefixes: string[]): SandboxBoundary {
  const bwrap = findExecutable(bwrapBin);
  if (!bwrap) return { kind: 'none', reason: `bubblewrap (${bwrapBin}) is not installed` };
  const filter = buildSeccompFilter();
  const args = bubblewrapArgs({ python, pythonPrefixes: prefixes, harnessDir: HARNESS_DIR, hiddenPaths: [], tmpSizeBytes: 1 << 20, seccomp: filter !== null });
  const check = [
    'import os',
    `assert os.getuid() == ${SANDBOX_UID} and os.path.isdir("${SANDBOX_HARNESS_DIR}")`,
    // The filter must be in force: a fork is refused.
    filter ? 'try:\n    pid = os.fork()\nexcept OSError:\n    pid = -1\nif pid == 0:\n    os._exit(0)\nassert pid == -1, "fork allowed"' : '',
    'print("ok")',
  ].join('\n');
  // spawnSync can only write to fd 0, so the filter reaches bwrap from a private file.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'codementor-seccomp-'));
  const filterFd = filter ? openFilterFile(dir, filter) : null;
  let run;
  try {
    run = spawnSync(bwrap, [...args, python, '-I', '-S', '-c', check], {
      env: {},
      timeout: 15_000,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe', 'ignore', filterFd ?? 'ignore'], // fd 4 = SECCOMP_FD
    });
  } finally {
    if (filterFd !== null) closeSync(filterFd);
    rmSync(dir, { recursive: true, force: true });
  }
  if (run.error) return { kind: 'none', reason: `bubblewrap failed to run: ${run.error.message}` };
  if (run.status !== 0 || run.stdout.trim() !== 'ok') {
    const why = (run.stderr || run.stdout || `exit ${run.status}`).trim().split('\n').slice(-2).join(' | ');
    return { kind: 'none', reason: `bubblewrap cannot start a sandbox here: ${why}` };
  }
  return { kind: 'bubblewrap', bwrap, seccomp: filter !== null };
}

function openFilterFile(dir: string, filter: Buffer): number {
  const file = path.join(dir, 'filter.bpf');
  writeFileSync(file, filter, { mode: 0o600 });
  return openSync(file, 'r');
}

export function probeSandbox(pythonBin: string, options: ProbeOptions = {}): SandboxCapabilities {
  const bwrapBin = options.bwrapBin ?? 'bwrap';
  const key = `${pythonBin}\u0000${bwrapBin}`;
  const known = probed.get(key);
  if (known) return known;
  const { python, version, prefixes } = resolvePython(pythonBin);
  const caps: SandboxCapabilities = {
    python,
    pythonVersion: version,
    pythonPrefixes: prefixes,
    boundary: probeBubblewrap(bwrapBin, python, prefixes),
  };
  probed.set(key, caps);
  return caps;
}
