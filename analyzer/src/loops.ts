// How many times a loop runs each time it is reached. `for` loops: the size of what they run
// over. `while` loops: halving (binary search, digit loops) is log n; otherwise the size of the
// pointer or container in the condition. A loop nested in another is "amortized" (costs O(1)
// per outer step) when it moves a pointer or drains a stack that the outer loop never resets:
// sliding windows, monotonic stacks, run-length scans.
import { EXP, LOG, sizeFactor, type Factor, type SizeFactor } from './cost.js';
import { isTestCaseLoop, kindOfRead } from './stdin.js';
import type { PyNode } from './syntax.js';
import { callArgs, calleeName, compact, comparisonOperators, findAll, hasOperation, isIntegerLiteral, keywordArg, nameOf, namesIn } from './syntax-queries.js';
import { isHashed, iteratedSize, largerSize, type Scope } from './values.js';

export interface LoopFactor {
  factors: Factor[];
  amortized: boolean;
  halving: boolean;
  /** A search that marks what it visited: its whole run is paid once, not per outer step. */
  visitsOnce?: boolean;
}

/** What the enclosing loop of a nested loop needs to expose for amortization decisions. */
export interface EnclosingLoop {
  node: PyNode;
}

const ASSIGNMENTS = new Set(['assignment', 'augmented_assignment', 'for_statement', 'for_in_clause', 'named_expression']);
const MUTATING_METHODS = new Set([
  'pop',
  'popleft',
  'remove',
  'discard',
  'add',
  'append',
  'appendleft',
  'extend',
  'clear',
  'insert',
  'update',
  'heappop',
  'heappush',
]);

/** The number of test cases, read from the input: `int(input())` or a name bound to it. */
function countIsRead(scope: Scope): (count: PyNode) => boolean {
  return (count) => kindOfRead(count) !== null || (count.type === 'identifier' && scope.isReadFromInput(count.text));
}

export function forLoopFactor(iter: PyNode, scope: Scope, enclosing: readonly EnclosingLoop[]): LoopFactor {
  const plain = (factors: Factor[]): LoopFactor => ({ factors, amortized: false, halving: false });
  const loop = iter.parent;
  if (enclosing.length === 0 && loop?.type === 'for_statement' && isTestCaseLoop(loop, countIsRead(scope))) return plain([]);
  // for u in q inside `while q: ... q = next_level`: one BFS level, paid for by the queue.
  if (iter.type === 'identifier' && enclosing.some((l) => l.node.type === 'while_statement' && conditionNames(l.node).has(iter.text))) {
    return { factors: [], amortized: true, halving: false };
  }
  if (iter.type === 'call') {
    // Python 2's xrange is range (third-party solutions still use it).
    const name = calleeName(iter) === 'xrange' ? 'range' : calleeName(iter);
    const args = callArgs(iter);
    if (name === 'combinations' || name === 'product' || name === 'combinations_with_replacement') {
      const size = args[0] ? scope.valueOf(args[0]).size : null;
      const r = args[1] ?? keywordArg(iter, 'r') ?? keywordArg(iter, 'repeat');
      // combinations(xs, k) with k a variable: up to C(n, n/2) choices, and summed over k all subsets.
      // product(xs, repeat=n): |xs| to the n-th power.
      const count = name === 'product' ? keywordArg(iter, 'repeat') : r;
      if (count && !isIntegerLiteral(count) && (name === 'product' ? scope.valueOf(count).size : size)) return plain([EXP]);
      const times = r && isIntegerLiteral(r) ? Math.min(Number(r.text), 3) : name === 'product' ? Math.max(args.length, 2) : 2;
      return plain(size ? Array.from({ length: times }, () => size) : []);
    }
    if (name === 'permutations') return plain([EXP]);
    // range(1 << n) / range(2 ** n): every subset.
    const stop = name === 'range' ? args[args.length === 1 ? 0 : 1] : undefined;
    if (
      stop?.type === 'binary_operator' &&
      /^(<<|\*\*)$/.test(stop.child('operator')?.type ?? '') &&
      /^[12]$/.test(stop.child('left')?.text ?? '') &&
      scope.valueOf(stop.child('right') ?? stop).size
    ) {
      return plain([EXP]);
    }
    // range(i, n, i) inside a loop over i: n/1 + n/2 + ... + n/n steps, n log n in all.
    if (name === 'range' && args.length === 3 && !isIntegerLiteral(args[2]) && args[2].type !== 'unary_operator' && scope.valueOf(args[2]).size) {
      return plain([LOG]);
    }
    // for _ in range(len(queue)) inside `while queue` (or any loop), popping the queue each
    // pass: one BFS level, paid for by the queue.
    if (name === 'range' && enclosing.length > 0 && loop && popsCountedQueue(loop, args, scope)) return { factors: [], amortized: true, halving: false };
  }
  const size = iteratedSize(iter, scope);
  return plain(size ? [size] : []);
}

/**
 * `for _ in range(len(q))`, `for i in range(n)` with `n = len(q)`: a loop counted by a queue's
 * length whose body pops that queue on every pass (at its top level).
 */
function popsCountedQueue(loop: PyNode, args: PyNode[], scope: Scope): boolean {
  const body = loop.child('body');
  if (!body) return false;
  const counted = new Set<string>();
  const lengthOf = (n: PyNode) => {
    for (const call of [...(n.type === 'call' ? [n] : []), ...findAll(n, 'call')]) {
      const arg = calleeName(call) === 'len' ? callArgs(call)[0] : null;
      const name = arg ? nameOf(arg) : null;
      if (name) counted.add(name);
    }
  };
  for (const a of args) {
    lengthOf(a);
    if (a.type !== 'identifier') continue;
    for (const b of scope.owner(a.text)?.bindingsFor(a.text) ?? []) if (b.how === 'value' && b.expr) lengthOf(b.expr);
  }
  if (counted.size === 0) return false;
  return body.namedChildren.some((statement) =>
    findAll(statement, 'call').some((c) => {
      if (!/^(pop|popleft|heappop)$/.test(calleeName(c))) return false;
      const target = c.child('function')?.type === 'attribute' ? c.child('function')?.child('object') : callArgs(c)[0];
      return !!target && counted.has(nameOf(target) ?? '') && !isUnderCondition(c, statement);
    }),
  );
}

/** Is `node` reached only on some passes (under an if, a conditional or `and`/`or`) within `top`? */
function isUnderCondition(node: PyNode, top: PyNode): boolean {
  for (let p = node.parent; p && p !== top.parent; p = p.parent) {
    if (p.type === 'if_statement' || p.type === 'conditional_expression' || p.type === 'boolean_operator') return true;
  }
  return false;
}

export function whileLoopFactor(loop: PyNode, scope: Scope, enclosing: readonly EnclosingLoop[]): LoopFactor {
  if (enclosing.length === 0 && isTestCaseLoop(loop, countIsRead(scope))) return { factors: [], amortized: false, halving: false };
  if (isHalving(loop)) return { factors: [LOG], amortized: false, halving: true };
  if (isPathCompression(loop)) return { factors: [], amortized: true, halving: false };
  const outer = enclosing[enclosing.length - 1];
  if (outer && isAmortized(loop, outer.node)) return { factors: [], amortized: true, halving: false };
  if (outer && drainsVisitedQueue(loop)) return { factors: [primarySize(scope)], amortized: true, halving: false, visitsOnce: true };
  const size = whileSize(loop, scope);
  return { factors: [size], amortized: false, halving: false };
}

/** The size a loop runs over, for containers growing inside it. */
export function loopSize(loop: PyNode, scope: Scope): SizeFactor | null {
  if (loop.type === 'while_statement') return isHalving(loop) ? null : whileSize(loop, scope);
  const iter = loop.child('right');
  return iter ? scope.valueOf(iter).size : null;
}

function whileSize(loop: PyNode, scope: Scope): SizeFactor {
  const indexed = steppedIndexSize(loop, scope);
  if (indexed) return indexed;
  const condition = loop.child('condition');
  let size: SizeFactor | null = null;
  if (condition) {
    for (const name of namesIn(condition)) size = largerSize(size, scope.lookup(name)?.size ?? null);
    for (const call of findAll(condition, 'call')) size = largerSize(size, scope.valueOf(call).size);
  }
  if (size) return size;
  // `while queue:` fed from `graph[node]`: the queue visits the graph's nodes.
  const body = loop.child('body');
  if (body) {
    for (const inner of findAll(body, 'for_statement')) {
      const iter = inner.child('right');
      const base = iter?.type === 'subscript' ? iter.child('value') : null;
      const value = base ? scope.valueOf(base) : null;
      if (value?.size) return value.size;
    }
  }
  return primarySize(scope);
}

/**
 * `while len(out) < k: out.extend(buckets[f]); f -= 1`: a counter stepped by one on every pass
 * that indexes a sequence runs through that sequence once, whatever the condition compares.
 */
function steppedIndexSize(loop: PyNode, scope: Scope): SizeFactor | null {
  const body = loop.child('body');
  if (!body) return null;
  const stepped = new Set(
    body.namedChildren
      .filter((s) => s.type === 'expression_statement')
      .map((s) => s.namedChildren[0])
      .filter((a) => a?.type === 'augmented_assignment' && /^[-+]=$/.test(a.child('operator')?.text ?? '') && isIntegerLiteral(a.child('right'), 1))
      .map((a) => (a.child('left')?.type === 'identifier' ? (a.child('left')?.text ?? '') : '')),
  );
  stepped.delete('');
  if (stepped.size === 0) return null;
  for (const access of findAll(body, 'subscript')) {
    const index = access.child('subscript');
    const sequence = access.child('value');
    if (index?.type !== 'identifier' || !stepped.has(index.text) || !sequence) continue;
    const size = scope.valueOf(sequence).size;
    if (size) return size;
  }
  return null;
}

/** The size of the first input of the outermost function: the guess when nothing else is known. */
export function primarySize(scope: Scope): SizeFactor {
  let outermost: Scope = scope;
  while (outermost.parent && outermost.parent.fn) outermost = outermost.parent;
  for (const value of outermost.params.values()) if (value.size) return { ...value.size, dim: 0, guess: true };
  return sizeFactor('$input', 0, true);
}

/** Binary search, digit loops, doubling: a condition variable is halved or doubled each step. */
export function isHalving(loop: PyNode): boolean {
  const condition = loop.child('condition');
  const body = loop.child('body');
  if (!condition || !body) return false;
  const condNames = namesIn(condition);
  const halved = new Set<string>();
  const derived: Array<[string, ReadonlySet<string>]> = [];
  for (const [target, a, right] of assignedPairs(body)) {
    if (a.type === 'augmented_assignment') {
      const op = a.children.find((c) => c.field === 'operator')?.type ?? '';
      if ((op === '//=' || op === '/=') && right && !isIntegerLiteral(right, 1)) halved.add(target);
      if (op === '>>=' && right && !isIntegerLiteral(right, 0)) halved.add(target);
      if ((op === '*=' || op === '<<=') && right && !isIntegerLiteral(right, 1) && condNames.has(target)) halved.add(target);
      // n &= n - 1 clears the lowest set bit: one step per bit.
      if (op === '&=' && right && hasOperation(right, ['-'], (k) => k === 1)) halved.add(target);
      continue;
    }
    if (!right) continue;
    // Euclid: a, b = b, a % b shrinks at least as fast as halving.
    const euclid =
      right.type === 'binary_operator' &&
      right.child('operator')?.type === '%' &&
      right.child('left')?.type === 'identifier' &&
      right.child('right')?.type === 'identifier';
    const halves = hasOperation(right, ['//', '>>'], () => true) || hasOperation(right, ['/'], (k) => k === 2);
    const doubles = (hasOperation(right, ['*'], (k) => k === 2) || hasOperation(right, ['<<'], (k) => k === 1)) && namesIn(right).has(target);
    if (halves || (doubles && condNames.has(target)) || (euclid && condNames.has(target))) {
      halved.add(target);
    } else {
      derived.push([target, namesIn(right)]);
    }
  }
  if ([...halved].some((n) => condNames.has(n))) return true;
  return derived.some(([target, from]) => condNames.has(target) && [...from].some((n) => halved.has(n)));
}

/** (name, assignment, value) for every simple or tuple assignment in `body`: `a, b = b, a % b`. */
function assignedPairs(body: PyNode): Array<[string, PyNode, PyNode | null]> {
  const pairs: Array<[string, PyNode, PyNode | null]> = [];
  for (const a of findAll(body, ASSIGNMENTS)) {
    const left = a.child('left');
    const right = a.child('right');
    if (!left) continue;
    const name = nameOf(left);
    if (name) {
      pairs.push([name, a, right]);
      continue;
    }
    if (left.type !== 'pattern_list' && left.type !== 'tuple_pattern') continue;
    const values = right && (right.type === 'expression_list' || right.type === 'tuple') ? right.namedChildren : [];
    left.namedChildren.forEach((t, i) => {
      const n = nameOf(t);
      if (n) pairs.push([n, a, values.length === left.namedChildren.length ? values[i] : null]);
    });
  }
  return pairs;
}

export function conditionNames(loop: PyNode): ReadonlySet<string> {
  const condition = loop.child('condition');
  return condition ? namesIn(condition) : new Set();
}

/** Names a loop body changes: assigned, augmented, or mutated through a method or subscript. */
export function progressNames(body: PyNode): Set<string> {
  const changed = new Set<string>();
  for (const a of findAll(body, 'assignment|augmented_assignment|call|delete_statement')) {
    if (a.type === 'call') {
      const fn = a.child('function');
      const object = fn?.type === 'attribute' ? fn.child('object') : null;
      if (object && MUTATING_METHODS.has(fn?.child('attribute')?.text ?? '')) {
        const name = nameOf(object);
        if (name) changed.add(name);
      } else if (fn && /heap(pop|push|pushpop|replace)$/.test(fn.text)) {
        const first = callArgs(a)[0];
        const name = first ? nameOf(first) : null;
        if (name) changed.add(name);
      }
      continue;
    }
    const targets = a.type === 'delete_statement' ? a.namedChildren : [a.child('left')];
    for (const t of targets) {
      if (!t) continue;
      for (const target of t.type === 'pattern_list' || t.type === 'tuple_pattern' ? t.namedChildren : [t]) {
        let base: PyNode | null = target;
        while (base && base.type === 'subscript') base = base.child('value');
        const name = base ? nameOf(base) : null;
        if (name) changed.add(name);
      }
    }
  }
  return changed;
}

/** Plain re-assignments of `name` in `scopeNode` outside `inner` (a for target counts too). */
function isResetIn(name: string, scopeNode: PyNode, inner: PyNode): boolean {
  if (scopeNode.type === 'for_statement' && namesIn(scopeNode.child('left') ?? scopeNode).has(name)) return true;
  const body = scopeNode.child('body');
  if (!body) return false;
  for (const a of findAll(body, 'assignment|call')) {
    if (isWithin(a, inner)) continue;
    if (a.type === 'call') {
      const fn = a.child('function');
      if (fn?.type === 'attribute' && fn.child('attribute')?.text === 'clear' && nameOf(fn.child('object') ?? fn) === name) return true;
      continue;
    }
    const left = a.child('left');
    const right = a.child('right');
    if (!left || !right) continue;
    const targets = left.type === 'pattern_list' || left.type === 'tuple_pattern' ? left.namedChildren : [left];
    if (!targets.some((t) => nameOf(t) === name)) continue;
    // left = max(left, seen[c] + 1) moves forward; left = i starts over.
    if (!namesIn(right).has(name)) return true;
  }
  return false;
}

function isWithin(node: PyNode, container: PyNode): boolean {
  for (let p: PyNode | null = node; p; p = p.parent) if (p === container) return true;
  return false;
}

function isAmortized(loop: PyNode, outer: PyNode): boolean {
  const body = loop.child('body');
  if (!body) return false;
  const condNames = conditionNames(loop);
  const progress = [...progressNames(body)].filter((n) => condNames.has(n));
  if (progress.length > 0 && progress.every((n) => !isResetIn(n, outer, loop))) return true;
  // A pointer that steps forward once per pass, indexes the input and is never reset by the
  // outer loop (a sliding window's `left += 1`): it can only step n times in all, whatever the
  // condition reads (a window rebuilt each pass, `all(window[c] >= k ...)`).
  const steppers = findAll(body, 'augmented_assignment')
    .filter((a) => isIntegerLiteral(a.child('right'), 1) && ['+=', '-='].includes(a.child('operator')?.text ?? ''))
    .map((a) => nameOf(a.child('left') ?? a))
    .filter((n): n is string => n !== null);
  const indexes = (name: string) => findAll(body, 'subscript').some((sub) => namesIn(sub.child('subscript') ?? sub).has(name));
  if (steppers.some((n) => indexes(n) && !isResetIn(n, outer, loop) && steppers.filter((m) => m === n).length === 1)) return true;
  // Each pass pops from a stack the outer loop keeps (or the loop ends): pops <= pushes.
  // `while y in s: s.remove(y)` empties a set the same way.
  const drained = [...condNames].filter((n) =>
    findAll(body, 'call').some(
      (c) =>
        /^(pop|popleft|heappop|remove|discard)$/.test(calleeName(c)) &&
        (nameOf(c.child('function')?.child('object') ?? c) === n || compact(callArgs(c)[0] ?? null) === n),
    ),
  );
  if (drained.length > 0 && drained.every((n) => !isResetIn(n, outer, loop))) return true;
  // Both loops advance the same pointer: while i < n: ... while i < n and s[i] == ' ': i += 1
  if (outer.type === 'while_statement' && progress.length > 0) {
    const outerNames = conditionNames(outer);
    if (progress.every((n) => outerNames.has(n))) return true;
  }
  // Descending a tree onto a stack the outer loop pops: each node is pushed once.
  if (outer.type === 'while_statement') {
    const outerNames = conditionNames(outer);
    const pushed = findAll(body, 'call').some((c) => {
      const fn = c.child('function');
      return fn?.type === 'attribute' && fn.child('attribute')?.text === 'append' && outerNames.has(nameOf(fn.child('object') ?? fn) ?? '');
    });
    if (pushed) return true;
  }
  // while i < n: j = i; while j < n ...: j += 1; i = j  (the outer pointer jumps to the inner one)
  if (outer.type === 'while_statement' && progress.length > 0) {
    const outerNames = conditionNames(outer);
    const outerBody = outer.child('body');
    if (outerBody) {
      for (const a of findAll(outerBody, 'assignment')) {
        if (isWithin(a, loop)) continue;
        const target = a.child('left') ? nameOf(a.child('left') as PyNode) : null;
        const right = a.child('right');
        if (target && outerNames.has(target) && right && progress.some((p) => namesIn(right).has(p))) return true;
      }
    }
  }
  return startsOnlyAtSequenceStart(loop, outer);
}

/** Union-find `find` with path compression: x = parent[x] while rewriting parent. */
function isPathCompression(loop: PyNode): boolean {
  const body = loop.child('body');
  if (!body) return false;
  const condNames = conditionNames(loop);
  let chases = false;
  let rewrites = false;
  for (const a of findAll(body, 'assignment')) {
    const left = a.child('left');
    const right = a.child('right');
    if (!left || !right) continue;
    if (left.type === 'identifier' && condNames.has(left.text) && right.type === 'subscript' && compact(right.child('subscript')) === left.text) chases = true;
    if (left.type === 'subscript' && condNames.has(nameOf(left.child('value') ?? left) ?? '')) rewrites = true;
  }
  return chases && rewrites;
}

/**
 * BFS started from inside another loop (one search per island): every item entering the
 * queue is first checked against and added to a visited set (or marked in the grid) that the
 * outer loop keeps, so all the searches together visit each cell once.
 */
function drainsVisitedQueue(loop: PyNode): boolean {
  return visitedMarks(loop).length > 0;
}

/** For a `while queue:` loop that pops its queue: the containers it both tests and marks. */
export function visitedMarks(loop: PyNode): string[] {
  const body = loop.child('body');
  const condition = loop.child('condition');
  if (!body || !condition) return [];
  const drained = [...conditionNames(loop)].filter((q) =>
    findAll(body, 'call').some(
      (c) =>
        /^(pop|popleft|heappop)$/.test(calleeName(c)) && (nameOf(c.child('function')?.child('object') ?? c) === q || compact(callArgs(c)[0] ?? null) === q),
    ),
  );
  if (drained.length === 0) return [];
  const marked = new Set<string>();
  for (const n of findAll(body, 'call|assignment')) {
    if (n.type === 'call') {
      const fn = n.child('function');
      if (fn?.type === 'attribute' && fn.child('attribute')?.text === 'add') marked.add(nameOf(fn.child('object') ?? fn) ?? '');
    } else {
      let target = n.child('left');
      if (target?.type !== 'subscript') continue;
      while (target && target.type === 'subscript') target = target.child('value');
      if (target) marked.add(nameOf(target) ?? '');
    }
  }
  marked.delete('');
  for (const q of drained) marked.delete(q);
  const tests = findAll(body, 'comparison_operator|if_statement');
  return [...marked].filter((v) => tests.some((t) => namesIn(t.type === 'if_statement' ? (t.child('condition') ?? t) : t).has(v)));
}

/** while x + 1 in seen, reached only under `if x - 1 not in seen`: each run starts once per sequence. */
function startsOnlyAtSequenceStart(loop: PyNode, outer: PyNode): boolean {
  const condition = loop.child('condition');
  if (!condition || condition.type !== 'comparison_operator' || !comparisonOperators(condition).includes('in')) return false;
  const set = compact(condition.namedChildren[condition.namedChildren.length - 1] ?? null);
  const testsSet = (c: PyNode, op: string) => comparisonOperators(c).includes(op) && compact(c.namedChildren[c.namedChildren.length - 1] ?? null) === set;
  // `if x - 1 in seen: continue` earlier in the outer loop's body.
  const outerBody = outer.child('body');
  for (const ifNode of outerBody ? findAll(outerBody, 'if_statement') : []) {
    const guard = ifNode.child('condition');
    const leaves = ifNode.child('consequence')?.namedChildren[0]?.type === 'continue_statement';
    if (ifNode.end <= loop.start && guard && leaves && guard.type === 'comparison_operator' && testsSet(guard, 'in')) return true;
  }
  for (let p = loop.parent; p && p !== outer; p = p.parent) {
    if (p.type !== 'if_statement') continue;
    const guard = p.child('condition');
    if (
      guard &&
      findAll(guard, 'comparison_operator')
        .concat(guard.type === 'comparison_operator' ? [guard] : [])
        .some((c) => comparisonOperators(c).includes('not in') && compact(c.namedChildren[c.namedChildren.length - 1] ?? null) === set)
    )
      return true;
  }
  return false;
}

/** Used by recursion analysis: does a name refer to a hashed container in this scope? */
export function isHashedName(name: string, scope: Scope): boolean {
  const v = scope.lookup(name);
  return v ? isHashed(v.kind) : false;
}
