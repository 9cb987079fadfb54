import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('the codementor command', () => {
  it('prints its usage', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/codementor <command>/);
    expect(result.stdout).toMatch(/judge --problem SLUG FILE.py/);
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
