# Growth mode of the harness (exec'd into harness.py's namespace by sandbox_setup.py): calls
# the entry point on inputs of increasing size and counts executed lines of the submission
# per line number with sys.settrace, stopping once the run has used its event budget. The
# analyzer fits time classes to these counts, which do not depend on the machine's load.


class _BudgetExceeded(BaseException):
    pass


def run_growth(harness):
    code_obj = harness.compile_user_code()
    if code_obj is None:
        return
    job, budget = harness.job, harness.job["eventBudget"]
    state = {"total": 0, "counts": {}}

    def local_tracer(frame, event, arg):
        if event == "line":
            state["total"] += 1
            counts = state["counts"]
            counts[frame.f_lineno] = counts.get(frame.f_lineno, 0) + 1
            if state["total"] > budget:
                raise _BudgetExceeded()
        return local_tracer

    def global_tracer(frame, event, arg):
        return local_tracer if frame.f_code.co_filename == USER_FILE else None

    capture = harness.new_capture()
    try:
        namespace = harness.load_module(code_obj, 10000, capture)
        entry = _find_entry(namespace, job["entryPoint"])
        if entry is None:
            raise NameError("entry point " + job["entryPoint"] + " not found")
    except BaseException as e:
        harness.emit('{"t":"growth","size":0,"events":0,"lineCounts":{},"exceeded":false,%s}' % harness.classify(e, capture))
        harness.emit('{"t":"done"}')
        return
    for i, test in enumerate(job["tests"]):
        args = _loads(harness.lines[i])
        state["counts"] = {}
        before = state["total"]
        error, exceeded = "null", False

        def call():
            fn = entry()
            sys.settrace(global_tracer)
            try:
                fn(*args)
            finally:
                sys.settrace(None)

        try:
            harness.run_user(call, test["timeLimitMs"], harness.new_capture())
        except _BudgetExceeded:
            exceeded = True
        except BaseException as e:
            error = _error_json(e, harness.describe(lambda: _str(e)))
        counts = ",".join('"%d":%d' % (line, n) for line, n in sorted(state["counts"].items()))
        harness.emit('{"t":"growth","size":%d,"events":%d,"lineCounts":{%s},"exceeded":%s,"error":%s}' % (
            test["size"], state["total"] - before, counts, "true" if exceeded else "false", error))
        if exceeded or error != "null":
            break
    harness.emit('{"t":"done"}')
