// The wire format between Node and harness.py: the job we write to its stdin, and the
// nonce-tagged records it writes back. Records come from a process that ran untrusted code,
// so every one is validated here and anything that does not match is ignored.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { PROJECT_ROOT } from '../../paths.js';
import type { RawOutcome, SandboxTest, SyntaxErrorDetail, TestError } from './types.js';

// From the project root, not this file: compiled into dist/, the .py files stay in the source tree.
export const HARNESS_DIR = path.join(PROJECT_ROOT, 'api', 'src', 'modules', 'judge', 'harness');
export const HARNESS_PATH = path.join(HARNESS_DIR, 'harness.py');
export const SANDBOX_SETUP_PATH = path.join(HARNESS_DIR, 'sandbox_setup.py');
export const GROWTH_PATH = path.join(HARNESS_DIR, 'growth.py');

export interface HarnessLimits {
  /** Characters of printed output kept per test for display. */
  keepChars: number;
  /** Characters the submission may print in all before output_limit_exceeded. */
  outputLimitChars: number;
  /** Largest JSON text of one returned value. */
  resultLimitChars: number;
}

export interface HarnessJob {
  mode: 'judge' | 'check' | 'growth';
  code: string;
  entryPoint: string;
  inPlace: boolean;
  tests: SandboxTest[];
  limits: HarnessLimits;
  eventBudget?: number;
  /** Several programs in one judge run (see ExecutionRequest.programs). */
  programs?: string[];
}

// Per input object, a pure function of it: nothing another replica does can make it stale.
const serialized = new WeakMap<object, string>();
/** A test's arguments as JSON, computed once per input (large generated inputs are megabytes). */
export function serializeArgs(input: unknown[]): string {
  let text = serialized.get(input);
  if (text === undefined) {
    text = JSON.stringify(input);
    serialized.set(input, text);
  }
  return text;
}

/**
 * Arguments that arrive already as JSON (the runner thread receives text, not objects, so a
 * megabyte input is neither cloned as objects nor serialized twice): a stand-in input whose
 * serialization is that text. Only the harness encoding may read it.
 */
export function preSerializedArgs(json: string): unknown[] {
  const standIn: unknown[] = [];
  serialized.set(standIn, json);
  return standIn;
}

export function newNonce(): string {
  return randomBytes(16).toString('hex');
}

/** The bytes written to the harness's stdin: a header line, then one line per test's arguments. */
export function encodeJob(job: HarnessJob, nonce: string): string {
  const header = {
    nonce,
    mode: job.mode,
    code: job.code,
    entryPoint: job.entryPoint,
    inPlace: job.inPlace,
    tests: job.tests.map((t) => ({ id: t.id, timeLimitMs: t.timeLimitMs, size: t.size, program: t.program })),
    programs: job.programs,
    keepChars: job.limits.keepChars,
    outputLimitChars: job.limits.outputLimitChars,
    resultLimitChars: job.limits.resultLimitChars,
    eventBudget: job.eventBudget,
  };
  return [JSON.stringify(header), ...job.tests.map((t) => serializeArgs(t.input))].join('\n') + '\n';
}

export type HarnessRecord =
  | { t: 'syntax'; detail: SyntaxErrorDetail }
  | { t: 'result'; id: string; outcome: RawOutcome }
  | { t: 'growth'; size: number; events: number; lineCounts: Record<string, number>; exceeded: boolean; error: TestError | null }
  | { t: 'ready' }
  | { t: 'done' };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** A duration: finite and not negative, else null. */
const duration = (v: unknown): number | null => {
  const n = num(v);
  return n !== null && n >= 0 ? n : null;
};
const str = (v: unknown, max = 100_000): string => (typeof v === 'string' ? v.slice(0, max) : '');
/** A memory size in KB: a whole number, not negative, else null. */
const kilobytes = (v: unknown): number | null => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : null);

function parseError(v: unknown): TestError {
  const e = isObj(v) ? v : {};
  const line = num(e.line);
  return { type: str(e.type, 200) || 'Error', message: str(e.message, 2000), line: line === null ? null : Math.trunc(line) };
}

function parseOutcome(r: Obj): RawOutcome {
  const timeMs = num(r.ms);
  const cpuMs = duration(r.cpuMs);
  const memoryKb = kilobytes(r.kb);
  const stdout = str(r.out);
  if (r.timeout === true) return { kind: 'timeout', timeMs, cpuMs, memoryKb, stdout };
  if (r.error !== undefined) {
    const limit = r.limit === 'memory' || r.limit === 'output' ? r.limit : undefined;
    return { kind: 'error', error: parseError(r.error), timeMs, cpuMs, memoryKb, stdout, limit };
  }
  if (r.plain === true && 'value' in r) return { kind: 'returned', plain: true, value: r.value, timeMs: timeMs ?? 0, cpuMs, memoryKb, stdout };
  return { kind: 'returned', plain: false, typeName: str(r.typeName, 300), repr: str(r.repr, 1000), timeMs: timeMs ?? 0, cpuMs, memoryKb, stdout };
}

/** Parses one line of the result stream; null for anything not carrying our nonce. */
export function parseRecord(line: string, nonce: string): HarnessRecord | null {
  if (!line.startsWith(nonce + ' ')) return null;
  let r: unknown;
  try {
    r = JSON.parse(line.slice(nonce.length + 1));
  } catch {
    return null;
  }
  if (!isObj(r)) return null;
  switch (r.t) {
    case 'done':
      return { t: 'done' };
    case 'ready':
      return { t: 'ready' };
    case 'syntax': {
      const l = num(r.line);
      const c = num(r.col);
      return { t: 'syntax', detail: { line: l, column: c, message: str(r.msg, 1000) || 'invalid syntax' } };
    }
    case 'result':
      return typeof r.id === 'string' ? { t: 'result', id: r.id, outcome: parseOutcome(r) } : null;
    case 'growth': {
      const counts: Record<string, number> = {};
      if (isObj(r.lineCounts)) for (const [k, v] of Object.entries(r.lineCounts)) if (num(v) !== null) counts[k] = v as number;
      return {
        t: 'growth',
        size: num(r.size) ?? 0,
        events: num(r.events) ?? 0,
        lineCounts: counts,
        exceeded: r.exceeded === true,
        error: r.error ? parseError(r.error) : null,
      };
    }
    default:
      return null;
  }
}
