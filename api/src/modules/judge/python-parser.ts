// One tree-sitter parser for Python, shared by the safety policy and the cache key. Parsing
// is synchronous and Node is single-threaded, so one instance is enough.
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';

let parser: Parser | null = null;

export type SyntaxNode = Parser.SyntaxNode;

export function parsePython(code: string): Parser.Tree {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Python as unknown as Parser.Language);
  }
  // The default read buffer cuts long inputs; size it to the code.
  return parser.parse(code, undefined, { bufferSize: Math.max(32 * 1024, code.length * 4 + 1024) });
}

/** Every node of the tree in document order (iterative: deep code must not blow the stack). */
export function* walk(root: SyntaxNode): Generator<SyntaxNode> {
  const cursor = root.walk();
  let descending = true;
  for (;;) {
    if (descending) yield cursor.currentNode;
    if (descending && cursor.gotoFirstChild()) continue;
    if (cursor.gotoNextSibling()) {
      descending = true;
      continue;
    }
    if (!cursor.gotoParent()) return;
    descending = false;
  }
}
