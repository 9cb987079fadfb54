# Trusted batch runner: runs several programs we wrote ourselves (the mutants of a problem's
# reference, never a learner's code) on the same tests in ONE plain interpreter, one after
# another, each through harness.py's Harness so every outcome reads exactly as the judge's.
# No sandbox, no audit hooks; what stays: the per-call CPU timer and RLIMIT_CPU backstop of
# harness.py, an address-space limit, no core files, a low CPU priority, and the caller's
# empty environment. A program that kills this process takes only itself down: Node resumes
# the rest in a fresh one (see api/src/modules/analysis/trusted-runner.ts).
#
# argv: --harness PATH --memory-mb N --cpu-seconds N --nice N
# Job (stdin): line 1 is a JSON header
#   {"nonce", "entryPoint", "inPlace", "tests": [{"id", "timeLimitMs"}], "keepChars",
#    "outputLimitChars", "resultLimitChars", "programs": [{"code", "skip"}]}
# followed by one line per test holding its argument list as JSON. Program m runs on the tests
# after its first `skip` ones (the ones an earlier process already answered); every argument
# list is decoded afresh for every call, so no program sees another's mutations.
# Records (fd 3): "<nonce> <m> <record>\n" with harness.py's records, then "<nonce> end".

import os
import resource
import sys


def parse_args(argv):
    return {argv[i].lstrip("-").replace("-", "_"): argv[i + 1] for i in range(0, len(argv), 2)}


def main():
    opts = parse_args(sys.argv[1:])
    if os.getpriority(os.PRIO_PROCESS, 0) < int(opts["nice"]):
        os.setpriority(os.PRIO_PROCESS, 0, int(opts["nice"]))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CPU, (int(opts["cpu_seconds"]), int(opts["cpu_seconds"])))
    memory = int(opts["memory_mb"]) << 20
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    namespace = {"__name__": "codementor_harness", "__file__": opts["harness"]}
    with open(opts["harness"], "rb") as f:
        exec(compile(f.read(), opts["harness"], "exec"), namespace)

    job, lines = namespace["read_job"](0)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    sys.stdin = open(os.devnull)
    results_fd = 3
    namespace["make_emitter"](results_fd, job["nonce"])('{"t":"ready"}')
    guard = [False, None]  # no audit hook reads it: the code is ours
    for m, program in enumerate(job["programs"]):
        skip = program["skip"]
        # One program per Harness: its job is not a variants job (harness.py's "programs" mode).
        own = dict(job, code=program["code"], tests=job["tests"][skip:], programs=None)
        emit = namespace["make_emitter"](results_fd, job["nonce"] + " " + str(m))
        namespace["Harness"](own, lines[skip:], emit, guard).run_tests()
    os.write(results_fd, (job["nonce"] + " end\n").encode("ascii"))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
