// The OS boundary around every run of learner code: bubblewrap (`bwrap`), which works without
// root wherever unprivileged user namespaces are on. Each sandbox gets new user, PID, IPC, UTS,
// network and cgroup namespaces and a file system of its own made of:
//   - read-only: the interpreter and its standard library, the system's shared libraries,
//     and the judge's harness (at /judge); nothing of the project, the data directory or /home;
//   - a fresh /proc that shows only the sandbox's own processes, a minimal /dev;
//   - a private /tmp (the working directory) limited in size; everything else read-only.
// A seccomp filter (seccomp-filter.ts) refuses new processes, namespaces, sockets and the
// like. The process runs as uid 65534 inside its user namespace with no capabilities.
import { existsSync, lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Where the harness directory appears inside the sandbox. */
export const SANDBOX_HARNESS_DIR = '/judge';
/** The sandbox's private, size-limited /tmp, also its working directory. */
export const SANDBOX_WORKDIR = '/tmp';
export const SANDBOX_UID = 65534;
/** The file descriptor bwrap reads the seccomp filter from (fd 3 is the result channel). */
export const SECCOMP_FD = 4;
/** The file descriptor bwrap writes `{"child-pid": N}` to: the interpreter's pid on the host. */
export const INFO_FD = 5;

export interface BubblewrapLayout {
  /** The interpreter's executable (real path). */
  python: string;
  /** sys.prefix, sys.base_prefix, sys.exec_prefix (real paths). */
  pythonPrefixes: string[];
  /** The harness directory on the host, shown read-only at SANDBOX_HARNESS_DIR. */
  harnessDir: string;
  /** Host directories that must not be visible even if a read-only bind would show them. */
  hiddenPaths: string[];
  tmpSizeBytes: number;
  /** Whether a seccomp filter is passed on SECCOMP_FD. */
  seccomp: boolean;
  /** Whether bwrap reports the interpreter's host pid on INFO_FD. */
  reportPid?: boolean;
}

const SYSTEM_LIBRARY_DIRS = ['/usr/lib', '/usr/lib64', '/usr/lib32', '/usr/libx32'];
const TOP_LEVEL_LIBRARY_DIRS = ['/lib', '/lib64', '/lib32', '/libx32'];
// The dynamic loader's cache: without it libraries are still found, only by a slower search.
const LOADER_CACHE = '/etc/ld.so.cache';

const isInside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith('/') ? parent : parent + '/');

/** bwrap's arguments up to (not including) the command it runs. */
export function bubblewrapArgs(layout: BubblewrapLayout): string[] {
  const args = [
    '--unshare-user',
    '--unshare-pid',
    '--unshare-ipc',
    '--unshare-uts',
    '--unshare-net',
    '--unshare-cgroup-try',
    '--uid',
    String(SANDBOX_UID),
    '--gid',
    String(SANDBOX_UID),
    '--hostname',
    'sandbox',
    '--die-with-parent',
    // The interpreter is the namespace's init itself: no bwrap init process between, which
    // would outlive its parent for a moment as an orphan for the host's init to reap. As init,
    // it ignores signals it has no handler for, sent from inside: its own are no use to it.
    '--as-pid-1',
    // A session and process group of its own: no terminal to inject input into, and no
    // signal to "its own group" can reach bwrap outside the namespace.
    '--new-session',
    '--clearenv',
    '--cap-drop',
    'ALL',
  ];

  const bound: string[] = [];
  const bind = (source: string, target = source) => {
    args.push('--ro-bind', source, target);
    bound.push(target);
  };
  for (const dir of SYSTEM_LIBRARY_DIRS) if (isRealDirectory(dir)) bind(dir);
  for (const dir of TOP_LEVEL_LIBRARY_DIRS) {
    if (!existsSync(dir)) continue;
    if (lstatSync(dir).isSymbolicLink()) args.push('--symlink', readlinkSync(dir), dir);
    else bind(dir);
  }
  if (existsSync(LOADER_CACHE)) bind(LOADER_CACHE);
  for (const prefix of [...new Set(layout.pythonPrefixes)].sort()) {
    if (!bound.some((b) => isInside(prefix, b))) bind(prefix);
  }
  if (!bound.some((b) => isInside(layout.python, b))) bind(layout.python);
  bind(layout.harnessDir, SANDBOX_HARNESS_DIR);

  // A hidden directory that a bind above would show (a project installed under /usr/lib, say)
  // is covered with an empty read-only tmpfs, unless the interpreter itself lives inside it.
  for (const hidden of layout.hiddenPaths) {
    const real = realOrNull(hidden);
    if (!real || !bound.some((b) => isInside(real, b) && real !== b)) continue;
    if (layout.pythonPrefixes.some((p) => isInside(p, real))) continue;
    args.push('--size', '4096', '--tmpfs', real, '--remount-ro', real);
  }

  args.push(
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    // The root and /dev are bwrap's own tmpfs mounts, writable and unbounded unless made
    // read-only; that applies to the mounts below them too, so /tmp is mounted afterwards.
    '--dir',
    SANDBOX_WORKDIR,
    '--remount-ro',
    '/dev',
    '--remount-ro',
    '/',
    '--size',
    String(layout.tmpSizeBytes),
    '--perms',
    '0700',
    '--tmpfs',
    SANDBOX_WORKDIR,
    '--chdir',
    SANDBOX_WORKDIR,
  );
  if (layout.seccomp) args.push('--seccomp', String(SECCOMP_FD));
  if (layout.reportPid) args.push('--info-fd', String(INFO_FD));
  return args;
}

function isRealDirectory(dir: string): boolean {
  try {
    return !lstatSync(dir).isSymbolicLink() && statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function realOrNull(p: string): string | null {
  try {
    return realpathSync(path.resolve(p));
  } catch {
    return null;
  }
}
