// The databases a test runs against: PGlite always, and real PostgreSQL when TEST_DATABASE_URL
// is set (each test file gets its own fresh database, dropped afterwards). With CI=true a
// missing PostgreSQL is a failure, not a silent skip.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../api/src/db/client.js';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<DatabaseHandle & { dispose(): Promise<void> }>;
}

export function requireServiceInCi(variable: string): void {
  if (process.env.CI === 'true' && !process.env[variable]) {
    throw new Error(`${variable} must be set when CI=true: the tests need the real service`);
  }
}

export function testDatabases(): TestDatabase[] {
  requireServiceInCi('TEST_DATABASE_URL');
  const targets: TestDatabase[] = [
    {
      name: 'pglite',
      open: async () => {
        const handle = await openDatabase({ kind: 'pglite' });
        return { ...handle, dispose: () => handle.close() };
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) targets.push({ name: 'postgres', open: () => openFreshPostgres(url) });
  return targets;
}

/** Creates a uniquely named database on the server of `adminUrl` and opens it. */
export async function createFreshPostgresDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `cm_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function openFreshPostgres(adminUrl: string) {
  const fresh = await createFreshPostgresDatabase(adminUrl);
  const handle = await openDatabase({ kind: 'postgres', url: fresh.url, poolSize: 5 });
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      await fresh.drop();
    },
  };
}
