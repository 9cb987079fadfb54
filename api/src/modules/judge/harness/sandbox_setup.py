# Local runner entry: confines this interpreter, then runs harness.py in it. Started as root
# inside `unshare -n -m` where possible; everything here happens before the job (and so any
# user code) is even read, which is what lets a pool start these processes ahead of need.
#
# argv: --harness PATH --growth PATH --memory-mb N --cpu-seconds N --file-mb N [--uid N --gid N] [--private-tmp]
#       [--hide DIR]... [--no-audit]
# Confinement: private tmpfs as the working directory (and the other world-writable dirs made
# unwritable), address-space / CPU / file-size / no-new-process limits, then setuid.

import os
import resource
import sys

WORLD_WRITABLE = ("/var/tmp", "/dev/shm", "/run/lock", "/dev/mqueue")


def parse_args(argv):
    opts, i = {"hide": []}, 0
    while i < len(argv):
        key = argv[i].lstrip("-").replace("-", "_")
        if key in ("private_tmp", "no_audit"):
            opts[key] = True
            i += 1
        elif key == "hide":
            opts["hide"].append(argv[i + 1])
            i += 2
        else:
            opts[key] = argv[i + 1]
            i += 2
    return opts


def libc_mount():
    """mount(2) through _ctypes alone: the ctypes package would triple our start-up time."""
    import _ctypes

    class c_int(_ctypes._SimpleCData):
        _type_ = "i"

    class c_ulong(_ctypes._SimpleCData):
        _type_ = "L"

    class c_char_p(_ctypes._SimpleCData):
        _type_ = "z"

    class MountFn(_ctypes.CFuncPtr):
        _flags_ = _ctypes.FUNCFLAG_CDECL | _ctypes.FUNCFLAG_USE_ERRNO
        _restype_ = c_int
        _argtypes_ = (c_char_p, c_char_p, c_char_p, c_ulong, c_char_p)

    fn = MountFn(_ctypes.dlsym(_ctypes.dlopen(None, 0), "mount"))

    def mount(src, target, fstype, mflags, data):
        if fn(src, target, fstype, mflags, data) != 0:
            raise OSError(_ctypes.get_errno(), "mount " + target.decode())

    return mount


def private_mounts(uid, gid, hide):
    """In our own mount namespace: /tmp becomes a small fresh tmpfs owned by the sandbox user
    (the working directory), the other world-writable places become unwritable empty tmpfs."""
    mount = libc_mount()
    ms_rec, ms_private, ms_nosuid, ms_nodev, ms_noexec = 1 << 14, 1 << 18, 2, 4, 8
    flags = ms_nosuid | ms_nodev | ms_noexec

    mount(b"none", b"/", None, ms_rec | ms_private, None)
    for prefix in {sys.prefix, sys.base_prefix, sys.exec_prefix}:
        expose_stdlib(prefix, mount, ms_rec)
    mount(b"tmpfs", b"/tmp", b"tmpfs", flags, b"size=16m,nr_inodes=256,mode=0700,uid=%d,gid=%d" % (uid, gid))
    for path in WORLD_WRITABLE:
        if os.path.isdir(path):
            mount(b"tmpfs", path.encode(), b"tmpfs", flags, b"size=4k,nr_inodes=4,mode=0755")
    prefixes = [os.path.realpath(p) + os.sep for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)]
    for path in hide:  # e.g. the project (its .env), unless the interpreter lives inside it
        real = os.path.realpath(path)
        if os.path.isdir(real) and not any(p.startswith(real + os.sep) for p in prefixes):
            mount(b"tmpfs", real.encode(), b"tmpfs", flags | 1, b"size=4k,nr_inodes=4,mode=0755")  # 1 = MS_RDONLY
    os.chdir("/tmp")
    del sys.modules["_ctypes"]  # a later `import _ctypes` must go through the audit hook again


def expose_stdlib(prefix, mount, ms_rec):
    """The interpreter may live under a private directory (pyenv in /root): cover each such
    ancestor with an empty tmpfs that others may traverse, and bind the one child we need back
    into it. This also hides the rest of that directory from the submission."""
    ms_bind = 1 << 12
    parts = os.path.realpath(prefix).split("/")
    for i in range(2, len(parts)):
        ancestor, child = "/".join(parts[:i]), "/".join(parts[: i + 1])
        if os.stat(ancestor).st_mode & 0o001:
            continue
        fd = os.open(child, os.O_PATH)
        try:
            mount(b"tmpfs", ancestor.encode(), b"tmpfs", 0, b"size=4k,nr_inodes=16,mode=0711")
            os.mkdir(child, 0o755)
            mount(("/proc/self/fd/%d" % fd).encode(), child.encode(), None, ms_bind | ms_rec, None)
        finally:
            os.close(fd)


def limit(kind, soft, hard=None):
    resource.setrlimit(kind, (soft, soft if hard is None else hard))


def main():
    opts = parse_args(sys.argv[1:])
    uid = int(opts.get("uid", -1))
    gid = int(opts.get("gid", -1))
    codes = []  # read first: the mounts below may hide the project
    for key in ("harness", "growth"):
        with open(opts[key], "rb") as f:
            codes.append(compile(f.read(), opts[key], "exec"))
    if opts.get("private_tmp"):
        private_mounts(max(uid, os.getuid()), max(gid, os.getgid()), opts["hide"])
    workdir = os.getcwd()
    limit(resource.RLIMIT_CORE, 0)
    limit(resource.RLIMIT_FSIZE, int(opts["file_mb"]) << 20)
    limit(resource.RLIMIT_CPU, int(opts["cpu_seconds"]))
    limit(resource.RLIMIT_NPROC, 0)  # no fork, no threads (it binds root only without CAP_SYS_RESOURCE)
    limit(resource.RLIMIT_NOFILE, 32)
    limit(resource.RLIMIT_AS, int(opts["memory_mb"]) << 20)
    if gid >= 0 and os.getuid() == 0:
        os.setgroups([])
        os.setgid(gid)
        os.setuid(uid)
    namespace = {"__name__": "codementor_harness", "__file__": opts["harness"]}
    for code in codes:
        exec(code, namespace)
    namespace["main"](results_fd=3, workdir=workdir, audit=not opts.get("no_audit"),
                      extra_modes={"growth": namespace["run_growth"]})


if __name__ == "__main__":
    main()
