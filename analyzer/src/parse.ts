// Parsing: one tree-sitter parser for the whole process, reused for every call. The native tree
// is copied into PyNode objects in a single cursor walk (see syntax.ts for why).
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
parser.setLanguage(Python as unknown as Parser.Language);

export const pythonLanguage = Python as unknown as Parser.Language;

// Type and field names by numeric id, filled on first sight (a number crosses the addon
// boundary faster than a string).
const typeNames: string[] = [];
const typeNamed: boolean[] = [];
const fieldNames: (string | null)[] = [];
const TOKEN_FIELD_PARENTS = new Set(['comparison_operator', 'binary_operator', 'augmented_assignment', 'boolean_operator', 'unary_operator']);

/** Parse only: the native tree, nothing copied (the benchmark's baseline). */
export function parseNative(code: string): Parser.Tree {
  return parser.parse(code);
}

export function parsePython(code: string): ParsedSource {
  const tree = parser.parse(code);
  const hasError = tree.rootNode.hasError;
  const lineStarts = computeLineStarts(code);
  let lineIndex = 0;
  let firstError: { line: number; message: string } | null = null;

  const cursor = tree.walk();
  const stack: PyNode[] = [];
  let root: PyNode | null = null;
  for (;;) {
    const typeId = cursor.nodeTypeId;
    let type = typeNames[typeId];
    if (type === undefined) {
      type = typeNames[typeId] = cursor.nodeType;
      typeNamed[typeId] = cursor.nodeIsNamed;
    }
    const named = typeNamed[typeId];
    const parent = stack.length ? stack[stack.length - 1] : null;
    // Punctuation and keywords: their text is their type, and only operators carry a field.
    // Skipping those addon calls is most of the copy's cost.
    let field: string | null = null;
    if (named || (parent !== null && TOKEN_FIELD_PARENTS.has(parent.type))) {
      const fieldId = cursor.currentFieldId;
      const known = fieldNames[fieldId];
      field = known !== undefined ? known : (fieldNames[fieldId] = fieldId === 0 ? null : cursor.currentFieldName);
    }
    const start = cursor.startIndex;
    const end = named || type.includes(' ') ? cursor.endIndex : start + type.length;
    while (lineIndex + 1 < lineStarts.length && lineStarts[lineIndex + 1] <= start) lineIndex++;
    const node = new PyNode(code, type, field, named, start, end, lineIndex + 1);
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
    // Strings: their pieces carry no structure we use. Tokens have no children (but `not in`).
    const descend = type !== 'string' && type !== 'comment' && (named || type.includes(' ') || hasError);
    if (descend && cursor.gotoFirstChild()) {
      stack.push(node);
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return { root: root as PyNode, tree, syntaxError: hasError ? firstError ?? unknownError() : null };
      stack.pop();
    }
  }
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
