// `npx tsx scripts/eval-time-classes.ts [--split dev|test|all] [--data codecomplex|doocs] [--misses]`:
// the static time class against public, labeled, third-party Python solutions. Two sets, each
// outside the repository and named by its own variable: CodeComplex's Python part (Codeforces
// programs labeled by hand with one of seven classes; TIME_CLASS_DATA names the file) and
// doocs/leetcode's Python solutions with the time complexity their write-ups state
// (TIME_CLASS_DATA_DOOCS names the directory; see doocs-time-labels.ts). Prints accuracy overall
// and per class and a confusion matrix for every set whose variable is set.
//
// The split, so anyone reproduces it: an item's id is the SHA-256 of its source text (trailing
// blanks of each line and blank lines at either end removed); the item is in `dev` when the
// first byte of that hash is even and in `test` when it is odd. Development looks at dev only.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyze, TIME_CLASSES, type TimeClass } from '../analyzer/src/index.js';
import { loadDoocsSources } from './doocs-time-labels.js';

export type Split = 'dev' | 'test' | 'all';

export interface LabeledSolution {
  id: string;
  code: string;
  label: TimeClass;
  /** Where the item comes from, when the set says (a file and section). */
  origin?: string;
}

export interface ClassFigures {
  total: number;
  correct: number;
  accuracy: number;
}

export interface TimeClassFigures {
  split: Split;
  total: number;
  correct: number;
  accuracy: number;
  perClass: Record<TimeClass, ClassFigures>;
  /** confusion[label][predicted] = count. */
  confusion: Record<TimeClass, Record<TimeClass, number>>;
  /** Items the analyzer could not parse or failed on (still counted, with its answer). */
  syntaxErrors: number;
  internalErrors: number;
}

const DOOCS_HINT = 'set TIME_CLASS_DATA_DOOCS to a directory holding the solution/**/README_EN.md files of github:doocs/leetcode';
const FETCH_HINT =
  'set TIME_CLASS_DATA to CodeComplex Python data: fetch github:sybaik1/CodeComplex and extract ' +
  '`git show HEAD:LLM-qlora/codecomplex-simple/test_dataset.json` (or data/python_data.jsonl) to a file outside the repo';

const LABELS: Record<string, TimeClass> = {
  constant: 'O(1)',
  logn: 'O(log n)',
  linear: 'O(n)',
  nlogn: 'O(n log n)',
  quadratic: 'O(n^2)',
  cubic: 'O(n^3)',
  np: 'O(2^n)',
  exponential: 'O(2^n)',
};

const SEPARATOR = '-'.repeat(40);
const JAVA = /\bpublic\s+(static\s+)?(final\s+)?(class|void)\b|\bimport\s+java\.|\bSystem\.out\b/;

/** Normalized source: the text the id is computed from. */
function normalize(code: string): string {
  return code
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

export function itemId(code: string): string {
  return createHash('sha256').update(normalize(code)).digest('hex');
}

export function splitOf(id: string): 'dev' | 'test' {
  return parseInt(id.slice(0, 2), 16) % 2 === 0 ? 'dev' : 'test';
}

/**
 * Reads either CodeComplex layout: `data/python_data.jsonl` ({ src, complexity }) or the
 * chat-format `test_dataset.json` (the code between two separator lines of the user message,
 * the label in the assistant's "complexity: X"), keeping Python items only.
 */
export function loadLabeledSolutions(file: string): LabeledSolution[] {
  const items: LabeledSolution[] = [];
  const seen = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { src?: string; complexity?: string; messages?: Array<{ role: string; content: string }> };
    let code: string | null = null;
    let label: string | null = null;
    if (typeof record.src === 'string') {
      code = record.src;
      label = record.complexity ?? null;
    } else if (Array.isArray(record.messages)) {
      const user = record.messages.find((m) => m.role === 'user')?.content ?? '';
      const answer = record.messages.find((m) => m.role === 'assistant')?.content ?? '';
      const start = user.indexOf(SEPARATOR);
      const end = user.lastIndexOf(`\n${SEPARATOR}\n`);
      if (start >= 0 && end > start) code = user.slice(start + SEPARATOR.length, end);
      label = /complexity:\s*(\w+)/.exec(answer)?.[1] ?? null;
    }
    const timeClass = label ? LABELS[label.trim().toLowerCase()] : undefined;
    if (code === null || !timeClass || JAVA.test(code)) continue;
    const id = itemId(code);
    if (seen.has(id)) continue;
    seen.add(id);
    items.push({ id, code: normalize(code), label: timeClass });
  }
  return items;
}

/** doocs/leetcode's write-ups under `dir`, deduplicated by id like CodeComplex's items. */
export function loadDoocsSolutions(dir: string): LabeledSolution[] {
  const seen = new Set<string>();
  const items: LabeledSolution[] = [];
  for (const source of loadDoocsSources(dir)) {
    const id = itemId(source.code);
    if (seen.has(id)) continue;
    seen.add(id);
    items.push({ id, code: normalize(source.code), label: source.label, origin: source.origin });
  }
  return items;
}

export interface DataSource {
  name: 'codecomplex' | 'doocs';
  env: string;
  hint: string;
  load: (path: string) => LabeledSolution[];
}

export const DATA_SOURCES: readonly DataSource[] = [
  { name: 'codecomplex', env: 'TIME_CLASS_DATA', hint: FETCH_HINT, load: loadLabeledSolutions },
  { name: 'doocs', env: 'TIME_CLASS_DATA_DOOCS', hint: DOOCS_HINT, load: loadDoocsSolutions },
];

function emptyMatrix(): Record<TimeClass, Record<TimeClass, number>> {
  return Object.fromEntries(TIME_CLASSES.map((a) => [a, Object.fromEntries(TIME_CLASSES.map((b) => [b, 0]))])) as Record<TimeClass, Record<TimeClass, number>>;
}

/** The static class of each item of the split, scored against its label. */
export function evaluateTimeClasses(
  items: readonly LabeledSolution[],
  split: Split,
  onItem?: (item: LabeledSolution, predicted: TimeClass) => void,
): TimeClassFigures {
  const chosen = items.filter((i) => split === 'all' || splitOf(i.id) === split);
  const confusion = emptyMatrix();
  let syntaxErrors = 0;
  let internalErrors = 0;
  for (const item of chosen) {
    const result = analyze({ code: item.code });
    if (result.syntaxError) syntaxErrors++;
    if (result.internalError) internalErrors++;
    confusion[item.label][result.complexity.time]++;
    onItem?.(item, result.complexity.time);
  }
  const perClass = Object.fromEntries(
    TIME_CLASSES.map((c) => {
      const total = TIME_CLASSES.reduce((s, p) => s + confusion[c][p], 0);
      const correct = confusion[c][c];
      return [c, { total, correct, accuracy: total ? correct / total : 0 }];
    }),
  ) as Record<TimeClass, ClassFigures>;
  const correct = TIME_CLASSES.reduce((s, c) => s + confusion[c][c], 0);
  return { split, total: chosen.length, correct, accuracy: chosen.length ? correct / chosen.length : 0, perClass, confusion, syntaxErrors, internalErrors };
}

/** Loads TIME_CLASS_DATA and evaluates one split; throws with the fetch hint when it is absent. */
export function evaluateTimeClassData(split: Split, file = process.env.TIME_CLASS_DATA): TimeClassFigures {
  if (!file || !existsSync(file)) throw new Error(`TIME_CLASS_DATA ${file ? `(${file}) not found` : 'is not set'}: ${FETCH_HINT}`);
  return evaluateTimeClasses(loadLabeledSolutions(file), split);
}

export function formatFigures(f: TimeClassFigures): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [`split ${f.split}: ${f.correct}/${f.total} = ${pct(f.accuracy)} (syntax errors ${f.syntaxErrors}, analyzer errors ${f.internalErrors})`];
  for (const c of TIME_CLASSES) {
    const p = f.perClass[c];
    if (p.total) lines.push(`  ${c.padEnd(11)} ${String(p.correct).padStart(4)}/${String(p.total).padEnd(4)} ${pct(p.accuracy).padStart(6)}`);
  }
  lines.push('', `confusion (rows: label, columns: static estimate)`);
  lines.push(`${''.padEnd(11)}${TIME_CLASSES.map((c) => c.padStart(11)).join('')}`);
  for (const a of TIME_CLASSES) lines.push(`${a.padEnd(11)}${TIME_CLASSES.map((b) => String(f.confusion[a][b]).padStart(11)).join('')}`);
  return lines.join('\n');
}

function main(argv: string[]): number {
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const split = (option('--split') ?? 'dev') as Split;
  const only = option('--data');
  if (!['dev', 'test', 'all'].includes(split) || (only && !DATA_SOURCES.some((d) => d.name === only))) {
    process.stderr.write('usage: eval-time-classes [--split dev|test|all] [--data codecomplex|doocs] [--misses]\n');
    return 2;
  }
  const chosen = DATA_SOURCES.filter((d) => (only ? d.name === only : process.env[d.env]));
  if (chosen.length === 0) {
    process.stderr.write(`eval-time-classes: no data set; ${DATA_SOURCES.map((d) => d.hint).join('; or ')}\n`);
    return 2;
  }
  for (const source of chosen) {
    const path = process.env[source.env];
    if (!path || !existsSync(path)) {
      process.stderr.write(`eval-time-classes: ${source.env} ${path ? `(${path}) not found` : 'is not set'}; ${source.hint}\n`);
      return 2;
    }
    const misses = argv.includes('--misses');
    const figures = evaluateTimeClasses(source.load(path), split, (item, predicted) => {
      if (misses && predicted !== item.label)
        process.stdout.write(`MISS ${item.id.slice(0, 10)} label ${item.label} got ${predicted}${item.origin ? ` ${item.origin}` : ''}\n`);
    });
    process.stdout.write(`== ${source.name}\n${formatFigures(figures)}\n`);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
