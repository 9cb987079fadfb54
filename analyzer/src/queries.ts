// Runs the detectors' tree-sitter queries. All .scm sources are compiled once, at module load,
// into a single query, so one analysis makes one native pass whatever the number of queries;
// matches are grouped back by file and their nodes mapped onto the PyNode copy of the tree.
import Parser from 'tree-sitter';
import { QUERY_SOURCES, type QueryName } from './detectors/queries.generated.js';
import { pythonLanguage, type ParsedSource } from './parse.js';
import type { PyNode } from './syntax.js';

export interface QueryMatch {
  captures: Record<string, PyNode>;
}

export type QueryMatches = ReadonlyMap<QueryName, QueryMatch[]>;

interface CompiledQueries {
  query: Parser.Query;
  /** Query file of each pattern index in the combined query. */
  owners: QueryName[];
}

/** Compiles one source alone; throws with the tree-sitter message when it is invalid. */
export function compileQuery(source: string): Parser.Query {
  return new Parser.Query(pythonLanguage, source);
}

function patternCount(query: Parser.Query): number {
  return (query as unknown as { predicates: unknown[] }).predicates.length;
}

function compileAll(): CompiledQueries {
  const owners: QueryName[] = [];
  const names = Object.keys(QUERY_SOURCES) as QueryName[];
  for (const name of names) {
    const count = patternCount(compileQuery(QUERY_SOURCES[name]));
    for (let i = 0; i < count; i++) owners.push(name);
  }
  return { query: compileQuery(names.map((n) => QUERY_SOURCES[n]).join('\n')), owners };
}

const compiled = compileAll();

export function runQueries(parsed: ParsedSource): QueryMatches {
  const grouped = new Map<QueryName, QueryMatch[]>();
  for (const match of compiled.query.matches(parsed.tree.rootNode)) {
    const owner = compiled.owners[match.pattern];
    const captures: Record<string, PyNode> = {};
    let complete = true;
    for (const capture of match.captures) {
      const node = locate(parsed.root, capture.node.startIndex, capture.node.endIndex, capture.node.type);
      if (node) captures[capture.name] = node;
      else complete = false;
    }
    if (!complete) continue;
    const list = grouped.get(owner);
    if (list) list.push({ captures });
    else grouped.set(owner, [{ captures }]);
  }
  return grouped;
}

/** The copied node with this exact span and type, found by descending through the spans. */
function locate(root: PyNode, start: number, end: number, type: string): PyNode | null {
  let node: PyNode | null = root;
  while (node) {
    if (node.start === start && node.end === end && node.type === type) return node;
    let next: PyNode | null = null;
    for (const c of node.children) {
      if (c.start <= start && c.end >= end && !(c.start === node.start && c.end === node.end && c.type === node.type)) {
        next = c;
        break;
      }
    }
    node = next;
  }
  return null;
}
