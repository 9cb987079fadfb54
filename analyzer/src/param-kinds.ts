// What kind of value an unannotated parameter holds, read from how the function uses it: a
// string is split, stripped or searched with string methods, and its characters are compared
// with one-character literals, passed to `ord` or tested with `isalpha`; a list is appended
// to, sorted or written item by item. Only these plain signs count, and a parameter that shows
// signs of both (or none) stays unknown.
import type { FunctionInfo } from './functions.js';
import type { PyNode } from './syntax.js';
import { callArgs, calleeName, comparisonOperators, findAll, nameOf } from './syntax-queries.js';
import type { Kind } from './values.js';

/** Methods only a string has. */
const STRING_METHODS = new Set([
  'lower',
  'upper',
  'casefold',
  'split',
  'rsplit',
  'splitlines',
  'strip',
  'lstrip',
  'rstrip',
  'replace',
  'find',
  'rfind',
  'startswith',
  'endswith',
  'isalpha',
  'isdigit',
  'isalnum',
  'isspace',
  'islower',
  'isupper',
  'zfill',
  'encode',
  'partition',
  'title',
  'swapcase',
]);
/** Tests a character answers. */
const CHARACTER_METHODS = new Set(['isalpha', 'isdigit', 'isalnum', 'isspace', 'islower', 'isupper']);
/** Methods only a list has. */
const LIST_METHODS = new Set(['append', 'extend', 'sort', 'pop', 'insert', 'remove', 'reverse', 'clear']);

/** The kind `param` holds by its use in `fn` (nested helpers included): 'str', 'list' or 'unknown'. */
export function kindFromUse(fn: FunctionInfo, param: string): Kind {
  const body = fn.body;
  const characters = characterNames(body, param);
  const isItem = (n: PyNode | null | undefined): boolean =>
    !!n &&
    ((n.type === 'subscript' && nameOf(n.child('value') ?? n) === param && n.child('subscript')?.type !== 'slice') ||
      (n.type === 'identifier' && characters.has(n.text)));
  let text = false;
  let list = false;
  for (const call of findAll(body, 'call')) {
    const fnNode = call.child('function');
    const method = fnNode?.type === 'attribute' ? (fnNode.child('attribute')?.text ?? '') : '';
    const object = fnNode?.type === 'attribute' ? fnNode.child('object') : null;
    if (object && nameOf(object) === param) {
      if (STRING_METHODS.has(method)) text = true;
      if (LIST_METHODS.has(method)) list = true;
    }
    if (object && isItem(object) && CHARACTER_METHODS.has(method)) text = true;
    if (calleeName(call) === 'ord' && isItem(callArgs(call)[0])) text = true;
  }
  for (const cmp of findAll(body, 'comparison_operator')) {
    const ops = comparisonOperators(cmp);
    if (!ops.every((op) => op === '==' || op === '!=')) continue;
    const operands = cmp.namedChildren;
    if (operands.some(isCharacterLiteral) && operands.some(isItem)) text = true;
  }
  for (const a of findAll(body, 'assignment|augmented_assignment')) {
    const left = a.child('left');
    if (left?.type === 'subscript' && nameOf(left.child('value') ?? left) === param) list = true;
  }
  if (text && !list) return 'str';
  if (list && !text) return 'list';
  return 'unknown';
}

/** Loop variables that run over the characters of `param`: `for c in s`, `for i, c in enumerate(s)`. */
function characterNames(body: PyNode, param: string): Set<string> {
  const names = new Set<string>();
  for (const loop of findAll(body, 'for_statement|for_in_clause')) {
    const left = loop.child('left');
    const right = loop.child('right');
    if (!left || !right) continue;
    if (right.type === 'identifier' && right.text === param && left.type === 'identifier') names.add(left.text);
    if (right.type === 'call' && calleeName(right) === 'enumerate' && nameOf(callArgs(right)[0] ?? right) === param) {
      const target = left.namedChildren[1];
      if (target?.type === 'identifier') names.add(target.text);
    }
  }
  return names;
}

function isCharacterLiteral(node: PyNode): boolean {
  return node.type === 'string' && /^[rbuRBU]?(['"])(\\?.)\1$/s.test(node.text);
}
