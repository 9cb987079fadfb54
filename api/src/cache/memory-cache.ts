// In-process cache: an LRU bounded by entry count, with a TTL per entry. The embedded default.
// One process is all that shares it, so invalidations are plain events.
import { EventEmitter } from 'node:events';
import { LRUCache } from 'lru-cache';
import { cacheRequestsTotal } from '../metrics.js';
import type { Cache } from './cache.js';

export function createMemoryCache(maxEntries = 10_000): Cache {
  // Values are stored serialized so callers never share (and mutate) one object.
  const entries = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false });
  const invalidations = new EventEmitter().setMaxListeners(0);
  return {
    kind: 'memory',
    async get<T>(key: string) {
      const raw = entries.get(key);
      cacheRequestsTotal.inc({ result: raw === undefined ? 'miss' : 'hit' });
      return raw === undefined ? undefined : (JSON.parse(raw) as T);
    },
    async set(key, value, ttlSeconds) {
      entries.set(key, JSON.stringify(value), { ttl: ttlSeconds * 1000 });
    },
    async add(key, value, ttlSeconds) {
      if (entries.has(key)) return false;
      entries.set(key, JSON.stringify(value), { ttl: ttlSeconds * 1000 });
      return true;
    },
    async delete(key) {
      entries.delete(key);
    },
    async deletePrefix(prefix) {
      for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
    },
    async publishInvalidation(topic) {
      invalidations.emit(topic);
    },
    onInvalidation(topic, listener) {
      invalidations.on(topic, listener);
      return () => invalidations.off(topic, listener);
    },
    async ping() {
      return true;
    },
    async close() {
      entries.clear();
      invalidations.removeAllListeners();
    },
  };
}
