// One tree-sitter parser for Python, shared by the safety policy and the cache key. Parsing
// is synchronous and Node is single-threaded, so one instance is enough.
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';

let parser: Parser | null = null;

export type SyntaxNode = Parser.SyntaxNode;

/**
 * The code as CPython's tokenizer reads it: no leading byte-order mark, and every line ending
 * (`\r\n`, a lone `\r`) a `\n`, where tree-sitter knows only `\n` and `\r\n`. Line numbers
 * stay those of the code.
 */
export function sourceAsPythonReadsIt(code: string): string {
  return code.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function parsePython(code: string): Parser.Tree {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Python);
  }
  const source = sourceAsPythonReadsIt(code);
  // The default read buffer cuts long inputs; size it to the code.
  return parser.parse(source, undefined, { bufferSize: Math.max(32 * 1024, source.length * 4 + 1024) });
}

/**
 * Every node of the tree in document order (iterative: deep code must not blow the stack), or
 * only those of the given types: building a node object is most of a walk's cost, and the
 * cursor tells a node's type without one.
 */
export function* walk(root: SyntaxNode, types?: ReadonlySet<string>): Generator<SyntaxNode> {
  const cursor = root.walk();
  let descending = true;
  for (;;) {
    if (descending && (!types || types.has(cursor.nodeType))) yield cursor.currentNode;
    if (descending && cursor.gotoFirstChild()) continue;
    if (cursor.gotoNextSibling()) {
      descending = true;
      continue;
    }
    if (!cursor.gotoParent()) return;
    descending = false;
  }
}
