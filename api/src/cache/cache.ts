// One small cache interface for the whole app. Values are JSON-serializable; a cache failure
// is never an error for the caller (the cache is an optimization): it reads as a miss.
export interface Cache {
  readonly kind: 'memory' | 'redis';
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  /**
   * Stores `value` only when `key` is absent; true when this call stored it. Atomic across
   * instances on Redis (SET NX): short leases such as one judge run per user. A Redis failure
   * reads as true, like every cache failure (the caller keeps its own in-process guard).
   */
  add(key: string, value: unknown, ttlSeconds: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Removes every key starting with `prefix` (invalidation of a family of entries). */
  deletePrefix(prefix: string): Promise<void>;
  /**
   * Tells every process sharing this cache (this one too) that `topic` changed, so each drops
   * what it keeps of it in memory. Over Redis pub/sub: best effort, like the rest of the cache,
   * so in-process copies must still expire by themselves.
   */
  publishInvalidation(topic: string): Promise<void>;
  /**
   * Calls `listener` when any process publishes `topic`, and also whenever messages may have been
   * missed (the Redis subscription starts or returns after an outage). Returns how to stop.
   */
  onInvalidation(topic: string, listener: () => void): () => void;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Reads through the cache: returns the cached value or computes, stores and returns it. */
export async function cached<T>(cache: Cache, key: string, ttlSeconds: number, compute: () => Promise<T>): Promise<T> {
  const hit = await cache.get<T>(key);
  if (hit !== undefined) return hit;
  const value = await compute();
  await cache.set(key, value, ttlSeconds);
  return value;
}
