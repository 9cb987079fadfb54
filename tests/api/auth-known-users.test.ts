// The auth plugin remembers for KNOWN_USER_TTL_MS that a token's user exists, so most requests
// skip the database: a row deleted behind its back is noticed within that window, and an account
// deleted through DELETE /api/me is refused at once by the process that deleted it.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { users } from '../../api/src/db/schema.js';
import { KNOWN_USER_TTL_MS } from '../../api/src/plugins/authenticate.js';
import { buildTestApp, type Session, signUp } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';

describe.each(testDatabases())('remembering signed-in users on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await target.open();
    app = await buildTestApp(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  // Any route that needs the caller's identity and nothing else of theirs.
  const browse = (learner: Session) => app.inject({ url: '/api/problems', headers: learner.auth });

  it(
    'trusts a seen user for a few seconds, then notices the row is gone',
    async () => {
      expect(KNOWN_USER_TTL_MS).toBeLessThanOrEqual(10_000);
      const learner = await signUp(app);
      expect((await browse(learner)).statusCode).toBe(200);
      await database.db.delete(users).where(eq(users.id, learner.userId));
      expect((await browse(learner)).statusCode).toBe(200);

      await new Promise((resolve) => setTimeout(resolve, KNOWN_USER_TTL_MS + 100));
      const refused = await browse(learner);
      expect(refused.statusCode).toBe(401);
      expect(refused.json().error.message).toMatch(/no longer exists/);
    },
    KNOWN_USER_TTL_MS + 20_000,
  );

  it('refuses the tokens of an account deleted through the API at once', async () => {
    const learner = await signUp(app);
    const other = await signUp(app);
    expect((await browse(learner)).statusCode).toBe(200);
    expect((await browse(other)).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: '/api/me', headers: learner.auth })).statusCode).toBe(204);
    expect((await browse(learner)).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/me/dashboard', headers: learner.auth })).statusCode).toBe(401);
    expect((await browse(other)).statusCode).toBe(200);
  });
});
