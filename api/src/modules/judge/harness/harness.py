# CodeMentor judge harness: loads one submission and calls its entry point once per test,
# reporting each result as a nonce-tagged JSON record on a channel print() cannot reach.
# Portable (Python 3.8+, Judge0 CE runs 3.8.1); the local runner's OS-level confinement
# lives in sandbox_setup.py. Expected outputs never come here: Node compares afterwards.
#
# Job (stdin, read whole before any user code runs): line 1 is a JSON header
#   {"nonce", "mode": "judge"|"check"|"growth", "code", "entryPoint", "inPlace",
#    "tests": [{"id", "timeLimitMs"}], "keepChars", "outputLimitChars", "resultLimitChars",
#    "eventBudget"?, "programs"?}
# followed by one line per test holding that test's argument list as JSON.
# With "programs" (variants of one learner's code, for the analysis), each test names the
# program it calls ("program" in its entry of "tests") and "code" is not run.
# Records: "<nonce> <json>\n", types ready | syntax | result | growth | done.
# A result carries two timings of the same span, the call itself: "ms", wall time
# (perf_counter), and "cpuMs", CPU time (see _call_cpu), which is what the time limit
# counts and what stays steady when other work shares the cores; and "kb", the memory the
# call took at its peak (see _PeakMemory), null when it could not be measured.

import os
import sys
import time

# The C halves of json and signal: the Python wrappers pull in re and enum, which would
# double the interpreter's start-up time.
import _json
import _signal as signal

try:
    import resource
except ImportError:  # not on every platform; the CPU backstop is then the caller's
    resource = None

USER_FILE = "solution.py"
# CPU time for running the submission's top level (imports, definitions) before the tests.
MODULE_LOAD_MS = 1000

# Captured before user code runs, so monkeypatching builtins or json cannot change them.
_type, _len, _repr, _str, _isinstance, _callable = type, len, repr, str, isinstance, callable
_getattr, _hasattr, _list, _dict, _tuple, _int, _float, _bool = getattr, hasattr, list, dict, tuple, int, float, bool
_perf, _cpu, _write, _exit = time.perf_counter, time.process_time, os.write, os._exit
_pread, _max = _getattr(os, "pread", None), max
# The CPU time of a call. While the CPU timer is armed, Linux answers process_time from the
# process's timer counters, brought up to date only at scheduler ticks (a 5 ms call can read
# as 0); the thread's own clock is exact, and user code runs in this one thread (no threads
# are allowed), so it is the process's CPU time of the call.
_call_cpu = _getattr(time, "thread_time", time.process_time)
_getframe = sys._getframe
_enc_str = _json.encode_basestring_ascii


class _DecoderSettings:
    strict, object_hook, object_pairs_hook = True, None, None
    parse_float, parse_int, parse_constant = float, int, {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}.__getitem__


_scan = _json.make_scanner(_DecoderSettings())


def _loads(text):
    value, end = _scan(text, 0)
    if text[end:].strip():
        raise ValueError("extra data after JSON value")
    return value
_int_repr, _float_repr = int.__repr__, float.__repr__
_INF = float("inf")
_MAX_DEPTH = 400


class _PeakMemory:
    """Memory a test's call took at its peak, KB: the kernel's high-water mark of the resident
    set (VmHWM), reset to the current size by writing "5" to /proc/self/clear_refs just before
    the call, read again after it, less the size at the reset. Per test and cheap (a write and
    two reads, about 12 us per test), with nothing running during the call: tracemalloc would
    slow allocating code 3 to 17 times, and with it the CPU time the limit counts. What the
    call added, not the process's total: the interpreter (about 9 MB), the decoded input and
    what earlier tests left are not this call's. It counts pages (4 KB), so a call that fits
    in memory the process already holds, freed by an earlier test included, reads 0. Both
    files are opened before any user code runs (the audit hook refuses opens after that)."""

    def __init__(self):
        self.clear = os.open("/proc/self/clear_refs", os.O_WRONLY)
        try:
            self.status = os.open("/proc/self/status", os.O_RDONLY)
            _write(self.clear, b"5")  # EINVAL before Linux 4.0, which cannot reset the mark
            self._hwm()
        except (OSError, ValueError):
            os.close(self.clear)
            raise

    def _hwm(self):
        data = _pread(self.status, 4096, 0)
        at = data.find(b"VmHWM:")
        if at < 0:
            raise ValueError("no VmHWM")
        return _int(data[at + 6:data.index(b"kB", at)])

    def start(self):
        """Resets the mark; the resident size now, KB, or None."""
        try:
            _write(self.clear, b"5")
            return self._hwm()
        except (OSError, ValueError, MemoryError):
            return None

    def since(self, start):
        """KB the resident set rose above `start` at its peak since, or None."""
        if start is None:
            return None
        try:
            return _max(0, self._hwm() - start)
        except (OSError, ValueError, MemoryError):
            return None


def _open_peak_memory():
    """A _PeakMemory, or None where the kernel offers none (no /proc, not Linux, too old)."""
    if _pread is None:
        return None
    try:
        return _PeakMemory()
    except (OSError, ValueError):
        return None


# Opened once, at load (before any user code): the trusted runner makes a Harness per program.
_PEAK_MEMORY = _open_peak_memory()


class _NotPlain(Exception):
    pass


class _CpuTimeout(BaseException):
    """Raised into user code when a test's CPU time runs out; BaseException so that
    `except Exception` in the submission does not swallow it (a flag records it anyway)."""


class _OutputLimit(BaseException):
    pass


# The C encoder, after the type check below: patching json cannot reach either.
_c_encode = _json.make_encoder(None, None, _enc_str, None, ":", ",", False, False, False)
_NoneType = _type(None)


def _check_plain(value, depth=0):
    """Raises _NotPlain unless `value` is plain data of exactly the built-in types. Tuples
    count as lists (a natural way to return a pair); subclasses never count."""
    t = _type(value)
    if t is _str or t is _int or t is _bool or t is _NoneType:
        return
    if t is _float:
        if value != value or value == _INF or value == -_INF:
            raise _NotPlain("a non-finite float (" + _float_repr(value) + ")")
        return
    if depth > _MAX_DEPTH:
        raise _NotPlain("a value nested too deeply (or containing itself)")
    if t is _list or t is _tuple:
        for x in value:
            tx = _type(x)
            if tx is not _int and tx is not _str and tx is not _bool:
                _check_plain(x, depth + 1)
        return
    if t is _dict:
        for k, v in _dict.items(value):
            if _type(k) is not _str:
                raise _NotPlain("a dict with a non-string key")
            _check_plain(v, depth + 1)
        return
    raise _NotPlain("a " + _type_name(value))


def encode_plain(value):
    """JSON text of `value` if it is plain data, else _NotPlain."""
    _check_plain(value)
    try:
        return "".join(_c_encode(value, 0))
    except ValueError:
        raise _NotPlain("an integer too large to print")


def _type_name(value):
    t = _type(value)
    for base in (_list, _dict, _str, _int, _float, _tuple):
        if t is not base and _isinstance(value, base):
            return t.__name__ + " (a subclass of " + base.__name__ + ")"
    return t.__name__


def _safe_text(fn, limit=500):
    try:
        s = fn()
        s = s if _type(s) is _str else "<unprintable>"
    except BaseException:
        s = "<unprintable>"
    return s if _len(s) <= limit else s[:limit] + "..."


class _Capture:
    """Stands in for sys.stdout/stderr during user code: keeps the first `keep` characters
    for display and counts everything against the submission's output limit."""

    def __init__(self, keep, limit, counter):
        self.keep, self.limit, self.counter = keep, limit, counter
        self.parts, self.kept, self.exceeded = [], 0, False

    def write(self, s):
        if _type(s) is not _str:
            raise TypeError("write() argument must be str")
        n = _len(s)
        self.counter[0] += n
        if self.counter[0] > self.limit:
            self.exceeded = True
            raise _OutputLimit()
        if self.kept < self.keep:
            piece = s[: self.keep - self.kept]
            self.parts.append(piece)
            self.kept += _len(piece)
        return n

    def flush(self):
        pass

    def isatty(self):
        return False

    def text(self):
        s = "".join(self.parts)
        return s + "\n[output truncated]" if self.counter[0] > self.kept and self.kept >= self.keep else s


def _user_line(tb):
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == USER_FILE:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _error_json(exc, msg):
    line = _user_line(exc.__traceback__)
    return '{"type":%s,"message":%s,"line":%s}' % (
        _enc_str(_type(exc).__name__),
        _enc_str(msg),
        "null" if line is None else _int_repr(line),
    )


def _camel(name):
    parts = name.split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def _find_entry(namespace, name):
    """Returns a zero-argument factory giving the callable to test, or None."""
    fn = namespace.get(name)
    if _callable(fn) and not _isinstance(fn, _type):
        return lambda: fn
    cls = namespace.get("Solution")
    if _isinstance(cls, _type):
        for attr in (name, _camel(name)):
            if _hasattr(cls, attr):
                return lambda attr=attr: _getattr(cls(), attr)
    return None


class Harness:
    def __init__(self, job, lines, emit, guard):
        self.job, self.lines, self.emit, self.guard = job, lines, emit, guard
        self.printed = [0]
        self.timed_out = False

    def compile_user_code(self):
        code = self.job["code"]
        try:
            # CPython reads a file as bytes, where a leading UTF-8 byte-order mark is dropped (and
            # checked against a coding declaration); compile() of a str would call it a character.
            source = code.encode("utf-8") if code[:1] == "\ufeff" else code
            return compile(source, USER_FILE, "exec", dont_inherit=True)
        except SyntaxError as e:
            self.emit('{"t":"syntax","line":%s,"col":%s,"msg":%s}' % (
                "null" if e.lineno is None else _int_repr(e.lineno),
                "null" if e.offset is None else _int_repr(e.offset),
                _enc_str(_safe_text(lambda: e.msg or "invalid syntax")),
            ))
            return None
        except UnicodeError as e:  # a lone surrogate (a JSON escape): text no UTF-8 file holds
            before = code[:e.start].replace("\r\n", "\n").replace("\r", "\n")
            self.emit('{"t":"syntax","line":%s,"col":null,"msg":%s}' % (
                _int_repr(before.count("\n") + 1), _enc_str(_safe_text(lambda: _str(e)))))
            return None
        except (ValueError, MemoryError, RecursionError) as e:  # null bytes, absurd nesting
            self.emit('{"t":"syntax","line":null,"col":null,"msg":%s}' % _enc_str(_safe_text(lambda: _str(e))))
            return None

    def _on_cpu_timeout(self, signum, frame):
        self.timed_out = True
        raise _CpuTimeout()

    def _arm_cpu(self, limit_ms):
        self.timed_out = False
        seconds = limit_ms / 1000.0
        signal.signal(signal.SIGPROF, self._on_cpu_timeout)
        if resource is not None:  # OS backstop: SIGXCPU kills if the timer is dodged
            used = _cpu()
            soft = _int(used + seconds) + 2
            hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
            if hard != resource.RLIM_INFINITY:
                soft = min(soft, hard)
            resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
        signal.setitimer(signal.ITIMER_PROF, seconds, 0.05)

    def _disarm_cpu(self):
        signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def run_user(self, fn, limit_ms, capture):
        """Runs fn() as user code with the capture and the CPU timer on. The audit guard is
        switched on for good: user objects' __del__/__repr__ may run at any later point."""
        saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = capture
        self.guard[0] = True
        self._arm_cpu(limit_ms)
        try:
            return fn()
        finally:
            self._disarm_cpu()
            sys.stdout, sys.stderr = saved

    def describe(self, fn, limit=500):
        """Text from user-controlled __str__/__repr__, under a short CPU bound of its own."""
        timed_out = self.timed_out
        try:
            self._arm_cpu(500)
            return _safe_text(fn, limit)
        except BaseException:
            return "<unprintable>"
        finally:
            self._disarm_cpu()
            self.timed_out = timed_out

    def load_module(self, code_obj, limit_ms, capture):
        # A module registered under its name, as an imported file is: dataclasses and typing
        # look a class's module up in sys.modules (string annotations, __future__ annotations).
        module = _type(sys)("solution")
        module.__file__, module.__builtins__ = USER_FILE, __builtins__
        sys.modules[module.__name__] = module
        namespace = module.__dict__
        self.guard[1] = code_obj
        self.run_user(lambda: exec(code_obj, namespace), limit_ms, capture)
        return namespace

    def new_capture(self):
        return _Capture(self.job["keepChars"], self.job["outputLimitChars"], self.printed)

    def result_record(self, test_id, body, ms, cpu_ms, capture, kb=None):
        return '{"t":"result","id":%s,%s,"ms":%s,"cpuMs":%s,"kb":%s,"out":%s}' % (
            _enc_str(test_id), body, "null" if ms is None else _float_repr(ms),
            "null" if cpu_ms is None else _float_repr(cpu_ms),
            "null" if kb is None else _int_repr(kb), _enc_str(capture.text()))

    def classify(self, exc, capture):
        """The record body for an exception that escaped user code."""
        if self.timed_out or _isinstance(exc, _CpuTimeout):
            return '"timeout":true'
        if capture.exceeded or _isinstance(exc, _OutputLimit):
            return '"error":{"type":"OutputLimitExceeded","message":"the program printed more than the limit allows","line":null},"limit":"output"'
        limit = ',"limit":"memory"' if _isinstance(exc, MemoryError) else ""
        return '"error":' + _error_json(exc, self.describe(lambda: _str(exc))) + limit

    def run_tests(self):
        if self.job.get("programs") is not None:
            return self.run_programs(self.job["programs"])
        code_obj = self.compile_user_code()
        if code_obj is None:
            return
        tests = self.job["tests"]
        load_capture = self.new_capture()
        load_error = None
        try:
            # Imports and definitions get their own budget: a per-test limit of a few ms (the
            # O(log n) problems) would leave no room for `from typing import List`.
            namespace = self.load_module(code_obj, max(tests[0]["timeLimitMs"], MODULE_LOAD_MS) if tests else MODULE_LOAD_MS, load_capture)
            entry = _find_entry(namespace, self.job["entryPoint"])
            if entry is None:
                load_error = '"error":{"type":"EntryPointNotFound","message":%s,"line":null}' % _enc_str(
                    "define a function %s(...) or a class Solution with a method %s or %s" % (
                        self.job["entryPoint"], self.job["entryPoint"], _camel(self.job["entryPoint"])))
        except BaseException as e:
            load_error = self.classify(e, load_capture)
        for i, test in enumerate(tests):
            capture = load_capture if i == 0 else self.new_capture()
            if load_error is not None:
                self.emit(self.result_record(test["id"], load_error, None, None, capture))
                continue
            self.emit(self.run_one(test, self.lines[i], entry, capture))
        self.emit('{"t":"done"}')

    def compile_program(self, code):
        """A code object, or the error record body for a program that does not compile."""
        try:
            source = code.encode("utf-8") if code[:1] == "\ufeff" else code
            return compile(source, USER_FILE, "exec", dont_inherit=True), None
        except (SyntaxError, UnicodeError, ValueError, MemoryError, RecursionError) as e:
            return None, '"error":{"type":"SyntaxError","message":%s,"line":null}' % _enc_str(_safe_text(lambda: _str(e)))

    def load_program(self, compiled):
        """(entry, load_error) of one compiled program, in a fresh module."""
        code_obj, error = compiled
        if code_obj is None:
            return None, error
        capture = self.new_capture()
        try:
            entry = _find_entry(self.load_module(code_obj, MODULE_LOAD_MS, capture), self.job["entryPoint"])
        except BaseException as e:
            return None, self.classify(e, capture)
        if entry is None:
            return None, '"error":{"type":"EntryPointNotFound","message":"","line":null}'
        return entry, None

    def run_programs(self, programs):
        """Each test calls the program it names. Every program is compiled before any user code
        runs (the audit hook refuses compile() after that); each is loaded before its first test,
        with an output budget of its own, and one that fails to load charges only its own tests."""
        compiled = [self.compile_program(code) if _type(code) is _str else (None, '"error":{"type":"SyntaxError","message":"","line":null}')
                    for code in programs]
        missing = (None, '"error":{"type":"EntryPointNotFound","message":"no such program","line":null}')
        loaded = {}
        for i, test in enumerate(self.job["tests"]):
            k = test.get("program", 0)
            if k not in loaded:
                self.printed = [0]
                ok = _type(k) is _int and 0 <= k < _len(compiled)
                loaded[k] = self.load_program(compiled[k]) if ok else missing
            entry, load_error = loaded[k]
            capture = self.new_capture()
            if load_error is not None:
                self.emit(self.result_record(test["id"], load_error, None, None, capture))
                continue
            self.emit(self.run_one(test, self.lines[i], entry, capture))
        self.emit('{"t":"done"}')

    def run_one(self, test, line, entry, capture):
        args = _loads(line)
        first = args[0] if args else None
        # [wall start, wall end, cpu start, cpu end] of the call, in seconds; the CPU span
        # nests inside the wall span, so CPU time never exceeds wall time.
        span = [0.0, 0.0, 0.0, 0.0]

        def call():
            fn = entry()
            span[0] = _perf()
            span[2] = _call_cpu()
            value = fn(*args)
            span[3] = _call_cpu()
            span[1] = _perf()
            return value

        # Outside the timed span: the reset and the reads never count as the call's time.
        memory = _PEAK_MEMORY
        mem_start = memory.start() if memory is not None else None
        try:
            value = self.run_user(call, test["timeLimitMs"], capture)
        except BaseException as e:
            cpu_ended, ended = _call_cpu(), _perf()
            kb = memory.since(mem_start) if memory is not None else None
            ms = (ended - span[0]) * 1000.0 if span[0] else None
            cpu_ms = (cpu_ended - span[2]) * 1000.0 if span[2] else None
            return self.result_record(test["id"], self.classify(e, capture), ms, cpu_ms, capture, kb)
        kb = memory.since(mem_start) if memory is not None else None
        ms = (span[1] - span[0]) * 1000.0
        cpu_ms = (span[3] - span[2]) * 1000.0
        # The CPU timer is checked at scheduler ticks (4 ms apart on many kernels): a call can
        # overrun a short limit and return before the signal comes. The measured time decides.
        if self.timed_out or cpu_ms > test["timeLimitMs"]:
            return self.result_record(test["id"], '"timeout":true', ms, cpu_ms, capture, kb)
        if capture.exceeded:
            return self.result_record(test["id"], self.classify(_OutputLimit(), capture), ms, cpu_ms, capture, kb)
        if value is None and self.job["inPlace"] and args:
            value = first
        try:
            text = encode_plain(value)
            if _len(text) > self.job["resultLimitChars"]:
                body = '"error":{"type":"OutputLimitExceeded","message":"the returned value is too large","line":null},"limit":"output"'
            else:
                body = '"plain":true,"value":' + text
        except _NotPlain as e:
            body = '"plain":false,"typeName":%s,"repr":%s' % (
                _enc_str(e.args[0]), _enc_str(self.describe(lambda: _repr(value), 300)))
        except RecursionError:
            body = '"plain":false,"typeName":"a value nested too deeply","repr":""'
        return self.result_record(test["id"], body, ms, cpu_ms, capture, kb)


def make_emitter(fd, nonce):
    prefix = (nonce + " ").encode("ascii")

    def emit(record):
        data = prefix + record.encode("utf-8", "surrogatepass") + b"\n"
        view = memoryview(data)
        while view:
            n = _write(fd, view)
            view = view[n:]

    return emit


def make_audit_hook(guard, workdir):
    """A second layer behind the static policy and the OS limits: while user code runs,
    refuse the runtime events that reach the system (processes, sockets, files, signals)."""
    blocked_prefixes = ("os.exec", "os.spawn", "os.posix_spawn", "os.fork", "subprocess.", "socket.",
                        "ctypes.", "os.kill", "os.killpg", "signal.", "pty.", "shutil.", "winreg.", "mmap.")
    blocked = {"os.system", "os.putenv", "os.unsetenv", "os.chdir", "os.chmod", "os.chown", "os.remove",
               "os.rename", "os.rmdir", "os.mkdir", "os.link", "os.symlink", "os.truncate", "os.utime",
               "os.setxattr", "os.removexattr", "gc.get_objects", "gc.get_referrers", "gc.get_referents",
               "sys._current_frames", "sys.addaudithook", "code.__new__", "function.__new__",
               "urllib.Request"}
    readable = tuple(os.path.realpath(p) + os.sep for p in {sys.prefix, sys.base_prefix, sys.exec_prefix})
    home = os.path.realpath(workdir) + os.sep
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
    allowed_code = guard  # guard[1] is the one code object exec() may run

    def stdlib_path(filename):
        return filename.startswith("<frozen ") or os.path.realpath(filename).startswith(readable)

    def trusted_caller():
        """Is the Python code behind this event the standard library's (not the submission's)?"""
        frame = _getframe(2)
        while frame is not None and frame.f_code.co_filename.startswith("<frozen "):
            frame = frame.f_back
        return frame is None or stdlib_path(frame.f_code.co_filename)

    def hook(event, args):
        if not guard[0]:
            return
        if event == "open":
            path, mode, flags = (_tuple(args) + (None, None, None))[:3]
            if _isinstance(path, _int):
                return
            real = os.path.realpath(os.fsdecode(path))
            writing = (mode is not None and any(c in _str(mode) for c in "wax+")) or (
                _isinstance(flags, _int) and flags & write_flags)
            if (real + os.sep).startswith(home) or (not writing and (real.startswith(readable) or real == os.devnull)):
                return
            raise PermissionError("the judge does not allow opening " + real)
        if event == "exec" or event == "compile":
            # The standard library and the import system compile and exec code of their own
            # (imports, namedtuple, dataclasses); the submission itself may not.
            if event == "exec" and args and args[0] is allowed_code[1]:
                return
            filename = _getattr(args[0], "co_filename", None) if event == "exec" else (args[1] if len(args) > 1 else None)
            if _isinstance(filename, (_str, bytes)) and stdlib_path(os.fsdecode(filename)) or trusted_caller():
                return
            raise PermissionError("the judge does not allow exec, eval or compile")
        if event == "import" and args and not trusted_caller() and _str(args[0]).split(".")[0] in (
                "os", "subprocess", "socket", "ctypes", "multiprocessing", "shutil", "signal", "importlib",
                "pty", "posix", "_posixsubprocess", "_socket", "_ctypes", "asyncio", "threading", "_thread"):
            raise PermissionError("the judge does not allow importing " + _str(args[0]))
        if event in blocked or event.startswith(blocked_prefixes):
            raise PermissionError("the judge does not allow " + event)

    return hook


def read_job(stdin_fd):
    chunks = []
    while True:
        chunk = os.read(stdin_fd, 1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
    raw = b"".join(chunks).decode("utf-8")
    header, _, rest = raw.partition("\n")
    return _loads(header), rest.split("\n")


def main(results_fd=None, workdir=None, audit=True, extra_modes=None):
    """Runs the job on stdin. results_fd None = Judge0 style: results on the original stdout,
    whose fd 1 is then pointed at stderr so nothing else can write to the result stream."""
    job, lines = read_job(0)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)  # stdin closed for the submission
    if results_fd is None:
        results_fd = os.dup(1)
        os.dup2(2, 1)
    sys.stdin = open(os.devnull)
    workdir = workdir or os.getcwd()
    emit = make_emitter(results_fd, job["nonce"])
    emit('{"t":"ready"}')  # from here on, a failure is the submission's, not the sandbox's
    guard = [False, None]
    if audit and _hasattr(sys, "addaudithook"):
        sys.addaudithook(make_audit_hook(guard, workdir))
    harness = Harness(job, lines, emit, guard)
    mode = job.get("mode", "judge")
    if mode == "check":
        if harness.compile_user_code() is not None:
            emit('{"t":"done"}')
    elif mode == "judge":
        harness.run_tests()
    elif extra_modes and mode in extra_modes:
        extra_modes[mode](harness)
    sys.stdout.flush()
    _exit(0)


if __name__ == "__main__":
    main()
