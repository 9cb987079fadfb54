// One Judge0 submission runs a batch of tests in one harness process, as the local runner
// does: the Judge0 limits a batch gets, and what a finished submission's records and status
// support. When the process ended before reporting every test, the first unreported test is
// charged only with what the evidence shows was its own doing; otherwise it runs again, with
// the tests after it, in a fresh submission.
import { parseRecord, serializeArgs } from './harness-protocol.js';
import { Judge0Error, fromBase64, type Judge0Submission } from './judge0-client.js';
import type { RawOutcome, SandboxTest, SyntaxErrorDetail } from './types.js';

/** What the Judge0 server accepts at most (its MAX_CPU_TIME_LIMIT and MAX_WALL_TIME_LIMIT), s. */
export interface Judge0Caps {
  maxCpuS: number;
  maxWallS: number;
}

export const JUDGE0_CAPS: Judge0Caps = { maxCpuS: 15, maxWallS: 20 };

/** Interpreter start-up and reading the job. */
const STARTUP_MS = 1000;
/** harness.py's MODULE_LOAD_MS: CPU time for the submission's top level. */
const MODULE_LOAD_MS = 1000;
/** Per test beyond its own limit: decoding its arguments, encoding the value, the record. */
const PER_TEST_MS = 50;
const SIGXCPU = 24;

const testNeedMs = (test: SandboxTest) => test.timeLimitMs + PER_TEST_MS + serializeArgs(test.input).length / 5000;

export interface BatchLimits {
  cpuS: number;
  wallS: number;
}

/**
 * Judge0 limits covering a batch: start-up plus every test's own limit (the harness enforces
 * each test's), within what is left of the run's time budget but never below what the first
 * test needs, so a first test killed at the limit had its own; all within the server's
 * maximums (15 s of CPU exceed any problem's limit plus start-up; growth runs are not resumed).
 */
export function batchLimits(tests: SandboxTest[], caps: Judge0Caps, budgetLeftMs = Infinity): BatchLimits {
  const [first, ...rest] = tests;
  const firstMs = STARTUP_MS + Math.max(first?.timeLimitMs ?? 0, MODULE_LOAD_MS) + (first ? testNeedMs(first) : 0);
  const allMs = firstMs + rest.reduce((sum, t) => sum + testNeedMs(t), 0);
  const cpuMs = Math.max(firstMs, Math.min(allMs, budgetLeftMs));
  const cpuS = Math.min(caps.maxCpuS, Math.ceil(cpuMs) / 1000);
  // Above the CPU limit (a wall limit below it turns busy loops into wall-clock kills, #462).
  const wallS = Math.min(caps.maxWallS, Math.max(1, Math.ceil(cpuS * 2000 + 1000) / 1000));
  return { cpuS, wallS };
}

export type SettledBatch =
  | { kind: 'syntax'; detail: SyntaxErrorDetail }
  | {
      kind: 'ran';
      /** Outcomes the submission decided: reported ones, and a charged crash. */
      outcomes: Map<string, RawOutcome>;
      /** Tests to run again in a fresh submission, in order. */
      resume: SandboxTest[];
    };

/** The outcomes a finished submission of `tests` (run with `nonce`) supports. */
export function settleBatch(sub: Judge0Submission, tests: SandboxTest[], nonce: string): SettledBatch {
  const outcomes = new Map<string, RawOutcome>();
  const wanted = new Set(tests.map((t) => t.id));
  let ready = false;
  for (const line of fromBase64(sub.stdout).split('\n')) {
    const record = parseRecord(line, nonce);
    if (record?.t === 'syntax') return { kind: 'syntax', detail: record.detail };
    ready ||= record?.t === 'ready';
    if (record?.t === 'result' && wanted.has(record.id) && !outcomes.has(record.id)) outcomes.set(record.id, record.outcome);
  }
  const status = sub.status.id;
  if (status === 13 || status === 14) {
    throw new Judge0Error(`Judge0 could not run the submission: ${sub.status.description} ${fromBase64(sub.message)}`.trim(), null, true);
  }
  if (!ready) {
    // The harness never got to user code: an interpreter or harness problem on that server.
    const stderr = fromBase64(sub.stderr);
    throw new Judge0Error(`the harness failed on Judge0 (${sub.status.description}): ${stderr.trim().split('\n').pop() ?? ''}`, null, false);
  }
  const unreported = tests.filter((t) => !outcomes.has(t.id));
  if (unreported.length === 0) return { kind: 'ran', outcomes, resume: [] };
  const [culprit, ...rest] = unreported;
  const charge = blameCulprit(sub, culprit === tests[0]);
  if (!charge) return { kind: 'ran', outcomes, resume: unreported };
  outcomes.set(culprit.id, charge);
  return { kind: 'ran', outcomes, resume: rest };
}

/**
 * The outcome charged to the test that was running when the process ended, or null when the
 * evidence does not support one. Judge0's time and file-size limits are the whole batch's: a
 * kill at them shows the running test exceeded its own limit only when it ran first in the
 * submission (it then had the whole budget, its own limit included); later in a batch the
 * tests before it may have used the budget, so it runs again first in a fresh submission.
 * Everything else a process does to itself (SIGXCPU from the harness's per-test CPU backstop,
 * running out of memory, exiting, a fatal signal) belongs to the test it was running. The
 * harness never reported that test's memory: Judge0's `memory`, the whole process's peak (KB,
 * the interpreter and any test before it included), stands in as its upper bound.
 */
export function blameCulprit(sub: Judge0Submission, ranFirst: boolean): RawOutcome | null {
  const stdout = '';
  const memoryKb = Number.isSafeInteger(sub.memory) && sub.memory! >= 0 ? sub.memory : null;
  const status = sub.status.id;
  const stderr = fromBase64(sub.stderr);
  const timeout: RawOutcome = { kind: 'timeout', timeMs: null, cpuMs: null, memoryKb, stdout };
  if (status !== 5 && sub.exit_signal === SIGXCPU) return timeout;
  if (status === 5) return ranFirst ? timeout : null;
  if (/MemoryError|Cannot allocate memory/.test(stderr)) {
    return {
      kind: 'error',
      error: { type: 'MemoryError', message: 'the program ran out of memory', line: null },
      timeMs: null,
      cpuMs: null,
      memoryKb,
      stdout,
      limit: 'memory',
    };
  }
  if (status === 8) {
    if (!ranFirst) return null;
    const error = { type: 'OutputLimitExceeded', message: 'the program wrote more output than the limit allows', line: null };
    return { kind: 'error', error, timeMs: null, cpuMs: null, memoryKb, stdout, limit: 'output' };
  }
  const how = status === 3 ? 'exited early' : `${sub.status.description}${sub.message ? `: ${fromBase64(sub.message).trim()}` : ''}`;
  return {
    kind: 'error',
    error: { type: 'Crash', message: `the program ended (${how}) before this test finished`, line: null },
    timeMs: null,
    cpuMs: null,
    memoryKb,
    stdout,
  };
}
