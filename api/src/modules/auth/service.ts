// Local accounts: registration, login with lockout after repeated failures, and the Clerk
// counterpart (a user row created on first sight of a Clerk id). No Fastify in here.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { type User, users } from '../../db/schema.js';
import { AppError, conflict, tooManyRequests, unauthorized } from '../../errors.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export interface PublicUser {
  id: string;
  email: string | null;
  createdAt: string;
}

export const toPublicUser = (user: User): PublicUser => ({
  id: user.id,
  email: user.email,
  createdAt: user.createdAt.toISOString(),
});

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function registerUser(db: Database, email: string, password: string): Promise<User> {
  const { hash, salt } = await hashPassword(password);
  const [user] = await db
    .insert(users)
    .values({ email: normalizeEmail(email), passwordHash: hash, passwordSalt: salt, authProvider: 'local' })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!user) throw conflict('EMAIL_TAKEN', 'an account with this email already exists');
  return user;
}

export async function loginUser(db: Database, email: string, password: string): Promise<User> {
  const invalid = unauthorized('the email or password is wrong');
  const [user] = await db.select().from(users).where(eq(users.email, normalizeEmail(email)));
  if (!user || !user.passwordHash || !user.passwordSalt) {
    await verifyAgainstDummy(password);
    throw invalid;
  }
  throwIfLocked(user);
  if (await verifyPassword(password, { hash: user.passwordHash, salt: user.passwordSalt })) {
    if (user.failedLogins > 0 || user.lockedUntil) {
      await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    }
    return user;
  }
  await recordFailedLogin(db, user.id);
  throw invalid;
}

function throwIfLocked(user: User): void {
  const remainingMs = (user.lockedUntil?.getTime() ?? 0) - Date.now();
  if (remainingMs > 0) {
    throw tooManyRequests(
      'ACCOUNT_LOCKED',
      `too many failed logins: this account is locked for ${Math.ceil(remainingMs / 60_000)} more minute(s)`,
      remainingMs / 1000,
    );
  }
}

/** Counts a failure atomically; the fifth in a row locks the account and restarts the count. */
async function recordFailedLogin(db: Database, userId: string): Promise<void> {
  const [row] = await db
    .update(users)
    .set({ failedLogins: sql`${users.failedLogins} + 1` })
    .where(eq(users.id, userId))
    .returning({ failedLogins: users.failedLogins });
  if (row && row.failedLogins >= MAX_FAILED_LOGINS) {
    await db
      .update(users)
      .set({ failedLogins: 0, lockedUntil: new Date(Date.now() + LOCKOUT_MS) })
      .where(eq(users.id, userId));
  }
}

export async function findUserById(db: Database, id: string): Promise<User | null> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user ?? null;
}

/** The user row for a Clerk id, created the first time that id is seen. */
export async function findOrCreateClerkUser(db: Database, clerkId: string): Promise<User> {
  const [created] = await db
    .insert(users)
    .values({ externalId: clerkId, authProvider: 'clerk' })
    .onConflictDoNothing({ target: users.externalId })
    .returning();
  if (created) return created;
  const [existing] = await db.select().from(users).where(eq(users.externalId, clerkId));
  if (!existing) throw new AppError(500, 'INTERNAL_ERROR', 'the Clerk user could not be stored');
  return existing;
}
