// The containers that lose what the answer needs, found in the syntax tree (the detector reports
// them only when tests fail): a table per case, found and not found.
import { describe, expect, it } from 'vitest';
import { countsForNesting, invertedMappings } from '../../analyzer/src/detectors/lossy-containers.js';
import { parsePython } from '../../analyzer/src/parse.js';

const root = (code: string) => parsePython(code).root;

describe('inverted mappings', () => {
  it.each([
    ['a comprehension over items()', 'def f(c):\n    by = {n: v for v, n in c.items()}\n    return by', { name: 'by', key: 'n', line: 2 }],
    ['a loop over items()', 'def f(c):\n    by = {}\n    for v, n in c.items():\n        by[n] = v\n    return by', { name: 'by', key: 'n', line: 4 }],
  ])('finds %s', (_, code, expected) => {
    expect(invertedMappings(root(code)).map((m) => ({ name: m.name, key: m.key, line: m.node.line }))).toEqual([expected]);
  });

  it.each([
    ['the same direction', 'def f(c):\n    return {v: n for v, n in c.items()}'],
    ['positions from enumerate', 'def f(xs):\n    at = {v: i for i, v in enumerate(xs)}\n    return at'],
    ['buckets of lists', 'def f(c):\n    by = {}\n    for v, n in c.items():\n        by.setdefault(n, []).append(v)\n    return by'],
  ])('leaves %s alone', (_, code) => {
    expect(invertedMappings(root(code))).toEqual([]);
  });
});

describe('counts where the order of nesting matters', () => {
  const dictCounts = `def ok(s):
    count = {'(': 0, '[': 0, '{': 0}
    closer = {')': '(', ']': '[', '}': '{'}
    for ch in s:
        if ch in count:
            count[ch] += 1
        else:
            count[closer[ch]] -= 1
    return all(v == 0 for v in count.values())
`;
  const counterPerKind = `def ok(s):
    round_ = square = 0
    for ch in s:
        if ch == '(':
            round_ += 1
        elif ch == ')':
            round_ -= 1
        elif ch == '[':
            square += 1
        elif ch == ']':
            square -= 1
    return round_ == 0 and square == 0
`;
  const arrayStack = `def ok(s):
    partner = {')': '(', ']': '[', '}': '{'}
    stack = [''] * len(s)
    top = 0
    for ch in s:
        if ch in '([{':
            stack[top] = ch
            top += 1
        else:
            if top == 0 or stack[top - 1] != partner[ch]:
                return False
            top -= 1
    return top == 0
`;
  const listStack = `def ok(s):
    stack = []
    for ch in s:
        if ch in '([{':
            stack.append(ch)
        elif not stack or {')': '(', ']': '[', '}': '{'}[ch] != stack.pop():
            return False
    return not stack
`;

  it('finds a dict of counts per bracket, at the line that makes it', () => {
    expect(countsForNesting(root(dictCounts))).toMatchObject({ name: 'count', node: { line: 2 } });
  });

  it('finds one counter per kind', () => {
    expect(countsForNesting(root(counterPerKind))?.name).toBe('round_');
  });

  it.each([
    ['a list used as a stack', listStack],
    ['an array with a top pointer', arrayStack],
  ])('leaves %s alone', (_, code) => {
    expect(countsForNesting(root(code))).toBeNull();
  });
});
