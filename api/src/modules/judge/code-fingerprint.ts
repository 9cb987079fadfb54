// The result-cache key of a submission: the same problem version and the same code up to
// whitespace and comments give the same key. Built from tree-sitter's leaves with explicit
// block markers, so indentation width, blank lines and comments do not matter while the
// block structure (which indentation carries in Python) still does.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { parsePython, walk } from './python-parser.js';

/** Bump when the harness or the report format changes, so old cached results are not reused. */
export const JUDGE_RESULT_VERSION = 3;

// Asked for the same code by every run of one submission (verdict, stress test, probes).
const recentlyNormalized = new LRUCache<string, string>({ max: 256 });

export function normalizeCode(code: string): string {
  let normal = recentlyNormalized.get(code);
  if (normal === undefined) recentlyNormalized.set(code, (normal = normalize(code)));
  return normal;
}

function normalize(code: string): string {
  const out: string[] = [];
  const blockEnds: number[] = [];
  for (const node of walk(parsePython(code).rootNode)) {
    while (blockEnds.length > 0 && node.startIndex >= blockEnds[blockEnds.length - 1]) {
      blockEnds.pop();
      out.push('}');
    }
    if (node.type === 'comment') continue;
    if (node.type === 'block') {
      out.push('{');
      blockEnds.push(node.endIndex);
    } else if (node.childCount === 0 || node.type === 'string_content') {
      out.push(node.text);
    }
  }
  return out.join(' ') + ' }'.repeat(blockEnds.length);
}

export function resultCacheKey(parts: { slug: string; contentHash: string; scope: string; executor: string; code: string }): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([JUDGE_RESULT_VERSION, parts.slug, parts.contentHash, parts.scope, parts.executor, normalizeCode(parts.code)]))
    .digest('hex');
  return `judge:result:${hash}`;
}
