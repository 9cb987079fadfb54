// Refresh tokens: random opaque strings, stored only as a SHA-256 hash, grouped in families.
// Each use rotates the token; presenting a token that was already used revokes its whole
// family (a stolen token and its legitimate twin both stop working). Revoking a family also
// voids the user's access tokens at once (token-version.ts): logout means signed out now.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Cache } from '../../cache/cache.js';
import type { Database, DbExecutor } from '../../db/client.js';
import { refreshTokens } from '../../db/schema.js';
import { unauthorized } from '../../errors.js';
import { revokeAccessTokens } from './token-version.js';

export const REFRESH_TOKEN_TTL_MS = 7 * 24 * 3600 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function issueRefreshToken(db: DbExecutor, userId: string, familyId: string = randomUUID()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(refreshTokens).values({
    userId,
    familyId,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
  });
  return token;
}

/** Marks the token used and returns a successor in the same family, or throws 401. */
export async function rotateRefreshToken(db: Database, cache: Cache, token: string): Promise<{ userId: string; refreshToken: string }> {
  const rejected = unauthorized('the refresh token is invalid or expired');
  const [row] = await db
    .select()
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, hashToken(token)));
  if (!row) throw rejected;
  if (row.usedAt || row.revokedAt) {
    // Reuse of a rotated token: someone else may hold it, so the whole family goes.
    await revokeFamily(db, cache, row.familyId);
    throw rejected;
  }
  if (row.expiresAt.getTime() <= Date.now()) throw rejected;
  const successor = await db.transaction(async (tx) => {
    // The guard makes the rotation atomic: of two concurrent uses of one token only one wins.
    const claimed = await tx
      .update(refreshTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(refreshTokens.id, row.id), isNull(refreshTokens.usedAt), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id });
    return claimed.length === 0 ? null : issueRefreshToken(tx, row.userId, row.familyId);
  });
  if (successor === null) {
    await revokeFamily(db, cache, row.familyId);
    throw rejected;
  }
  return { userId: row.userId, refreshToken: successor };
}

/** Revokes the family of the given token (logout). Unknown tokens are ignored. */
export async function revokeRefreshToken(db: Database, cache: Cache, token: string): Promise<void> {
  const [row] = await db
    .select({ familyId: refreshTokens.familyId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, hashToken(token)));
  if (row) await revokeFamily(db, cache, row.familyId);
}

/**
 * Revokes what is left of a family and, if anything was left, the user's access tokens. A family
 * already revoked changes nothing: replaying a dead token cannot sign its owner out again and again.
 */
async function revokeFamily(db: Database, cache: Cache, familyId: string): Promise<void> {
  const revoked = await db
    .update(refreshTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
    .returning({ userId: refreshTokens.userId });
  if (revoked.length > 0) await revokeAccessTokens(db, cache, revoked[0].userId);
}
