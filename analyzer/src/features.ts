// The feature summary: a plain-JSON description of the code's structure (functions, loops and
// what they run over, containers and the operations applied to them, guards, early returns,
// cyclomatic complexity), built from the parsed tree and the complexity walk.
import type { ComplexityEstimate } from './complexity.js';
import { classOf } from './cost.js';
import type { FunctionInfo, FunctionTable } from './functions.js';
import type { QueryMatches } from './queries.js';
import { isMemoized } from './recursion.js';
import type { PyNode } from './syntax.js';
import { calleeName, findAll, nameOf } from './syntax-queries.js';
import type { ContainerSummary, FeatureSummary, FunctionSummary, LoopSummary } from './types.js';

const BRANCHES = new Set([
  'if_statement',
  'elif_clause',
  'for_statement',
  'while_statement',
  'except_clause',
  'conditional_expression',
  'boolean_operator',
  'for_in_clause',
  'if_clause',
  'case_clause',
]);
const CONTAINER_KINDS: Record<string, ContainerSummary['kind']> = {
  list: 'list',
  list_comprehension: 'list',
  set: 'set',
  set_comprehension: 'set',
  dictionary: 'dict',
  dictionary_comprehension: 'dict',
  tuple: 'tuple',
};
const CONTAINER_CALLS: Record<string, ContainerSummary['kind']> = {
  list: 'list',
  set: 'set',
  dict: 'dict',
  defaultdict: 'dict',
  Counter: 'dict',
  OrderedDict: 'dict',
  deque: 'deque',
  sorted: 'list',
};
const OPERATIONS = new Set([
  'append',
  'appendleft',
  'add',
  'pop',
  'popleft',
  'remove',
  'discard',
  'index',
  'count',
  'insert',
  'extend',
  'sort',
  'get',
  'update',
  'setdefault',
  'reverse',
]);

export function summarizeFeatures(root: PyNode, table: FunctionTable, estimate: ComplexityEstimate, matches: QueryMatches): FeatureSummary {
  const functions: FunctionSummary[] = table.all.map((fn) => summarizeFunction(fn, estimate));
  const loops: LoopSummary[] = estimate.loops
    .map((frame) => ({
      line: frame.line,
      kind: frame.kind,
      depth: loopDepth(frame.node),
      over: frame.over.replace(/\s+/g, ' ').slice(0, 60),
      iterations: classOf(frame.factors),
      amortized: frame.amortized,
    }))
    .sort((a, b) => a.line - b.line);
  const containers = summarizeContainers(root);
  const guards = (matches.get('emptiness-guard') ?? []).map((m) => ({
    line: m.captures.guard.line,
    variable: m.captures.sequence.text,
    kind: m.captures.length ? ('length' as const) : ('empty' as const),
  }));
  return {
    entryPoint: estimate.entry?.name ?? null,
    functions,
    loops,
    maxLoopDepth: loops.reduce((max, l) => Math.max(max, l.depth + 1), 0),
    conditionals: findAllDeep(root, 'if_statement', 'elif_clause', 'conditional_expression').length,
    calls: [...new Set(findAllDeep(root, 'call').map(calleeName).filter(Boolean))].sort(),
    recursion: functions.some((f) => f.selfCalls > 0),
    memoization: functions.some((f) => f.memoized),
    containers,
    slices: [...new Set(findAllDeep(root, 'slice').map((s) => s.line))],
    stringBuilding: summarizeStringBuilding(root),
    earlyReturns: table.all.flatMap((fn) => earlyReturns(fn)),
    guards,
    cyclomatic: 1 + [...BRANCHES].reduce((n, t) => n + findAllDeep(root, t).length, 0),
  };
}

function summarizeFunction(fn: FunctionInfo, estimate: ComplexityEstimate): FunctionSummary {
  const cost = estimate.functions.get(fn);
  return {
    name: fn.name,
    line: fn.line,
    params: fn.params.map((p) => p.name),
    selfCalls: cost?.recursion?.selfCalls.length ?? 0,
    memoized: isMemoized(fn),
    cyclomatic: 1 + findAll(fn.body, BRANCHES).length,
    time: cost ? classOf(cost.total) : 'O(1)',
  };
}

function loopDepth(node: PyNode): number {
  let depth = 0;
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'function_definition') break;
    if (p.type === 'for_statement' || p.type === 'while_statement' || p.type === 'for_in_clause') depth++;
  }
  return depth;
}

function summarizeContainers(root: PyNode): ContainerSummary[] {
  const byName = new Map<string, ContainerSummary>();
  for (const a of findAllDeep(root, 'assignment')) {
    const name = a.child('left') ? nameOf(a.child('left') as PyNode) : null;
    const right = a.child('right');
    if (!name || !right || byName.has(name)) continue;
    const kind =
      CONTAINER_KINDS[right.type] ??
      (right.type === 'call' ? CONTAINER_CALLS[calleeName(right)] : undefined) ??
      (right.type === 'binary_operator' && right.child('left')?.type === 'list' ? 'list' : undefined);
    if (kind) byName.set(name, { name, line: a.line, kind, operations: [] });
  }
  const note = (name: string | null, op: string): void => {
    const c = name ? byName.get(name) : undefined;
    if (c && !c.operations.includes(op)) c.operations.push(op);
  };
  for (const call of findAllDeep(root, 'call')) {
    const fn = call.child('function');
    if (fn?.type === 'attribute' && OPERATIONS.has(fn.child('attribute')?.text ?? '')) {
      const method = fn.child('attribute')?.text ?? '';
      const first = call.child('arguments')?.namedChildren[0];
      const op = (method === 'pop' || method === 'insert') && first?.text === '0' ? `${method}(0)` : method;
      note(nameOf(fn.child('object') as PyNode), op);
    } else if (fn && /heap(push|pop|ify)$/.test(fn.text)) {
      const first = call.child('arguments')?.namedChildren[0];
      const c = first ? byName.get(nameOf(first) ?? '') : undefined;
      if (c) c.kind = 'heap';
      note(first ? nameOf(first) : null, fn.text.replace(/^heapq\./, ''));
    }
  }
  for (const cmp of findAllDeep(root, 'comparison_operator')) {
    const ops = cmp.children.filter((c) => c.field === 'operators').map((c) => c.type);
    if (ops.includes('in') || ops.includes('not in')) {
      const operand = cmp.namedChildren[cmp.namedChildren.length - 1];
      note(operand ? nameOf(operand) : null, 'in');
    }
  }
  for (const s of findAllDeep(root, 'subscript')) note(nameOf(s.child('value') ?? s), s.child('subscript')?.type === 'slice' ? 'slice' : 'subscript');
  return [...byName.values()];
}

function summarizeStringBuilding(root: PyNode): FeatureSummary['stringBuilding'] {
  const found: FeatureSummary['stringBuilding'] = [];
  for (const a of findAllDeep(root, 'augmented_assignment', 'assignment')) {
    const inLoop = hasLoopAncestor(a);
    const left = a.child('left');
    const right = a.child('right');
    if (!left || !right || left.type !== 'identifier') continue;
    if (a.type === 'augmented_assignment' && a.children.some((c) => c.type === '+=') && inLoop && buildsText(right)) {
      found.push({ line: a.line, variable: left.text, way: 'append' });
    } else if (a.type === 'assignment' && right.type === 'binary_operator' && right.child('right')?.text === left.text && inLoop) {
      found.push({ line: a.line, variable: left.text, way: 'prepend' });
    } else if (a.type === 'assignment' && right.type === 'call' && calleeName(right) === 'join') {
      found.push({ line: a.line, variable: left.text, way: 'join' });
    }
  }
  return found;
}

function earlyReturns(fn: FunctionInfo): number[] {
  const returns = findAll(fn.body, 'return_statement');
  const last = fn.body.namedChildren[fn.body.namedChildren.length - 1];
  return returns.filter((r) => r !== last).map((r) => r.line);
}

function hasLoopAncestor(node: PyNode): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'function_definition') return false;
    if (p.type === 'for_statement' || p.type === 'while_statement') return true;
  }
  return false;
}

const indexes = new WeakMap<PyNode, Map<string, PyNode[]>>();
/** The node types the summary reads; one walk collects them all. */
const SUMMARY_TYPES = new Set([
  ...BRANCHES,
  'call',
  'slice',
  'assignment',
  'augmented_assignment',
  'comparison_operator',
  'subscript',
  'if_statement',
  'elif_clause',
  'conditional_expression',
]);

/** Every node of the given types in the whole file (nested functions included), in order. */
function findAllDeep(root: PyNode, ...types: string[]): PyNode[] {
  let index = indexes.get(root);
  if (!index) {
    const built = new Map<string, PyNode[]>();
    for (const t of SUMMARY_TYPES) built.set(t, []);
    const visit = (n: PyNode): void => {
      for (const c of n.children) {
        if (SUMMARY_TYPES.has(c.type)) (built.get(c.type) as PyNode[]).push(c);
        if (c.children.length) visit(c);
      }
    };
    visit(root);
    indexes.set(root, built);
    index = built;
  }
  if (types.length === 1) return index.get(types[0]) ?? [];
  return types.flatMap((t) => index.get(t) ?? []).sort((a, b) => a.start - b.start);
}

/** `out += "x"`, `out += str(n)`, `out += ch + ","`: a right side that is visibly text. */
function buildsText(right: PyNode): boolean {
  const parts = [right, ...findAll(right, new Set(['string', 'call']))];
  return parts.some((n) => n.type === 'string' || (n.type === 'call' && calleeName(n) === 'str'));
}
