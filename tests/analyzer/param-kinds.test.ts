// The kind of an unannotated parameter, read from its use, never from its name.
import { describe, expect, it } from 'vitest';
import { collectFunctions } from '../../analyzer/src/functions.js';
import { kindFromUse } from '../../analyzer/src/param-kinds.js';
import { parsePython } from '../../analyzer/src/parse.js';

function kindOf(code: string, param: string): string {
  const fn = collectFunctions(parsePython(code).root).all[0];
  return kindFromUse(fn, param);
}

describe('kindFromUse', () => {
  it.each([
    ['string methods on it', 'def f(x):\n    return x.strip().split()', 'x', 'str'],
    ['its characters compared with one-character literals', 'def f(x):\n    for c in x:\n        if c == "(":\n            pass', 'x', 'str'],
    ['ord of its items', 'def f(word):\n    return [ord(word[i]) for i in range(len(word))]', 'word', 'str'],
    ['character tests on its items', 'def f(q):\n    return q[0].isalpha()', 'q', 'str'],
    ['a list method', 'def f(s):\n    s.sort()\n    return s', 's', 'list'],
    ['items written', 'def f(s):\n    s[0] = 1', 's', 'list'],
    ['nothing that tells (a name is no evidence)', 'def f(s):\n    return len(s)', 's', 'unknown'],
    ['signs of both', 'def f(x):\n    x.append(1)\n    return x.lower()', 'x', 'unknown'],
  ])('%s', (_, code, param, kind) => {
    expect(kindOf(code, param)).toBe(kind);
  });
});
