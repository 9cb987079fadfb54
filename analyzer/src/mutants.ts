// Mutants: small, typical mistakes applied to a reference solution, one at a time, as source
// strings the judge can run. When a failing submission produces the same outputs as one of
// them on the failing tests, the mutant's kind names the mistake with high confidence.
// Kinds: range-bound-shifted, comparison-swapped -> off-by-one; guard-dropped ->
// missing-edge-case; set-to-list -> wrong-data-structure. Pure: nothing is run here.
import { hasSyntaxError, parsePython } from './parse.js';
import type { PyNode } from './syntax.js';
import { callArgs, calleeName, comparisonOperators, nameOf } from './syntax-queries.js';

export type MutantKind = 'range-bound-shifted' | 'comparison-swapped' | 'guard-dropped' | 'set-to-list';

export interface Mutant {
  kind: MutantKind;
  /** The mutated source. */
  code: string;
  /** The line changed in the reference. */
  line: number;
  description: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const MAX_PER_KIND = 12;
const SWAPS: Record<string, string> = { '<': '<=', '<=': '<', '>': '>=', '>=': '>' };

export function generateMutants(reference: string): Mutant[] {
  const parsed = parsePython(reference);
  if (parsed.syntaxError) return [];
  const root = parsed.root;
  const candidates: Array<{ kind: MutantKind; line: number; description: string; edits: Edit[] }> = [
    ...rangeBoundMutants(root),
    ...comparisonMutants(root),
    ...guardMutants(root),
    ...setToListMutants(root),
  ];
  const byKind = new Map<MutantKind, Mutant[]>();
  const seen = new Set<string>();
  for (const c of candidates) {
    const list = byKind.get(c.kind) ?? [];
    if (list.length >= MAX_PER_KIND) continue;
    const code = applyEdits(reference, c.edits);
    if (code === reference || seen.has(code) || hasSyntaxError(code)) continue;
    seen.add(code);
    list.push({ kind: c.kind, code, line: c.line, description: c.description });
    byKind.set(c.kind, list);
  }
  return interleave([...byKind.values()]);
}

/** One of each kind in turn, so that any prefix the caller keeps covers every kind. */
function interleave(groups: Mutant[][]): Mutant[] {
  const out: Mutant[] = [];
  for (let i = 0; groups.some((g) => i < g.length); i++) for (const g of groups) if (i < g.length) out.push(g[i]);
  return out;
}

function applyEdits(source: string, edits: Edit[]): string {
  let out = source;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** range(a, b): stop one earlier, stop one later, start one later. */
function rangeBoundMutants(root: PyNode) {
  const out: Array<{ kind: MutantKind; line: number; description: string; edits: Edit[] }> = [];
  for (const call of deepNodes(root, 'call')) {
    if (call.child('function')?.text !== 'range') continue;
    const args = callArgs(call);
    if (args.length === 0 || args.length > 2) continue;
    const stop = args[args.length - 1];
    for (const delta of [-1, 1]) {
      out.push({
        kind: 'range-bound-shifted',
        line: call.line,
        description: `range stop ${delta < 0 ? '- 1' : '+ 1'} on line ${call.line}`,
        edits: [{ start: stop.start, end: stop.end, text: shift(stop.text, delta) }],
      });
    }
    const start = args.length === 2 ? args[0] : null;
    if (start)
      out.push({
        kind: 'range-bound-shifted',
        line: call.line,
        description: `range start + 1 on line ${call.line}`,
        edits: [{ start: start.start, end: start.end, text: shift(start.text, 1) }],
      });
    else
      out.push({
        kind: 'range-bound-shifted',
        line: call.line,
        description: `range starts at 1 on line ${call.line}`,
        edits: [{ start: stop.start, end: stop.start, text: '1, ' }],
      });
  }
  return out;
}

/** `len(xs) - 1` shifted by +1 becomes `len(xs)`, not `len(xs) - 1 + 1`. */
function shift(text: string, delta: number): string {
  const m = text.match(/^(.*?)\s*([+-])\s*(\d+)$/s);
  if (m) {
    const value = (m[2] === '+' ? 1 : -1) * Number(m[3]) + delta;
    return value === 0 ? m[1] : `${m[1]} ${value > 0 ? '+' : '-'} ${Math.abs(value)}`;
  }
  if (/^-?\d+$/.test(text)) return String(Number(text) + delta);
  return `${text} ${delta > 0 ? '+' : '-'} ${Math.abs(delta)}`;
}

function comparisonMutants(root: PyNode) {
  const out: Array<{ kind: MutantKind; line: number; description: string; edits: Edit[] }> = [];
  for (const cmp of deepNodes(root, 'comparison_operator')) {
    if (comparisonOperators(cmp).length !== 1) continue;
    const op = cmp.children.find((c) => c.field === 'operators');
    if (!op || !SWAPS[op.type]) continue;
    out.push({
      kind: 'comparison-swapped',
      line: cmp.line,
      description: `\`${op.type}\` became \`${SWAPS[op.type]}\` on line ${cmp.line}`,
      edits: [{ start: op.start, end: op.end, text: SWAPS[op.type] }],
    });
  }
  return out;
}

/** `if not xs: return ...` / `if len(xs) < 2: return ...` removed (replaced by `pass`). */
function guardMutants(root: PyNode) {
  const out: Array<{ kind: MutantKind; line: number; description: string; edits: Edit[] }> = [];
  for (const ifNode of deepNodes(root, 'if_statement')) {
    const condition = ifNode.child('condition');
    const body = ifNode.child('consequence');
    if (!condition || !body || ifNode.childrenOf('alternative').length > 0) continue;
    const isGuard = (condition.type === 'not_operator' && condition.child('argument')?.type === 'identifier') || isSmallLengthCheck(condition);
    if (!isGuard || !body.namedChildren.some((s) => s.type === 'return_statement')) continue;
    out.push({
      kind: 'guard-dropped',
      line: ifNode.line,
      description: `the guard \`if ${condition.text}\` on line ${ifNode.line} was dropped`,
      edits: [{ start: ifNode.start, end: ifNode.end, text: 'pass' }],
    });
  }
  return out;
}

/** A set built with set() or {...} and grown with .add(): the same code with a list. */
function setToListMutants(root: PyNode) {
  const out: Array<{ kind: MutantKind; line: number; description: string; edits: Edit[] }> = [];
  for (const a of deepNodes(root, 'assignment')) {
    const name = a.child('left') ? nameOf(a.child('left') as PyNode) : null;
    const right = a.child('right');
    if (!name || !right) continue;
    let replacement: string | null = null;
    if (right.type === 'call' && right.child('function')?.text === 'set') {
      const args = right.child('arguments')?.text ?? '()';
      replacement = args === '()' ? '[]' : `list${args}`;
    } else if (right.type === 'set') {
      replacement = `[${right.text.slice(1, -1)}]`;
    }
    if (!replacement) continue;
    const edits: Edit[] = [{ start: right.start, end: right.end, text: replacement }];
    for (const call of deepNodes(root, 'call')) {
      const fn = call.child('function');
      if (fn?.type === 'attribute' && nameOf(fn.child('object') as PyNode) === name) {
        const method = fn.child('attribute');
        if (method?.text === 'add') edits.push({ start: method.start, end: method.end, text: 'append' });
        if (method?.text === 'discard') edits.push({ start: method.start, end: method.end, text: 'remove' });
      }
    }
    out.push({ kind: 'set-to-list', line: a.line, description: `\`${name}\` became a list on line ${a.line}`, edits });
  }
  return out;
}

function deepNodes(root: PyNode, type: string): PyNode[] {
  const out: PyNode[] = [];
  const visit = (n: PyNode): void => {
    for (const c of n.children) {
      if (c.type === type) out.push(c);
      visit(c);
    }
  };
  visit(root);
  return out;
}

/** `len(xs) == 0`, `len(s) < 2`, `len(xs) <= 1`: a guard for inputs of a few elements at most. */
function isSmallLengthCheck(condition: PyNode): boolean {
  if (condition.type !== 'comparison_operator' || condition.namedChildren.length !== 2) return false;
  const [measured, bound] = condition.namedChildren;
  const argument = measured.type === 'call' && calleeName(measured) === 'len' ? callArgs(measured) : [];
  return (
    argument.length === 1 &&
    argument[0].type !== 'call' &&
    ['==', '<', '<='].includes(comparisonOperators(condition)[0] ?? '') &&
    bound.type === 'integer' &&
    /^\d$/.test(bound.text)
  );
}
