// Parsing: one tree-sitter parser for the whole process, reused for every call. The native tree
// is copied into PyNode objects in a single cursor walk (see syntax.ts for why).
import { LRUCache } from 'lru-cache';
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import { NO_CHILDREN, PyNode } from './syntax.js';

export interface ParsedSource {
  root: PyNode;
  /** The native tree, kept for running compiled queries. */
  tree: Parser.Tree;
  syntaxError: { line: number; message: string } | null;
}

const parser = new Parser();
parser.setLanguage(Python);

export const pythonLanguage = Python as unknown as Parser.Language;

// Type and field names by numeric id, filled on first sight (a number crosses the addon
// boundary faster than a string).
const typeNames: string[] = [];
const typeNamed: boolean[] = [];
const fieldNames: (string | null)[] = [];
const TOKEN_FIELD_PARENTS = new Set(['comparison_operator', 'binary_operator', 'augmented_assignment', 'boolean_operator', 'unary_operator']);
const LEAF_TYPES = new Set(['identifier', 'integer', 'float', 'true', 'false', 'none', 'ellipsis', 'escape_sequence']);

/** Parse only: the native tree, nothing copied (the benchmark's baseline). */
export function parseNative(code: string): Parser.Tree {
  return parser.parse(code);
}

/** Whether the code has a syntax error, without copying its tree (for generated variants). */
export function hasSyntaxError(code: string): boolean {
  return parser.parse(code).rootNode.hasError;
}

// A submission is parsed for its provisional findings, again for its final ones and for its
// bound variants; the copy is most of the analyzer's cost, and nothing changes a parsed tree.
const recentlyParsed = new LRUCache<string, ParsedSource>({ max: 64 });

/** `parse`, remembered for the last few codes. */
export function parsePython(code: string): ParsedSource {
  let parsed = recentlyParsed.get(code);
  if (!parsed) recentlyParsed.set(code, (parsed = parse(code)));
  return parsed;
}

function parse(code: string): ParsedSource {
  const tree = parser.parse(code);
  const hasError = tree.rootNode.hasError;
  const lineStarts = computeLineStarts(code);
  let lineIndex = 0;
  let firstError: { line: number; message: string } | null = null;

  const cursor = tree.walk();
  const stack: PyNode[] = [];
  let root: PyNode | null = null;
  // Addon calls are most of the copy's cost, so each node asks for as little as it can:
  // punctuation and keywords end where their text ends and (but for operators) fill no field;
  // a node with children ends where its last child ends.
  for (;;) {
    const typeId = cursor.nodeTypeId;
    let type = typeNames[typeId];
    if (type === undefined) {
      type = typeNames[typeId] = cursor.nodeType;
      typeNamed[typeId] = cursor.nodeIsNamed;
    }
    const named = typeNamed[typeId];
    const parent = stack.length ? stack[stack.length - 1] : null;
    let field: string | null = null;
    if (named || (parent !== null && TOKEN_FIELD_PARENTS.has(parent.type))) {
      const fieldId = cursor.currentFieldId;
      const known = fieldNames[fieldId];
      field = known !== undefined ? known : (fieldNames[fieldId] = fieldId === 0 ? null : cursor.currentFieldName);
    }
    const start = cursor.startIndex;
    while (lineIndex + 1 < lineStarts.length && lineStarts[lineIndex + 1] <= start) lineIndex++;
    const token = !named && !type.includes(' ');
    const node = new PyNode(code, type, field, named, start, token ? start + type.length : start, lineIndex + 1);
    if (hasError && firstError === null) firstError = describeError(node, cursor.nodeIsMissing);

    if (parent) {
      node.parent = parent;
      if (type !== 'comment') {
        if (parent.children === NO_CHILDREN) parent.children = [node];
        else parent.children.push(node);
      }
    } else {
      root = node;
    }
    // A string is a leaf unless it is an f-string with code inside (`f"{sum(xs)}"`).
    const fString = type === 'string' && isFormatted(code, start, (node.end = cursor.endIndex));
    const descend = !token && (type !== 'string' || fString) && type !== 'comment' && !LEAF_TYPES.has(type);
    if (descend && cursor.gotoFirstChild()) {
      stack.push(node);
      continue;
    }
    if (!token && type !== 'string') node.end = cursor.endIndex;
    let last = node;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        if (root) root.end = Math.max(last.end, code.length);
        return { root: root as PyNode, tree, syntaxError: hasError ? (firstError ?? unknownError()) : null };
      }
      const finished = stack.pop() as PyNode;
      finished.end = hasError ? cursor.endIndex : Math.max(last.end, finished.start);
      last = finished;
    }
  }
}

function isFormatted(code: string, start: number, end: number): boolean {
  const prefix = code.slice(start, Math.min(start + 3, end)).toLowerCase();
  return /^r?f|^fr/.test(prefix) && code.indexOf('{', start) !== -1 && code.indexOf('{', start) < end;
}

function describeError(node: PyNode, missing: boolean): { line: number; message: string } | null {
  if (missing) return { line: node.line, message: `missing \`${node.type}\`` };
  if (node.type === 'ERROR') {
    const text = node.text.split('\n')[0].trim().slice(0, 40);
    return { line: node.line, message: text ? `unexpected \`${text}\`` : 'invalid syntax' };
  }
  return null;
}

function unknownError(): { line: number; message: string } {
  return { line: 1, message: 'invalid syntax' };
}

function computeLineStarts(code: string): number[] {
  const starts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
