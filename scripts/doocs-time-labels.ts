// The second third-party set for scripts/eval-time-classes.ts: LeetCode-style Python solutions
// (a `class Solution` method with typed parameters) from doocs/leetcode, each labeled by its
// authors in the English write-up next to it ("The time complexity is $O(n \log n)$, ...").
// The data stays outside the repository: TIME_CLASS_DATA_DOOCS names a directory holding the
// `solution/**/README_EN.md` files of a doocs/leetcode checkout. A write-up section
// (`<!-- solution:start -->` ... `<!-- solution:end -->`) gives one item: its first Python3 code
// block and the first time complexity stated before the code tabs. Labels that name one size
// (`n`, `m \times \log m`, `n \times 2^n`) or a sum of sizes (`m + n`) map to the seven classes;
// products of two different sizes (`m \times n`, `n \times \log M`), square roots, n^2 log n and
// the like have no single class and are left out, as are design problems (no `class Solution`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TIME_CLASSES, type TimeClass } from '../analyzer/src/index.js';

export interface LabeledSource {
  code: string;
  label: TimeClass;
  /** Where the item comes from: the write-up's path and the section's number. */
  origin: string;
}

interface Term {
  vars: Set<string>;
  poly: number;
  logs: number;
  exp: boolean;
}

/** Constant factors: the alphabet, the inverse Ackermann function. */
const CONSTANTS = /\|\\Sigma\||\\alpha\s*\(\s*\w+\s*\)/g;
const FACTOR =
  /\\log(?:_\{?\d+\}?)?\s*\(?\s*([A-Za-z]\w*)\s*\)?|(\d+)\s*\^\s*\{?\s*([A-Za-z]\w*)\s*\}?|([A-Za-z]\w*)\s*!|([A-Za-z]\w*)(?:\s*\^\s*\{?\s*(\d+)\s*\}?)?|(\d+)|\s+|\\times|\\cdot|\*/gy;

/** The time class of a label such as `n \times \log n`, or null when it has no single class. */
export function classOfComplexityLabel(latex: string): TimeClass | null {
  const text = latex
    .replace(/\\(textit|text|mathit|mathrm)\{([^{}]*)\}/g, '$2')
    .replace(/\\(left|right)/g, '')
    .replace(CONSTANTS, '1')
    .trim();
  if (/[()]/.test(text.replace(/\\log(?:_\{?\d+\}?)?\s*\(\s*[A-Za-z]\w*\s*\)/g, ''))) return null;
  let best: TimeClass | null = null;
  for (const part of text.split('+')) {
    const term = parseTerm(part);
    if (!term || term.vars.size > 1) return null;
    const cls = classOfTerm(term);
    if (!cls) return null;
    if (!best || TIME_CLASSES.indexOf(cls) > TIME_CLASSES.indexOf(best)) best = cls;
  }
  return best;
}

function parseTerm(text: string): Term | null {
  const term: Term = { vars: new Set(), poly: 0, logs: 0, exp: false };
  FACTOR.lastIndex = 0;
  let at = 0;
  const source = text.trim();
  while (at < source.length) {
    FACTOR.lastIndex = at;
    const m = FACTOR.exec(source);
    if (!m || m[0].length === 0) return null;
    at = FACTOR.lastIndex;
    const [, logOf, , expOf, factorialOf, variable, power] = m;
    if (logOf) {
      term.vars.add(logOf);
      term.logs++;
    } else if (expOf || factorialOf) {
      term.vars.add(expOf ?? factorialOf);
      term.exp = true;
    } else if (variable) {
      term.vars.add(variable);
      term.poly += power ? Number(power) : 1;
    }
  }
  return term;
}

function classOfTerm(t: Term): TimeClass | null {
  if (t.exp) return 'O(2^n)';
  if (t.logs > 1) return null;
  if (t.poly === 0) return t.logs ? 'O(log n)' : 'O(1)';
  if (t.poly === 1) return t.logs ? 'O(n log n)' : 'O(n)';
  if (t.logs) return null;
  return t.poly === 2 ? 'O(n^2)' : t.poly === 3 ? 'O(n^3)' : null;
}

const SECTION = /<!-- solution:start -->([\s\S]*?)<!-- solution:end -->/g;
const PYTHON = /#### Python3\s*```python\n([\s\S]*?)```/;
const TIME = /time complexity[^$]{0,60}?\$O\((.*?)\)\$/i;

/** Items of one write-up: each section with a Python3 block, a class Solution and a usable label. */
export function itemsOfWriteUp(markdown: string, origin: string): LabeledSource[] {
  const items: LabeledSource[] = [];
  let index = 0;
  for (const [, section] of markdown.matchAll(SECTION)) {
    index++;
    const code = PYTHON.exec(section)?.[1];
    const stated = TIME.exec(section.split('<!-- tabs:start -->')[0])?.[1];
    if (!code || !stated || !/^class Solution\b/m.test(code)) continue;
    const label = classOfComplexityLabel(stated);
    if (label) items.push({ code, label, origin: `${origin}#${index}` });
  }
  return items;
}

/** Every item under `dir` (the `solution/` tree of a doocs/leetcode checkout, or its parent). */
export function loadDoocsSources(dir: string): LabeledSource[] {
  const items: LabeledSource[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'README_EN.md') items.push(...itemsOfWriteUp(readFileSync(path, 'utf8'), path.slice(dir.length + 1)));
    }
  };
  walk(dir);
  return items;
}
