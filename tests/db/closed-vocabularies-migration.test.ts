// Migration 0008 turns free-text columns into enums. Rows stored before it (valid values, and a
// few a hand or an older version may have left) must come through: valid ones unchanged, others
// mapped as the migration says, on PGlite and on PostgreSQL alike.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../api/src/paths.js';
import { createFreshPostgresDatabase, requireServiceInCi } from '../helpers/databases.js';

const BEFORE = '0007_learner_help_and_mock_interviews';

/** The migrations folder as it was up to and including `tag`. */
function migrationsUpTo(tag: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cm-migrations-'));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; tag: string }[] };
  const last = journal.entries.findIndex((entry) => entry.tag === tag);
  if (last < 0) throw new Error(`no migration ${tag}`);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  return dir;
}

interface Target {
  name: string;
  open(): Promise<{
    execute(query: string): Promise<Record<string, unknown>[]>;
    migrate(folder: string): Promise<void>;
    close(): Promise<void>;
  }>;
}

function targets(): Target[] {
  requireServiceInCi('TEST_DATABASE_URL');
  const list: Target[] = [
    {
      name: 'pglite',
      open: async () => {
        const client = new PGlite();
        await client.waitReady;
        return {
          execute: async (query) => (await client.exec(query)).at(-1)?.rows ?? [],
          migrate: (folder) => migratePglite(drizzlePglite(client), { migrationsFolder: folder }),
          close: () => client.close(),
        };
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    list.push({
      name: 'postgres',
      open: async () => {
        const fresh = await createFreshPostgresDatabase(url);
        const pool = new pg.Pool({ connectionString: fresh.url, max: 2 });
        return {
          execute: async (query) => (await pool.query(query)).rows as Record<string, unknown>[],
          migrate: (folder) => migratePg(drizzlePg(pool), { migrationsFolder: folder }),
          close: async () => {
            await pool.end();
            await fresh.drop();
          },
        };
      },
    });
  }
  return list;
}

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe.each(targets())('migration 0008 (closed vocabularies) on $name', (target) => {
  it('converts stored rows to the enums, mapping values outside them', async () => {
    const before = migrationsUpTo(BEFORE);
    folders.push(before);
    const db = await target.open();
    try {
      await db.migrate(before);
      await db.execute(`
        insert into users (id, email, explanation_depth) values
          ('00000000-0000-4000-8000-000000000001', 'a@example.com', 'eli5'),
          ('00000000-0000-4000-8000-000000000002', 'b@example.com', 'deep');
        insert into users (id, email) values ('00000000-0000-4000-8000-000000000003', 'c@example.com');
        insert into problems (id, slug, version, content_hash, title, difficulty, category, target_patterns, content) values
          ('00000000-0000-4000-8000-000000000010', 'p', 1, 'h', 'P', 'easy', 'arrays', '{off-by-one,retired-pattern,missing-edge-case}', '{}'),
          ('00000000-0000-4000-8000-000000000011', 'q', 1, 'h2', 'Q', 'easy', 'arrays', '{}', '{}');
        insert into problems (id, slug, version, content_hash, title, difficulty, category, content) values
          ('00000000-0000-4000-8000-000000000012', 'r', 1, 'h3', 'R', 'easy', 'arrays', '{}');
        insert into submissions (id, user_id, problem_id, problem_slug, code, status, verdict) values
          ('00000000-0000-4000-8000-000000000020', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000010', 'p', 'x', 'judged', 'wrong_answer'),
          ('00000000-0000-4000-8000-000000000021', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000010', 'p', 'x', 'judged', 'compile_error'),
          ('00000000-0000-4000-8000-000000000022', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000010', 'p', 'x', 'pending', null);
        insert into weakness_patterns (user_id, pattern_id) values
          ('00000000-0000-4000-8000-000000000001', 'off-by-one'),
          ('00000000-0000-4000-8000-000000000001', 'retired-pattern');
        insert into finding_disputes (submission_id, user_id, finding_index, pattern_id, severity) values
          ('00000000-0000-4000-8000-000000000020', '00000000-0000-4000-8000-000000000001', 0, 'off-by-one', 'warning'),
          ('00000000-0000-4000-8000-000000000020', '00000000-0000-4000-8000-000000000001', 1, 'missing-edge-case', 'fatal'),
          ('00000000-0000-4000-8000-000000000020', '00000000-0000-4000-8000-000000000001', 2, 'retired-pattern', 'info');
      `);

      const all = migrationsUpTo('0008_closed_vocabularies');
      folders.push(all);
      await db.migrate(all);

      const types = await db.execute(`
        select table_name, column_name, udt_name from information_schema.columns
        where table_schema = 'public' and (table_name, column_name) in
          (('users', 'explanation_depth'), ('submissions', 'verdict'), ('weakness_patterns', 'pattern_id'),
           ('finding_disputes', 'pattern_id'), ('finding_disputes', 'severity'), ('problems', 'target_patterns'))
        order by table_name, column_name`);
      expect(types.map((row) => `${String(row.table_name)}.${String(row.column_name)}: ${String(row.udt_name)}`)).toEqual([
        'finding_disputes.pattern_id: pattern_id',
        'finding_disputes.severity: severity',
        'problems.target_patterns: _pattern_id',
        'submissions.verdict: verdict',
        'users.explanation_depth: explanation_depth',
        'weakness_patterns.pattern_id: pattern_id',
      ]);

      expect(await db.execute(`select email, explanation_depth::text as depth from users order by email`)).toEqual([
        { email: 'a@example.com', depth: 'eli5' },
        { email: 'b@example.com', depth: 'intermediate' },
        { email: 'c@example.com', depth: 'intermediate' },
      ]);
      expect(await db.execute(`select slug, target_patterns::text[] as targets from problems order by slug`)).toEqual([
        { slug: 'p', targets: ['off-by-one', 'missing-edge-case'] },
        { slug: 'q', targets: [] },
        { slug: 'r', targets: [] },
      ]);
      expect(await db.execute(`select status::text, verdict::text from submissions order by id`)).toEqual([
        { status: 'judged', verdict: 'wrong_answer' },
        { status: 'judged', verdict: null },
        { status: 'pending', verdict: null },
      ]);
      expect(await db.execute(`select pattern_id::text from weakness_patterns`)).toEqual([{ pattern_id: 'off-by-one' }]);
      expect(await db.execute(`select finding_index, pattern_id::text, severity::text from finding_disputes order by finding_index`)).toEqual([
        { finding_index: 0, pattern_id: 'off-by-one', severity: 'warning' },
        { finding_index: 1, pattern_id: 'missing-edge-case', severity: null },
      ]);

      // The defaults are of the new types, and the enums refuse what is outside them.
      await db.execute(`insert into users (email) values ('d@example.com')`);
      expect(await db.execute(`select explanation_depth::text as depth from users where email = 'd@example.com'`)).toEqual([{ depth: 'intermediate' }]);
      await db.execute(
        `insert into problems (slug, version, content_hash, title, difficulty, category, content) values ('s', 1, 'h4', 'S', 'easy', 'arrays', '{}')`,
      );
      expect(await db.execute(`select target_patterns::text[] as targets from problems where slug = 's'`)).toEqual([{ targets: [] }]);
      await expect(db.execute(`update users set explanation_depth = 'deep'`)).rejects.toThrow();
      await expect(db.execute(`update submissions set verdict = 'compile_error'`)).rejects.toThrow();
    } finally {
      await db.close();
    }
  });
});
