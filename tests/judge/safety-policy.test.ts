import { describe, expect, it } from 'vitest';
import { MAX_CODE_CHARS, checkSafety } from '../../api/src/modules/judge/safety-policy.js';

const refused: Array<[string, string, number | null]> = [
  ['imports os', 'import os\n', 1],
  ['imports from os.path', 'x = 1\nfrom os.path import join\n', 2],
  ['imports subprocess under an alias', 'import subprocess as sp\n', 1],
  ['imports socket, ctypes, multiprocessing, shutil, signal, importlib', 'import math\nimport socket, ctypes\n', 2],
  ['imports shutil', 'import shutil\n', 1],
  ['imports signal', 'def f():\n    import signal\n', 2],
  ['imports importlib.util', 'import importlib.util\n', 1],
  ['imports multiprocessing', 'from multiprocessing import Pool\n', 1],
  ['imports a module outside the allowlist', 'import pathlib\n', 1],
  ['uses a relative import', 'from . import helper\n', 1],
  ['calls eval', 'def f(s):\n    return eval(s)\n', 2],
  ['calls exec', 'exec("x = 1")\n', 1],
  ['calls compile', 'code = compile("1", "f", "eval")\n', 1],
  ['calls open', 'def f():\n    return open("/etc/passwd").read()\n', 2],
  ['takes a reference to open', 'reader = open\n', 1],
  ['calls __import__', 'm = __import__("o" + "s")\n', 1],
  ['reaches os through another module', 'import random\nrandom._os.system("id")\n', 2],
  ['walks to object subclasses', 'x = ().__class__.__bases__[0].__subclasses__()\n', 1],
  ['reaches frames', 'import sys\nf = sys._getframe(1).f_globals\n', 2],
  ['reads sys.modules', 'import sys\nm = sys.modules["os"]\n', 2],
  ['names a dunder in a string', 'getattr(f, "__globals__")\n', 1],
  ['imports a private module attribute', 'from random import _os as o\n', 1],
  ['imports sys.modules by name', 'x = 1\nfrom sys import modules\n', 2],
  ['imports a frame getter by name', 'from sys import _getframe\n', 1],
  ['reaches sys.modules through another module', 'import dataclasses\nm = dataclasses.sys.modules\n', 2],
  ['reaches sys.modules under another name', 'import sys as s\nm = s.modules\n', 2],
  ['reaches sys.modules through an assignment', 'import sys\nt = sys\nm = t.modules["os"]\n', 3],
  ['builds an attribute name at run time', 'def f(x):\n    return getattr(x, "__subcl" + "asses__")()\n', 2],
  ['reads a private attribute by name', 'import random\no = getattr(random, "_os")\n', 2],
  ['reaches sys.modules through a private alias', 'import collections\nm = collections._sys.modules\n', 2],
  ['reaches sys.modules through pprint', 'import pprint\nm = pprint._sys.modules["os"]\n', 2],
  ['walks the stack with traceback', 'import traceback\nframes = traceback.walk_stack(None)\n', 2],
  ['imports a traceback walker by name', 'from traceback import walk_tb\n', 1],
  ['reaches linecache (any file by name) through traceback', 'import traceback\ntraceback.linecache.getline("/etc/passwd", 1)\n', 2],
  ['imports linecache', 'import linecache\n', 1],
  ['imports os after a byte-order mark', '\uFEFFimport os\n', 1],
  ['imports os on line 3 with CRLF endings', 'x = 1\r\n\r\nimport os\r\n', 3],
  ['imports os on line 2 with CR endings (as CPython counts lines)', 'x = 1\rimport os\r', 2],
];

const allowed: Array<[string, string]> = [
  ['the allowed standard modules', 'import sys, collections, heapq, bisect, math, itertools, functools, typing, re, string\nfrom collections import deque\n'],
  ['sys.setrecursionlimit and sys.maxsize', 'import sys\nsys.setrecursionlimit(5000)\nbig = sys.maxsize\n'],
  ['re.compile (an attribute, not the builtin)', 'import re\nWORD = re.compile(r"\\w+")\n'],
  ['a variable named open', 'def valid(s):\n    open = "([{"\n    return all(c in open for c in s)\n'],
  ['a variable named signal', 'def f(signal):\n    return signal * 2\n'],
  ['a class Solution', 'class Solution:\n    def twoSum(self, nums, target):\n        return []\n'],
  ['from-imports of public names', 'from __future__ import annotations\nfrom typing import List, Optional\nfrom functools import lru_cache\n'],
  ['getattr with a plain attribute name', 'def f(node):\n    return getattr(node, "left", None)\n'],
  ['an attribute of its own named modules', 'class Graph:\n    def __init__(self):\n        self.modules = []\n'],
  ['the debugging modules', 'import traceback, warnings, pprint, reprlib, graphlib\nfrom pprint import pformat\ntraceback.print_exc()\nwarnings.warn("x")\n'],
  ['a byte-order mark, CRLF and tabs', '\uFEFFdef f(open):\r\n\tif open:\r\n\t\treturn open\r\n'],
  ['a continuation line and blank lines with CR endings', 'def f(open):\r    x = 1 + \\\r        2\r    \r    return open\r'],
];

describe('the safety policy', () => {
  it.each(refused)('refuses code that %s, naming the line', (_, code, line) => {
    const result = checkSafety(code);
    expect(result.rejection).not.toBeNull();
    expect(result.rejection!.line).toBe(line);
    expect(result.rejection!.message).toContain(`line ${line}`);
  });

  it.each(allowed)('allows %s', (_, code) => {
    expect(checkSafety(code)).toEqual({ rejection: null, parsedCleanly: true });
  });

  it('refuses code over 10,000 characters with a clear message', () => {
    const result = checkSafety('x = 1\n'.repeat(MAX_CODE_CHARS / 5));
    expect(result.rejection).toMatchObject({ rule: 'too-long', line: null });
    expect(result.rejection!.message).toMatch(/12,000 characters long; the judge accepts at most 10,000/);
  });

  it('leaves syntax errors to Python but still reports what it refuses', () => {
    expect(checkSafety('def f(:\n    return 1\n')).toEqual({ rejection: null, parsedCleanly: false });
    expect(checkSafety('def f(:\n    import os\n')).toMatchObject({ parsedCleanly: false, rejection: { line: 2 } });
  });
});
