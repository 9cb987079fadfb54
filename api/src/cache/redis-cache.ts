// Redis-backed cache (ioredis). Commands fail fast while Redis is down and read as misses,
// so the app keeps answering from the database; it reconnects by itself when Redis returns.
// Invalidations go over one pub/sub channel, listened to on a duplicate of the client (a
// subscribed connection can do nothing else), opened only once something listens.
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
  // Pub/sub ignores the database index; the keys do not, nor should their invalidations.
  const channel = `${KEY_PREFIX}invalidate:${redis.options.db ?? 0}`;
  const listeners = new Map<string, Set<() => void>>();
  let subscriber: Redis | undefined;
  const notify = (topics: Iterable<string>) => {
    for (const topic of topics) for (const listener of listeners.get(topic) ?? []) listener();
  };
  function subscribe() {
    const connection = (subscriber = redis.duplicate());
    connection.on('error', () => undefined); // reconnects by itself; kept copies expire meanwhile
    connection.on('message', (_channel: string, topic: string) => notify([topic]));
    // On every (re)connection: what was published while no subscription held is lost, so once
    // it holds again every listener drops what it kept.
    connection.on('ready', () => {
      connection.subscribe(channel).then(
        () => notify([...listeners.keys()]),
        () => undefined,
      );
    });
  }

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
    async publishInvalidation(topic) {
      try {
        await redis.publish(channel, topic);
      } catch {
        cacheRequestsTotal.inc({ result: 'error' });
      }
    },
    onInvalidation(topic, listener) {
      let set = listeners.get(topic);
      if (!set) listeners.set(topic, (set = new Set()));
      set.add(listener);
      if (!subscriber) subscribe();
      return () => set.delete(listener);
    },
    async ping() {
      try {
        return (await redis.ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    async close() {
      listeners.clear();
      subscriber?.disconnect();
      redis.disconnect();
    },
  };
}
