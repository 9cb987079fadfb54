// The runner thread: the local runner lives here, off the server's main thread. Starting a
// sandbox forks the whole server process and waits for the child's exec (6-10 ms on a 2-core
// machine, longer under load); on the main thread that wait stalls every request in flight.
// Here it stalls only other runs' bookkeeping. Started by threaded-runner.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { preSerializedArgs } from './harness-protocol.js';
import { LocalRunner } from './local-runner.js';
import { RunPriority } from './run-priority.js';
import { forwardSandboxEvents } from './sandbox-process.js';
import { forwardTrustedStarts, TrustedRunner } from './trusted-runner.js';
import type { RunnerNews, RunnerReply, RunnerValue, RunnerThreadData, ToRunner, WireTest } from './runner-thread-protocol.js';
import type { SandboxTest } from './types.js';

const port = parentPort;
if (!port) throw new Error('runner-thread.ts runs only as a worker thread');

forwardSandboxEvents((news) => port.postMessage({ news } satisfies RunnerNews));
forwardTrustedStarts(() => port.postMessage({ news: { kind: 'trusted-started' } } satisfies RunnerNews));
const options = (workerData as { runner: RunnerThreadData }).runner;
const runner = new LocalRunner(options);
// Programs we wrote (mutants, references) start here too, on the interpreter the sandboxes use.
let trusted: TrustedRunner | null = null;
/** Priorities of runs in progress, by request id: the host lowers them while they run. */
const priorities = new Map<number, RunPriority>();

/** Large inputs the host sent once, by the number it gave them (see WireTest). */
const keptInputs = new Map<number, unknown[]>();

function fromWire(tests: WireTest[]): SandboxTest[] {
  return tests.map(({ inputJson, inputRef, ...test }) => {
    if (inputRef === undefined) return { ...test, input: preSerializedArgs(inputJson ?? '[]') };
    let input = keptInputs.get(inputRef);
    if (!input) {
      if (inputJson === undefined) throw new Error(`input ${inputRef} of test ${test.id} was never sent to the runner thread`);
      keptInputs.set(inputRef, (input = preSerializedArgs(inputJson)));
    }
    return { ...test, input };
  });
}

async function answer(message: Exclude<ToRunner, { op: 'priority' }>): Promise<RunnerValue> {
  switch (message.op) {
    case 'execute': {
      const priority = new RunPriority(message.request.priority);
      priorities.set(message.id, priority);
      try {
        return await runner.execute({ ...message.request, tests: fromWire(message.request.tests), priority });
      } finally {
        priorities.delete(message.id);
      }
    }
    case 'growth': {
      const priority = new RunPriority(message.run.priority);
      priorities.set(message.id, priority);
      try {
        return await runner.runGrowth({ ...message.run, tests: fromWire(message.run.tests), priority });
      } finally {
        priorities.delete(message.id);
      }
    }
    case 'trusted':
      trusted ??= new TrustedRunner({ pythonBin: options.caps.python, memoryMb: options.memoryMb });
      return trusted.run({ ...message.batch, tests: fromWire(message.batch.tests) });
    case 'syntax':
      return runner.checkSyntax(message.code);
    case 'close':
      await runner.close();
      return undefined;
  }
}

port.postMessage({ news: { kind: 'ready' } } satisfies RunnerNews);
port.on('message', (message: ToRunner) => {
  // A change of a run's priority names that run's id and gets no answer of its own.
  if (message.op === 'priority') return void priorities.get(message.id)?.lower(message.level);
  answer(message).then(
    (value) => port.postMessage({ id: message.id, ok: true, value } satisfies RunnerReply),
    (error: unknown) => port.postMessage({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies RunnerReply),
  );
});
