// Crashes that show an unchecked assumption rather than an extreme input: an IndexError where a
// value of the input is used as a position in a table (`seen[v + 100_000]`: every value is
// assumed to fit the table) or where a position in one sequence indexes another
// (`other[i]` with `i` from `enumerate(strs[0])`: `other` is assumed at least as long). Shared
// by missing-validation, which reports them, and by missing-edge-case and off-by-one, which
// leave those tests alone.
import { calleeName, callsTo, findAll, namesIn } from '../syntax-queries.js';
import type { PyNode } from '../syntax.js';
import type { TestResult } from '../types.js';
import { elementNames } from './assumption-sites.js';
import type { DetectorContext } from './detector.js';
import { isFailing } from './test-failures.js';

const ORD: ReadonlySet<string> = new Set(['ord']);

export interface AssumptionCrash {
  kind: 'value-index' | 'foreign-position';
  test: TestResult;
  /** Where the assumption is written: the subscript that raised (`other[i]`), or the table of a fixed size it indexes. */
  node: PyNode;
  /** The subscript that raised, when `node` is its table. */
  use?: PyNode;
  /** The sequence indexed: `seen`, `other`. */
  indexed: string;
  /** For a foreign position, the sequence the position belongs to: `strs[0]`. */
  positionsOf?: string;
}

/** The failing tests whose IndexError comes from one of these two assumptions, first crash per kind. */
export function assumptionCrashes(ctx: DetectorContext): AssumptionCrash[] {
  // Three detectors ask about the same context: worked out once.
  let crashes = crashesByContext.get(ctx);
  if (!crashes) crashesByContext.set(ctx, (crashes = findAssumptionCrashes(ctx)));
  return crashes;
}

const crashesByContext = new WeakMap<DetectorContext, AssumptionCrash[]>();

function findAssumptionCrashes(ctx: DetectorContext): AssumptionCrash[] {
  const scope = ctx.entry?.node;
  if (!scope || !ctx.tests) return [];
  const args = ctx.entry!.params.map((p) => p.name);
  const elements = elementNames(scope, args);
  const positions = positionNames(scope);
  const tables = fixedSizeTables(scope);
  const crashes: AssumptionCrash[] = [];
  for (const test of ctx.tests) {
    // A subscript past the end, not `pop from empty list` and the like.
    if (
      !isFailing(test) ||
      test.status !== 'error' ||
      test.error?.type !== 'IndexError' ||
      test.error.line == null ||
      !/index out of range/.test(test.error.message ?? '')
    )
      continue;
    for (const subscript of findAll(scope, 'subscript').filter((s) => s.line === test.error!.line)) {
      const crash = classify(subscript, args, elements, positions, tables);
      if (crash) {
        crashes.push({ ...crash, test });
        break;
      }
    }
  }
  return crashes;
}

function classify(
  subscript: PyNode,
  args: string[],
  elements: Set<string>,
  positions: Map<string, string>,
  tables: Map<string, FixedTable>,
): Omit<AssumptionCrash, 'test'> | null {
  const indexed = subscript.child('value');
  const index = subscript.child('subscript');
  if (!indexed || !index || index.type === 'slice' || subscript.namedChildren.length !== 2) return null;
  const names = [...namesIn(index)];
  const table = indexed.type === 'identifier' && tables.has(indexed.text);
  // A value read from the input, used as a position in a table the code built.
  if (table && names.some((n) => elements.has(n)) && !names.some((n) => positions.has(n)) && callsTo(index, ORD).length === 0) {
    // The assumption is written where the size is: a number chosen by the code (`[False] * 200_001`)
    // is the line to change; a size computed from the input fits its values, so the use is.
    const built = tables.get(indexed.text)!;
    return built.literalSize
      ? { kind: 'value-index', node: built.node, indexed: indexed.text, use: subscript }
      : { kind: 'value-index', node: subscript, indexed: indexed.text };
  }
  // A position in one sequence, used in another taken from the input.
  const fromInput = args.includes(indexed.text) || elements.has(indexed.text);
  const owner = index.type === 'identifier' ? positions.get(index.text) : undefined;
  if (fromInput && owner && owner !== indexed.text && owner !== `len(${indexed.text})`) {
    return { kind: 'foreign-position', node: subscript, indexed: indexed.text, positionsOf: owner.replace(/^len\((.*)\)$/, '$1') };
  }
  return null;
}

export interface FixedTable {
  /** The assignment that builds it: `seen = [False] * 200_001`. */
  node: PyNode;
  /** A size written as a number (the assumption is in it), not computed from the input. */
  literalSize: boolean;
}

/** Lists the code builds with a size of its own choosing: `seen = [False] * (max(nums) + 1)`. */
export function fixedSizeTables(scope: PyNode): Map<string, FixedTable> {
  const tables = new Map<string, FixedTable>();
  for (const assignment of findAll(scope, 'assignment')) {
    const left = assignment.child('left');
    const right = assignment.child('right');
    if (left?.type !== 'identifier' || right?.type !== 'binary_operator' || right.child('operator')?.type !== '*') continue;
    const [list, size] = right.child('left')?.type === 'list' ? [right.child('left'), right.child('right')] : [right.child('right'), right.child('left')];
    if (list?.type !== 'list' || !size) continue;
    tables.set(left.text, { node: assignment, literalSize: size.type === 'integer' });
  }
  return tables;
}

/**
 * Loop variables that are positions, with the sequence they are positions of:
 * `for i, ch in enumerate(strs[0])` -> i: `strs[0]`; `for i in range(len(a))` -> i: `len(a)`.
 */
function positionNames(scope: PyNode): Map<string, string> {
  const positions = new Map<string, string>();
  for (const loop of findAll(scope, 'for_statement|for_in_clause')) {
    const over = loop.child('right');
    const target = loop.child('left');
    if (over?.type !== 'call' || !target) continue;
    const fn = over.child('function')?.text;
    const first = over.child('arguments')?.namedChildren[0];
    if (!first) continue;
    if (fn === 'enumerate' && target.namedChildren.length === 2 && target.namedChildren[0].type === 'identifier')
      positions.set(target.namedChildren[0].text, first.text);
    if (
      fn === 'range' &&
      target.type === 'identifier' &&
      over.child('arguments')!.namedChildren.length === 1 &&
      first.type === 'call' &&
      calleeName(first) === 'len'
    )
      positions.set(target.text, first.text);
  }
  return positions;
}
