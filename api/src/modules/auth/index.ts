// The auth module: local accounts (register, login, refresh, logout) under /api/auth.
import type { FastifyInstance } from 'fastify';
import { authRoutes } from './routes.js';

export async function authModule(app: FastifyInstance) {
  await app.register(authRoutes);
}
