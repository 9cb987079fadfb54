// The JavaScript query engine must find what tree-sitter's own query engine finds, on every
// Python file the suite knows: each match it reports is one tree-sitter reports (same pattern,
// same captured spans), and it reports every node tree-sitter matches.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUERY_SOURCES } from '../../analyzer/src/detectors/queries.generated.js';
import { parsePython } from '../../analyzer/src/parse.js';
import { compilePatterns, matchAll } from '../../analyzer/src/query-engine.js';
import { compileQuery } from '../../analyzer/src/queries.js';
import { FIXTURES, listPython } from './support/fixtures.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const sources = Object.values(QUERY_SOURCES);
const native = compileQuery(sources.join('\n'));
const patterns = compilePatterns(sources);

function pythonFiles(): string[] {
  const dirs = [
    ...readdirSync(join(FIXTURES, 'detectors')).map((d) => join(FIXTURES, 'detectors', d)),
    join(FIXTURES, 'correct'),
    ...(existsSync(join(ROOT, 'problems')) ? readdirSync(join(ROOT, 'problems')).map((d) => join(ROOT, 'problems', d)) : []),
    ...(existsSync(join(ROOT, 'tests/problems/fixtures'))
      ? readdirSync(join(ROOT, 'tests/problems/fixtures')).map((d) => join(ROOT, 'tests/problems/fixtures', d))
      : []),
  ];
  return dirs.filter((d) => existsSync(d) && !d.endsWith('.md')).flatMap((d) => (d.endsWith('.py') ? [d] : listPython(d)));
}

const key = (pattern: number, spans: Array<[string, number, number]>) =>
  `${pattern}|${spans
    .sort()
    .map(([n, s, e]) => `${n}:${s}-${e}`)
    .join(',')}`;
const rootOf = (spans: Array<[string, number, number]>) => spans.reduce((a, b) => (b[2] - b[1] > a[2] - a[1] ? b : a));

describe('query engine', () => {
  it('parses the same number of patterns as tree-sitter', () => {
    expect(patterns.length).toBe((native as unknown as { predicates: unknown[] }).predicates.length);
  });

  it('matches like tree-sitter on every known Python file', () => {
    const files = pythonFiles();
    expect(files.length).toBeGreaterThan(150);
    for (const file of files) {
      const parsed = parsePython(readFileSync(file, 'utf8'));
      const theirs = native.matches(parsed.tree.rootNode).map((m) => {
        const spans = m.captures.map((c): [string, number, number] => [c.name, c.node.startIndex, c.node.endIndex]);
        return { pattern: m.pattern, spans, key: key(m.pattern, spans), root: `${m.pattern}|${rootOf(spans).slice(1).join('-')}` };
      });
      const ours = matchAll(parsed.root, patterns).map((m) => {
        const spans = Object.entries(m.captures).map(([n, node]): [string, number, number] => [n, node.start, node.end]);
        return { key: key(m.pattern, spans), root: `${m.pattern}|${rootOf(spans).slice(1).join('-')}` };
      });
      const theirKeys = new Set(theirs.map((m) => m.key));
      for (const m of ours) expect(theirKeys.has(m.key), `${file}: ${m.key} not found by tree-sitter`).toBe(true);
      const ourRoots = new Set(ours.map((m) => m.root));
      for (const m of theirs) expect(ourRoots.has(m.root), `${file}: ${m.key} missed`).toBe(true);
    }
  });
});
