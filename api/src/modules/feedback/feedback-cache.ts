// Model answers reused for 24 hours: the same problem version, the same code up to whitespace
// and comments, the same verdict, findings, depth and rung of the hint ladder get the same
// explanation without a second model call. Only accepted model answers are cached; rule-based
// feedback is cheap to recompute and a fallback should not hide a model that has recovered.
// In app.cache (shared through Redis); the key names everything the answer depends on, so no entry goes stale.
import { createHash } from 'node:crypto';
import type { Cache } from '../../cache/cache.js';
import type { Finding } from '../../../../analyzer/src/index.js';
import { normalizeCode } from '../judge/index.js';
import type { ExplanationDepth, HintLevel } from './feedback-types.js';

export const FEEDBACK_CACHE_TTL_SECONDS = 24 * 60 * 60;
/** Bump when the prompt changes meaningfully, so older answers are not reused. */
const PROMPT_VERSION = 1;

export interface CachedAnswer {
  model: string;
  text: string;
}

export interface CacheKeyParts {
  /** The problem version's row id: a new version of a problem is a new id. */
  problemVersion: string;
  code: string;
  verdict: string;
  findings: readonly Finding[];
  depth: ExplanationDepth;
  level: HintLevel;
}

export function feedbackCacheKey(parts: CacheKeyParts): string {
  const findings = parts.findings.map((f) => `${f.id}:${f.line}:${f.severity}`).sort();
  const hash = createHash('sha256')
    .update(JSON.stringify([PROMPT_VERSION, parts.problemVersion, normalizeForKey(parts.code), parts.verdict, findings, parts.depth, parts.level]))
    .digest('hex');
  return `feedback:${hash}`;
}

function normalizeForKey(code: string): string {
  try {
    return normalizeCode(code);
  } catch {
    return code.replace(/\s+/g, ' ').trim();
  }
}

export function readCachedAnswer(cache: Cache, key: string): Promise<CachedAnswer | undefined> {
  return cache.get<CachedAnswer>(key);
}

export function cacheAnswer(cache: Cache, key: string, answer: CachedAnswer): Promise<void> {
  return cache.set(key, answer, FEEDBACK_CACHE_TTL_SECONDS);
}
