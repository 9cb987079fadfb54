// The catalogue's in-process copy on top of the cache: a few seconds, one read for concurrent
// lists, dropped at once by invalidateProblemCache. With the in-process cache only: the Redis of
// the tests is shared between test processes, and its one catalogue key with them.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Cache } from '../../api/src/cache/cache.js';
import { createMemoryCache } from '../../api/src/cache/memory-cache.js';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { problems } from '../../api/src/db/schema.js';
import { invalidateProblemCache, listCatalogue } from '../../api/src/modules/problems/service.js';
import { testDatabases } from '../helpers/databases.js';
import { storedProblemContent } from '../helpers/stored-values.js';

describe.each(testDatabases())('the catalogue on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let cache: Cache;

  beforeAll(async () => {
    database = await target.open();
    cache = createMemoryCache();
  });
  afterAll(async () => {
    await cache?.close();
    await database?.dispose();
  });
  afterEach(() => vi.restoreAllMocks());

  const addProblem = (slug: string) =>
    database.db
      .insert(problems)
      .values({ slug, version: 1, contentHash: `hash-${slug}`, title: slug, difficulty: 'easy', category: 'arrays', content: storedProblemContent() });
  const slugs = async () => (await listCatalogue(database.db, cache)).map((problem) => problem.slug);

  it('keeps the parsed catalogue for a few seconds and drops it at once on invalidation', async () => {
    await addProblem('first-problem');
    await invalidateProblemCache(cache);
    const get = vi.spyOn(cache, 'get');
    expect(await slugs()).toEqual(['first-problem']);
    await addProblem('second-problem');
    expect(await slugs()).toEqual(['first-problem']);
    expect(get).toHaveBeenCalledTimes(1);

    await invalidateProblemCache(cache);
    expect(await slugs()).toEqual(['first-problem', 'second-problem']);
  });

  it('reads the cache once for concurrent lists', async () => {
    await invalidateProblemCache(cache);
    const get = vi.spyOn(cache, 'get');
    const lists = await Promise.all(Array.from({ length: 5 }, () => slugs()));
    expect(new Set(lists.map((list) => list.join()))).toEqual(new Set(['first-problem,second-problem']));
    expect(get).toHaveBeenCalledTimes(1);
  });
});
