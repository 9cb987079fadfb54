// Revoking access tokens at once. Every access token carries its user's token version (`ver`);
// logging out or the reuse of a rotated refresh token raises the version, and authenticate.ts
// refuses tokens that carry an older one. Besides the row, the new version is written to the
// shared cache for a minute, because each process trusts a row it read for a few seconds
// (KNOWN_USER_TTL_MS): with the note, every instance sharing Redis refuses the old tokens at once.
// Deleting the account leaves a note of its own, so its tokens are refused everywhere at once too.
import { eq, sql } from 'drizzle-orm';
import type { Cache } from '../../cache/cache.js';
import type { Database } from '../../db/client.js';
import { users } from '../../db/schema.js';

/** Longer than any process trusts a row it read, after which the row itself answers. */
const REVOCATION_NOTE_TTL_SECONDS = 60;

export const revokedTokenVersionKey = (userId: string) => `auth:token-version:${userId}`;

/** Voids every access token issued so far to the user; returns the new version (null: no such user). */
export async function revokeAccessTokens(db: Database, cache: Cache, userId: string): Promise<number | null> {
  const [row] = await db
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ tokenVersion: users.tokenVersion });
  if (!row) return null;
  await cache.set(revokedTokenVersionKey(userId), row.tokenVersion, REVOCATION_NOTE_TTL_SECONDS);
  return row.tokenVersion;
}

/** The note left by deleting an account, in place of a version. */
export const ACCOUNT_DELETED = 'account-deleted';

/** Voids the deleted account's tokens on every instance (call once the deletion is committed). */
export function noteAccountDeleted(cache: Cache, userId: string): Promise<void> {
  return cache.set(revokedTokenVersionKey(userId), ACCOUNT_DELETED, REVOCATION_NOTE_TTL_SECONDS);
}

/**
 * What a recent revocation noted: the version tokens must now carry (0 when nothing was noted,
 * or the cache is out), or that the account was deleted.
 */
export async function recentRevocation(cache: Cache, userId: string): Promise<number | typeof ACCOUNT_DELETED> {
  const note = await cache.get<unknown>(revokedTokenVersionKey(userId));
  if (note === ACCOUNT_DELETED) return ACCOUNT_DELETED;
  return typeof note === 'number' ? note : 0;
}
