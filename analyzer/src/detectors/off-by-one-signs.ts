// The static signs of an off-by-one, found in loop and binary-search shapes. Each sign says
// where it is and how sure it is; the detector decides whether to report it (a sign alone is
// reported only when no tests ran, or when a failing test backs it).
import type { PyNode } from '../syntax.js';
import { callArgs, compact, findAll, halves, isIntegerLiteral, namesIn, sliceParts } from '../syntax-queries.js';
import type { DetectorContext } from './detector.js';
import { functionOf, isInTryBlock } from './helpers.js';

export type SignKind =
  | 'one-early'
  | 'stops-early'
  | 'skips-first'
  | 'reverse-skips-first'
  | 'one-past'
  | 'next-past-end'
  | 'mirror-minus'
  | 'mirror-past-end'
  | 'while-up-to'
  | 'while-above-zero'
  | 'pointers-skip-middle'
  | 'last-group-dropped'
  | 'search-never-ends'
  | 'search-misses-last'
  | 'search-past-end';

/** Calibration: how sure each static sign is on its own (a failing test that backs it adds to it). */
const SIGN_CONFIDENCE = {
  'one-past': 0.85,
  'next-past-end': 0.85,
  'while-up-to': 0.8,
  'mirror-minus': 0.8,
  'mirror-past-end': 0.8,
  'search-never-ends': 0.8,
  /** `while lo < hi` with `lo = mid`: loops forever unless mid rounds up, which is not always visible. */
  searchMayNotEnd: 0.75,
  'search-misses-last': 0.75,
  'search-past-end': 0.8,
  'one-early': 0.6,
  /** The loop reads ahead (`xs[i + 1]`), but not as far as its early stop allows for: the stop is even less likely meant. */
  readsAhead: 0.05,
  'while-above-zero': 0.6,
  'pointers-skip-middle': 0.6,
  'last-group-dropped': 0.6,
  'reverse-skips-first': 0.6,
  'skips-first': 0.55,
} as const;

export interface OffByOneSign {
  kind: SignKind;
  line: number;
  /** The loop the sign belongs to (for matching an error line to it). */
  loop: PyNode;
  confidence: number;
  /** Names for the message: index, sequence, the range or condition text, the bad assignment. */
  index: string;
  sequence: string;
  code: string;
  variable?: string;
}

/** `len(xs)` -> "xs"; `n` where `n = len(xs)` -> "xs". */
export function sequenceOfLength(expr: PyNode | null, scope: PyNode): string | null {
  if (!expr) return null;
  if (expr.type === 'call' && expr.child('function')?.text === 'len') {
    const arg = expr.child('arguments')?.namedChildren[0];
    return arg && (arg.type === 'identifier' || arg.type === 'attribute') ? arg.text : null;
  }
  if (expr.type === 'identifier') {
    for (const a of findAll(scope, 'assignment')) {
      const left = a.child('left');
      const right = a.child('right');
      if (!left || !right) continue;
      const targets = left.type === 'pattern_list' ? left.namedChildren : [left];
      const values = right.type === 'expression_list' ? right.namedChildren : [right];
      const i = targets.findIndex((t) => t.text === expr.text);
      if (i >= 0 && values.length === targets.length) {
        const seq = sequenceOfLength(values[i], scope);
        if (seq) return seq;
      }
    }
  }
  return null;
}

/** `len(xs) - 1` -> { seq: xs, offset: -1 }; `n` -> { seq, offset: 0 }. */
function boundOf(expr: PyNode | null, scope: PyNode): { seq: string; offset: number } | null {
  if (!expr) return null;
  const direct = sequenceOfLength(expr, scope);
  if (direct) return { seq: direct, offset: 0 };
  if (expr.type === 'binary_operator') {
    const op = expr.child('operator')?.type;
    const right = expr.child('right');
    const seq = sequenceOfLength(expr.child('left'), scope);
    if (seq && right && right.type === 'integer' && (op === '+' || op === '-')) return { seq, offset: (op === '+' ? 1 : -1) * Number(right.text) };
  }
  return null;
}

/** Subscripts `seq[...]` in `node` whose index mentions `index`, split by plain / offset. */
function indexUses(node: PyNode, seq: string, index: string): { plain: PyNode[]; offset: PyNode[] } {
  const plain: PyNode[] = [];
  const offset: PyNode[] = [];
  for (const s of findAll(node, 'subscript')) {
    if (compact(s.child('value')) !== seq) continue;
    const sub = s.child('subscript');
    if (!sub || sub.type === 'slice') continue;
    if (compact(sub) === index) plain.push(s);
    else if (namesIn(sub).has(index)) offset.push(s);
  }
  return { plain, offset };
}

/** Any `index + k` / `index - k` anywhere in the body: the loop looks at neighbours. */
function usesNeighbours(body: PyNode, index: string): boolean {
  return findAll(body, 'binary_operator').some((b) => {
    const op = b.child('operator')?.type;
    return (op === '+' || op === '-') && compact(b.child('left')) === index;
  });
}

function mentionsElement(scope: PyNode, seq: string, which: 'first' | 'last', outside: PyNode): boolean {
  return (
    findAll(scope, 'subscript').some((s) => {
      if (compact(s.child('value')) !== seq || (s.start >= outside.start && s.end <= outside.end)) return false;
      const sub = compact(s.child('subscript'));
      if (which === 'first') return sub === '0' || sub.startsWith('0:') || sub.startsWith(':1');
      return sub === '-1' || sub.endsWith('-1') || sub.startsWith('-1:');
    }) ||
    (which === 'first' &&
      findAll(scope, 'slice').some((s) => compact(s.parent?.child('value') ?? null) === seq && s.start < outside.start && !sliceParts(s).start))
  );
}

/** A comparison in `node` that mentions both the index and the length bound: a guard. */
function hasBoundGuard(node: PyNode, index: string, seq: string, scope: PyNode): boolean {
  const lengthNames = new Set([`len(${seq})`]);
  for (const a of findAll(scope, 'assignment')) if (compact(a.child('right')) === `len(${seq})`) lengthNames.add(compact(a.child('left')));
  return findAll(node, 'comparison_operator').some((c) => {
    const text = compact(c);
    return namesIn(c).has(index) && [...lengthNames].some((l) => text.includes(l));
  });
}

export function findOffByOneSigns(ctx: DetectorContext): OffByOneSign[] {
  const signs: OffByOneSign[] = [];
  for (const m of ctx.matches('range-loop')) signs.push(...rangeSigns(m.captures.finding, m.captures.index.text, m.captures.bounds));
  for (const m of ctx.matches('pointer-search-loop')) {
    const sign = searchSign(m.captures.finding, m.captures.low.text, m.captures.high.text, m.captures.operator.type);
    if (sign) signs.push(sign);
  }
  for (const m of ctx.matches('index-upper-bound-loop')) {
    const loop = m.captures.finding;
    const scope = functionOf(loop) ?? ctx.root;
    const seq = sequenceOfLength(m.captures.bound, scope);
    const index = m.captures.index.text;
    const body = loop.child('body');
    if (!seq || !body) continue;
    const uses = indexUses(body, seq, index);
    if (uses.plain.length > 0 && !hasBoundGuard(body, index, seq, scope) && !isInTryBlock(uses.plain[0])) {
      signs.push({
        kind: 'while-up-to',
        line: loop.line,
        loop,
        confidence: SIGN_CONFIDENCE['while-up-to'],
        index,
        sequence: seq,
        code: (loop.child('condition')?.text ?? '').replace(/\s+/g, ' '),
      });
    }
  }
  for (const m of ctx.matches('index-lower-bound')) {
    const sign = aboveZeroSign(m.captures.finding, m.captures.index.text);
    if (sign) signs.push(sign);
  }
  for (const m of ctx.matches('pointer-search-loop')) {
    const sign = middleSkipped(m.captures.finding, m.captures.low.text, m.captures.high.text, m.captures.operator.type);
    if (sign) signs.push(sign);
  }
  for (const fn of ctx.functions.all) {
    const sign = lastGroupDropped(fn.body);
    if (sign) signs.push(sign);
  }
  return signs;
}

/** while left > 0 and s[left] ...: left -= 1: index 0 is never compared. */
function aboveZeroSign(comparison: PyNode, index: string): OffByOneSign | null {
  // `0 <= i < n` chains two comparisons: the query's `0 ... < n` is not a bound on `i`.
  if (comparison.namedChildren.length !== 2) return null;
  let loop: PyNode | null = null;
  for (let p = comparison.parent; p; p = p.parent) {
    if (p.type === 'while_statement') {
      loop = p;
      break;
    }
    if (p.type !== 'boolean_operator' && p.type !== 'parenthesized_expression') return null;
  }
  const condition = loop?.child('condition');
  const body = loop?.child('body');
  if (!loop || !condition || !body || comparison.start < condition.start || comparison.end > condition.end) return null;
  const decremented = findAll(body, 'augmented_assignment').some((a) => compact(a.child('left')) === index && a.children.some((c) => c.type === '-='));
  if (!decremented) return null;
  const reads = findAll(loop, 'subscript').filter((s) => namesIn(s.child('subscript') ?? s).has(index));
  const plain = reads.filter((s) => compact(s.child('subscript')) === index);
  if (plain.length === 0 || plain.length !== reads.length) return null;
  const sequence = compact(plain[0].child('value'));
  const scope = functionOf(loop);
  if (scope && isOneBasedTable(scope, sequence)) return null;
  return {
    kind: 'while-above-zero',
    line: loop.line,
    loop,
    confidence: SIGN_CONFIDENCE['while-above-zero'],
    index,
    sequence,
    code: condition.text.replace(/\s+/g, ' '),
  };
}

/**
 * `buckets = [[] for _ in range(len(nums) + 1)]`, `dp = [0] * (n + 1)`: a table one longer than
 * what it counts, indexed from 1, whose slot 0 is left out on purpose.
 */
function isOneBasedTable(scope: PyNode, name: string): boolean {
  const plusOne = (node: PyNode | null | undefined): boolean => {
    const inner = node?.type === 'parenthesized_expression' ? node.namedChildren[0] : node;
    return inner?.type === 'binary_operator' && inner.child('operator')?.type === '+' && isIntegerLiteral(inner.child('right'), 1);
  };
  return findAll(scope, 'assignment').some((a) => {
    if (a.child('left')?.text !== name) return false;
    const right = a.child('right');
    if (right?.type === 'binary_operator' && right.child('operator')?.type === '*') return plusOne(right.child('right')) || plusOne(right.child('left'));
    if (right?.type !== 'list_comprehension') return false;
    const over = right.children.find((c) => c.type === 'for_in_clause')?.child('right');
    const args = over?.type === 'call' ? callArgs(over) : [];
    return args.length === 1 ? plusOne(args[0]) : args.length >= 2 && plusOne(args[1]);
  });
}

/** Two pointers that consume xs[lo] and xs[hi] into the output while lo < hi: the last one is lost. */
function middleSkipped(loop: PyNode, low: string, high: string, operator: string): OffByOneSign | null {
  const body = loop.child('body');
  const scope = functionOf(loop);
  if (operator !== '<' || !body || !scope || halves(body)) return null;
  const appended = findAll(body, 'call').filter((c) => c.child('function')?.type === 'attribute' && c.child('function')?.child('attribute')?.text === 'append');
  // Two separate appends, one taking xs[lo] and the other xs[hi] (not one append of both).
  const reads = (call: PyNode, pointer: string) => findAll(call, 'subscript').some((s) => compact(s.child('subscript')) === pointer);
  const takes = (pointer: string, other: string) => appended.some((c) => reads(c, pointer) && !reads(c, other));
  if (!takes(low, high) || !takes(high, low)) return null;
  if (checksAfter(scope, loop, [low, high])) return null;
  return {
    kind: 'pointers-skip-middle',
    line: loop.line,
    loop,
    confidence: SIGN_CONFIDENCE['pointers-skip-middle'],
    index: low,
    sequence: '',
    code: `${low} < ${high}`,
    variable: high,
  };
}

/**
 * Run-length style grouping: a loop closes a group (append + counter reset) only when the
 * next, different element arrives, and nothing after the loop closes the last group.
 */
function lastGroupDropped(body: PyNode): OffByOneSign | null {
  for (const loop of body.namedChildren.filter((s) => s.type === 'for_statement')) {
    const loopBody = loop.child('body');
    if (!loopBody) continue;
    const pairwise = lastElementNeverKept(body, loop);
    if (pairwise) return pairwise;
    for (const ifNode of findAll(loopBody, 'if_statement')) {
      const elseBranch = ifNode.childrenOf('alternative').find((a) => a.type === 'else_clause');
      if (!elseBranch) continue;
      const appends = findAll(elseBranch, 'call').filter((c) => c.child('function')?.child('attribute')?.text === 'append');
      const resets = findAll(elseBranch, 'assignment').filter((a) => isIntegerLiteral(a.child('right'), 1) || isIntegerLiteral(a.child('right'), 0));
      if (appends.length === 0 || resets.length === 0) continue;
      const list = compact(appends[0].child('function')?.child('object') ?? null);
      const after = body.namedChildren.filter((s) => s.start > loop.end);
      const closedAfter = after.some((s) => addsTo(s, list));
      const returned = after.some((s) => s.type === 'return_statement' && namesIn(s).has(list));
      if (!closedAfter && returned)
        return {
          kind: 'last-group-dropped',
          line: loop.line,
          loop,
          confidence: SIGN_CONFIDENCE['last-group-dropped'],
          index: '',
          sequence: list,
          code: compact(loop.child('right')),
        };
    }
  }
  return null;
}

/**
 * for i in range(len(xs) - 1): if xs[i] != xs[i + 1]: out.append(xs[i]), and nothing after the
 * loop adds the last element: comparing each element with the next keeps every group but the last.
 */
function lastElementNeverKept(body: PyNode, loop: PyNode): OffByOneSign | null {
  const iter = loop.child('right');
  const index = loop.child('left')?.text ?? '';
  if (!iter || iter.type !== 'call' || iter.child('function')?.text !== 'range') return null;
  const args = iter.child('arguments')?.namedChildren ?? [];
  if (args.length !== 1 || args[0].type !== 'binary_operator' || !isIntegerLiteral(args[0].child('right'), 1) || args[0].child('operator')?.type !== '-')
    return null;
  const seq = sequenceOfLength(args[0].child('left'), body);
  const loopBody = loop.child('body');
  if (!seq || !loopBody) return null;
  const appends = findAll(loopBody, 'call').filter(
    (c) => c.child('function')?.child('attribute')?.text === 'append' && compact(callArgs(c)[0] ?? null) === `${seq}[${index}]`,
  );
  const looksAhead = findAll(loopBody, 'subscript').some((s) => compact(s) === `${seq}[${index}+1]`);
  if (appends.length === 0 || !looksAhead) return null;
  const list = compact(appends[0].child('function')?.child('object') ?? null);
  const after = body.namedChildren.filter((s) => s.start > loop.end);
  const keptAfter = after.some((s) => addsTo(s, list));
  const returned = after.some((s) => s.type === 'return_statement' && namesIn(s).has(list));
  return !keptAfter && returned
    ? { kind: 'last-group-dropped', line: loop.line, loop, confidence: SIGN_CONFIDENCE['last-group-dropped'], index, sequence: list, code: compact(iter) }
    : null;
}

/** `out.append(x)`, `out.extend(xs)`, `out += [x]` or `out + [x]` anywhere in `statement`: something is added to `list`. */
function addsTo(statement: PyNode, list: string): boolean {
  const calls = findAll(statement, 'call').some((c) => {
    const callee = compact(c.child('function'));
    return callee === `${list}.append` || callee === `${list}.extend`;
  });
  const plus = [...findAll(statement, 'binary_operator'), ...findAll(statement, 'augmented_assignment')].some(
    (node) => compact(node.child('left')) === list && /^\+=?$/.test(node.child('operator')?.text ?? ''),
  );
  return calls || plus;
}

function rangeSigns(loop: PyNode, index: string, bounds: PyNode): OffByOneSign[] {
  const args = bounds.namedChildren.filter((a) => a.type !== 'keyword_argument');
  const body = loop.child('body');
  const scope = functionOf(loop);
  if (!body || !scope || args.length === 0 || args.length > 3) return [];
  const code = `range(${args.map((a) => a.text).join(', ')})`;
  const signs: OffByOneSign[] = [...mirrorSigns(loop, index, args)];
  if (args.length === 3) {
    const reverse = reverseSign(loop, index, args, code, scope);
    return reverse ? [...signs, reverse] : signs;
  }
  const start = args.length === 2 ? args[0] : null;
  const stop = boundOf(args.length === 2 ? args[1] : args[0], scope);
  if (!stop) return signs;
  const uses = indexUses(body, stop.seq, index);
  const ahead = forwardOffsets(uses.offset, index);
  const looksAheadElsewhere = forwardUseOutsideSubscripts(body, index);
  const base = { line: loop.line, loop, index, sequence: stop.seq, code };
  // Reads of the sequence at other positions (xs[k - 1], xs[j]) mean the loop is not the only
  // place the ends are handled; too unsure to call.
  const otherReads = readsElsewhere(scope, loop, stop.seq, index);
  if (otherReads.variable) return signs;
  if (
    stop.offset < 0 &&
    uses.plain.length > 0 &&
    !looksAheadElsewhere &&
    Math.max(0, ...ahead) < -stop.offset &&
    !mentionsElement(scope, stop.seq, 'last', loop)
  ) {
    signs.push({
      ...base,
      kind: stop.offset === -1 ? 'one-early' : 'stops-early',
      confidence: SIGN_CONFIDENCE['one-early'] + (ahead.length ? SIGN_CONFIDENCE.readsAhead : 0),
      variable: String(-stop.offset),
    });
  }
  if (
    start &&
    isIntegerLiteral(start, 1) &&
    stop.offset === 0 &&
    uses.plain.length > 0 &&
    uses.offset.length === 0 &&
    !usesNeighbours(body, index) &&
    !otherReads.constant &&
    !mentionsElement(scope, stop.seq, 'first', loop)
  ) {
    signs.push({ ...base, kind: 'skips-first', confidence: SIGN_CONFIDENCE['skips-first'] });
  }
  if (stop.offset >= 1 && uses.plain.length > 0 && !hasBoundGuard(body, index, stop.seq, scope) && !isInTryBlock(uses.plain[0])) {
    signs.push({ ...base, line: uses.plain[0].line, kind: 'one-past', confidence: SIGN_CONFIDENCE['one-past'] });
  }
  if (stop.offset === 0) {
    const past = uses.offset.find((s) => {
      const sub = s.child('subscript');
      return (
        sub?.type === 'binary_operator' && sub.child('operator')?.type === '+' && compact(sub.child('left')) === index && sub.child('right')?.type === 'integer'
      );
    });
    if (past && !hasBoundGuard(body, index, stop.seq, scope) && !isInTryBlock(past) && !leavesBeforeEnd(body, past)) {
      signs.push({ ...base, line: past.line, kind: 'next-past-end', confidence: SIGN_CONFIDENCE['next-past-end'], code: past.text });
    }
  }
  return signs;
}

/** Reads of `seq` not indexed by the loop's index: constant ones (xs[0]) and variable ones (xs[k]). */
function readsElsewhere(scope: PyNode, loop: PyNode, seq: string, index: string): { constant: boolean; variable: boolean } {
  let constant = false;
  let variable = false;
  for (const s of findAll(scope, 'subscript')) {
    if (compact(s.child('value')) !== seq) continue;
    const sub = s.child('subscript');
    if (!sub || sub.type === 'slice') continue;
    const inLoop = s.start >= loop.start && s.end <= loop.end;
    if (inLoop && namesIn(sub).has(index)) continue;
    // nums[i] inside `for j in range(i + 1, ...)`: indexed by an enclosing loop's variable.
    if (inLoop && sub.type === 'identifier' && enclosingTargets(loop).has(sub.text)) continue;
    if (sub.type === 'integer' || (sub.type === 'unary_operator' && sub.child('argument')?.type === 'integer')) constant = true;
    else variable = true;
  }
  return { constant, variable };
}

function enclosingTargets(loop: PyNode): Set<string> {
  const names = new Set<string>();
  for (let p = loop.parent; p && p.type !== 'function_definition'; p = p.parent) {
    if (p.type === 'for_statement') for (const n of namesIn(p.child('left') ?? p)) names.add(n);
  }
  return names;
}

/** Offsets k of `xs[i + k]` reads. */
function forwardOffsets(offsetUses: PyNode[], index: string): number[] {
  const out: number[] = [];
  for (const s of offsetUses) {
    const sub = s.child('subscript');
    if (
      sub?.type === 'binary_operator' &&
      sub.child('operator')?.type === '+' &&
      compact(sub.child('left')) === index &&
      sub.child('right')?.type === 'integer'
    )
      out.push(Number(sub.child('right')?.text));
  }
  return out;
}

/** `j = i + 1`, `range(i + 1, n)`: the loop reaches further ahead through another name. */
function forwardUseOutsideSubscripts(body: PyNode, index: string): boolean {
  return findAll(body, 'binary_operator').some((b) => {
    if (b.child('operator')?.type !== '+' || compact(b.child('left')) !== index) return false;
    return b.parent?.type !== 'subscript';
  });
}

/** for i in range(n - 1, 0, -1): index 0 is never visited by a loop that writes xs[i]. */
function reverseSign(loop: PyNode, index: string, args: PyNode[], code: string, scope: PyNode): OffByOneSign | null {
  const [, stop, step] = args;
  const body = loop.child('body');
  if (!body || compact(step) !== '-1' || !isIntegerLiteral(stop, 0)) return null;
  const written = new Set<string>();
  for (const a of findAll(body, 'assignment|augmented_assignment')) {
    const left = a.child('left');
    if (left?.type === 'subscript' && compact(left.child('subscript')) === index) written.add(compact(left.child('value')));
  }
  for (const seq of written) {
    const uses = indexUses(body, seq, index);
    const looksBack = findAll(body, 'subscript').some(
      (s) => /^[^+]*-\d+$/.test(compact(s.child('subscript'))) && namesIn(s.child('subscript') ?? s).has(index),
    );
    if (looksBack || uses.plain.length === 0) continue;
    const firstHandled = findAll(scope, 'subscript').some(
      (s) => compact(s.child('value')) === seq && compact(s.child('subscript')) === '0' && !(s.start >= loop.start && s.end <= loop.end),
    );
    if (!firstHandled)
      return { kind: 'reverse-skips-first', line: loop.line, loop, confidence: SIGN_CONFIDENCE['reverse-skips-first'], index, sequence: seq, code };
  }
  return null;
}

/** `xs[-i]` (xs[0] when i = 0) or `xs[len(xs) - i]` (past the end when i = 0) with i from 0. */
function mirrorSigns(loop: PyNode, index: string, args: PyNode[]): OffByOneSign[] {
  const startsAtZero = args.length === 1 || (args.length >= 2 && isIntegerLiteral(args[0], 0));
  const body = loop.child('body');
  if (!startsAtZero || !body || args.length === 3) return [];
  const signs: OffByOneSign[] = [];
  for (const s of findAll(body, 'subscript')) {
    const sub = s.child('subscript');
    const seq = compact(s.child('value'));
    if (!sub) continue;
    if (sub.type === 'unary_operator' && compact(sub.child('argument')) === index) {
      signs.push({ kind: 'mirror-minus', line: s.line, loop, confidence: SIGN_CONFIDENCE['mirror-minus'], index, sequence: seq, code: s.text });
    } else if (sub.type === 'binary_operator' && sub.child('operator')?.type === '-' && compact(sub.child('right')) === index) {
      const scope = functionOf(loop) ?? loop;
      if (sequenceOfLength(sub.child('left'), scope) === seq && !hasBoundGuard(body, index, seq, scope)) {
        signs.push({ kind: 'mirror-past-end', line: s.line, loop, confidence: SIGN_CONFIDENCE['mirror-past-end'], index, sequence: seq, code: s.text });
      }
    }
  }
  return signs.slice(0, 1);
}

/** `if ...: return/break` before the access can end the loop early; too unsure to report. */
function leavesBeforeEnd(body: PyNode, access: PyNode): boolean {
  return findAll(body, 'return_statement|break_statement').some((r) => r.start < access.start);
}

function searchSign(loop: PyNode, low: string, high: string, operator: string): OffByOneSign | null {
  const body = loop.child('body');
  const scope = functionOf(loop);
  if (!body || !scope) return null;
  const assigns = new Map<string, string[]>();
  let mid: string | null = null;
  for (const a of findAll(body, 'assignment')) {
    const left = compact(a.child('left'));
    const right = compact(a.child('right'));
    if (/\/\/2|>>1/.test(right) && right.includes(low)) mid = left;
    assigns.set(left, [...(assigns.get(left) ?? []), right]);
  }
  if (!mid) return null;
  const highSet = assigns.get(high) ?? [];
  const lowSet = assigns.get(low) ?? [];
  const base = { line: loop.line, loop, index: low, sequence: '', code: `${low} ${operator} ${high}` };
  const midRoundsUp = /\+1\)\/\/2|\+1\)>>1/.test((assigns.get(mid) ?? []).join(' '));
  if (operator === '<=' && highSet.includes(mid))
    return { ...base, kind: 'search-never-ends', confidence: SIGN_CONFIDENCE['search-never-ends'], variable: high };
  if (operator === '<=' && lowSet.includes(mid)) return { ...base, kind: 'search-never-ends', confidence: SIGN_CONFIDENCE['search-never-ends'], variable: low };
  if (operator === '<' && lowSet.includes(mid) && !midRoundsUp)
    return { ...base, kind: 'search-never-ends', confidence: SIGN_CONFIDENCE.searchMayNotEnd, variable: low };
  if (operator === '<' && highSet.includes(`${mid}-1`) && findAll(body, 'return_statement').length > 0 && !checksAfter(scope, loop, [low, high])) {
    return { ...base, kind: 'search-misses-last', confidence: SIGN_CONFIDENCE['search-misses-last'], variable: high };
  }
  if (operator === '<=') {
    const init = initialValue(scope, loop, high);
    const seq = sequenceOfLength(init, scope);
    if (seq && indexUses(body, seq, mid).plain.length > 0)
      return { ...base, kind: 'search-past-end', confidence: SIGN_CONFIDENCE['search-past-end'], sequence: seq, variable: high };
  }
  return null;
}

/** After the loop, the function still reads `xs[lo]`/`xs[hi]` or returns a pointer: a final check. */
function checksAfter(scope: PyNode, loop: PyNode, pointers: string[]): boolean {
  return findAll(scope, 'subscript|return_statement').some((n) => {
    if (n.start < loop.end) return false;
    if (n.type === 'subscript') return pointers.includes(compact(n.child('subscript')));
    return pointers.some((p) => namesIn(n).has(p));
  });
}

/** The value `name` gets before `loop`: `hi = len(xs)` or `lo, hi = 0, len(xs)`. */
function initialValue(scope: PyNode, loop: PyNode, name: string): PyNode | null {
  let found: PyNode | null = null;
  for (const a of findAll(scope, 'assignment')) {
    if (a.start >= loop.start) break;
    const left = a.child('left');
    const right = a.child('right');
    if (!left || !right) continue;
    const targets = left.type === 'pattern_list' ? left.namedChildren : [left];
    const values = right.type === 'expression_list' ? right.namedChildren : [right];
    const i = targets.findIndex((t) => t.text === name);
    if (i >= 0 && values.length === targets.length) found = values[i];
  }
  return found;
}
