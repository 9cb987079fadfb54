// The code the simulated learners submit, in four kinds: correct (problems/*/solution.py), wrong
// (the flawed fixtures of tests/problems/fixtures, brute force excepted), slow (brute-force.py
// fixtures and problems/*/slower.py) and crashing (small programs that raise on every test).
// `uniqueCode` makes each submission distinct for the judge's result cache, as a class's
// solutions are, by prepending a harmless module-level assignment.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type SolutionKind = 'correct' | 'wrong' | 'slow' | 'crashing';
export const SOLUTION_KINDS: readonly SolutionKind[] = ['correct', 'wrong', 'slow', 'crashing'];

export interface Candidate {
  slug: string;
  kind: SolutionKind;
  source: string;
  code: string;
}

export interface Catalog {
  slugs: string[];
  byKind: Record<SolutionKind, Candidate[]>;
}

/** Share of each kind in the mix (sums to 1). */
export const DEFAULT_MIX: Record<SolutionKind, number> = { correct: 0.35, wrong: 0.3, slow: 0.2, crashing: 0.15 };

export function loadCatalog(): Catalog {
  const problemsDir = path.join(ROOT, 'problems');
  const fixturesDir = path.join(ROOT, 'tests', 'problems', 'fixtures');
  const slugs = readdirSync(problemsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(problemsDir, d.name, 'problem.md')))
    .map((d) => d.name)
    .sort();
  const byKind: Record<SolutionKind, Candidate[]> = { correct: [], wrong: [], slow: [], crashing: [] };
  for (const slug of slugs) {
    const dir = path.join(problemsDir, slug);
    const add = (kind: SolutionKind, file: string) => byKind[kind].push({ slug, kind, source: path.relative(ROOT, file), code: readFileSync(file, 'utf8') });
    add('correct', path.join(dir, 'solution.py'));
    if (existsSync(path.join(dir, 'slower.py'))) add('slow', path.join(dir, 'slower.py'));
    const fixtures = path.join(fixturesDir, slug);
    if (existsSync(fixtures)) {
      for (const name of readdirSync(fixtures)
        .filter((f) => f.endsWith('.py'))
        .sort()) {
        add(name === 'brute-force.py' ? 'slow' : 'wrong', path.join(fixtures, name));
      }
    }
    const entryPoint = readEntryPoint(path.join(dir, 'problem.md'));
    for (const [i, body] of CRASHES.entries()) {
      byKind.crashing.push({ slug, kind: 'crashing', source: `crash #${i + 1}`, code: body(entryPoint) });
    }
  }
  return { slugs, byKind };
}

const CRASHES: Array<(entry: string) => string> = [
  (entry) => `def ${entry}(*args):\n    values = list(args[0]) if args else []\n    return values[len(values) + 1]\n`,
  (entry) => `def ${entry}(*args):\n    counts = {}\n    return counts[len(args)] + 1\n`,
  (entry) => `def ${entry}(*args):\n    total = 0\n    for value in args:\n        total += value / 0\n    return total\n`,
];

function readEntryPoint(problemMd: string): string {
  const text = readFileSync(problemMd, 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(text);
  const entry = front ? (parse(front[1]) as { entryPoint?: unknown }).entryPoint : undefined;
  if (typeof entry !== 'string' || !/^[A-Za-z_]\w*$/.test(entry)) throw new Error(`${problemMd}: no entryPoint in the front matter`);
  return entry;
}

/** A distinct program with the same behaviour (the result cache keys on code without comments). */
export function uniqueCode(code: string, tag: number): string {
  return `_attempt_tag = ${tag}\n${code}`;
}

export function pickKind(random: () => number, mix: Record<SolutionKind, number> = DEFAULT_MIX): SolutionKind {
  let r = random();
  for (const kind of SOLUTION_KINDS) {
    r -= mix[kind];
    if (r < 0) return kind;
  }
  return 'correct';
}
