// The auth module: local accounts (register, login, refresh, logout) under /api/auth.
import type { FastifyInstance } from 'fastify';
import { authRoutes } from './routes.js';

export async function authModule(app: FastifyInstance) {
  await app.register(authRoutes);
}

// What the other modules use (import-x/no-restricted-paths lets them import only this file).
export { findUserById } from './service.js';
export { noteAccountDeleted } from './token-version.js';
