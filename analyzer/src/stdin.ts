// Programs that read standard input (competitive-programming style): which calls read a line or
// the whole input, which of the file's own functions and lambdas are such readers
// (`def ints(): return list(map(int, input().split()))`), and what kind of value a read gives.
// A value read from the input is an input of its own: `n = int(input())` is a size, like a
// parameter. Limits: reads through objects (a FastIO class) are seen only by their method name.
import type { Kind } from './values.js';
import type { PyNode } from './syntax.js';
import { callArgs, calleeName, findAll } from './syntax-queries.js';

const READ_FUNCTIONS = new Set(['input', 'raw_input']);
const READ_METHODS = new Set(['readline', 'read', 'readlines']);
/** Wrappers that pass a read through, and the kind they make of it. */
const WRAPPERS: Record<string, Kind | 'same'> = {
  int: 'int',
  float: 'int',
  list: 'list',
  tuple: 'list',
  sorted: 'list',
  map: 'list',
  set: 'set',
  str: 'str',
  split: 'list',
  strip: 'str',
  rstrip: 'str',
  lstrip: 'str',
  decode: 'str',
  readlines: 'list',
};

const readersCache = new WeakMap<PyNode, ReadonlyMap<string, Kind>>();

function rootOf(node: PyNode): PyNode {
  let root = node;
  while (root.parent) root = root.parent;
  return root;
}

/** A call that reads the input itself: `input()`, `sys.stdin.readline()`, `stdin.read()`. */
function isPrimitiveRead(call: PyNode): boolean {
  const fn = call.child('function');
  if (!fn) return false;
  if (fn.type === 'identifier') return READ_FUNCTIONS.has(fn.text);
  if (fn.type !== 'attribute') return false;
  const object = fn.child('object')?.text ?? '';
  return READ_METHODS.has(fn.child('attribute')?.text ?? '') && /(^|\.)(stdin|buffer)$/.test(object);
}

/** Names of the file's top-level functions and lambdas that return a read (and its kind). */
export function stdinReaders(root: PyNode): ReadonlyMap<string, Kind> {
  const readers = readersCache.get(root);
  if (readers) return readers;
  const found = new Map<string, Kind>();
  readersCache.set(root, found);
  // Two passes: a reader may be written with another one (`def ints(): return map(int, line())`).
  for (let pass = 0; pass < 2; pass++) {
    for (const statement of root.namedChildren) {
      const def = statement.type === 'decorated_definition' ? statement.child('definition') : statement;
      if (def?.type === 'function_definition') {
        const name = def.child('name')?.text;
        const body = def.child('body');
        const ret = body?.namedChildren.find((s) => s.type === 'return_statement')?.namedChildren[0];
        const kind = ret ? kindOfRead(ret, found) : null;
        if (name && kind) found.set(name, kind);
      }
      const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
      if (assignment?.type !== 'assignment') continue;
      const left = assignment.child('left');
      const right = assignment.child('right');
      if (!left || !right) continue;
      // I, S = lambda: ..., input: several readers named at once.
      const pairs: Array<[PyNode, PyNode]> = left.type === 'identifier' ? [[left, right]] : [];
      if (
        (left.type === 'pattern_list' || left.type === 'tuple_pattern') &&
        right.type === 'expression_list' &&
        left.namedChildren.length === right.namedChildren.length
      ) {
        left.namedChildren.forEach((l, i) => pairs.push([l, right.namedChildren[i]]));
      }
      for (const [name, value] of pairs) {
        if (name.type !== 'identifier') continue;
        if (value.type === 'lambda') {
          const body = value.child('body');
          const kind = body ? kindOfRead(body, found) : null;
          if (kind) found.set(name.text, kind);
        } else if (isReadFunction(value) || (value.type === 'identifier' && found.has(value.text))) {
          // input = sys.stdin.readline; z = input
          found.set(name.text, found.get(value.text) ?? 'str');
        }
      }
    }
  }
  return found;
}

function isReadFunction(node: PyNode): boolean {
  if (node.type === 'identifier') return READ_FUNCTIONS.has(node.text);
  return node.type === 'attribute' && READ_METHODS.has(node.child('attribute')?.text ?? '') && /(^|\.)(stdin|buffer)$/.test(node.child('object')?.text ?? '');
}

/**
 * The kind of value `expr` holds when it is a read of the input, possibly wrapped
 * (`list(map(int, input().split()))` is a list, `int(input())` an int); null otherwise.
 */
export function kindOfRead(expr: PyNode, readers: ReadonlyMap<string, Kind> = stdinReaders(rootOf(expr))): Kind | null {
  switch (expr.type) {
    case 'list': {
      // [*map(int, input().split())]
      const splat = expr.namedChildren.length === 1 && expr.namedChildren[0].type === 'list_splat' ? expr.namedChildren[0].namedChildren[0] : null;
      return splat && kindOfRead(splat, readers) ? 'list' : null;
    }
    case 'parenthesized_expression':
      return expr.namedChildren[0] ? kindOfRead(expr.namedChildren[0], readers) : null;
    case 'list_comprehension':
    case 'set_comprehension':
    case 'generator_expression': {
      // [int(x) for x in input().split()]: as long as the line read.
      const iter = expr.children.find((c) => c.type === 'for_in_clause')?.child('right');
      if (!iter || !kindOfRead(iter, readers)) return null;
      return expr.type === 'set_comprehension' ? 'set' : 'list';
    }
    case 'subscript': {
      // ints()[0], input().split()[1]: one number of the line; input()[:-1]: the line.
      const base = expr.child('value');
      const kind = base ? kindOfRead(base, readers) : null;
      if (!kind) return null;
      return expr.child('subscript')?.type === 'slice' ? kind : kind === 'list' ? 'int' : 'str';
    }
    case 'conditional_expression': {
      // T = ints() if many else 1
      const [a, , b] = expr.namedChildren;
      return (a ? kindOfRead(a, readers) : null) ?? (b ? kindOfRead(b, readers) : null);
    }
    case 'binary_operator': {
      // int(input()) - 1, 2 * read() + '#'
      const left = expr.child('left');
      const right = expr.child('right');
      return (left ? kindOfRead(left, readers) : null) ?? (right ? kindOfRead(right, readers) : null);
    }
  }
  if (expr.type !== 'call') return null;
  if (isPrimitiveRead(expr)) return calleeName(expr) === 'readlines' ? 'list' : 'str';
  const fn = expr.child('function');
  if (fn?.type === 'identifier' && readers.has(fn.text) && callArgs(expr).length === 0) return readers.get(fn.text) ?? null;
  const name = calleeName(expr);
  const wrapper = WRAPPERS[name];
  if (!wrapper) return null;
  // The read is the method's object (`input().split()`) or one of the call's arguments.
  const inner =
    fn?.type === 'attribute' && !/^(map|list|tuple|sorted|set|int|float|str)$/.test(fn.child('object')?.text ?? '') ? [fn.child('object')] : callArgs(expr);
  for (const part of inner) {
    if (part && kindOfRead(part, readers)) return wrapper === 'same' ? 'str' : wrapper;
  }
  return null;
}

/** True when the file reads standard input anywhere (outside the reader helpers too). */
export function readsStdin(root: PyNode): boolean {
  let reads = false;
  const visit = (node: PyNode): void => {
    if (reads) return;
    if (node.type === 'call' && isPrimitiveRead(node)) reads = true;
    else if (node.type === 'identifier' && node.text === 'stdin') reads = true;
    for (const c of node.children) visit(c);
  };
  visit(root);
  return reads;
}

const OUTPUT_CALL = /^(print|(sys\.)?stdout\.write|write|printf)$/;

/** Does `node` read the input, itself or through one of the file's functions? */
function doesIO(node: PyNode, which: 'read' | 'write', depth = 0): boolean {
  const root = rootOf(node);
  const readers = stdinReaders(root);
  for (const call of findAll(node, 'call')) {
    const fn = call.child('function');
    if (!fn) continue;
    if (which === 'read' ? isPrimitiveRead(call) || (fn.type === 'identifier' && readers.has(fn.text)) : OUTPUT_CALL.test(fn.text)) return true;
    if (depth >= 2) continue;
    // solve() or self.solve(): a function of the file, looked up by name.
    const name = fn.type === 'identifier' ? fn.text : fn.type === 'attribute' ? fn.child('attribute')?.text : null;
    const def = name ? definitionsOf(root).get(name) : undefined;
    if (def && doesIO(def, which, depth + 1)) return true;
  }
  return false;
}

const definitionsCache = new WeakMap<PyNode, Map<string, PyNode>>();

function definitionsOf(root: PyNode): Map<string, PyNode> {
  let defs = definitionsCache.get(root);
  if (!defs) {
    defs = new Map();
    const visit = (node: PyNode): void => {
      for (const c of node.children) {
        if (c.type === 'function_definition') {
          const name = c.child('name')?.text;
          const body = c.child('body');
          if (name && body && !defs?.has(name)) defs?.set(name, body);
        }
        if (c.type === 'function_definition' || c.type === 'class_definition' || c.type === 'decorated_definition' || c.type === 'block') visit(c);
      }
    };
    visit(root);
    definitionsCache.set(root, defs);
  }
  return defs;
}

/**
 * `for _ in range(int(input())):` or `while t: t -= 1` around a body that reads its own case
 * and prints its answer: independent test cases (or queries). Judges bound the input's total
 * size, so the cost is the cost of one case, and the count of cases does not multiply it.
 */
export function isTestCaseLoop(loop: PyNode, countIsRead: (count: PyNode) => boolean): boolean {
  const body = loop.child('body');
  if (!body) return false;
  let count: PyNode | null = null;
  if (loop.type === 'for_statement') {
    const iter = loop.child('right');
    if (iter?.type !== 'call' || !/^x?range$/.test(calleeName(iter))) return false;
    const args = callArgs(iter);
    if (args.length !== 1) return false;
    count = args[0];
  } else if (loop.type === 'while_statement') {
    const condition = loop.child('condition');
    count = condition?.type === 'identifier' ? condition : condition?.type === 'comparison_operator' ? (condition.namedChildren[0] ?? null) : null;
    if (!count || count.type !== 'identifier') return false;
    const counter = count.text;
    const decremented = findAll(body, 'augmented_assignment').some((a) => a.child('left')?.text === counter && a.children.some((c) => c.type === '-='));
    if (!decremented) return false;
  }
  return count !== null && countIsRead(count) && doesIO(body, 'read') && doesIO(body, 'write');
}
