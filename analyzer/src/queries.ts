// Runs the detectors' tree-sitter queries. All .scm sources are compiled once, at module load,
// into a single query, so one analysis makes one native pass whatever the number of queries;
// matches are grouped back by file and their nodes mapped onto the PyNode copy of the tree.
import Parser from 'tree-sitter';
import { QUERY_SOURCES, type QueryName } from './detectors/queries.generated.js';
import { pythonLanguage, type ParsedSource } from './parse.js';
import { checkPredicates, liftPredicates, type TextPredicate } from './query-predicates.js';
import type { PyNode } from './syntax.js';

export interface QueryMatch {
  captures: Record<string, PyNode>;
}

export type QueryMatches = ReadonlyMap<QueryName, QueryMatch[]>;

interface CompiledQueries {
  query: Parser.Query;
  /** Query file of each pattern index in the combined query. */
  owners: QueryName[];
  /** Text predicates of each pattern index, checked on the copied nodes. */
  predicates: TextPredicate[][];
}

/** Compiles one source alone; throws with the tree-sitter message when it is invalid. */
export function compileQuery(source: string): Parser.Query {
  return new Parser.Query(pythonLanguage, source);
}

function compileAll(): CompiledQueries {
  const owners: QueryName[] = [];
  const predicates: TextPredicate[][] = [];
  const sources: string[] = [];
  for (const name of Object.keys(QUERY_SOURCES) as QueryName[]) {
    const split = liftPredicates(QUERY_SOURCES[name]);
    sources.push(split.source);
    for (const p of split.patterns) {
      owners.push(name);
      predicates.push(p);
    }
  }
  const query = compileQuery(sources.join('\n'));
  const count = (query as unknown as { predicates: unknown[] }).predicates.length;
  if (count !== owners.length) throw new Error(`query patterns: expected ${owners.length}, compiled ${count}`);
  return { query, owners, predicates };
}

const compiled = compileAll();

export function runQueries(parsed: ParsedSource): QueryMatches {
  const grouped = new Map<QueryName, QueryMatch[]>();
  for (const match of compiled.query.matches(parsed.tree.rootNode)) {
    const owner = compiled.owners[match.pattern];
    const captures: Record<string, PyNode> = {};
    let complete = true;
    for (const capture of match.captures) {
      const node = locate(parsed.root, capture.node);
      if (node) captures[capture.name] = node;
      else complete = false;
    }
    if (!complete || !checkPredicates(compiled.predicates[match.pattern], captures)) continue;
    const list = grouped.get(owner);
    if (list) list.push({ captures });
    else grouped.set(owner, [{ captures }]);
  }
  return grouped;
}

/**
 * The copied node for a captured native node. Its start and type are read without a call into
 * the addon (node-tree-sitter keeps the start byte in slot 2 of a marshalled node, and `type`
 * on the prototype); the end is asked for only when several nested nodes share start and type
 * (`a.b.c`, `grid[r][c]`).
 */
function locate(root: PyNode, native: Parser.SyntaxNode): PyNode | null {
  const slot = (native as unknown as Record<number, unknown>)[2];
  const start = typeof slot === 'number' ? slot / 2 : native.startIndex;
  const type = native.type;
  const candidates: PyNode[] = [];
  let node: PyNode | null = root;
  while (node) {
    if (node.start === start && node.type === type) candidates.push(node);
    let next: PyNode | null = null;
    for (const c of node.children) {
      if (c.start <= start && c.end > start) {
        next = c;
        break;
      }
      if (c.start > start) break;
    }
    node = next;
  }
  if (candidates.length <= 1) return candidates[0] ?? null;
  const end = native.endIndex;
  return candidates.find((c) => c.end === end) ?? null;
}
