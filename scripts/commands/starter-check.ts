// Checks starter.py, the code a learner sees first: it must parse, and define the entry point
// (a top-level function, or the LeetCode style `class Solution` method, snake or camel case)
// with the problem's params in order, so the editor's signature matches the examples.
import { parsePython, type SyntaxNode } from '../../api/src/modules/judge/python-parser.js';
import type { Problem } from '../../api/src/modules/problems/problem-schema.js';
import { outcomeOf, type CheckOutcome } from './validation-result.js';

const camelCase = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The function definitions directly in `block` (decorated ones included). */
function functionsIn(block: SyntaxNode): SyntaxNode[] {
  return block.namedChildren
    .map((node) => (node.type === 'decorated_definition' ? node.childForFieldName('definition') : node))
    .filter((node): node is SyntaxNode => node?.type === 'function_definition');
}

function classNamed(root: SyntaxNode, name: string): SyntaxNode | null {
  const found = root.namedChildren
    .map((node) => (node.type === 'decorated_definition' ? node.childForFieldName('definition') : node))
    .find((node) => node?.type === 'class_definition' && node.childForFieldName('name')?.text === name);
  return found ?? null;
}

function findEntryPoint(root: SyntaxNode, entryPoint: string): { node: SyntaxNode; isMethod: boolean } | null {
  const topLevel = functionsIn(root).find((f) => f.childForFieldName('name')?.text === entryPoint);
  if (topLevel) return { node: topLevel, isMethod: false };
  const body = classNamed(root, 'Solution')?.childForFieldName('body');
  const names = [entryPoint, camelCase(entryPoint)];
  const method = body ? functionsIn(body).find((f) => names.includes(f.childForFieldName('name')?.text ?? '')) : undefined;
  return method ? { node: method, isMethod: true } : null;
}

/** Parameter names as written: `nums`, `nums: list[int]` and `k=0` all give their identifier. */
function parameterNames(fn: SyntaxNode): string[] {
  const parameters = fn.childForFieldName('parameters')?.namedChildren ?? [];
  return parameters.map((p) => (p.type === 'identifier' ? p.text : (p.childForFieldName('name')?.text ?? p.namedChildren[0]?.text ?? p.text)));
}

export function checkStarterCode(problem: Problem): CheckOutcome {
  if (problem.starterCode.trim() === '') return outcomeOf(['starter.py is missing or empty']);
  const root = parsePython(problem.starterCode).rootNode;
  if (root.hasError) {
    const line = firstErrorLine(root);
    return outcomeOf([`starter.py does not parse${line ? ` (line ${line})` : ''}`]);
  }
  const entry = findEntryPoint(root, problem.entryPoint);
  if (!entry) return outcomeOf([`starter.py defines neither ${problem.entryPoint}() nor class Solution with ${problem.entryPoint}`]);
  const names = parameterNames(entry.node).slice(entry.isMethod ? 1 : 0);
  if (names.join(',') !== problem.params.join(',')) {
    return outcomeOf([`starter.py's ${problem.entryPoint} takes (${names.join(', ')}), params say (${problem.params.join(', ')})`]);
  }
  return outcomeOf([]);
}

function firstErrorLine(root: SyntaxNode): number | null {
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'ERROR' || node.isMissing) return node.startPosition.row + 1;
    if (node.hasError) stack.push(...[...node.children].reverse());
  }
  return null;
}
