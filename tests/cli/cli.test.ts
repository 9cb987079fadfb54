import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('the codementor command', () => {
  it('prints its usage', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/codementor <command>/);
    expect(result.stdout).toMatch(/judge --problem SLUG FILE.py/);
  });

  it('analyzes a file statically with --json: exactly one JSON document', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cm-analyze-'));
    const file = path.join(dir, 'slow.py');
    writeFileSync(
      file,
      'def two_sum(nums, target):\n    for i in range(len(nums)):\n        if target - nums[i] in nums[i + 1:]:\n            return [i, nums.index(target - nums[i], i + 1)]\n',
    );
    const result = runCli(['analyze', file, '--json']);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.complexity).toEqual({ time: 'O(n^2)', source: 'static' });
    expect(doc.patterns.map((p: { id: string }) => p.id)).toContain('wrong-data-structure');
    expect(doc.patterns.every((p: { evidence: string[] }) => p.evidence.every((e) => e === 'static'))).toBe(true);
    expect(doc).toHaveProperty('features');
  });

  it('refuses an unknown command with one line on stderr', () => {
    const result = runCli(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('stops `serve` with a one-line message naming a bad variable', () => {
    const result = runCli(['serve'], { PORT: 'eighty' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('codementor: invalid configuration: PORT must be an integer, got "eighty"');
  });
});
