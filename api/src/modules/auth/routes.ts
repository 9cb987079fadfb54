// Thin handlers for local accounts: the schema validates, the service works, the handler replies.
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../errors.js';
import { issueRefreshToken, revokeRefreshToken, rotateRefreshToken } from './refresh-tokens.js';
import { type Credentials, loginSchema, logoutSchema, type RefreshBody, refreshSchema, registerSchema } from './schemas.js';
import { loginUser, registerUser, toPublicUser } from './service.js';

export async function authRoutes(app: FastifyInstance) {
  const { db } = app;
  const signAccessToken = (userId: string) => app.jwt.sign({ sub: userId });

  if (app.config.authMode === 'clerk') {
    // Accounts live in Clerk: local sign-up and sign-in do not exist on this server.
    app.all('/*', async () => {
      throw notFound('local accounts are disabled on this server (it uses Clerk); this route was');
    });
    return;
  }

  app.post<{ Body: Credentials }>('/register', { schema: registerSchema }, async (request, reply) => {
    const user = await registerUser(db, request.body.email, request.body.password);
    const refreshToken = await issueRefreshToken(db, user.id);
    return reply.code(201).send({ user: toPublicUser(user), accessToken: signAccessToken(user.id), refreshToken });
  });

  app.post<{ Body: Credentials }>('/login', { schema: loginSchema }, async (request) => {
    const user = await loginUser(db, request.body.email, request.body.password);
    const refreshToken = await issueRefreshToken(db, user.id);
    return { user: toPublicUser(user), accessToken: signAccessToken(user.id), refreshToken };
  });

  app.post<{ Body: RefreshBody }>('/refresh', { schema: refreshSchema }, async (request) => {
    const { userId, refreshToken } = await rotateRefreshToken(db, request.body.refreshToken);
    return { accessToken: signAccessToken(userId), refreshToken };
  });

  app.post<{ Body: RefreshBody }>('/logout', { schema: logoutSchema }, async (request, reply) => {
    await revokeRefreshToken(db, request.body.refreshToken);
    return reply.code(204).send();
  });
}
