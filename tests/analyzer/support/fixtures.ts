// Reading analyzer fixtures: Python files with inline marks. `# expect: <id>[, <id>]` on the
// line above a line that must be flagged with that pattern; `# ok: <id>` above a near miss that
// must not be. An optional `# context: {json}` line gives the rest of the analyzer input
// (problem, tests, growth, mutants).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzeInput } from '../../../analyzer/src/index.js';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

export interface MarkedFixture {
  name: string;
  path: string;
  code: string;
  input: AnalyzeInput;
  /** id -> lines that must carry it. */
  expected: Map<string, Set<number>>;
  /** id -> lines that must not carry it. */
  allowed: Map<string, Set<number>>;
}

export function readMarkedFixture(path: string, name = path): MarkedFixture {
  const code = readFileSync(path, 'utf8');
  const expected = new Map<string, Set<number>>();
  const allowed = new Map<string, Set<number>>();
  let context: Partial<AnalyzeInput> = {};
  code.split('\n').forEach((text, i) => {
    const mark = text.match(/^\s*#\s*(expect|ok):\s*(.+?)\s*$/);
    if (mark) {
      const target = mark[1] === 'expect' ? expected : allowed;
      for (const id of mark[2].split(',').map((s) => s.trim())) {
        const lines = target.get(id) ?? new Set<number>();
        lines.add(i + 2);
        target.set(id, lines);
      }
    }
    const ctx = text.match(/^\s*#\s*context:\s*(\{.*\})\s*$/);
    if (ctx) context = JSON.parse(ctx[1]) as Partial<AnalyzeInput>;
  });
  return { name, path, code, input: { ...context, code }, expected, allowed };
}

export function listPython(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => join(dir, f));
}

export interface CorpusSolution {
  name: string;
  code: string;
  problem: string;
  time: string;
}

/** The corpus of correct solutions: each names its problem and expected class in its header. */
export function readCorrectCorpus(): CorpusSolution[] {
  return listPython(join(FIXTURES, 'correct')).map((path) => {
    const code = readFileSync(path, 'utf8');
    return {
      name: path.split('/').pop() as string,
      code,
      problem: code.match(/^# problem: (.+)$/m)?.[1].trim() ?? '',
      time: code.match(/^# time: (.+)$/m)?.[1].trim() ?? '',
    };
  });
}
