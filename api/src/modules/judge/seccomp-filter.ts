// A small seccomp filter for the sandboxed interpreter, in the classic-BPF form bubblewrap
// loads with `--seccomp FD`. It refuses (EPERM) the system calls a judged function never needs
// and an attacker would: new processes and threads (RLIMIT_NPROC does not bind a process whose
// host uid is root, which is what bubblewrap's user namespace maps to when the server runs as
// root), new namespaces, mounts, tracing other processes, kernel keyrings, BPF, perf events,
// userfaultfd, io_uring, module and kexec loading, and sockets of any kind. Everything else is
// allowed: the namespaces, not this list, are the boundary; the list makes the kernel's attack
// surface smaller. A call made through another ABI (x32, or 32-bit calls on a 64-bit kernel)
// kills the process, since the numbers below would not mean the same calls there.

const SECCOMP_RET_KILL_PROCESS = 0x80000000;
const SECCOMP_RET_ERRNO = 0x00050000;
const SECCOMP_RET_ALLOW = 0x7fff0000;
const EPERM = 1;

const BPF_LD_W_ABS = 0x20; // BPF_LD | BPF_W | BPF_ABS
const BPF_JEQ_K = 0x15; // BPF_JMP | BPF_JEQ | BPF_K
const BPF_JGE_K = 0x35; // BPF_JMP | BPF_JGE | BPF_K
const BPF_RET_K = 0x06; // BPF_RET | BPF_K

// Offsets in struct seccomp_data.
const OFFSET_NR = 0;
const OFFSET_ARCH = 4;

type DeniedCall =
  | 'fork'
  | 'vfork'
  | 'clone'
  | 'clone3'
  | 'unshare'
  | 'setns'
  | 'mount'
  | 'umount2'
  | 'pivot_root'
  | 'ptrace'
  | 'process_vm_readv'
  | 'process_vm_writev'
  | 'keyctl'
  | 'add_key'
  | 'request_key'
  | 'bpf'
  | 'perf_event_open'
  | 'userfaultfd'
  | 'io_uring_setup'
  | 'io_uring_enter'
  | 'io_uring_register'
  | 'kexec_load'
  | 'init_module'
  | 'finit_module'
  | 'socket'
  | 'socketpair';

interface Architecture {
  audit: number;
  /** System call numbers of this ABI; null = the call does not exist here. */
  calls: Record<DeniedCall, number | null>;
  /** Numbers at or above this belong to another ABI on the same kernel (x32). */
  foreignAbiFrom: number | null;
}

const ARCHITECTURES: Partial<Record<NodeJS.Architecture, Architecture>> = {
  x64: {
    audit: 0xc000003e,
    foreignAbiFrom: 0x40000000,
    calls: {
      fork: 57,
      vfork: 58,
      clone: 56,
      clone3: 435,
      unshare: 272,
      setns: 308,
      mount: 165,
      umount2: 166,
      pivot_root: 155,
      ptrace: 101,
      process_vm_readv: 310,
      process_vm_writev: 311,
      keyctl: 250,
      add_key: 248,
      request_key: 249,
      bpf: 321,
      perf_event_open: 298,
      userfaultfd: 323,
      io_uring_setup: 425,
      io_uring_enter: 426,
      io_uring_register: 427,
      kexec_load: 246,
      init_module: 175,
      finit_module: 313,
      socket: 41,
      socketpair: 53,
    },
  },
  arm64: {
    audit: 0xc00000b7,
    foreignAbiFrom: null,
    calls: {
      fork: null,
      vfork: null,
      clone: 220,
      clone3: 435,
      unshare: 97,
      setns: 268,
      mount: 40,
      umount2: 39,
      pivot_root: 41,
      ptrace: 117,
      process_vm_readv: 270,
      process_vm_writev: 271,
      keyctl: 219,
      add_key: 217,
      request_key: 218,
      bpf: 280,
      perf_event_open: 241,
      userfaultfd: 282,
      io_uring_setup: 425,
      io_uring_enter: 426,
      io_uring_register: 427,
      kexec_load: 104,
      init_module: 105,
      finit_module: 273,
      socket: 198,
      socketpair: 199,
    },
  },
};

interface Instruction {
  code: number;
  jt: number;
  jf: number;
  k: number;
}

/** The filter for this machine's architecture, or null where we have no table for it. */
export function buildSeccompFilter(arch: NodeJS.Architecture = process.arch): Buffer | null {
  const table = ARCHITECTURES[arch];
  if (!table) return null;
  const denied = [...new Set(Object.values(table.calls).filter((nr): nr is number => nr !== null))];

  // Layout: [arch check][load nr][foreign ABI check]?[one jeq per denied call][allow][deny][kill]
  const program: Instruction[] = [];
  const at = () => program.length;
  const jumps: { index: number; to: 'deny' | 'kill'; branch: 'jt' | 'jf' }[] = [];

  program.push({ code: BPF_LD_W_ABS, jt: 0, jf: 0, k: OFFSET_ARCH });
  jumps.push({ index: at(), to: 'kill', branch: 'jf' });
  program.push({ code: BPF_JEQ_K, jt: 0, jf: 0, k: table.audit });
  program.push({ code: BPF_LD_W_ABS, jt: 0, jf: 0, k: OFFSET_NR });
  if (table.foreignAbiFrom !== null) {
    jumps.push({ index: at(), to: 'kill', branch: 'jt' });
    program.push({ code: BPF_JGE_K, jt: 0, jf: 0, k: table.foreignAbiFrom });
  }
  for (const nr of denied) {
    jumps.push({ index: at(), to: 'deny', branch: 'jt' });
    program.push({ code: BPF_JEQ_K, jt: 0, jf: 0, k: nr });
  }
  program.push({ code: BPF_RET_K, jt: 0, jf: 0, k: SECCOMP_RET_ALLOW });
  const targets = { deny: at(), kill: at() + 1 };
  program.push({ code: BPF_RET_K, jt: 0, jf: 0, k: SECCOMP_RET_ERRNO | EPERM });
  program.push({ code: BPF_RET_K, jt: 0, jf: 0, k: SECCOMP_RET_KILL_PROCESS });

  // Jump offsets are relative to the next instruction and must fit in a byte.
  for (const { index, to, branch } of jumps) {
    const offset = targets[to] - (index + 1);
    if (offset > 255) throw new Error('seccomp filter too long for 8-bit jumps');
    program[index][branch] = offset;
  }

  const bytes = Buffer.alloc(program.length * 8);
  program.forEach(({ code, jt, jf, k }, i) => {
    bytes.writeUInt16LE(code, i * 8);
    bytes.writeUInt8(jt, i * 8 + 2);
    bytes.writeUInt8(jf, i * 8 + 3);
    bytes.writeUInt32LE(k >>> 0, i * 8 + 4);
  });
  return bytes;
}
