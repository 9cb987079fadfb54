// What this machine lets the local runner do, probed once per interpreter: the real
// interpreter behind PYTHON_BIN (a pyenv shim needs PATH and HOME, which the sandbox's empty
// environment does not have), whether we are root (so we can drop to an unprivileged user)
// and whether `unshare -n -m` works (a private network and mount namespace).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface SandboxCapabilities {
  /** Absolute path of the interpreter to run. */
  python: string;
  pythonVersion: string;
  /** uid/gid the submission runs as, when we can switch (root only). */
  sandboxUser: { uid: number; gid: number } | null;
  /** Path of `unshare` when new network and mount namespaces can be created. */
  unshare: string | null;
}

const probed = new Map<string, SandboxCapabilities>();

export class NoExecutorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoExecutorError';
  }
}

function resolvePython(pythonBin: string): { python: string; version: string } {
  try {
    const out = execFileSync(pythonBin, ['-c', 'import sys; print(sys.executable); print("%d.%d.%d" % sys.version_info[:3])'], {
      encoding: 'utf8',
      timeout: 15_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [python, version] = out.trim().split('\n');
    const [major, minor] = version.split('.').map(Number);
    if (major !== 3 || minor < 8) throw new NoExecutorError(`${pythonBin} is Python ${version}; the judge needs Python 3.8 or newer`);
    return { python, version };
  } catch (e) {
    if (e instanceof NoExecutorError) throw e;
    throw new NoExecutorError(`cannot run the Python interpreter "${pythonBin}" (set PYTHON_BIN): ${(e as Error).message.split('\n')[0]}`);
  }
}

function lookupUser(name: string): { uid: number; gid: number } | null {
  try {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.startsWith(name + ':'));
    if (!line) return null;
    const [, , uid, gid] = line.split(':');
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    return null;
  }
}

function findUnshare(): string | null {
  for (const candidate of ['/usr/bin/unshare', '/bin/unshare']) {
    const probe = spawnSync(candidate, ['-n', '-m', 'true'], { timeout: 10_000, stdio: 'ignore' });
    if (probe.status === 0) return candidate;
  }
  return null;
}

export function probeSandbox(pythonBin: string): SandboxCapabilities {
  const known = probed.get(pythonBin);
  if (known) return known;
  const { python, version } = resolvePython(pythonBin);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const caps: SandboxCapabilities = {
    python,
    pythonVersion: version,
    sandboxUser: isRoot ? lookupUser('nobody') : null,
    unshare: isRoot ? findUnshare() : null,
  };
  probed.set(pythonBin, caps);
  return caps;
}
