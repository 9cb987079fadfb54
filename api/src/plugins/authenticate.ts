// Who is calling: verifies the bearer token once per request (a local JWT, or a Clerk session
// token in clerk mode) and exposes `request.identify()` (memoized) and the `app.authenticate`
// preHandler for routes that need a signed-in user. The rate limiter keys on the same identity.
// That a token's user still exists, and its token version, are remembered for a few seconds
// (see KNOWN_USER_TTL_MS); a revocation or an account's deletion is seen at once, on every
// instance, through the note in the shared cache read on each request (token-version.ts).
// Responses to signed-in callers are marked `Cache-Control: no-store`.
import { verifyToken } from '@clerk/backend';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import type { Config } from '../config.js';
import { unauthorized } from '../errors.js';
import { findOrCreateClerkUser, findUserById } from '../modules/auth/service.js';
import { ACCOUNT_DELETED, recentRevocation } from '../modules/auth/token-version.js';

export const ACCESS_TOKEN_TTL = '1h';
/**
 * How long this process trusts a user row (that it exists, and its token version) without reading
 * it again. Neither a deletion nor a raised token version waits for it: both leave a note in the
 * shared cache, read on every request, and the deleting process also forgets the row
 * (`app.forgetUser`). Only a row deleted behind the API's back (or during a cache outage) is
 * trusted this long: nothing of it is left to read, and anything written for it fails on its
 * foreign key to users.
 */
export const KNOWN_USER_TTL_MS = 5_000;

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest) => Promise<void>;
    /** Forgets that a user exists (call once the account is deleted): its tokens fail at once. */
    forgetUser: (userId: string) => void;
  }
  interface FastifyRequest {
    /** The signed-in user's id once `authenticate` ran; undefined on public routes. */
    userId?: string;
    /** Resolves the caller's user id from the bearer token, or null; the result is memoized. */
    identify(): Promise<Identity>;
  }
}
declare module '@fastify/jwt' {
  interface FastifyJWT {
    /** `ver`: the user's token version when the token was issued (absent = 0, older tokens). */
    payload: { sub: string; ver?: number };
  }
}

export type Identity = { userId: string } | { userId: null; reason: string };

const IDENTITY = Symbol('identity');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const authenticatePlugin = fp(async (app: FastifyInstance, opts: { config: Config; jwtSecret: string }) => {
  const { config } = opts;
  await app.register(fastifyJwt, { secret: opts.jwtSecret, sign: { expiresIn: ACCESS_TOKEN_TTL } });
  // A Clerk id names one user row until it is deleted, which requiredTokenVersion sees on any replica.
  const clerkUsers = new LRUCache<string, string>({ max: 10_000, ttl: 10 * 60 * 1000 });
  // A number: the row's token version, read in the last KNOWN_USER_TTL_MS, so most requests skip
  // the database. false: deleted by this process, so a lookup that raced the deletion cannot
  // bring it back.
  const knownUsers = new LRUCache<string, number | false>({ max: 10_000, ttl: KNOWN_USER_TTL_MS });

  /** The user's token version, or null once the account is gone. */
  async function tokenVersionOf(userId: string): Promise<number | null> {
    const known = knownUsers.get(userId);
    if (known !== undefined) return known === false ? null : known;
    const user = await findUserById(app.db, userId);
    if (knownUsers.get(userId) === false) return null;
    if (user) knownUsers.set(userId, user.tokenVersion);
    return user?.tokenVersion ?? null;
  }

  /** The version the user's tokens must carry now, or null once the account is gone (here or anywhere). */
  async function requiredTokenVersion(userId: string): Promise<number | null> {
    const [current, revoked] = await Promise.all([tokenVersionOf(userId), recentRevocation(app.cache, userId)]);
    if (current === null || revoked === ACCOUNT_DELETED) return null;
    return Math.max(current, revoked);
  }

  async function resolveLocal(request: FastifyRequest): Promise<Identity> {
    let payload: { sub: string; ver?: number };
    try {
      payload = await request.jwtVerify<{ sub: string; ver?: number }>();
    } catch (error) {
      const expired = (error as { code?: string }).code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED';
      return { userId: null, reason: expired ? 'the access token has expired' : 'the access token is invalid' };
    }
    // A deleted account's tokens stop working at once, not when they expire.
    const userId = typeof payload.sub === 'string' && UUID.test(payload.sub) ? payload.sub.toLowerCase() : null;
    const required = userId ? await requiredTokenVersion(userId) : null;
    if (!userId || required === null) return { userId: null, reason: 'the account no longer exists' };
    // Logout and refresh-token reuse raise the version: tokens issued before stop working at once.
    const version = Number.isInteger(payload.ver) ? (payload.ver as number) : 0;
    if (version < required) return { userId: null, reason: 'the access token has been revoked (signed out)' };
    return { userId };
  }

  async function resolveClerk(token: string): Promise<Identity> {
    let clerkId: string;
    try {
      const claims = await verifyToken(token, {
        jwtKey: config.CLERK_JWT_KEY,
        secretKey: config.CLERK_SECRET_KEY,
        authorizedParties: config.CLERK_AUTHORIZED_PARTIES.length > 0 ? config.CLERK_AUTHORIZED_PARTIES : undefined,
      });
      clerkId = claims.sub;
    } catch {
      return { userId: null, reason: 'the session token is invalid or expired' };
    }
    // The remembered row may have been deleted since (DELETE /api/me): then make a fresh one.
    const known = clerkUsers.get(clerkId);
    if (known && (await requiredTokenVersion(known)) !== null) return { userId: known };
    const user = await findOrCreateClerkUser(app.db, clerkId);
    clerkUsers.set(clerkId, user.id);
    knownUsers.set(user.id, user.tokenVersion);
    return { userId: user.id };
  }

  app.decorate('forgetUser', (userId: string) => {
    knownUsers.set(userId, false);
  });

  app.decorateRequest(IDENTITY, null);
  app.decorateRequest('identify', function identify(this: FastifyRequest): Promise<Identity> {
    const self = this as FastifyRequest & { [IDENTITY]: Promise<Identity> | null };
    if (!self[IDENTITY]) {
      const header = this.headers.authorization;
      const token = typeof header === 'string' && /^Bearer\s+\S+$/i.test(header) ? header.split(/\s+/)[1] : null;
      self[IDENTITY] = !token
        ? Promise.resolve({ userId: null, reason: 'a bearer access token is required' })
        : config.authMode === 'clerk'
          ? resolveClerk(token)
          : resolveLocal(this);
    }
    return self[IDENTITY];
  });

  // Whatever a signed-in caller gets is theirs (tokens, profile, submissions): no cache may keep
  // it. `no-transform` (server-sent events) is kept.
  app.addHook('onSend', async (request, reply) => {
    const identity = (request as FastifyRequest & { [IDENTITY]: Promise<Identity> | null })[IDENTITY];
    if (request.userId === undefined && !(identity && (await identity.catch(() => null))?.userId)) return;
    const previous = String(reply.getHeader('cache-control') ?? '');
    reply.header('cache-control', /no-transform/.test(previous) ? 'no-store, no-transform' : 'no-store');
  });

  app.decorate('authenticate', async (request: FastifyRequest) => {
    const identity = await request.identify();
    if (identity.userId === null) throw unauthorized(identity.reason);
    request.userId = identity.userId;
    request.log = request.log.child({ userId: identity.userId });
  });
});
