// `codementor judge` on files as editors save them (read as bytes, decoded as CPython decodes
// a source file), and its --json document with large test values abbreviated.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cm-judge-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, bytes: Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

function judgeJson(problem: string, file: string) {
  const result = runCli(['judge', '--problem', problem, file, '--json'], {}, 240_000);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

const search =
  'def binary_search(nums, target):\n    lo, hi = 0, len(nums) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if nums[mid] == target:\n            return mid\n        if nums[mid] < target:\n            lo = mid + 1\n        else:\n            hi = mid - 1\n    return -1\n';

describe('codementor judge on a file', () => {
  it('gives a file that is not UTF-8 the syntax error CPython gives, with its line', () => {
    const file = write(
      'latin.py',
      Buffer.concat([Buffer.from('def binary_search(nums, target):\n    # caf'), Buffer.from([0xe9]), Buffer.from('\n    return -1\n')]),
    );
    const doc = judgeJson('binary-search', file);
    expect(doc.verdict).toBe('syntax_error');
    expect(doc.syntaxError).toEqual({
      line: 2,
      column: null,
      message: `Non-UTF-8 code starting with '\\xe9' in file ${file} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
    });
    expect(doc.tests.every((t: { status: string }) => t.status === 'skipped')).toBe(true);
  }, 240_000);

  it('runs a Latin-1 file that declares its coding, as CPython does', () => {
    const file = write('declared.py', Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\n# caf'), Buffer.from([0xe9]), Buffer.from(`\n${search}`)]));
    expect(judgeJson('binary-search', file)).toMatchObject({ verdict: 'accepted' });
  }, 240_000);

  it('runs a file saved with a byte-order mark, CRLF endings and tabs', () => {
    const file = write('windows.py', Buffer.from(`\uFEFF${search.replace(/ {4}/g, '\t').replace(/\n/g, '\r\n')}`));
    expect(judgeJson('binary-search', file)).toMatchObject({ verdict: 'accepted' });
  }, 240_000);
});

describe('codementor judge --json', () => {
  it('puts a marker in place of each test value over 4 KB of JSON, keeping small ones and the contract fields', () => {
    // In place and does nothing: every test fails, the large one (50,000 numbers) among them.
    const file = write('idle.py', Buffer.from('def move_zeroes(nums):\n    pass\n'));
    const result = runCli(['judge', '--problem', 'move-zeroes', file, '--json'], {}, 240_000);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.length).toBeLessThan(200_000);
    const doc = JSON.parse(result.stdout);
    expect(doc.verdict).toBe('wrong_answer');
    const large = doc.tests.find((t: { tags: string[] }) => t.tags.includes('large'));
    const marker = { omitted: expect.stringMatching(/^\d+ characters of JSON$/) };
    expect(large).toMatchObject({ status: 'failed', input: [marker], expected: marker, actual: marker });
    expect(Number.parseInt(large.input[0].omitted, 10)).toBeGreaterThan(4096);
    const small = doc.tests.find((t: { id: string }) => t.id === 't1');
    expect(small.input).toEqual([expect.any(Array)]);
    expect(small.expected).toEqual(expect.any(Array));
    expect(Object.keys(large).sort()).toEqual(Object.keys(small).sort());
  }, 240_000);
});
