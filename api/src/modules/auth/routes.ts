// Thin handlers for local accounts: the schema validates, the service works, the handler replies.
// Nothing under /api/auth may be stored by a cache: most answers carry tokens.
import type { FastifyInstance } from 'fastify';
import type { User } from '../../db/schema.js';
import { notFound, unauthorized } from '../../errors.js';
import { issueRefreshToken, revokeRefreshToken, rotateRefreshToken } from './refresh-tokens.js';
import { type Credentials, loginSchema, logoutSchema, type RefreshBody, refreshSchema, registerSchema } from './schemas.js';
import { findUserById, loginUser, registerUser, toPublicUser } from './service.js';

export async function authRoutes(app: FastifyInstance) {
  const { db, cache } = app;
  const deps = { db, cache };
  // `ver` lets logout and refresh-token reuse void the token before it expires (token-version.ts).
  const signAccessToken = (user: User) => app.jwt.sign({ sub: user.id, ver: user.tokenVersion });

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  if (app.config.authMode === 'clerk') {
    // Accounts live in Clerk: local sign-up and sign-in do not exist on this server.
    app.all('/*', async () => {
      throw notFound('local accounts are disabled on this server (it uses Clerk); this route was');
    });
    return;
  }

  app.post<{ Body: Credentials }>('/register', { schema: registerSchema }, async (request, reply) => {
    const user = await registerUser(deps, { ...request.body, ip: request.ip }, app.config.SIGNUPS_PER_HOUR_PER_ADDRESS);
    const refreshToken = await issueRefreshToken(db, user.id);
    return reply.code(201).send({ user: toPublicUser(user), accessToken: signAccessToken(user), refreshToken });
  });

  app.post<{ Body: Credentials }>('/login', { schema: loginSchema }, async (request) => {
    const user = await loginUser(deps, { ...request.body, ip: request.ip });
    const refreshToken = await issueRefreshToken(db, user.id);
    return { user: toPublicUser(user), accessToken: signAccessToken(user), refreshToken };
  });

  app.post<{ Body: RefreshBody }>('/refresh', { schema: refreshSchema }, async (request) => {
    const { userId, refreshToken } = await rotateRefreshToken(db, cache, request.body.refreshToken);
    const user = await findUserById(db, userId);
    if (!user) throw unauthorized('the refresh token is invalid or expired');
    return { accessToken: signAccessToken(user), refreshToken };
  });

  app.post<{ Body: RefreshBody }>('/logout', { schema: logoutSchema }, async (request, reply) => {
    await revokeRefreshToken(db, cache, request.body.refreshToken);
    return reply.code(204).send();
  });
}
