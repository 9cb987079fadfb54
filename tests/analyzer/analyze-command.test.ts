// `codementor analyze FILE.py [--json]`: one JSON document on stdout, a readable report
// otherwise, and a one-line error with a non-zero status for a file it cannot read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAnalyzeCommand } from '../../scripts/commands/analyze.js';

function capture(): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  return { out: () => out, err: () => err };
}

const dir = mkdtempSync(join(tmpdir(), 'analyze-command-'));
const file = join(dir, 'solution.py');
writeFileSync(
  file,
  'def has_duplicate(nums):\n    seen = []\n    for x in nums:\n        if x in seen:\n            return True\n        seen.append(x)\n    return False\n',
);

afterEach(() => vi.restoreAllMocks());

describe('codementor analyze', () => {
  it('prints exactly one JSON document with patterns, complexity and features', async () => {
    const io = capture();
    expect(await runAnalyzeCommand([file, '--json'])).toBe(0);
    const doc = JSON.parse(io.out()) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['patterns', 'complexity', 'features']);
    expect(doc.complexity).toEqual({ time: 'O(n^2)', source: 'static' });
    expect(doc.patterns).toEqual([expect.objectContaining({ id: 'wrong-data-structure', line: 4, evidence: ['static'] })]);
    expect(io.err()).toBe('');
  });

  it('prints a readable report without --json', async () => {
    const io = capture();
    expect(await runAnalyzeCommand([file])).toBe(0);
    expect(io.out()).toContain('O(n^2) (static estimate)');
    expect(io.out()).toContain('line 4    wrong-data-structure');
  });

  it('fails with one line on stderr for a file it cannot read', async () => {
    const io = capture();
    expect(await runAnalyzeCommand([join(dir, 'missing.py'), '--json'])).not.toBe(0);
    expect(io.out()).toBe('');
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });

  it('fails with the usage for missing arguments', async () => {
    const io = capture();
    expect(await runAnalyzeCommand(['--json'])).toBe(2);
    expect(io.err()).toContain('usage');
  });
});
