// Containers that lose what the answer needs, seen when tests fail: a dict that inverts a
// mapping keeps one key per value (values that share a count overwrite each other), and counters
// per kind of bracket know how many are open but not in which order. Both are a container that
// does not fit the question asked of it (wrong-data-structure), not a slow one. The whole file
// is searched (`descendants`), helper functions included.
import { descendants, type PyNode } from '../syntax.js';
import { findAll } from '../syntax-queries.js';

export interface LossyContainer {
  kind: 'inverted-mapping' | 'counts-for-nesting';
  /** Where the container is made (or filled, for an inverted mapping built in a loop). */
  node: PyNode;
  /** The container's name in the learner's code. */
  name: string;
  /** For an inverted mapping: the new key (`freq`) and the value kept (`value`). */
  key?: string;
  value?: string;
}

/** `{c: v for v, c in counts.items()}`, or `for v, c in counts.items(): by_count[c] = v`. */
export function invertedMappings(root: PyNode): LossyContainer[] {
  const found: LossyContainer[] = [];
  for (const comprehension of descendants(root, 'dictionary_comprehension')) {
    const pair = comprehension.namedChildren.find((c) => c.type === 'pair');
    const clause = comprehension.namedChildren.find((c) => c.type === 'for_in_clause');
    const targets = clause ? itemsTargets(clause.child('left'), clause.child('right')) : null;
    const key = pair?.child('key')?.text;
    const value = pair?.child('value')?.text;
    const assigned = comprehension.parent?.type === 'assignment' ? comprehension.parent.child('left')?.text : undefined;
    if (targets && assigned && key === targets[1] && value === targets[0])
      found.push({ kind: 'inverted-mapping', node: comprehension, name: assigned, key, value });
  }
  for (const loop of descendants(root, 'for_statement')) {
    const targets = itemsTargets(loop.child('left'), loop.child('right'));
    if (!targets) continue;
    for (const assignment of findAll(loop.child('body') ?? loop, 'assignment')) {
      const left = assignment.child('left');
      if (left?.type !== 'subscript' || assignment.child('right')?.text !== targets[0]) continue;
      if (left.child('subscript')?.text === targets[1] && left.child('value')?.type === 'identifier') {
        found.push({ kind: 'inverted-mapping', node: assignment, name: left.child('value')!.text, key: targets[1], value: targets[0] });
      }
    }
  }
  return found;
}

/** The two names of `for a, b in x.items()`, or null. */
function itemsTargets(left: PyNode | null, right: PyNode | null): [string, string] | null {
  if (!left || !right || right.type !== 'call' || !/\.items$/.test(right.child('function')?.text ?? '')) return null;
  const names = left.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text);
  return ['pattern_list', 'tuple_pattern'].includes(left.type) && names.length === 2 ? [names[0], names[1]] : null;
}

const BRACKETS = /^['"][()[\]{}]['"]$/;

/**
 * Counts of open brackets kept per kind (`open_count[ch] += 1`, or one counter per kind beside
 * bracket literals) with no stack anywhere (nothing appended and popped, no counter used as a
 * position in a list): the order of nesting is lost.
 */
export function countsForNesting(root: PyNode): LossyContainer | null {
  const bracketLiterals = descendants(root, 'string').filter((s) => BRACKETS.test(s.text));
  if (bracketLiterals.length < 4) return null;
  const usesStack = descendants(root, 'call').some((call) => /\.(append|pop)$/.test(call.child('function')?.text ?? ''));
  if (usesStack) return null;
  const steps = descendants(root, 'augmented_assignment').filter((a) => /^[+-]=$/.test(a.child('operator')?.text ?? '') && a.child('right')?.text === '1');
  const counted = steps
    .map((a) => a.child('left'))
    .map((left) => (left?.type === 'subscript' ? left.child('value') : left))
    .filter((n): n is PyNode => n?.type === 'identifier');
  const increments = new Set(steps.filter((a) => a.child('operator')?.text === '+=').map((a) => counterName(a)));
  const decrements = new Set(steps.filter((a) => a.child('operator')?.text === '-=').map((a) => counterName(a)));
  const balanced = [...new Set(counted.map((n) => n.text))].filter((n) => increments.has(n) && decrements.has(n));
  // A counter that indexes a list is a stack pointer (`stack[top] = ch`), which keeps the order.
  const indexes = new Set(
    descendants(root, 'subscript').flatMap((s) => {
      const index = s.child('subscript');
      return index ? descendants(index, 'identifier').map((n) => n.text) : [];
    }),
  );
  const counts = balanced.filter((n) => !indexes.has(n));
  // Per kind: a dict of counts (`open_count[ch] += 1`), or one counter for each kind.
  const perKind = counts.filter((n) => steps.some((a) => a.child('left')?.type === 'subscript' && counterName(a) === n));
  const name = perKind[0] ?? (counts.length >= 2 ? counts[0] : undefined);
  if (!name) return null;
  const made = descendants(root, 'assignment').find((a) => a.child('left')?.text === name);
  return { kind: 'counts-for-nesting', node: made ?? counted[0], name };
}

function counterName(step: PyNode): string | undefined {
  const left = step.child('left');
  return (left?.type === 'subscript' ? left.child('value') : left)?.text;
}
