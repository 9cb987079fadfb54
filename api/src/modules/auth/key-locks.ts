// Serializes read-modify-write sequences on named keys within this process. The cache only has
// get and set, so two concurrent attempts could both read a counter before either writes it;
// holding the keys' locks around the update closes that race here. Across instances sharing
// Redis the race remains, bounded by the number of instances (one stale read each).

const tails = new Map<string, Promise<void>>();

/** Runs `work` once every key is free, holding all of them (taken in sorted order: no deadlock). */
export async function withKeyLocks<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
  const sorted = [...new Set(keys)].sort();
  const releases: Array<() => void> = [];
  try {
    for (const key of sorted) releases.push(await acquire(key));
    return await work();
  } finally {
    for (const release of releases.reverse()) release();
  }
}

async function acquire(key: string): Promise<() => void> {
  const previous = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => {
    release = resolve;
  });
  const tail = previous.then(() => mine);
  tails.set(key, tail);
  await previous;
  return () => {
    release();
    // The last holder removes the entry, so the map does not grow with every key ever seen.
    if (tails.get(key) === tail) tails.delete(key);
  };
}
