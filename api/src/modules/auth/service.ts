// Local accounts: registration (common passwords refused, sign-ups rationed per address), login
// throttled per account and address (login-throttle.ts), and the Clerk counterpart (a user row
// created on first sight of a Clerk id). No Fastify in here.
import { eq } from 'drizzle-orm';
import type { Cache } from '../../cache/cache.js';
import type { Database } from '../../db/client.js';
import { type User, users } from '../../db/schema.js';
import { AppError, conflict, unauthorized } from '../../errors.js';
import { beginLoginAttempt } from './login-throttle.js';
import { assertAcceptablePassword } from './password-policy.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.js';
import { chargeSignup } from './signup-limit.js';

export interface AuthDeps {
  db: Database;
  cache: Cache;
}

/** Who is asking: the credentials and the client's address (throttles count per address). */
export interface CredentialsFrom {
  email: string;
  password: string;
  ip: string;
}

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

export async function registerUser({ db, cache }: AuthDeps, { email, password, ip }: CredentialsFrom, signupsPerHour: number): Promise<User> {
  assertAcceptablePassword(password);
  await chargeSignup(cache, ip, signupsPerHour);
  const { hash, salt } = await hashPassword(password);
  const [user] = await db
    .insert(users)
    .values({ email: normalizeEmail(email), passwordHash: hash, passwordSalt: salt, authProvider: 'local' })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!user) throw conflict('EMAIL_TAKEN', 'an account with this email already exists');
  return user;
}

/**
 * The user for the right password. A wrong password and an unknown email get the same 401 after
 * the same hashing work; a throttled attempt gets the same 429 either way, before any lookup.
 */
export async function loginUser({ db, cache }: AuthDeps, { email, password, ip }: CredentialsFrom): Promise<User> {
  const normalized = normalizeEmail(email);
  const attempt = await beginLoginAttempt(cache, normalized, ip);
  const [user] = await db.select().from(users).where(eq(users.email, normalized));
  const valid =
    user?.passwordHash && user.passwordSalt
      ? await verifyPassword(password, { hash: user.passwordHash, salt: user.passwordSalt })
      : await verifyAgainstDummy(password);
  if (!valid || !user) throw unauthorized('the email or password is wrong');
  await attempt.succeeded();
  return user;
}

export async function findUserById(db: Database, id: string): Promise<User | null> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user ?? null;
}

/** The user row for a Clerk id, created the first time that id is seen. */
export async function findOrCreateClerkUser(db: Database, clerkId: string): Promise<User> {
  const [created] = await db.insert(users).values({ externalId: clerkId, authProvider: 'clerk' }).onConflictDoNothing({ target: users.externalId }).returning();
  if (created) return created;
  const [existing] = await db.select().from(users).where(eq(users.externalId, clerkId));
  if (!existing) throw new AppError(500, 'INTERNAL_ERROR', 'the Clerk user could not be stored');
  return existing;
}
