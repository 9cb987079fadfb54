import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users, weaknessPatterns } from '../../api/src/db/schema.js';
import { testDatabases } from '../helpers/databases.js';
import type { DatabaseHandle } from '../../api/src/db/client.js';

describe.each(testDatabases())('the schema on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(() => database?.dispose());

  it('creates every table by migration', async () => {
    const result = await database.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`);
    const names = (result as { rows: Array<{ table_name: string }> }).rows.map((row) => row.table_name);
    expect(names).toEqual(
      expect.arrayContaining(['users', 'refresh_tokens', 'problems', 'submissions', 'weakness_patterns', 'llm_usage', 'recommendation_feedback']),
    );
  });

  it('has the indexes of the seed design', async () => {
    const result = await database.db.execute(sql`select indexname from pg_indexes where schemaname = 'public'`);
    const names = (result as { rows: Array<{ indexname: string }> }).rows.map((row) => row.indexname);
    expect(names).toEqual(expect.arrayContaining(['users_external_id_idx', 'submissions_user_created_idx', 'weakness_patterns_user_pattern_idx']));
  });

  it('keeps one weakness row per user and pattern', async () => {
    const [user] = await database.db
      .insert(users)
      .values({ email: `w-${target.name}@example.com` })
      .returning();
    await database.db.insert(weaknessPatterns).values({ userId: user.id, patternId: 'off-by-one' });
    await expect(database.db.insert(weaknessPatterns).values({ userId: user.id, patternId: 'off-by-one' })).rejects.toThrow();
  });

  it('is idempotent when migrations run again at the next start', async () => {
    expect(await database.ping()).toBe(true);
  });
});
