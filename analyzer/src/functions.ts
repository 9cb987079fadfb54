// Where the functions are: every `def` in the file (top level, methods of classes, nested
// helpers), their parameters and decorators, and which one is the entry point.
import type { PyNode } from './syntax.js';

export interface ParamInfo {
  name: string;
  annotation: string | null;
  defaultValue: PyNode | null;
}

export interface FunctionInfo {
  node: PyNode;
  name: string;
  line: number;
  params: ParamInfo[];
  body: PyNode;
  decorators: string[];
  className: string | null;
  /** The function this one is defined in (closures see its variables). */
  parent: FunctionInfo | null;
}

export interface FunctionTable {
  all: FunctionInfo[];
  byNode: Map<PyNode, FunctionInfo>;
}

export function collectFunctions(root: PyNode): FunctionTable {
  const all: FunctionInfo[] = [];
  const byNode = new Map<PyNode, FunctionInfo>();
  const visit = (node: PyNode, className: string | null, parent: FunctionInfo | null): void => {
    for (const child of node.children) {
      if (child.type === 'function_definition') {
        const info = describeFunction(child, className, parent);
        all.push(info);
        byNode.set(child, info);
        visit(info.body, null, info);
      } else if (child.type === 'class_definition') {
        const body = child.child('body');
        const name = child.child('name')?.text ?? null;
        if (body) visit(body, parent ? null : name, parent);
      } else if (child.named && child.type !== 'lambda') {
        visit(child, className, parent);
      }
    }
  };
  visit(root, null, null);
  return { all, byNode };
}

function describeFunction(node: PyNode, className: string | null, parent: FunctionInfo | null): FunctionInfo {
  const name = node.child('name')?.text ?? '<anonymous>';
  const params = readParams(node.child('parameters'));
  // A method's first parameter is the instance (or class), not an input.
  if (className !== null && params.length > 0 && !isStaticMethod(node)) params.shift();
  const decorated = node.parent?.type === 'decorated_definition' ? node.parent : null;
  const decorators = decorated ? decorated.children.filter((c) => c.type === 'decorator').map((d) => d.text.replace(/^@\s*/, '')) : [];
  return { node, name, line: node.line, params, body: node.child('body') ?? node, decorators, className, parent };
}

function isStaticMethod(node: PyNode): boolean {
  const decorated = node.parent?.type === 'decorated_definition' ? node.parent : null;
  return decorated ? decorated.children.some((d) => d.type === 'decorator' && d.text.includes('staticmethod')) : false;
}

function readParams(parameters: PyNode | null): ParamInfo[] {
  if (!parameters) return [];
  const params: ParamInfo[] = [];
  for (const p of parameters.namedChildren) {
    if (p.type === 'identifier') params.push({ name: p.text, annotation: null, defaultValue: null });
    else if (p.type === 'typed_parameter') {
      const id = p.namedChildren.find((c) => c.type === 'identifier' && c.field !== 'type');
      if (id) params.push({ name: id.text, annotation: p.child('type')?.text ?? null, defaultValue: null });
    } else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
      const id = p.child('name');
      if (id) params.push({ name: id.text, annotation: p.child('type')?.text ?? null, defaultValue: p.child('value') });
    }
  }
  return params;
}

/** `two_sum` -> `twoSum`. */
export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** `twoSum` -> `two_sum`. */
export function snakeCase(name: string): string {
  return name.replace(/([A-Z])/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * The named function at top level, or the `class Solution` method in snake_case or camelCase.
 * Without a name: the only public method of `Solution`, or the top-level function no other
 * function calls (the last one when several qualify).
 */
export function findEntryPoint(table: FunctionTable, entryPoint: string | undefined, callsOf: (fn: FunctionInfo) => string[]): FunctionInfo | null {
  const topLevel = table.all.filter((f) => f.parent === null && f.className === null);
  const solutionMethods = table.all.filter((f) => f.className === 'Solution' && f.parent === null);
  if (entryPoint) {
    const names = new Set([entryPoint, camelCase(entryPoint), snakeCase(entryPoint)]);
    return topLevel.find((f) => names.has(f.name)) ?? solutionMethods.find((f) => names.has(f.name)) ?? null;
  }
  const publicMethods = solutionMethods.filter((f) => !f.name.startsWith('_'));
  if (publicMethods.length > 0) return pickRoot(publicMethods, callsOf);
  const methods = table.all.filter((f) => f.className !== null && f.parent === null && !f.name.startsWith('_'));
  if (topLevel.length === 0 && methods.length > 0) return pickRoot(methods, callsOf);
  return topLevel.length > 0 ? pickRoot(topLevel, callsOf) : null;
}

const DEFINITIONS = new Set([
  'function_definition',
  'class_definition',
  'decorated_definition',
  'import_statement',
  'import_from_statement',
  'future_import_statement',
  'comment',
]);

/**
 * A program that reads standard input does its work at top level (or in a `main()` called from
 * there): the module itself is then the entry point, a function without parameters.
 */
export function moduleEntry(root: PyNode): FunctionInfo | null {
  const works = root.namedChildren.some((s) => !DEFINITIONS.has(s.type) && !(s.type === 'expression_statement' && s.namedChildren[0]?.type === 'string'));
  return works ? { node: root, name: '<module>', line: 1, params: [], body: root, decorators: [], className: null, parent: null } : null;
}

function pickRoot(candidates: FunctionInfo[], callsOf: (fn: FunctionInfo) => string[]): FunctionInfo {
  const called = new Set(candidates.flatMap((f) => callsOf(f).filter((name) => name !== f.name)));
  const roots = candidates.filter((f) => !called.has(f.name));
  const pool = roots.length > 0 ? roots : candidates;
  return pool[pool.length - 1];
}
