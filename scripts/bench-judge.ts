// `npm run bench:judge`: judges every reference solution in problems/ with the local runner
// and prints median and p95 latency per submission, submissions per second with both cores
// busy, and, in the same run, the floor: a bare python3 importing the same solution and
// calling it on the same inputs (one process per submission), with the ratio between them.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createJudge } from '../api/src/modules/judge/judge.js';
import { describeBoundary, probeSandbox } from '../api/src/modules/judge/sandbox-capabilities.js';
import { createProblemLoader, defaultProblemCacheDir } from '../api/src/modules/problems/problem-loader.js';
import type { Problem } from '../api/src/modules/problems/problem-schema.js';
import { PROBLEMS_DIR } from '../api/src/paths.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const pythonBin = process.env.PYTHON_BIN || 'python3';

// The floor: what any runner must at least pay (start Python, read the inputs, call).
const FLOOR_SCRIPT = `
import json, sys
job = json.loads(sys.stdin.read())
ns = {"__name__": "solution"}
exec(compile(job["code"], "solution.py", "exec"), ns)
fn = ns.get(job["entry"])
if fn is None:
    fn = getattr(ns["Solution"](), job["entry"])
out = []
for args in job["inputs"]:
    r = fn(*args)
    out.append(args[0] if r is None and job["inPlace"] else r)
sys.stdout.write(json.dumps(out))
`;

function floorRun(python: string, problem: Problem): Promise<number> {
  const job = JSON.stringify({ code: problem.solutionCode, entry: problem.entryPoint, inPlace: problem.inPlace, inputs: problem.tests.map((t) => t.input) });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(python, ['-I', '-S', '-c', FLOOR_SCRIPT], { stdio: ['pipe', 'pipe', 'inherit'], env: {} });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`floor run of ${problem.slug} failed`))));
    child.stdin.end(job);
  });
}

/** CPU time of this process plus its finished children (Linux /proc; 100 ticks per second). */
function cpuMs(): number {
  const self = process.cpuUsage();
  let children = 0;
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    children = (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime
  } catch {
    /* not Linux: children are not counted */
  }
  return (self.user + self.system) / 1000 + children;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main(): Promise<void> {
  const caps = probeSandbox(pythonBin);
  const loader = createProblemLoader({ problemsDir: PROBLEMS_DIR, pythonBin, cacheDir: defaultProblemCacheDir() });
  const problems: Problem[] = [];
  for (const slug of await loader.listSlugs()) {
    try {
      problems.push(await loader.load(slug));
    } catch (e) {
      console.error(`skipping ${slug}: ${(e as Error).message}`);
    }
  }
  const cores = availableParallelism();
  console.log(
    `${problems.length} problems, ${ROUNDS} rounds, ${cores} cores, ${caps.python} (${caps.pythonVersion}), ` + `sandbox: ${describeBoundary(caps.boundary)}`,
  );

  const judge = createJudge({ pythonBin, concurrency: cores, poolSize: cores, queueSize: 10_000 });
  const judgeOnce = async (p: Problem) => {
    const started = performance.now();
    const report = await judge.judge({ problem: p, code: p.solutionCode, scope: 'all' });
    if (report.verdict !== 'accepted') console.error(`  ${p.slug}: reference solution got ${report.verdict}`);
    return performance.now() - started;
  };
  for (const p of problems) await judgeOnce(p); // warm-up: pool, tree-sitter, page cache

  const latencies: number[] = [];
  const floors: number[] = [];
  let judgeCpu = 0;
  let floorCpu = 0;
  for (let r = 0; r < ROUNDS; r++) {
    for (const p of problems) {
      let c = cpuMs();
      latencies.push(await judgeOnce(p));
      judgeCpu += cpuMs() - c;
      c = cpuMs();
      floors.push(await floorRun(caps.python, p));
      floorCpu += cpuMs() - c;
    }
  }
  // Pool processes started meanwhile are charged when they exit: close and count them too.

  const batch = Array.from({ length: ROUNDS }, () => problems).flat();
  const started = performance.now();
  await Promise.all(batch.map((p) => judgeOnce(p)));
  const throughput = batch.length / ((performance.now() - started) / 1000);
  await judge.close();

  const median = quantile(latencies, 0.5);
  const floorMedian = quantile(floors, 0.5);
  console.log(`judge latency   median ${fmt(median)}   p95 ${fmt(quantile(latencies, 0.95))}   (${latencies.length} submissions, one at a time)`);
  console.log(`python floor    median ${fmt(floorMedian)}   p95 ${fmt(quantile(floors, 0.95))}`);
  console.log(`ratio           ${(median / floorMedian).toFixed(2)}x the floor (target <= 1.5x)`);
  console.log(`throughput      ${throughput.toFixed(1)} submissions/s with ${cores} cores busy (target >= 25)`);
  const perJudge = judgeCpu / latencies.length;
  const perFloor = floorCpu / floors.length;
  console.log(
    `cpu per submission: judge ${fmt(perJudge)}, floor ${fmt(perFloor)}; ` +
      `CPU-bound ceiling ${((cores * 1000) / perJudge).toFixed(1)}/s (floor ${((cores * 1000) / perFloor).toFixed(1)}/s)`,
  );
}

await main();
