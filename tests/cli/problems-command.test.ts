// `codementor problems list` and `seed` as a user runs them.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { createFreshPostgresDatabase, requireServiceInCi } from '../helpers/databases.js';

describe('codementor problems', () => {
  it('lists the problem set as a table', () => {
    const result = runCli(['problems', 'list']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^slug\s+title\s+difficulty\s+category\s+tests/m);
    expect(result.stdout).toMatch(/^two-sum\s+Two Sum\s+easy\s+hash-maps\s+\d+/m);
    expect(result.stdout).toMatch(/^30 problems$/m);
  });

  it('seeds the embedded database idempotently', () => {
    const env = { DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'cm-seed-')) };
    const first = runCli(['problems', 'seed'], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/seeded pglite: 30 inserted, 0 updated \(new version\), 0 unchanged/);
    const second = runCli(['problems', 'seed'], env);
    expect(second.stdout).toMatch(/0 inserted, 0 updated \(new version\), 30 unchanged/);
  }, 300_000);

  it('seeds PostgreSQL when DATABASE_URL is set', async () => {
    requireServiceInCi('TEST_DATABASE_URL');
    if (!process.env.TEST_DATABASE_URL) return;
    const fresh = await createFreshPostgresDatabase(process.env.TEST_DATABASE_URL);
    try {
      const result = runCli(['problems', 'seed'], { DATABASE_URL: fresh.url, DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'cm-seed-')) });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/seeded postgres: 30 inserted/);
    } finally {
      await fresh.drop();
    }
  }, 300_000);

  it('refuses an unknown subcommand with a one-line usage error', () => {
    const result = runCli(['problems', 'frob']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
