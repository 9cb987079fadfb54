// Loads problems/<slug>/ folders into validated Problem objects. Tests that name a generator
// call get their input from generator.py and their expected output from solution.py (run
// through the judge's own harness, so in-place results and plain-JSON rules match exactly);
// both are cached in memory and on disk under the folder's content hash.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_LIMITS, encodeJob, HARNESS_PATH, newNonce, parseRecord } from '../judge/index.js';
import { ProblemFormatError, parseProblemMeta, parseTestSpecs, type Problem, type ProblemTest, type TestSpec } from './problem-schema.js';

export interface ProblemLoaderOptions {
  problemsDir: string;
  /** Interpreter for generator.py and solution.py (trusted code, run without a sandbox). */
  pythonBin: string;
  /** Where generated tests are cached across processes; null = memory only. */
  cacheDir?: string | null;
}

export class ProblemNotFoundError extends Error {
  constructor(readonly slug: string) {
    super(`unknown problem "${slug}"`);
    this.name = 'ProblemNotFoundError';
  }
}

const FILES = ['problem.md', 'starter.py', 'solution.py', 'explanation.md', 'slower.py', 'tests.json', 'generator.py'];
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const GENERATE_SCRIPT = `
import json, random, sys
spec = json.loads(sys.stdin.read())
namespace = {"__name__": "generator"}
exec(compile(open(spec["generator"]).read(), spec["generator"], "exec"), namespace)
out = [namespace["generate"](g["size"], random.Random(g["seed"])) for g in spec["calls"]]
sys.stdout.write(json.dumps(out))
`;

function runPython(pythonBin: string, args: string[], stdin: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(pythonBin, args, { stdio: ['pipe', 'pipe', 'pipe'], timeout: timeoutMs });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`${pythonBin} failed (exit ${code}): ${err.trim().split('\n').pop()}`)),
    );
    child.stdin.end(stdin);
  });
}

function splitFrontMatter(markdown: string, slug: string): { meta: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(markdown);
  if (!match) throw new ProblemFormatError(slug, ['problem.md must start with YAML front matter between --- lines']);
  try {
    return { meta: parseYaml(match[1]), body: markdown.slice(match[0].length).trim() };
  } catch (e) {
    throw new ProblemFormatError(slug, [`problem.md front matter is not valid YAML: ${(e as Error).message}`]);
  }
}

export class ProblemLoader {
  // Keyed by the folder's content hash: a changed folder is a new key, so no replica serves a stale copy.
  private readonly memory = new Map<string, Promise<Problem>>();

  constructor(private readonly options: ProblemLoaderOptions) {}

  async listSlugs(): Promise<string[]> {
    const entries = await readdir(this.options.problemsDir, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory() && existsSync(path.join(this.options.problemsDir, e.name, 'problem.md')))
      .map((e) => e.name)
      .sort();
  }

  async loadAll(): Promise<Problem[]> {
    const slugs = await this.listSlugs();
    return Promise.all(slugs.map((s) => this.load(s)));
  }

  /** Loads (and caches) one problem; throws ProblemNotFoundError or ProblemFormatError. */
  async load(slug: string): Promise<Problem> {
    if (!SLUG.test(slug)) throw new ProblemNotFoundError(slug);
    const dir = path.join(this.options.problemsDir, slug);
    if (!existsSync(path.join(dir, 'problem.md'))) throw new ProblemNotFoundError(slug);
    const files = await this.readFiles(dir);
    const key = `${slug}:${files.contentHash}`;
    let pending = this.memory.get(key);
    if (!pending) {
      pending = this.build(slug, dir, files);
      this.memory.set(key, pending);
      pending.catch(() => this.memory.delete(key));
    }
    return pending;
  }

  private async readFiles(dir: string): Promise<{ contents: Map<string, string>; contentHash: string }> {
    const contents = new Map<string, string>();
    const hash = createHash('sha256');
    for (const name of FILES) {
      const file = path.join(dir, name);
      if (!existsSync(file)) continue;
      const text = await readFile(file, 'utf8');
      contents.set(name, text);
      hash.update(`${name}\0${text}\0`);
    }
    return { contents, contentHash: hash.digest('hex') };
  }

  private async build(slug: string, dir: string, files: { contents: Map<string, string>; contentHash: string }): Promise<Problem> {
    const { contents, contentHash } = files;
    const missing = ['problem.md', 'solution.py', 'explanation.md', 'tests.json'].filter((f) => !contents.has(f));
    if (missing.length > 0)
      throw new ProblemFormatError(
        slug,
        missing.map((f) => `${f} is missing`),
      );
    const { meta: rawMeta, body } = splitFrontMatter(contents.get('problem.md')!, slug);
    const meta = parseProblemMeta(rawMeta, slug);
    let rawTests: unknown;
    try {
      rawTests = JSON.parse(contents.get('tests.json')!);
    } catch (e) {
      throw new ProblemFormatError(slug, [`tests.json is not valid JSON: ${(e as Error).message}`]);
    }
    const specs = parseTestSpecs(rawTests, slug);
    const problem: Problem = {
      ...meta,
      statement: body,
      starterCode: contents.get('starter.py') ?? '',
      solutionCode: contents.get('solution.py')!,
      explanation: contents.get('explanation.md')!.trim(),
      tests: [],
      contentHash,
      dir,
    };
    problem.tests = await this.materializeTests(problem, specs, contents.get('generator.py') !== undefined);
    return problem;
  }

  private async materializeTests(problem: Problem, specs: TestSpec[], hasGenerator: boolean): Promise<ProblemTest[]> {
    const generated = specs.filter((s) => s.generate);
    if (generated.length === 0) return specs.map((s) => toTest(s, s.input!, s.expected));
    if (!hasGenerator) throw new ProblemFormatError(problem.slug, ['tests use "generate" but generator.py is missing']);
    const filled = await this.generatedTests(problem, generated);
    return specs.map((s) => {
      const g = filled.get(s.id);
      return g ? toTest(s, g.input, g.expected) : toTest(s, s.input!, s.expected);
    });
  }

  private async generatedTests(problem: Problem, specs: TestSpec[]): Promise<Map<string, { input: unknown[]; expected: unknown }>> {
    const cacheFile = this.options.cacheDir ? path.join(this.options.cacheDir, `${problem.slug}-${problem.contentHash.slice(0, 24)}.json`) : null;
    if (cacheFile && existsSync(cacheFile)) {
      try {
        const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as Record<string, { input: unknown[]; expected: unknown }>;
        return new Map(Object.entries(cached));
      } catch {
        /* a damaged cache file is simply recomputed */
      }
    }
    const inputs = await this.generateInputs(
      problem.dir,
      specs.map((s) => s.generate!),
    );
    const needExpected = specs.filter((s) => s.expected === undefined);
    const expected = await computeExpected(
      this.options.pythonBin,
      problem,
      needExpected.map((s) => ({ id: s.id, input: inputs[specs.indexOf(s)] })),
    );
    const result = new Map<string, { input: unknown[]; expected: unknown }>();
    specs.forEach((s, i) => result.set(s.id, { input: inputs[i], expected: s.expected !== undefined ? s.expected : expected.get(s.id) }));
    if (cacheFile) {
      await mkdir(path.dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(Object.fromEntries(result)));
      await rename(tmp, cacheFile);
    }
    return result;
  }

  private generateInputs(dir: string, calls: Array<{ size: number; seed: number }>): Promise<unknown[][]> {
    return generateInputs(this.options.pythonBin, dir, calls);
  }
}

/** Runs a problem's generator.py for each (size, seed); used by generated tests and growth runs. */
export async function generateInputs(pythonBin: string, dir: string, calls: Array<{ size: number; seed: number }>): Promise<unknown[][]> {
  const out = await runPython(pythonBin, ['-c', GENERATE_SCRIPT], JSON.stringify({ generator: path.join(dir, 'generator.py'), calls }), 120_000);
  const inputs = JSON.parse(out) as unknown[];
  if (!Array.isArray(inputs) || inputs.some((a) => !Array.isArray(a))) {
    throw new ProblemFormatError(path.basename(dir), ['generator.py must return the list of arguments']);
  }
  return inputs as unknown[][];
}

/**
 * `generateInputs` for a problem version, made once and then reused: the inputs depend only on
 * the generator, sizes and seeds, and starting the generator costs more than a small run on
 * them (stress tests and growth runs ask for the same ones with every submission). Kept in
 * memory (bounded) and on disk beside the generated tests, so a restarted server's first
 * submissions do not each start a generator.
 * Per process is safe across replicas: the key holds the content hash, and the inputs are trusted data.
 */
const generatedOnce = new Map<string, Promise<unknown[][]>>();
const MAX_GENERATED_SETS = 200;
export function generateInputsOnce(
  pythonBin: string,
  problem: Pick<Problem, 'dir' | 'contentHash'>,
  calls: Array<{ size: number; seed: number }>,
): Promise<unknown[][]> {
  const key = `${problem.contentHash}|${JSON.stringify(calls)}`;
  let inputs = generatedOnce.get(key);
  if (!inputs) {
    if (generatedOnce.size >= MAX_GENERATED_SETS) generatedOnce.delete(generatedOnce.keys().next().value!);
    inputs = generateInputsThroughDisk(
      pythonBin,
      problem.dir,
      calls,
      path.join(defaultProblemCacheDir(), `inputs-${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`),
    );
    generatedOnce.set(key, inputs);
    inputs.catch(() => generatedOnce.delete(key));
  }
  return inputs;
}

async function generateInputsThroughDisk(
  pythonBin: string,
  dir: string,
  calls: Array<{ size: number; seed: number }>,
  cacheFile: string,
): Promise<unknown[][]> {
  try {
    const kept = JSON.parse(await readFile(cacheFile, 'utf8')) as unknown;
    if (Array.isArray(kept) && kept.length === calls.length && kept.every(Array.isArray)) return kept as unknown[][];
  } catch {
    /* not made yet, or damaged: made again below */
  }
  const inputs = await generateInputs(pythonBin, dir, calls);
  try {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, JSON.stringify(inputs));
    await rename(tmp, cacheFile);
  } catch {
    /* a read-only or full disk only costs the next server a generator run */
  }
  return inputs;
}

function toTest(spec: TestSpec, input: unknown[], expected: unknown): ProblemTest {
  const test: ProblemTest = { id: spec.id, input, expected, hidden: spec.hidden, tags: spec.tags };
  if (spec.generate) test.generate = spec.generate;
  return test;
}

/** Expected outputs of the reference solution, through the harness (trusted: no sandbox). */
async function computeExpected(pythonBin: string, problem: Problem, tests: Array<{ id: string; input: unknown[] }>): Promise<Map<string, unknown>> {
  const expected = new Map<string, unknown>();
  if (tests.length === 0) return expected;
  const nonce = newNonce();
  const job = encodeJob(
    {
      mode: 'judge',
      code: problem.solutionCode,
      entryPoint: problem.entryPoint,
      inPlace: problem.inPlace,
      tests: tests.map((t) => ({ id: t.id, input: t.input, timeLimitMs: 60_000 })),
      limits: DEFAULT_LIMITS,
    },
    nonce,
  );
  const out = await runPython(pythonBin, ['-I', '-S', HARNESS_PATH], job, 300_000);
  for (const line of out.split('\n')) {
    const record = parseRecord(line, nonce);
    if (record?.t === 'syntax') throw new ProblemFormatError(problem.slug, [`solution.py has a syntax error: ${record.detail.message}`]);
    if (record?.t !== 'result') continue;
    const o = record.outcome;
    if (o.kind !== 'returned' || !o.plain) {
      const why = o.kind === 'error' ? `${o.error.type}: ${o.error.message}` : o.kind === 'returned' ? 'a value that is not plain JSON' : o.kind;
      throw new ProblemFormatError(problem.slug, [`solution.py failed on generated test ${record.id}: ${why}`]);
    }
    expected.set(record.id, o.value);
  }
  const missing = tests.filter((t) => !expected.has(t.id));
  if (missing.length > 0) throw new ProblemFormatError(problem.slug, [`solution.py gave no result for ${missing.map((t) => t.id).join(', ')}`]);
  return expected;
}

export const defaultProblemCacheDir = (): string => path.join(os.tmpdir(), 'codementor-problem-cache');

export function createProblemLoader(options: ProblemLoaderOptions): ProblemLoader {
  return new ProblemLoader(options);
}
