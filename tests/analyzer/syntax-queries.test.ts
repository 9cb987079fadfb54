// The syntax helpers that replaced code-text regexes: each answers from the tree, so a name in
// a string or a comment, or spacing, never changes the answer.
import { describe, expect, it } from 'vitest';
import { parsePython } from '../../analyzer/src/parse.js';
import { callsTo, halves, hasOperation, methodCallsOn } from '../../analyzer/src/syntax-queries.js';

const root = (code: string) => parsePython(code).root;

describe('callsTo', () => {
  it.each([
    ['a direct call', 'x = table[ord(c)]', 1],
    ['a call nested in arithmetic', 'x = table[ord( c ) - 65]', 1],
    ['a method of that name', 'ok = c.isalpha()', 0],
    ['the name in a string only', 'x = "ord(c)"', 0],
    ['the name in a comment only', 'x = 1  # ord(c)', 0],
  ])('%s', (_name, code, count) => {
    expect(callsTo(root(code), new Set(['ord'])).length).toBe(count);
  });

  it('finds methods by their name', () => {
    expect(callsTo(root('if c.islower() or c.isalpha(): pass'), new Set(['islower', 'isalpha'])).length).toBe(2);
  });
});

describe('methodCallsOn', () => {
  it.each([
    ['append on the object', 'for x in xs:\n    items.append(x)', 1],
    ['spacing around the dot', 'for x in xs:\n    items . append(x)', 1],
    ['another object', 'for x in xs:\n    other.append(x)', 0],
    ['another method', 'for x in xs:\n    items.pop()', 0],
    ['a look-alike name', 'for x in xs:\n    my_items.append(x)', 0],
  ])('%s', (_name, code, count) => {
    expect(methodCallsOn(root(code), 'items', new Set(['append', 'insert'])).length).toBe(count);
  });
});

describe('halves', () => {
  it.each([
    ['floor division by two', 'mid = (lo + hi) // 2', true],
    ['a shift by one', 'mid = (lo + hi) >> 1', true],
    ['division by three', 'third = n // 3', false],
    ['true division', 'half = n / 2', false],
    ['in a string', 's = "n // 2"', false],
  ])('%s', (_name, code, expected) => {
    expect(halves(root(code))).toBe(expected);
  });
});

describe('hasOperation', () => {
  const halving = (node: ReturnType<typeof root>) => hasOperation(node, ['//', '>>'], () => true) || hasOperation(node, ['/'], (k) => k === 2);
  it.each([
    ['floor division', 'n = n // 10', true],
    ['a shift', 'n = n >> 1', true],
    ['true division by two', 'x = x / 2', true],
    ['true division by three', 'x = x / 3', false],
    ['division by a name', 'n = n // base', false],
    ['in a string', 's = "n // 2"', false],
    ['nested in a call', 'n = int(n // 2)', true],
  ])('%s', (_name, code, expected) => {
    expect(halving(root(code))).toBe(expected);
  });

  it('takes the constant from the right operand only', () => {
    expect(hasOperation(root('x = 2 * n'), ['*'], (k) => k === 2)).toBe(false);
    expect(hasOperation(root('x = n * 2'), ['*'], (k) => k === 2)).toBe(true);
    expect(hasOperation(root('x = x & (x - 1)'), ['-'], (k) => k === 1)).toBe(true);
  });
});
