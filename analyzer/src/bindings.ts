// Which names a function assigns, and from what: `x = expr`, `for x in expr`, `x += expr`,
// `x.append(...)` (a container growing inside a loop). Flow-insensitive on purpose: the estimate
// needs "what can this name hold", not "what does it hold on line 7".
import type { PyNode } from './syntax.js';
import { callArgs, nameOf } from './syntax-queries.js';

export type BindingHow =
  | 'value' // x = expr
  | 'element' // for x in expr / x, y = expr
  | 'index' // for i, _ in enumerate(expr)
  | 'aug' // x += expr
  | 'grow'; // x.append(expr) / x[k] = expr / heappush(x, expr) inside a loop

export interface Binding {
  how: BindingHow;
  expr: PyNode | null;
  /** The node that binds (assignment, for statement, call). */
  at: PyNode;
  /** For `grow`: the outermost loop around the growth, in the same function. */
  loop: PyNode | null;
  /** For `grow`: `x[k] = v`, which grows a dict but only overwrites an item of a list. */
  byIndex?: boolean;
}

export type BindingTable = Map<string, Binding[]>;

const LOOP_TYPES = new Set(['for_statement', 'while_statement', 'for_in_clause']);
const GROW_METHODS = new Set(['append', 'add', 'appendleft', 'extend', 'insert', 'update', 'setdefault']);
const SCOPE_BARRIERS = new Set(['function_definition', 'class_definition', 'lambda']);

/** Bindings made in `body`, not looking into nested functions or classes. */
export function collectBindings(body: PyNode): BindingTable {
  const table: BindingTable = new Map();
  const add = (name: string, binding: Binding): void => {
    const list = table.get(name);
    if (list) list.push(binding);
    else table.set(name, [binding]);
  };
  const visit = (node: PyNode, outerLoop: PyNode | null): void => {
    for (const child of node.children) {
      if (SCOPE_BARRIERS.has(child.type)) continue;
      const loop = outerLoop ?? (LOOP_TYPES.has(child.type) ? child : null);
      bindNode(child, outerLoop, add);
      visit(child, loop);
    }
  };
  visit(body, null);
  return table;
}

function bindNode(node: PyNode, loop: PyNode | null, add: (name: string, b: Binding) => void): void {
  switch (node.type) {
    case 'assignment': {
      const left = node.child('left');
      const right = node.child('right');
      if (left) bindTarget(left, right, 'value', node, add);
      // x = y = expr: the inner assignment is the right side; handled when visited.
      if (left && left.type === 'subscript' && loop) growTarget(left.child('value'), right, node, loop, add, true);
      break;
    }
    case 'augmented_assignment': {
      const left = node.child('left');
      if (left && nameOf(left)) add(nameOf(left) as string, { how: 'aug', expr: node.child('right'), at: node, loop });
      break;
    }
    case 'for_statement':
    case 'for_in_clause': {
      const left = node.child('left');
      const right = node.child('right');
      if (left && right) bindLoopTarget(left, right, node, add);
      break;
    }
    case 'named_expression': {
      const name = node.child('name');
      if (name) add(name.text, { how: 'value', expr: node.child('value'), at: node, loop });
      break;
    }
    case 'call': {
      if (!loop) break;
      const fn = node.child('function');
      const args = callArgs(node);
      if (fn?.type === 'attribute' && GROW_METHODS.has(fn.child('attribute')?.text ?? '')) {
        growTarget(fn.child('object'), args[args.length - 1] ?? null, node, loop, add);
      } else if (fn && /(^|\.)(heappush|heappushpop|insort|insort_left|insort_right)$/.test(fn.text)) {
        growTarget(args[0] ?? null, args[1] ?? null, node, loop, add);
      }
      break;
    }
  }
}

function growTarget(target: PyNode | null, expr: PyNode | null, at: PyNode, loop: PyNode, add: (name: string, b: Binding) => void, byIndex = false): void {
  const name = target ? nameOf(target) : null;
  if (name) add(name, byIndex ? { how: 'grow', expr, at, loop, byIndex } : { how: 'grow', expr, at, loop });
}

function bindTarget(left: PyNode, right: PyNode | null, how: BindingHow, at: PyNode, add: (name: string, b: Binding) => void): void {
  const name = nameOf(left);
  if (name) {
    add(name, { how, expr: right, at, loop: null });
    return;
  }
  if (left.type === 'pattern_list' || left.type === 'tuple_pattern' || left.type === 'list_pattern' || left.type === 'tuple') {
    const targets = left.namedChildren;
    const values = right && (right.type === 'expression_list' || right.type === 'tuple') ? right.namedChildren : null;
    targets.forEach((t, i) => {
      // first, *rest = xs: the starred name holds (almost) all of xs.
      const starred = t.type === 'list_splat_pattern' ? t.namedChildren[0] : null;
      if (starred && !values) bindTarget(starred, right, 'value', at, add);
      else if (values && values.length === targets.length) bindTarget(t, values[i], how, at, add);
      else bindTarget(t, right, 'element', at, add);
    });
  }
}

function bindLoopTarget(left: PyNode, right: PyNode, at: PyNode, add: (name: string, b: Binding) => void): void {
  const name = nameOf(left);
  if (name) {
    add(name, { how: 'element', expr: right, at, loop: null });
    return;
  }
  const targets = left.namedChildren;
  const call = right.type === 'call' ? right : null;
  const callee = call?.child('function')?.text ?? '';
  const args = call ? callArgs(call) : [];
  targets.forEach((t, i) => {
    const tname = nameOf(t);
    if (!tname) {
      if (t.namedChildren.length) bindLoopTarget(t, right, at, add);
      return;
    }
    if (callee === 'enumerate' && args.length > 0) {
      add(tname, i === 0 ? { how: 'index', expr: args[0], at, loop: null } : { how: 'element', expr: args[0], at, loop: null });
    } else if (callee === 'zip' && args[i]) {
      add(tname, { how: 'element', expr: args[i], at, loop: null });
    } else {
      add(tname, { how: 'element', expr: right, at, loop: null });
    }
  });
}
