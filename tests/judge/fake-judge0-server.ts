// A local stand-in for Judge0 CE 1.13.1, faithful to its documented REST API so the real
// client cannot tell: UUID tokens, status 1 -> 2 -> final, base64 with a newline every 60 chars,
// decimals as strings, null for empty output, 401/400/404/422/503 bodies, batch rules, the
// `fields` rules. It really runs the Python source with the given stdin (our own harness and
// test code: no sandbox here) under a small supervisor that acts as isolate does: stdout and
// stderr go to files limited by max_file_size (SIGXFSZ -> 8), memory_limit is the address
// space, the CPU time is polled and the process killed past cpu_time_limit + cpu_extra_time
// (no RLIMIT_CPU of its own), the wall time likewise; `time` is the process's CPU time, and a
// status is 5 when that time passed cpu_time_limit, whatever signal ended the process;
// `memory` is the process's peak resident set, KB (isolate reports its cgroup's peak).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface FakeJudge0Options {
  /** Real interpreter path (the fake runs with an empty environment, like isolate). */
  python: string;
  authToken?: string;
  /** How long a submission stays "In Queue" before a worker picks it up. */
  queueDelayMs?: number;
  maxQueueSize?: number;
  /** The server's MAX_CPU_TIME_LIMIT and MAX_WALL_TIME_LIMIT, s (422 above them). Default 15 and 20. */
  maxCpuTimeLimit?: number;
  maxWallTimeLimit?: number;
}

/**
 * Runs `python script.py` like isolate: argv[1] is {python, cpu, extra, wall, memoryBytes,
 * fileBytes}; the program's stdin is this process's; its stdout and stderr go to the files
 * `stdout` and `stderr`; the report {cpu, wall, maxrss, code, signal, killed} goes to fd 3.
 */
const SUPERVISOR = String.raw`
import json, os, resource, signal, sys, time
cfg = json.loads(sys.argv[1])
start = time.monotonic()
tick = os.sysconf("SC_CLK_TCK")
pid = os.fork()
if pid == 0:
    out = os.open("stdout", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    err = os.open("stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(out, 1); os.dup2(err, 2); os.close(out); os.close(err); os.close(3)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_AS, (cfg["memoryBytes"], cfg["memoryBytes"]))
    resource.setrlimit(resource.RLIMIT_FSIZE, (cfg["fileBytes"], cfg["fileBytes"]))
    os.execve(cfg["python"], [cfg["python"], "script.py"], {})
killed = None
while True:
    done, status, usage = os.wait4(pid, os.WNOHANG)
    if done:
        break
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / tick
    except (OSError, IndexError, ValueError):
        cpu = 0.0
    if killed is None and cpu > cfg["cpu"] + cfg["extra"]:
        killed = "time"
        os.kill(pid, signal.SIGKILL)
    elif killed is None and time.monotonic() - start > cfg["wall"]:
        killed = "wall"
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.01)
report = {"cpu": usage.ru_utime + usage.ru_stime, "wall": time.monotonic() - start, "killed": killed, "maxrss": usage.ru_maxrss,
          "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
          "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None}
os.write(3, json.dumps(report).encode())
`;

type Fields = Record<string, unknown>;

/** A field's value as Judge0 prints it in a message: strings as they are, anything else as JSON. */
const shown = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));
interface Stored {
  token: string;
  statusId: number;
  fields: Fields;
}

const STATUSES: Record<number, string> = {
  1: 'In Queue',
  2: 'Processing',
  3: 'Accepted',
  4: 'Wrong Answer',
  5: 'Time Limit Exceeded',
  6: 'Compilation Error',
  7: 'Runtime Error (SIGSEGV)',
  8: 'Runtime Error (SIGXFSZ)',
  9: 'Runtime Error (SIGFPE)',
  10: 'Runtime Error (SIGABRT)',
  11: 'Runtime Error (NZEC)',
  12: 'Runtime Error (Other)',
  13: 'Internal Error',
  14: 'Exec Format Error',
};
const LANGUAGES = [
  { id: 45, name: 'Assembly (NASM 2.14.02)' },
  { id: 70, name: 'Python (2.7.17)' },
  { id: 71, name: 'Python (3.8.1)' },
  { id: 63, name: 'JavaScript (Node.js 12.14.0)' },
];
const DEFAULT_FIELDS = ['token', 'time', 'memory', 'stdout', 'stderr', 'compile_output', 'message', 'status'];
const ALL_FIELDS = [
  'source_code',
  'language_id',
  'stdin',
  'expected_output',
  'stdout',
  'status_id',
  'created_at',
  'finished_at',
  'time',
  'memory',
  'stderr',
  'token',
  'number_of_runs',
  'cpu_time_limit',
  'cpu_extra_time',
  'wall_time_limit',
  'memory_limit',
  'stack_limit',
  'max_processes_and_or_threads',
  'enable_per_process_and_thread_time_limit',
  'enable_per_process_and_thread_memory_limit',
  'max_file_size',
  'compile_output',
  'exit_code',
  'exit_signal',
  'message',
  'wall_time',
  'compiler_options',
  'command_line_arguments',
  'redirect_stderr_to_stdout',
  'callback_url',
  'additional_files',
  'enable_network',
];
const ENCODED = ['source_code', 'stdin', 'expected_output', 'stdout', 'stderr', 'compile_output', 'message'];
const SIGNAL_STATUS: Record<number, number> = { 11: 7, 25: 8, 8: 9, 6: 10 };

/** Ruby's Base64.encode64: a newline after every 60 characters and at the end. */
export function rubyEncode64(text: string): string {
  const b64 = Buffer.from(text, 'utf8').toString('base64');
  return (b64.match(/.{1,60}/g) ?? []).map((l) => l + '\n').join('');
}

const decimal = (v: number) => v.toFixed(3).replace(/0+$/, '').replace(/\.$/, '.0');

export class FakeJudge0 {
  readonly submissions = new Map<string, Stored>();
  readonly requests: Array<{ method: string; path: string; status: number }> = [];
  private readonly injected: Array<{ status: number; body: string }> = [];
  private hanging = 0;
  private server!: http.Server;
  url = '';

  constructor(private readonly options: FakeJudge0Options) {}

  /** The next `times` requests get this answer instead (429 quota, 503 queue full...). */
  inject(status: number, body: unknown, times = 1): void {
    for (let i = 0; i < times; i++) this.injected.push({ status, body: body === '' ? '' : JSON.stringify(body) });
  }

  /** The next `times` requests get no answer at all (a hung server; recorded with status 0). */
  hang(times = 1): void {
    this.hanging += times;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const send = (status: number, body: unknown) => {
      this.requests.push({ method: req.method ?? '', path: url.pathname, status });
      const text = body === '' ? '' : JSON.stringify(body);
      res.writeHead(status, text ? { 'Content-Type': 'application/json; charset=utf-8' } : {});
      res.end(text);
    };
    if (this.hanging > 0) {
      this.hanging--;
      this.requests.push({ method: req.method ?? '', path: url.pathname, status: 0 });
      return;
    }
    const injected = this.injected.shift();
    if (injected) {
      this.requests.push({ method: req.method ?? '', path: url.pathname, status: injected.status });
      res.writeHead(injected.status, injected.body ? { 'Content-Type': 'application/json' } : {});
      return void res.end(injected.body);
    }
    if (this.options.authToken && req.headers['x-auth-token'] !== this.options.authToken) return send(401, '');
    const isJson = (req.headers['content-type'] ?? '').includes('application/json');
    let body: Fields = {};
    if (isJson && chunks.length > 0) {
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Fields;
      } catch {
        return send(400, { error: 'invalid JSON' });
      }
    }
    const base64 = url.searchParams.get('base64_encoded') === 'true';
    const fieldsParam = url.searchParams.get('fields');
    const fields = !fieldsParam ? DEFAULT_FIELDS : fieldsParam === '*' ? [...ALL_FIELDS, 'status', 'language'] : fieldsParam.split(',');
    const unknown = fields.filter((f) => !ALL_FIELDS.includes(f) && f !== 'status' && f !== 'language');
    const route = `${req.method} ${url.pathname}`;

    if (route === 'GET /languages') return send(200, LANGUAGES);
    if (route === 'GET /about')
      return send(200, { version: '1.13.1', homepage: 'https://judge0.com', source_code: 'https://github.com/judge0/judge0', maintainer: 'fake' });
    if (route === 'GET /workers') return send(200, [{ queue: '1.13.1', size: this.queued(), available: 1, idle: 1, working: 0, paused: 0, failed: 0 }]);
    if (unknown.length > 0) return send(400, { error: `invalid fields: [${unknown.join(', ')}]` });

    if (route === 'POST /submissions/batch') {
      const list = body.submissions;
      if (!Array.isArray(list) || list.length === 0) return send(400, { error: 'there should be at least one submission in a batch' });
      if (list.length > 20) return send(400, { error: 'number of submissions in a batch should be less than or equal to 20' });
      if (this.queued() + list.length > (this.options.maxQueueSize ?? 100)) return send(503, { error: 'queue is full' });
      const results = list.map((item) => {
        const errors = this.validate(item as Fields, base64);
        return errors ?? { token: this.create(item as Fields, base64).token };
      });
      const anyValid = results.some((r) => 'token' in r);
      return send(anyValid ? 201 : 422, results);
    }
    if (route === 'GET /submissions/batch') {
      const tokens = (url.searchParams.get('tokens') ?? (req.headers.tokens as string | undefined) ?? '').split(',').filter(Boolean);
      return send(200, { submissions: tokens.map((t) => (this.submissions.has(t) ? this.render(this.submissions.get(t)!, fields, base64) : null)) });
    }
    if (route === 'POST /submissions') {
      if (this.queued() + 1 > (this.options.maxQueueSize ?? 100)) return send(503, { error: 'queue is full' });
      const errors = this.validate(body, base64);
      if (errors) return send(422, errors);
      const stored = this.create(body, base64);
      if (url.searchParams.get('wait') !== 'true') return send(201, { token: stored.token });
      while (stored.statusId < 3) await new Promise((r) => setTimeout(r, 10));
      return send(201, this.render(stored, fields, base64));
    }
    const single = /^GET \/submissions\/([0-9a-f-]+)$/.exec(route);
    if (single) {
      const stored = this.submissions.get(single[1]);
      return stored ? send(200, this.render(stored, fields, base64)) : send(404, { status: 404, error: 'Not Found' });
    }
    return send(404, { status: 404, error: 'Not Found' });
  }

  private queued(): number {
    return [...this.submissions.values()].filter((s) => s.statusId < 3).length;
  }

  private validate(item: Fields, base64: boolean): Record<string, string[]> | null {
    const errors: Record<string, string[]> = {};
    const add = (k: string, m: string) => (errors[k] ??= []).push(m);
    const source = typeof item.source_code === 'string' ? (base64 ? Buffer.from(item.source_code, 'base64').toString() : item.source_code) : '';
    if (!source.trim()) add('source_code', "can't be blank");
    const lang = Number(item.language_id);
    if (item.language_id === undefined || item.language_id === null || item.language_id === '') add('language_id', "can't be blank");
    if (!LANGUAGES.some((l) => l.id === lang)) add('language_id', `language with id ${shown(item.language_id ?? '')} doesn't exist`);
    const range = (k: string, lo: number, hi: number) => {
      if (item[k] === undefined || item[k] === null) return;
      const v = Number(item[k]);
      if (v < lo) add(k, `must be greater than or equal to ${lo}`);
      if (v > hi) add(k, `must be less than or equal to ${hi}`);
    };
    range('cpu_time_limit', 0, this.options.maxCpuTimeLimit ?? 15);
    range('cpu_extra_time', 0, 5);
    range('wall_time_limit', 1, this.options.maxWallTimeLimit ?? 20);
    range('max_file_size', 0, 4096);
    range('memory_limit', 2048, 512000);
    range('stack_limit', 0, 128000);
    if (item.compiler_options) add('compiler_options', 'setting compiler options is only allowed for compiled languages');
    return Object.keys(errors).length > 0 ? errors : null;
  }

  private create(item: Fields, base64: boolean): Stored {
    const decode = (v: unknown) => (typeof v === 'string' ? (base64 ? Buffer.from(v, 'base64').toString('utf8') : v) : null);
    const fields: Fields = {
      source_code: decode(item.source_code),
      language_id: Number(item.language_id),
      stdin: decode(item.stdin),
      expected_output: decode(item.expected_output),
      cpu_time_limit: Number(item.cpu_time_limit ?? 5),
      cpu_extra_time: Number(item.cpu_extra_time ?? 1),
      wall_time_limit: Number(item.wall_time_limit ?? 10),
      memory_limit: Number(item.memory_limit ?? 128000),
      stack_limit: Number(item.stack_limit ?? 64000),
      max_file_size: Number(item.max_file_size ?? 1024),
      created_at: new Date().toISOString(),
      finished_at: null,
      stdout: null,
      stderr: null,
      time: null,
      wall_time: null,
      memory: null,
      exit_code: null,
      exit_signal: null,
      message: null,
      compile_output: null,
      number_of_runs: 1,
    };
    const stored: Stored = { token: randomUUID(), statusId: 1, fields };
    this.submissions.set(stored.token, stored);
    setTimeout(() => {
      stored.statusId = 2;
      void this.execute(stored);
    }, this.options.queueDelayMs ?? 30);
    return stored;
  }

  private async execute(stored: Stored): Promise<void> {
    const f = stored.fields;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fake-judge0-'));
    writeFileSync(path.join(dir, 'script.py'), String(f.source_code));
    const cpuLimit = Number(f.cpu_time_limit);
    const config = {
      python: this.options.python,
      cpu: cpuLimit,
      extra: Number(f.cpu_extra_time),
      wall: Number(f.wall_time_limit),
      memoryBytes: Number(f.memory_limit) * 1024,
      fileBytes: Number(f.max_file_size) * 1024,
    };
    const child = spawn(this.options.python, ['-c', SUPERVISOR, JSON.stringify(config)], {
      cwd: dir,
      env: {},
      stdio: ['pipe', 'ignore', 'pipe', 'pipe'],
    });
    const reportChunks: Buffer[] = [];
    const supervisorErr: Buffer[] = [];
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (c: Buffer) => reportChunks.push(c));
    child.stderr!.on('data', (c: Buffer) => supervisorErr.push(c));
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(f.stdin ?? '');
    await new Promise((resolve) => child.on('close', resolve));
    const read = (name: string) => {
      try {
        return readFileSync(path.join(dir, name), 'utf8');
      } catch {
        return '';
      }
    };
    const stdout = read('stdout');
    const stderr = read('stderr');
    rmSync(dir, { recursive: true, force: true });
    let run: { cpu: number; wall: number; maxrss: number; killed: 'time' | 'wall' | null; code: number | null; signal: number | null };
    try {
      run = JSON.parse(Buffer.concat(reportChunks).toString('utf8'));
    } catch {
      Object.assign(f, { message: `supervisor failed: ${Buffer.concat(supervisorErr).toString('utf8').slice(-500)}`, finished_at: new Date().toISOString() });
      stored.statusId = 13;
      return;
    }
    let status: number;
    let message: string | null = null;
    // isolate's order: a time overrun first, whatever signal ended the process, then signals.
    if (run.killed === 'wall') [status, message] = [5, 'Time limit exceeded (wall clock)'];
    else if (run.killed === 'time' || run.cpu > cpuLimit) [status, message] = [5, 'Time limit exceeded'];
    else if (run.signal !== null) [status, message] = [SIGNAL_STATUS[run.signal] ?? 12, `Caught fatal signal ${run.signal}`];
    else if (run.code !== 0) [status, message] = [11, `Exited with error status ${run.code}`];
    else if (f.expected_output === null) status = 3;
    else {
      const trim = (s: string) =>
        s
          .split('\n')
          .map((l) => l.trimEnd())
          .join('\n')
          .trimEnd();
      status = trim(stdout) === trim(shown(f.expected_output)) ? 3 : 4;
    }
    Object.assign(f, {
      stdout: stdout || null,
      stderr: stderr || null,
      message,
      time: decimal(run.cpu),
      wall_time: decimal(run.wall),
      memory: run.maxrss,
      exit_code: run.code ?? 0,
      exit_signal: run.signal,
      finished_at: new Date().toISOString(),
    });
    stored.statusId = status;
  }

  private render(stored: Stored, fields: string[], base64: boolean): Fields {
    const out: Fields = {};
    for (const name of fields) {
      if (name === 'status') out.status = { id: stored.statusId, description: STATUSES[stored.statusId] };
      else if (name === 'language') out.language = LANGUAGES.find((l) => l.id === stored.fields.language_id) ?? null;
      else if (name === 'token') out.token = stored.token;
      else if (name === 'status_id') out.status_id = stored.statusId;
      else {
        const v = stored.fields[name] ?? null;
        out[name] = base64 && ENCODED.includes(name) && typeof v === 'string' ? rubyEncode64(v) : v;
      }
    }
    for (const k of ['cpu_time_limit', 'cpu_extra_time', 'wall_time_limit']) if (k in out && typeof out[k] === 'number') out[k] = decimal(out[k]);
    return out;
  }
}

export async function startFakeJudge0(options: FakeJudge0Options): Promise<FakeJudge0> {
  return new FakeJudge0(options).start();
}
