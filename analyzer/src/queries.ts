// Runs the detectors' tree-sitter queries (detectors/queries/*.scm, embedded at build time).
// They are compiled once, at module load, into one pattern list and matched on the copied tree
// by query-engine.ts; `compileQuery` compiles a source with tree-sitter itself, which the tests
// use to check every query is valid and that both find the same matches.
import Parser from 'tree-sitter';
import { QUERY_SOURCES, type QueryName } from './detectors/queries.generated.js';
import { pythonLanguage, type ParsedSource } from './parse.js';
import { compilePatterns, matchAll } from './query-engine.js';
import type { PyNode } from './syntax.js';

export interface QueryMatch {
  captures: Record<string, PyNode>;
}

export type QueryMatches = ReadonlyMap<QueryName, QueryMatch[]>;

/** Compiles one source with tree-sitter; throws with its message when the query is invalid. */
export function compileQuery(source: string): Parser.Query {
  return new Parser.Query(pythonLanguage, source);
}

const NAMES = Object.keys(QUERY_SOURCES) as QueryName[];
const PATTERNS = compilePatterns(NAMES.map((n) => QUERY_SOURCES[n]));
/** Query file of each pattern index. */
const OWNERS: QueryName[] = NAMES.flatMap((n) => compilePatterns([QUERY_SOURCES[n]]).map(() => n));

export function runQueries(parsed: ParsedSource): QueryMatches {
  const grouped = new Map<QueryName, QueryMatch[]>();
  for (const match of matchAll(parsed.root, PATTERNS)) {
    const owner = OWNERS[match.pattern];
    const list = grouped.get(owner);
    if (list) list.push({ captures: match.captures });
    else grouped.set(owner, [{ captures: match.captures }]);
  }
  return grouped;
}
