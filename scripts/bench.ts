// `npm run bench`: the project's benchmarks in one run and one table. It runs bench:judge,
// bench:analyzer, bench:pipeline and bench:web (each skipped with a note when its script is missing), then the
// API benchmark: autocannon against GET /api/problems, GET /api/problems/:slug and
// GET /api/me/dashboard of one server (local PostgreSQL and Redis, fresh database), with
// GET /health of the same server in the same run as the ceiling. Every figure comes with its
// reference (the floor or ceiling its own benchmark measures) and the ratio between them.
//
// Knobs: BENCH_SKIP (comma-separated: judge,analyzer,pipeline,web,api), BENCH_API_SECONDS (5 per round),
// BENCH_API_ROUNDS (3), BENCH_API_CONNECTIONS (10).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchmarkApi, type EndpointFigures } from './reliability/api-bench.js';
import { createFreshDatabase, freshRedisUrl } from './reliability/local-services.js';
import { cpuNote, cpuSnapshot, fmt, machineNote, table } from './reliability/report.js';
import { baseServerEnv, startServerProcess } from './reliability/server-process.js';
import { Clock, HttpRecorder, signUpUsers } from './reliability/traffic.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SKIP = new Set(
  (process.env.BENCH_SKIP ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const SUITE_TIMEOUT_MS = 30 * 60 * 1000;

type Row = [area: string, figure: string, value: string, reference: string, ratio: string, target: string];

const say = (line: string) => process.stdout.write(`bench: ${line}\n`);

/** Runs `npm run <script>`, echoing its output; resolves with the output and the exit status. */
function runScript(script: string): Promise<{ output: string; status: number | null }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const echo = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      process.stdout.write(chunk.toString('utf8').replace(/^(?=.)/gm, `  [${script}] `));
    };
    child.stdout.on('data', echo);
    child.stderr.on('data', echo);
    const timer = setTimeout(() => child.kill('SIGTERM'), SUITE_TIMEOUT_MS);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ output, status });
    });
  });
}

const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const num = (text: string, pattern: RegExp) => {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : Number.NaN;
};
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : '-');

async function suite(name: string, script: string, parse: (output: string) => Row[]): Promise<Row[]> {
  if (SKIP.has(name)) return [[name, 'skipped (BENCH_SKIP)', '-', '-', '-', '-']];
  if (!scripts[script]) return [[name, `skipped: no "${script}" script in package.json`, '-', '-', '-', '-']];
  say(`npm run ${script}`);
  const started = Date.now();
  const { output, status } = await runScript(script);
  const rows = parse(output);
  const note = status === 0 ? '' : ` (exit ${status})`;
  if (rows.length === 0) return [[name, `no figures found in the output${note}`, '-', '-', '-', '-']];
  rows[0][1] += note;
  say(`${script} took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return rows;
}

function parseJudge(output: string): Row[] {
  const median = num(output, /judge latency\s+median\s+([\d.]+)/);
  const p95 = num(output, /judge latency\s+median\s+[\d.]+\s*\S*\s+p95\s+([\d.]+)/);
  const floor = num(output, /python floor\s+median\s+([\d.]+)/);
  const throughput = num(output, /throughput\s+([\d.]+)/);
  if (Number.isNaN(median)) return [];
  return [
    ['judge', 'latency median, one at a time (ms)', fmt(median), `python floor ${fmt(floor)}`, ratio(median, floor), '<= 1.5x'],
    ['judge', 'latency p95 (ms)', fmt(p95), '-', '-', '-'],
    ['judge', 'throughput, all cores (submissions/s)', Number.isNaN(throughput) ? '-' : throughput.toFixed(1), '-', '-', '>= 25'],
  ];
}

function parseAnalyzer(output: string): Row[] {
  const whole = num(output, /whole analysis ([\d.]+) ms median/);
  const times = num(output, /([\d.]+)x parsing alone/);
  const worst = num(output, /worst ratio ([\d.]+)x/);
  if (Number.isNaN(whole)) return [];
  return [
    [
      'analyzer',
      'whole analysis, typical file, median (ms)',
      whole.toFixed(3),
      `parsing alone ${(whole / times).toFixed(3)}`,
      `${times.toFixed(1)}x`,
      '< 2 ms, <= 5x',
    ],
    ['analyzer', 'worst file, analysis / parsing', '-', '-', Number.isNaN(worst) ? '-' : `${worst.toFixed(1)}x`, '-'],
  ];
}

function parsePipeline(output: string): Row[] {
  const match = /^overall\s+\d+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)x\s+\S+ \/ \S+\s+\S+\s+(.*)$/m.exec(output);
  if (!match) return [];
  const [, verdict, full, times, judge0] = match;
  return [
    ['pipeline', 'full diagnosis per submission, median (CPU-s)', full, `verdict alone ${verdict}`, `${times}x`, '<= 2x'],
    ['pipeline', 'Judge0 submissions per submission: verdict / full', judge0.trim(), '-', '-', 'verdict <= 2'],
  ];
}

function parseWeb(output: string): Row[] {
  const rows: Row[] = [];
  for (const match of output.matchAll(/^(.+?)\s{2,}(\d+)\s+(\d+)\s+\(runs:/gm)) {
    rows.push(['web', `Lighthouse ${match[1].trim()}: performance / accessibility`, `${match[2]} / ${match[3]}`, '-', '-', '>= 90 / >= 95']);
  }
  return rows;
}

async function apiRows(): Promise<Row[]> {
  if (SKIP.has('api')) return [['api', 'skipped (BENCH_SKIP)', '-', '-', '-', '-']];
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'codementor-bench-'));
  const database = await createFreshDatabase('cm_bench');
  let server: Awaited<ReturnType<typeof startServerProcess>> | null = null;
  try {
    server = await startServerProcess(baseServerEnv(database.url, await freshRedisUrl(14), path.join(workDir, 'data')), path.join(workDir, 'server.log'));
    say(`API benchmark on ${server.url} (fresh database ${database.name}; rate limits raised so the limiter does not answer)`);
    const [user] = await signUpUsers(new HttpRecorder(server.url, new Clock(), 30_000), 1, `bench${Date.now().toString(36)}`);
    const probe = await fetch(`${server.url}/api/me/dashboard`, { headers: { authorization: `Bearer ${user.token}` } });
    const endpoints = [
      { name: 'GET /health (ceiling)', path: '/health' },
      { name: 'GET /api/problems', path: '/api/problems' },
      { name: 'GET /api/problems/:slug', path: '/api/problems/two-sum' },
      ...(probe.status === 200 ? [{ name: 'GET /api/me/dashboard', path: '/api/me/dashboard' }] : []),
    ];
    if (probe.status !== 200) say(`GET /api/me/dashboard answered ${probe.status}: not benchmarked`);
    const before = cpuSnapshot([process.pid, server.pid]);
    const figures = await benchmarkApi(
      {
        baseUrl: server.url,
        token: user.token,
        endpoints,
        secondsPerRound: Number(process.env.BENCH_API_SECONDS ?? 5),
        rounds: Number(process.env.BENCH_API_ROUNDS ?? 3),
        connections: Number(process.env.BENCH_API_CONNECTIONS ?? 10),
      },
      (line) => say(line),
    );
    say(cpuNote(before, cpuSnapshot([process.pid, server.pid])));
    return toRows(figures);
  } finally {
    await server?.stop().catch(() => undefined);
    await database.drop().catch(() => undefined);
  }
}

function toRows(figures: EndpointFigures[]): Row[] {
  const ceiling = figures[0];
  return figures.map((f, i) => [
    'api',
    `${f.name}: req/s · p50 / p99 ms${f.non2xx + f.errors > 0 ? ` (${f.non2xx} non-2xx, ${f.errors} errors)` : ''}`,
    `${f.requestsPerSecond.toFixed(0)} · ${f.p50Ms} / ${f.p99Ms}`,
    i === 0 ? '-' : `${ceiling.requestsPerSecond.toFixed(0)} · ${ceiling.p50Ms} / ${ceiling.p99Ms}`,
    i === 0 ? '1.00x' : `${ratio(f.requestsPerSecond, ceiling.requestsPerSecond)} req/s`,
    '-',
  ]);
}

async function main() {
  say(`machine ${machineNote()}`);
  const rows: Row[] = [
    ...(await suite('judge', 'bench:judge', parseJudge)),
    ...(await suite('analyzer', 'bench:analyzer', parseAnalyzer)),
    ...(await suite('pipeline', 'bench:pipeline', parsePipeline)),
    ...(await suite('web', 'bench:web', parseWeb)),
    ...(await apiRows()),
  ];
  process.stdout.write(`\n== benchmarks (${machineNote()})\n`);
  process.stdout.write(`${table(['area', 'figure', 'value', 'reference (floor or ceiling)', 'ratio', 'target'], rows, 2)}\n`);
  process.stdout.write('   api: 10 connections from autocannon on the same 2 cores as the server; the ceiling is GET /health of the same server, same run\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
