// `npm run bench:analyzer`: analyzes every problems/*/solution.py and slower.py many times and
// prints, per file, the median and p95 time of parsing alone (tree-sitter) and of the whole
// analysis, and the ratio of the medians. Targets: whole analysis under 2 ms median after
// warm-up, and at most 5x parsing alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, parseNative } from '../analyzer/src/index.js';

const PROBLEMS = path.join(import.meta.dirname, '..', 'problems');
const WARMUP = 200;
const RUNS = Number(process.env.BENCH_RUNS ?? 1000);

function measure(run: () => void): { median: number; p95: number } {
  for (let i = 0; i < WARMUP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
}

const files = readdirSync(PROBLEMS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => ['solution.py', 'slower.py'].map((f) => path.join(PROBLEMS, d.name, f)))
  .filter(existsSync)
  .sort();

// Warm up on every file first, so that the first files are not measured while the JIT is
// still compiling the analyzer's less common paths.
const sources = files.map((f) => readFileSync(f, 'utf8'));
for (let round = 0; round < WARMUP; round++) for (const code of sources) analyze({ code });

const ms = (x: number) => x.toFixed(3).padStart(7);
process.stdout.write(
  `${'file'.padEnd(60)} ${'parse med'.padStart(9)} ${'p95'.padStart(7)} ${'whole med'.padStart(9)} ${'p95'.padStart(7)} ${'ratio'.padStart(6)}\n`,
);
const wholes: number[] = [];
const ratios: number[] = [];
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  const parse = measure(() => parseNative(code));
  // A comment that differs per run: the analyzer remembers the trees of codes it has just seen.
  let run = 0;
  const whole = measure(() => analyze({ code: `${code}\n# run ${run++}` }));
  const ratio = whole.median / parse.median;
  wholes.push(whole.median);
  ratios.push(ratio);
  const name = path.relative(PROBLEMS, file);
  process.stdout.write(`${name.padEnd(60)} ${ms(parse.median)}   ${ms(parse.p95)} ${ms(whole.median)}   ${ms(whole.p95)} ${ratio.toFixed(1).padStart(6)}\n`);
}
const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
process.stdout.write(
  `\n${files.length} files, ${RUNS} runs each (ms). Typical file: whole analysis ${mid(wholes).toFixed(3)} ms median (target < 2), ${mid(ratios).toFixed(1)}x parsing alone (target <= 5); worst ratio ${Math.max(...ratios).toFixed(1)}x.\n`,
);
