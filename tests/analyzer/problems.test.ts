// The problem set's own solutions: every reference solution gets no pattern at all, and every
// slower.py gets its stated class (from its docstring) and a suboptimal-complexity finding.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze, TIME_CLASSES, type ProblemInfo, type TimeClass } from '../../analyzer/src/index.js';

const PROBLEMS = new URL('../../problems/', import.meta.url).pathname;

interface ProblemFiles {
  slug: string;
  entryPoint: string;
  problem: ProblemInfo;
  dir: string;
}

function readProblems(): ProblemFiles[] {
  if (!existsSync(PROBLEMS)) return [];
  return readdirSync(PROBLEMS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PROBLEMS, d.name, 'problem.md')))
    .map((d) => {
      const md = readFileSync(join(PROBLEMS, d.name, 'problem.md'), 'utf8');
      const front = parseYaml(md.split(/^---\s*$/m)[1] ?? '') as Record<string, unknown>;
      return {
        slug: d.name,
        dir: join(PROBLEMS, d.name),
        entryPoint: String(front.entryPoint),
        problem: {
          slug: d.name,
          acceptable: front.acceptable as TimeClass,
          optimal: front.optimal as TimeClass,
          targetPatterns: (front.targetPatterns as string[]) ?? [],
          params: (front.params as string[]) ?? [],
        },
      };
    });
}

/** The first time class named near the top of the file (its docstring), if it is one of ours. */
function statedClass(code: string): TimeClass | null {
  const head = code.split('\n').slice(0, 4).join('\n');
  const named = head.match(/O\([^)]*\)/)?.[0];
  return named && (TIME_CLASSES as readonly string[]).includes(named) ? (named as TimeClass) : null;
}

const problems = readProblems();

describe('reference solutions', () => {
  for (const p of problems.filter((p) => existsSync(join(p.dir, 'solution.py')))) {
    it(`${p.slug}: no pattern`, () => {
      const code = readFileSync(join(p.dir, 'solution.py'), 'utf8');
      const judged = analyze({ code, entryPoint: p.entryPoint, problem: p.problem });
      expect(judged.internalError).toBeUndefined();
      expect(judged.patterns).toEqual([]);
      expect(analyze({ code, entryPoint: p.entryPoint }).patterns).toEqual([]);
    });
  }
});

describe('slower solutions', () => {
  for (const p of problems.filter((p) => existsSync(join(p.dir, 'slower.py')))) {
    it(`${p.slug}: the stated class, flagged as slower than ${p.problem.acceptable}`, () => {
      const code = readFileSync(join(p.dir, 'slower.py'), 'utf8');
      const result = analyze({ code, entryPoint: p.entryPoint, problem: p.problem });
      const stated = statedClass(code);
      if (stated) expect(result.complexity.time).toBe(stated);
      else expect(TIME_CLASSES.indexOf(result.complexity.time)).toBeGreaterThan(TIME_CLASSES.indexOf(p.problem.acceptable));
      expect(result.patterns.map((f) => f.id)).toContain('suboptimal-complexity');
    });
  }
});
