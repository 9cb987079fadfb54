// Learners' text never drives the operator's terminal: control characters (ESC sequences that
// clear the screen or retitle the window, BEL, carriage return, backspace, C1 controls) are
// stripped from what the commands print, newlines and tabs kept; --json escapes them instead.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../api/src/db/client.js';
import { findingDisputes, problems, submissions, users } from '../../api/src/db/schema.js';
import { formatTable } from '../../scripts/commands/format-table.js';
import { terminalJson, terminalText } from '../../scripts/commands/terminal-text.js';
import { runCli } from '../helpers/cli.js';
import { seedTestProblems } from '../helpers/problems.js';

const HOSTILE = 'fine\u001b[2J\u001b]0;pwned\u0007 really\rX\bY\u009b31m';
/** Any C0 control but newline and tab, DEL, or a C1 control. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('terminal text', () => {
  it.each([
    ['\u001b[2J\u001b]0;pwned\u0007', '[2J]0;pwned'],
    ['a\rb\bc\u0000d\u007fe\u009bf', 'abcdef'],
    ['line one\n\tindented', 'line one\n\tindented'],
    ['émoji 😀 and ünïcode', 'émoji 😀 and ünïcode'],
  ])('strips control characters from %j', (input, expected) => {
    expect(terminalText(input)).toBe(expected);
  });

  it('escapes DEL and C1 controls in JSON, which reads back the same', () => {
    const json = terminalJson({ comment: HOSTILE });
    expect(json).not.toMatch(CONTROL);
    expect(JSON.parse(json)).toEqual({ comment: HOSTILE });
  });

  it('aligns table columns on the text that is printed', () => {
    expect(formatTable(['a', 'b'], [['x\u001b[1m', 'y']])).toBe('a     b\n----  -\nx[1m  y\n');
  });
});

describe('codementor findings disputes with a hostile comment', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cm-findings-hostile-'));
  const env = { DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };

  beforeAll(async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      await seedTestProblems(database.db);
      const [user] = await database.db.insert(users).values({ email: 'hostile@example.com' }).returning();
      const [problem] = await database.db.select().from(problems).limit(1);
      const [submission] = await database.db
        .insert(submissions)
        .values({ userId: user.id, problemId: problem.id, problemSlug: problem.slug, code: 'pass', status: 'judged' })
        .returning();
      await database.db.insert(findingDisputes).values({
        submissionId: submission.id,
        userId: user.id,
        findingIndex: 0,
        patternId: 'off-by-one',
        line: 3,
        confidence: 0.8,
        message: 'stops one early\u001b[31m',
        comment: HOSTILE,
      });
    } finally {
      await database.close();
    }
  }, 120_000);

  it('prints the comment without ESC, BEL, CR, backspace or C1 controls', () => {
    const result = runCli(['findings', 'disputes'], env);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(CONTROL);
    expect(result.stdout).toContain('fine[2J]0;pwned really');
  });

  it('escapes them in --json, keeping the comment as stored', () => {
    const result = runCli(['findings', 'disputes', '--json'], env);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(CONTROL);
    expect(JSON.parse(result.stdout).disputes[0]).toMatchObject({ comment: HOSTILE, message: 'stops one early\u001b[31m' });
  });
});

describe('codementor judge with code that prints and raises escape sequences', () => {
  it('prints its report without control characters', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cm-judge-hostile-'));
    const file = path.join(dir, 'solution.py');
    writeFileSync(file, 'def binary_search(nums, target):\n    print("\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m")\n    raise ValueError("\\x1b[2J\\rgone\\x08")\n');
    const result = runCli(['judge', '--problem', 'binary-search', file], { DATA_DIR: dir, LOG_LEVEL: 'silent' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('ValueError: [2Jgone');
    expect(result.stdout).not.toMatch(CONTROL);
  }, 120_000);
});
