import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../api/src/db/client.js';
import { findingDisputes, problems, submissions, users } from '../../api/src/db/schema.js';
import { runCli } from '../helpers/cli.js';
import { seedTestProblems } from '../helpers/problems.js';

// The command reads the configured database: here an embedded one under a temp DATA_DIR.
describe('codementor findings disputes', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cm-findings-'));
  const env = { DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };

  beforeAll(async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      await seedTestProblems(database.db);
      const [user] = await database.db.insert(users).values({ email: 'calibrate@example.com' }).returning();
      const [problem] = await database.db.select().from(problems).limit(1);
      const [submission] = await database.db
        .insert(submissions)
        .values({ userId: user.id, problemId: problem.id, problemSlug: problem.slug, code: 'pass', status: 'judged' })
        .returning();
      await database.db.insert(findingDisputes).values([
        { submissionId: submission.id, userId: user.id, findingIndex: 0, patternId: 'off-by-one', line: 3, confidence: 0.8, comment: 'the bound is right' },
        { submissionId: submission.id, userId: user.id, findingIndex: 1, patternId: 'off-by-one', line: 7, confidence: 0.6 },
        { submissionId: submission.id, userId: user.id, findingIndex: 2, patternId: 'inefficient-loop', line: 5, confidence: 0.7 },
      ]);
    } finally {
      await database.close();
    }
  }, 120_000);

  it('counts disputes per pattern, then lists the latest', () => {
    const result = runCli(['findings', 'disputes'], env);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/off-by-one\s+2\n/);
    expect(result.stdout).toMatch(/inefficient-loop\s+1\n/);
    expect(result.stdout).toContain('the bound is right');
  });

  it('prints one JSON document with --json, filtered by --pattern', () => {
    const result = runCli(['findings', 'disputes', '--json', '--pattern', 'off-by-one'], env);
    expect(result.status, result.stderr).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body.byPattern).toEqual([
      { patternId: 'off-by-one', disputes: 2 },
      { patternId: 'inefficient-loop', disputes: 1 },
    ]);
    expect(body.disputes.map((d: { line: number }) => d.line).sort()).toEqual([3, 7]);
  });

  it('refuses an unknown subcommand or option with status 2', () => {
    expect(runCli(['findings', 'nope'], env).status).toBe(2);
    expect(runCli(['findings', 'disputes', '--bogus'], env).status).toBe(2);
  });
});
