// `codementor problems validate` from the command line, as a user runs it.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('codementor problems validate', () => {
  it('validates one problem with --slug: a table of passed checks and exit 0', () => {
    const result = runCli(['problems', 'validate', '--slug', 'binary-search'], {}, 170_000);
    expect(result.stderr).not.toMatch(/FAIL/);
    expect(result.status, result.stdout).toBe(0);
    const [header, , row] = result.stdout.split('\n');
    expect(header).toMatch(
      /^problem\s+schema\s+tests\s+hidden\s+edge\s+large\s+examples\s+starter\s+help\s+patterns\s+required\s+reference\s+ref-speed\s+slower\s+variants\s/,
    );
    // Every check passed, the reference's CPU on the large test against its budget (a tenth of
    // the limit), slower.py's verdict, and how many slow variants the large tests stopped.
    expect(row).toMatch(/^binary-search\s+(?:✓\s+){14}[\d.]+ \/ [\d.]+ ms\s+time_limit_exceeded\s+(\d+) \/ \1$/);
    expect(result.stdout).not.toMatch(/problem set:/); // set checks are skipped with --slug
    expect(result.stdout).toMatch(/all checks passed/);
  }, 180_000);

  it('refuses an unknown slug with a one-line error and a non-zero status', () => {
    const result = runCli(['problems', 'validate', '--slug', 'no-such-problem']);
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/unknown problem "no-such-problem"/);
    expect(result.stdout).toBe('');
  }, 60_000);
});
