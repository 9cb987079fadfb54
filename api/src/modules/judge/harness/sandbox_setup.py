# Local runner entry: limits this interpreter, then runs harness.py in it. It runs inside the
# OS boundary (bubblewrap: namespaces, a read-only file system, a seccomp filter; see
# bubblewrap.ts), which is what contains learner code; the limits here bound what the code
# may consume inside it. Everything here happens before the job (and so any user code) is
# even read, which is what lets a pool start these processes ahead of need.
#
# argv: --harness PATH --growth PATH --memory-mb N --cpu-seconds N --file-mb N [--nice N] [--no-audit]

import os
import resource
import sys


def parse_args(argv):
    opts, i = {}, 0
    while i < len(argv):
        key = argv[i].lstrip("-").replace("-", "_")
        if key == "no_audit":
            opts[key] = True
            i += 1
        else:
            opts[key] = argv[i + 1]
            i += 2
    return opts


def limit(kind, soft, hard=None):
    resource.setrlimit(kind, (soft, soft if hard is None else hard))


def main():
    opts = parse_args(sys.argv[1:])
    codes = []
    for key in ("harness", "growth"):
        with open(opts[key], "rb") as f:
            codes.append(compile(f.read(), opts[key], "exec"))
    # The server sets the session's autogroup and lowers both further for long runs. A
    # process may only lower its own priority, so a value already lower (inherited) stays.
    if "nice" in opts and os.getpriority(os.PRIO_PROCESS, 0) < int(opts["nice"]):
        os.setpriority(os.PRIO_PROCESS, 0, int(opts["nice"]))
    limit(resource.RLIMIT_CORE, 0)
    limit(resource.RLIMIT_FSIZE, int(opts["file_mb"]) << 20)
    limit(resource.RLIMIT_CPU, int(opts["cpu_seconds"]))
    limit(resource.RLIMIT_NPROC, 0)  # no fork, no threads (the seccomp filter refuses them too)
    limit(resource.RLIMIT_NOFILE, 32)
    limit(resource.RLIMIT_AS, int(opts["memory_mb"]) << 20)
    namespace = {"__name__": "codementor_harness", "__file__": opts["harness"]}
    for code in codes:
        exec(code, namespace)
    namespace["main"](results_fd=3, workdir=os.getcwd(), audit=not opts.get("no_audit"),
                      extra_modes={"growth": namespace["run_growth"]})


if __name__ == "__main__":
    main()
