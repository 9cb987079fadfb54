import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type Cache, cached } from '../../api/src/cache/cache.js';
import { createMemoryCache } from '../../api/src/cache/memory-cache.js';
import { createRedisCache, createRedisClient } from '../../api/src/cache/redis-cache.js';
import { requireServiceInCi } from '../helpers/databases.js';

requireServiceInCi('TEST_REDIS_URL');

const caches: Array<{ name: string; make: () => Cache }> = [{ name: 'memory', make: () => createMemoryCache() }];
if (process.env.TEST_REDIS_URL) {
  caches.push({ name: 'redis', make: () => createRedisCache(createRedisClient(process.env.TEST_REDIS_URL!)) });
}

describe.each(caches)('the $name cache', ({ name, make }) => {
  const cache = make();
  const ns = `test:${randomUUID()}:`;
  afterAll(() => cache.close());

  it('stores and returns JSON values, and misses unknown keys', async () => {
    await cache.set(`${ns}a`, { list: [1, 2], text: 'é' }, 60);
    expect(await cache.get(`${ns}a`)).toEqual({ list: [1, 2], text: 'é' });
    expect(await cache.get(`${ns}missing`)).toBeUndefined();
  });

  it('forgets entries after their TTL', async () => {
    await cache.set(`${ns}short`, 1, 1);
    expect(await cache.get(`${ns}short`)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await cache.get(`${ns}short`)).toBeUndefined();
  });

  it('deletes one key or a whole prefix', async () => {
    await cache.set(`${ns}p:1`, 1, 60);
    await cache.set(`${ns}p:2`, 2, 60);
    await cache.set(`${ns}q:1`, 3, 60);
    await cache.delete(`${ns}q:1`);
    expect(await cache.get(`${ns}q:1`)).toBeUndefined();
    await cache.deletePrefix(`${ns}p:`);
    expect(await cache.get(`${ns}p:1`)).toBeUndefined();
    expect(await cache.get(`${ns}p:2`)).toBeUndefined();
  });

  it('computes a value once through `cached`', async () => {
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cached(cache, `${ns}c`, 60, compute)).toBe(1);
    expect(await cached(cache, `${ns}c`, 60, compute)).toBe(1);
    expect(calls).toBe(1);
  });

  it('answers ping', async () => {
    expect(await cache.ping()).toBe(true);
  });

  it("tells each process sharing it of an invalidation, and only a topic's listeners", async () => {
    // Over Redis another client stands for another process; in memory the process is the cache.
    const elsewhere = name === 'redis' ? make() : cache;
    const heard = { topic: 0, other: 0 };
    const stop = elsewhere.onInvalidation(`${ns}topic`, () => heard.topic++);
    elsewhere.onInvalidation(`${ns}other`, () => heard.other++);
    // Over Redis, every listener is told once when the subscription starts: nothing before it arrives.
    const start = name === 'redis' ? 1 : 0;
    await vi.waitFor(() => expect(heard).toEqual({ topic: start, other: start }));

    await cache.publishInvalidation(`${ns}topic`);
    await vi.waitFor(() => expect(heard.topic).toBe(start + 1), { timeout: 1000 });
    stop();
    await cache.publishInvalidation(`${ns}topic`);
    await cache.publishInvalidation(`${ns}nobody`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toEqual({ topic: start + 1, other: start });
    if (elsewhere !== cache) await elsewhere.close();
  });
});

describe('a Redis cache whose server is unreachable', () => {
  it('reads as misses and never throws, so callers fall back to the database', async () => {
    const cache = createRedisCache(createRedisClient('redis://127.0.0.1:1'));
    await cache.set('k', 1, 60);
    expect(await cache.get('k')).toBeUndefined();
    await cache.deletePrefix('k');
    await cache.publishInvalidation('k');
    cache.onInvalidation('k', () => undefined);
    expect(await cache.ping()).toBe(false);
    await cache.close();
  });
});
