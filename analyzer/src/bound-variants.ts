// Bound variants: the learner's own code with one bound or comparison moved by one (a range's
// start or stop, `<` <-> `<=`, `hi = mid` <-> `hi = mid - 1`, `len(xs) - 1` <-> `len(xs)`, a
// slice bound, an index `xs[i]` <-> `xs[i - 1]`, a `+ 1` term of a width or a sum). Run on the failing tests, a variant that makes them pass without breaking the
// passing ones locates an off-by-one exactly: which node, which way. Pure: nothing is run here,
// and a variant is learner code like any other (the caller runs it in the sandbox).
import { hasSyntaxError, parsePython } from './parse.js';
import { walk, type PyNode } from './syntax.js';
import { callArgs, callsTo, codeLine, comparisonOperators, compact, sliceParts } from './syntax-queries.js';

const LEN: ReadonlySet<string> = new Set(['len']);
import type { BoundChange, BoundChangeKind } from './types.js';

export interface BoundVariant extends BoundChange {
  /** The learner's code with this one change. */
  code: string;
}

export interface BoundVariantOptions {
  /** Lines to try first (where a failing test raised, where a static sign points). */
  focusLines?: number[];
  /** At most this many variants (default 12). */
  max?: number;
}

const DEFAULT_MAX = 12;
const SWAPS: Record<string, string> = { '<': '<=', '<=': '<', '>': '>=', '>=': '>' };
/** Lower first: how often a mistake of this kind is the one an off-by-one comes from. */
const KIND_ORDER: Record<BoundChangeKind, number> = {
  'range-stop': 0,
  'range-start': 1,
  'loop-comparison': 1,
  'mid-step': 1,
  'length-bound': 2,
  comparison: 3,
  'slice-stop': 4,
  'slice-start': 5,
  // Every subscript and every `+ 1` is a site: tried after the bounds, unless a failing test points at its line.
  'offset-term': 6,
  index: 7,
};

/** One node that can move, with its possible changes, most plausible first. */
interface Site {
  kind: BoundChangeKind;
  node: PyNode;
  /** The statement the learner reads it in, on one line: `for i in range(n)`, `while lo < hi`. */
  statement: PyNode;
  statementText: (replacement: string) => string;
  changes: Array<{ text: string; extends: boolean; edge?: string }>;
  element?: BoundChange['element'];
}

export function generateBoundVariants(code: string, options: BoundVariantOptions = {}): BoundVariant[] {
  const parsed = parsePython(code);
  if (parsed.syntaxError) return [];
  const max = options.max ?? DEFAULT_MAX;
  const focus = new Set(options.focusLines ?? []);
  const sites = findSites(parsed.root);
  // Focused lines first, then by kind, then in reading order; every site's first change before
  // any site's second, so a small budget still touches every bound.
  const rank = (s: Site) => (focus.has(s.node.line) ? 0 : 10) + KIND_ORDER[s.kind];
  sites.sort((a, b) => rank(a) - rank(b) || a.node.start - b.node.start);
  const variants: BoundVariant[] = [];
  const seen = new Set<string>([code]);
  for (let round = 0; round < 2 && variants.length < max; round++) {
    for (const site of sites) {
      const change = site.changes[round];
      if (!change || variants.length >= max) continue;
      // A negative literal wraps around as an index: only a descending range's stop means it.
      if (/^-\d+$/.test(change.text) && site.kind !== 'range-stop') continue;
      const variant = code.slice(0, site.node.start) + change.text + code.slice(site.node.end);
      if (seen.has(variant) || hasSyntaxError(variant)) continue;
      seen.add(variant);
      variants.push({
        kind: site.kind,
        line: site.node.line,
        before: codeLine(site.node.text),
        after: codeLine(change.text),
        statement: site.statementText(site.node.text),
        changed: site.statementText(change.text),
        extends: change.extends,
        ...(change.edge ? { edge: change.edge } : {}),
        ...(site.element ? { element: site.element } : {}),
        code: variant,
      });
    }
  }
  return variants;
}

function findSites(root: PyNode): Site[] {
  const sites: Site[] = [];
  const midNames = midpointNames(root);
  const lengthNames = lengthAliases(root);
  const elementNames = loopElementNames(root);
  walk(root, (node) => {
    if (node.type === 'call' && node.child('function')?.text === 'range') sites.push(...rangeSites(node));
    else if (node.type === 'comparison_operator') {
      const site = comparisonSite(node);
      if (site) sites.push(site);
    } else if (node.type === 'assignment') sites.push(...assignmentSites(node, midNames, lengthNames));
    else if (node.type === 'slice') sites.push(...sliceSites(node));
    else if (node.type === 'subscript') sites.push(...indexSites(node, elementNames));
    else if (node.type === 'binary_operator') sites.push(...offsetTermSites(node));
    else if (node.type === 'for_statement') sites.push(...seededLoopSites(node));
  });
  return sites;
}

/** The statement holding `node` as the learner wrote its first line, with `node` replaceable. */
function statementOf(node: PyNode): { statement: PyNode; text: (replacement: string) => string } {
  let statement = node;
  for (let p = node.parent; p; p = p.parent) {
    statement = p;
    if (/_statement$|^assignment$|^augmented_assignment$|^for_in_clause$|^if_clause$|^elif_clause$/.test(p.type)) break;
  }
  const head = headOf(statement);
  return {
    statement,
    text: (replacement) => codeLine(head.source.slice(head.start, node.start) + replacement + head.source.slice(node.end, head.end)),
  };
}

/** A compound statement's header (`for i in range(n)`, without the colon and body). */
function headOf(statement: PyNode): { source: string; start: number; end: number } {
  const body = statement.child('body') ?? statement.child('consequence');
  let end = body ? body.start : statement.end;
  if (body) {
    while (end > statement.start && /[\s:]/.test(statement.source[end - 1])) end--;
  }
  return { source: statement.source, start: statement.start, end };
}

/** `range(a, b, step)`: start and stop by one each way; the way that adds a pass comes first. */
function rangeSites(call: PyNode): Site[] {
  const args = callArgs(call);
  if (args.length === 0 || args.length > 3 || args.some((a) => a.type === 'list_splat' || a.type === 'generator_expression')) return [];
  const descending = args.length === 3 && (args[2].type === 'unary_operator' || /^-\s*\d+$/.test(args[2].text));
  const stop = args.length === 1 ? args[0] : args[1];
  const start = args.length === 1 ? null : args[0];
  const { statement } = statementOf(call);
  const text = (node: PyNode) => statementOf(node).text;
  const sites: Site[] = [];
  const loop = call.parent?.type === 'for_statement' && call.field === 'right' ? call.parent : null;
  const index = loop?.child('left')?.type === 'identifier' ? loop.child('left')!.text : null;
  const element = loop && index ? elementOf(loop, index) : undefined;
  const at = (value: string) => (index ? `${index} = ${codeLine(value)}` : undefined);
  // A pass is added by moving the stop outwards (later when ascending) or the start inwards;
  // the pass gained or lost is at the old stop or the new one, at the new start or the old one.
  const outward = descending ? -1 : 1;
  const stopOut = shifted(stop, outward);
  const stopIn = shifted(stop, -outward);
  sites.push({
    kind: 'range-stop',
    node: stop,
    statement,
    statementText: text(stop),
    element,
    changes: order(
      [
        { text: stopOut, extends: true, edge: at(stop.text) },
        { text: stopIn, extends: false, edge: at(stopIn) },
      ],
      preferExtending(stop, outward),
    ),
  });
  if (start) {
    const startIn = shifted(start, -outward);
    sites.push({
      kind: 'range-start',
      node: start,
      statement,
      statementText: text(start),
      element,
      changes: order(
        [
          { text: startIn, extends: true, edge: at(startIn) },
          { text: shifted(start, outward), extends: false, edge: at(start.text) },
        ],
        preferExtending(start, -outward),
      ),
    });
  } else {
    // range(n) -> range(1, n): the pass at 0 dropped.
    const from1 = `1, ${stop.text}`;
    sites.push({ kind: 'range-start', node: stop, statement, statementText: text(stop), element, changes: [{ text: from1, extends: false, edge: at('0') }] });
  }
  return sites;
}

/** The sequence a loop indexes with its variable (`out[i]`), a written one first. */
function elementOf(loop: PyNode, index: string): BoundChange['element'] {
  const body = loop.child('body');
  if (!body) return undefined;
  let read: string | null = null;
  let written: string | null = null;
  walk(body, (n) => {
    if (n.type !== 'subscript' || compact(n.child('subscript')) !== index) return;
    const sequence = compact(n.child('value'));
    const target = (n.parent?.type === 'assignment' || n.parent?.type === 'augmented_assignment') && n.field === 'left';
    if (target) written ??= sequence;
    else read ??= sequence;
  });
  if (written) return { sequence: written, written: true };
  return read ? { sequence: read, written: false } : undefined;
}

/** Does moving `node` by `delta` undo a `- k` / `+ k` already written there? Then try it first. */
function preferExtending(node: PyNode, delta: number): boolean {
  const offset = offsetOf(node);
  if (offset === null) return true;
  return offset === 0 ? true : Math.sign(offset) !== Math.sign(delta);
}

function order<T>(changes: [T, T], firstFirst: boolean): T[] {
  return firstFirst ? changes : [changes[1], changes[0]];
}

/** `x + k` / `x - k` -> ±k, a literal -> 0, anything else -> 0; null for a string or float. */
function offsetOf(node: PyNode): number | null {
  if (node.type === 'string' || node.type === 'float') return null;
  if (node.type === 'binary_operator' && node.child('right')?.type === 'integer') {
    const op = node.child('operator')?.type;
    if (op === '+' || op === '-') return (op === '+' ? 1 : -1) * Number(node.child('right')?.text);
  }
  return 0;
}

/** `len(xs) - 1` moved by +1 is `len(xs)`, not `len(xs) - 1 + 1`; `0` moved by -1 is `-1`. */
export function shifted(node: PyNode, delta: number): string {
  if (node.type === 'integer' && /^\d+$/.test(node.text)) return String(Number(node.text) + delta);
  if (node.type === 'unary_operator' && node.child('argument')?.type === 'integer' && node.text.trim().startsWith('-')) {
    return String(-Number(node.child('argument')?.text) + delta);
  }
  if (node.type === 'binary_operator' && node.child('right')?.type === 'integer') {
    const op = node.child('operator')?.type;
    const left = node.child('left');
    if ((op === '+' || op === '-') && left) {
      const value = (op === '+' ? 1 : -1) * Number(node.child('right')?.text) + delta;
      return value === 0 ? left.text : `${left.text} ${value > 0 ? '+' : '-'} ${Math.abs(value)}`;
    }
  }
  const loose =
    node.type === 'binary_operator'
      ? ['<<', '>>', '&', '|', '^'].includes(node.child('operator')?.type ?? '')
      : /operator$|expression$|^lambda$/.test(node.type) && node.type !== 'parenthesized_expression';
  const operand = loose ? `(${node.text})` : node.text;
  return `${operand} ${delta > 0 ? '+' : '-'} ${Math.abs(delta)}`;
}

/** One order comparison (`a < b`) not on strings: its operator swapped with or without equality. */
function comparisonSite(node: PyNode): Site | null {
  const ops = comparisonOperators(node);
  if (ops.length !== 1 || !SWAPS[ops[0]]) return null;
  const operands = node.namedChildren;
  if (operands.some((o) => o.type === 'string' || o.type === 'float')) return null;
  const op = node.children.find((c) => c.field === 'operators')!;
  const { statement, text } = statementOf(op);
  const inLoopCondition = statement.type === 'while_statement';
  const swap = SWAPS[op.type];
  return {
    kind: inLoopCondition ? 'loop-comparison' : 'comparison',
    node: op,
    statement,
    statementText: text,
    // `extends`: the swapped comparison holds in one more case (equality).
    changes: [
      { text: swap, extends: swap.length === 2, edge: operands.length === 2 ? `${codeLine(operands[0].text)} == ${codeLine(operands[1].text)}` : undefined },
    ],
  };
}

/** Names assigned a midpoint: `mid = (lo + hi) // 2`, `m = lo + (hi - lo) // 2`, `>> 1`. */
function midpointNames(root: PyNode): Set<string> {
  const names = new Set<string>();
  walk(root, (n) => {
    if (n.type !== 'assignment' || n.child('left')?.type !== 'identifier') return;
    const right = n.child('right');
    let halves = false;
    if (right)
      walk(right, (m) => {
        if (
          m.type === 'binary_operator' &&
          ((m.child('operator')?.type === '//' && compact(m.child('right')) === '2') ||
            (m.child('operator')?.type === '>>' && compact(m.child('right')) === '1'))
        )
          halves = true;
      });
    if (halves) names.add(n.child('left')!.text);
  });
  return names;
}

/** Names assigned a length and nothing else: `n = len(nums)` (not `hi = len(nums)`, a pointer that moves later). */
function lengthAliases(root: PyNode): Set<string> {
  const names = new Set<string>();
  const assigned = new Map<string, number>();
  walk(root, (n) => {
    if (n.type !== 'assignment' && n.type !== 'augmented_assignment') return;
    const left = n.child('left');
    for (const target of left?.type === 'identifier' ? [left] : (left?.namedChildren ?? []).filter((c) => c.type === 'identifier'))
      assigned.set(target.text, (assigned.get(target.text) ?? 0) + 1);
    if (n.type === 'assignment' && left?.type === 'identifier' && isLength(n.child('right'), new Set())) names.add(left.text);
  });
  return new Set([...names].filter((name) => assigned.get(name) === 1));
}

function isLength(node: PyNode | null, aliases: Set<string>): boolean {
  if (!node) return false;
  if (node.type === 'call' && node.child('function')?.text === 'len') return true;
  return node.type === 'identifier' && aliases.has(node.text);
}

/**
 * `hi = mid` <-> `hi = mid - 1`, `lo = mid + 1` <-> `lo = mid`, and a pointer started at a
 * length: `hi = len(xs) - 1` <-> `hi = len(xs)` (also in `lo, hi = 0, len(xs) - 1`).
 */
function assignmentSites(node: PyNode, midNames: Set<string>, lengthNames: Set<string>): Site[] {
  const left = node.child('left');
  const right = node.child('right');
  if (!left || !right) return [];
  const values = right.type === 'expression_list' && left.type === 'pattern_list' ? right.namedChildren : [right];
  const sites: Site[] = [];
  for (const value of values) {
    const base =
      value.type === 'binary_operator' && value.child('right')?.type === 'integer' && ['+', '-'].includes(value.child('operator')?.type ?? '')
        ? value.child('left')
        : value;
    const offset = offsetOf(value) ?? 0;
    // A pointer started at `len(xs) - 2` is moved one nearer the end (`len(xs) - 1`); other
    // offsets beyond one are not a bound moved by one.
    const startsAtLength = isLength(base, lengthNames) && values.length <= 2 && node.parent?.type !== 'for_statement';
    if (!base || Math.abs(offset) > (startsAtLength ? 2 : 1)) continue;
    const { statement, text } = statementOf(value);
    if (base.type === 'identifier' && midNames.has(base.text) && compact(left) !== base.text) {
      const changes =
        offset === 0
          ? [
              { text: `${base.text} + 1`, extends: false },
              { text: `${base.text} - 1`, extends: false },
            ]
          : [{ text: base.text, extends: true }];
      // `hi = mid`: the upper pointer moves below mid first; `lo = mid`: above it.
      if (offset === 0 && upperPointer(node, compact(left))) changes.reverse();
      sites.push({ kind: 'mid-step', node: value, statement, statementText: text, changes });
    } else if (startsAtLength) {
      if (left.type === 'identifier' && value === right && lengthNames.has(left.text) && offset === 0) continue; // n = len(xs) itself
      sites.push({
        kind: 'length-bound',
        node: value,
        statement,
        statementText: text,
        changes: [{ text: shifted(value, offset < 0 ? 1 : -1), extends: offset < 0 }],
      });
    }
  }
  return sites;
}

/** Is `name` the right side of the enclosing while loop's `<`/`<=` (the upper pointer)? */
function upperPointer(node: PyNode, name: string): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type !== 'while_statement') continue;
    let upper = false;
    walk(p.child('condition') ?? p, (c) => {
      if (c.type !== 'comparison_operator') return;
      const ops = comparisonOperators(c);
      const [a, b] = c.namedChildren;
      if (ops[0] === '<' || ops[0] === '<=') upper ||= compact(b) === name;
      if (ops[0] === '>' || ops[0] === '>=') upper ||= compact(a) === name;
    });
    return upper;
  }
  return false;
}

/** `xs[i:j]`: each written bound one later, then one earlier. */
function sliceSites(slice: PyNode): Site[] {
  const { start, stop, step } = sliceParts(slice);
  if (step) return [];
  const sites: Site[] = [];
  for (const [kind, node] of [
    ['slice-stop', stop],
    ['slice-start', start],
  ] as const) {
    if (!node || offsetOf(node) === null) continue;
    const { statement, text } = statementOf(node);
    const outward = kind === 'slice-stop' ? 1 : -1;
    sites.push({
      kind,
      node,
      statement,
      statementText: text,
      changes: order(
        [
          { text: shifted(node, outward), extends: true },
          { text: shifted(node, -outward), extends: false },
        ],
        preferExtending(node, outward),
      ),
    });
  }
  return sites;
}

/** A name, or a name plus or minus a small integer: what an index one off is written as. */
function isIndexLike(node: PyNode, elementNames: Set<string>): boolean {
  if (node.type === 'identifier') return !elementNames.has(node.text);
  const left = node.child('left');
  return (
    node.type === 'binary_operator' && offsetOf(node) !== 0 && left?.type === 'identifier' && !elementNames.has(left.text) && Math.abs(offsetOf(node) ?? 9) <= 1
  );
}

/** Names a loop binds to the elements of a sequence (`for ch in s`): keys, not positions. */
function loopElementNames(root: PyNode): Set<string> {
  const names = new Set<string>();
  walk(root, (n) => {
    if (n.type !== 'for_statement' && n.type !== 'for_in_clause') return;
    const target = n.child('left');
    const iterable = n.child('right');
    const called = iterable?.type === 'call' ? iterable.child('function')?.text : null;
    if (target?.type === 'identifier' && called !== 'range') names.add(target.text);
    // `for i, x in enumerate(xs)`: `x` is an element, `i` a position.
    const pair = target?.type === 'pattern_list' || target?.type === 'tuple_pattern' ? target.namedChildren : [];
    if (called === 'enumerate' && pair.length === 2 && pair[1].type === 'identifier') names.add(pair[1].text);
  });
  return names;
}

/**
 * `xs[i]` -> `xs[i - 1]` then `xs[i + 1]`; `xs[i + 1]` -> `xs[i]` then `xs[i + 2]`. Only an
 * index written as a name (plus or minus one): a literal index or a key is left alone.
 */
function indexSites(subscript: PyNode, elementNames: Set<string>): Site[] {
  const index = subscript.child('subscript');
  const sequence = subscript.child('value');
  if (!index || !sequence || subscript.namedChildren.length !== 2 || !isIndexLike(index, elementNames)) return [];
  const offset = offsetOf(index) ?? 0;
  const { statement, text } = statementOf(index);
  const toward = offset === 0 ? -1 : -Math.sign(offset);
  const target = (subscript.parent?.type === 'assignment' || subscript.parent?.type === 'augmented_assignment') && subscript.field === 'left';
  return [
    {
      kind: 'index',
      node: index,
      statement,
      statementText: text,
      element: { sequence: codeLine(sequence.text), written: target },
      changes: [
        { text: shifted(index, toward), extends: false },
        { text: shifted(index, -toward), extends: false },
      ],
    },
  ];
}

/**
 * `a - b + 1` -> `a - b - 1` and `a - b`; `(n - 1)` -> `(n + 1)` and `n`: a `+ 1` or `- 1`
 * term of a count, a width or a sum. Not where another site already moves it (a range's
 * argument, an index, a slice bound, a pointer started at a length).
 */
function offsetTermSites(node: PyNode): Site[] {
  const parent = node.parent;
  if (!parent || parent.type === 'slice' || (parent.type === 'subscript' && node.field === 'subscript')) return [];
  if (parent.type === 'argument_list' && parent.parent?.child('function')?.text === 'range') return [];
  const width = widthSites(node);
  if (width) return width;
  const offset = offsetOf(node);
  const left = node.child('left');
  if (!left || offset === null || Math.abs(offset) !== 1 || node.child('right')?.text !== '1') return [];
  if ((parent.type === 'assignment' || parent.type === 'expression_list') && callsTo(left, LEN).length > 0) return [];
  // `i = i + 1` is a step, not a count: without it the loop never ends.
  if (parent.type === 'assignment' && compact(parent.child('left')) === compact(left)) return [];
  const { statement, text } = statementOf(node);
  const flipped = `${left.text} ${offset > 0 ? '-' : '+'} 1`;
  // Two sites, not one site with two changes: dropping the term and flipping it are equally
  // likely fixes (`j - i + 1` -> `j - i`, `n * (n - 1)` -> `n * (n + 1)`), so both go in the first round.
  return [flipped, left.text].map((change) => ({ kind: 'offset-term', node, statement, statementText: text, changes: [{ text: change, extends: false }] }));
}

/**
 * `right - left` -> `right - left + 1` and `right - left - 1`: the length of a window or a
 * span between two positions, counted without one of its ends (or with both).
 */
function widthSites(node: PyNode): Site[] | null {
  const left = node.child('left');
  const right = node.child('right');
  if (node.child('operator')?.type !== '-' || left?.type !== 'identifier' || right?.type !== 'identifier') return null;
  if (node.parent?.type === 'binary_operator' && node.parent.child('right')?.type === 'integer') return []; // `j - i + 1`: a term of its own
  const { statement, text } = statementOf(node);
  return [`${node.text} + 1`, `${node.text} - 1`].map((change) => ({
    kind: 'offset-term',
    node,
    statement,
    statementText: text,
    changes: [{ text: change, extends: false }],
  }));
}

/**
 * `best = nums[0]` then `for x in nums:` -> `for x in nums[1:]`: a loop over a sequence whose
 * first element already seeded the result takes it a second time.
 */
function seededLoopSites(loop: PyNode): Site[] {
  const iterable = loop.child('right');
  const variable = loop.child('left');
  if (!iterable || iterable.type !== 'identifier' || !variable) return [];
  const scope = enclosingBlock(loop);
  let seeded = false;
  if (scope) {
    walk(scope, (n) => {
      if (n.end <= loop.start && n.type === 'subscript' && compact(n.child('value')) === iterable.text && compact(n.child('subscript')) === '0') seeded = true;
    });
  }
  if (!seeded) return [];
  const { statement, text } = statementOf(iterable);
  return [
    {
      kind: 'range-start',
      node: iterable,
      statement,
      statementText: text,
      changes: [{ text: `${iterable.text}[1:]`, extends: false, edge: `${codeLine(variable.text)} = ${iterable.text}[0]` }],
    },
  ];
}

/** The function (or module) body a statement belongs to. */
function enclosingBlock(node: PyNode): PyNode | null {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'function_definition') return p.child('body');
    if (!p.parent) return p;
  }
  return null;
}
