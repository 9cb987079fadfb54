// Redis-backed cache (ioredis). Commands fail fast while Redis is down and read as misses,
// so the app keeps answering from the database; it reconnects by itself when Redis returns.
import { Redis } from 'ioredis';
import { cacheRequestsTotal } from '../metrics.js';
import type { Cache } from './cache.js';

const KEY_PREFIX = 'cm:';

export function createRedisClient(url: string): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    lazyConnect: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // Without a listener ioredis reports connection errors as unhandled; /ready shows the state.
  redis.on('error', () => {});
  return redis;
}

export function createRedisCache(redis: Redis): Cache {
  return {
    kind: 'redis',
    async get<T>(key: string) {
      try {
        const raw = await redis.get(KEY_PREFIX + key);
        cacheRequestsTotal.inc({ result: raw === null ? 'miss' : 'hit' });
        return raw === null ? undefined : (JSON.parse(raw) as T);
      } catch {
        cacheRequestsTotal.inc({ result: 'error' });
        return undefined;
      }
    },
    async set(key, value, ttlSeconds) {
      try {
        await redis.set(KEY_PREFIX + key, JSON.stringify(value), 'EX', Math.max(1, Math.round(ttlSeconds)));
      } catch {
        cacheRequestsTotal.inc({ result: 'error' });
      }
    },
    async add(key, value, ttlSeconds) {
      try {
        const stored = await redis.set(KEY_PREFIX + key, JSON.stringify(value), 'EX', Math.max(1, Math.round(ttlSeconds)), 'NX');
        return stored === 'OK';
      } catch {
        cacheRequestsTotal.inc({ result: 'error' });
        return true;
      }
    },
    async delete(key) {
      try {
        await redis.del(KEY_PREFIX + key);
      } catch {
        cacheRequestsTotal.inc({ result: 'error' });
      }
    },
    async deletePrefix(prefix) {
      try {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${KEY_PREFIX}${prefix}*`, 'COUNT', 500);
          if (keys.length > 0) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      } catch {
        cacheRequestsTotal.inc({ result: 'error' });
      }
    },
    async ping() {
      try {
        return (await redis.ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}
