// The safety policy as the judge applies it (local runner, policy and audit hooks on): what
// stays refused beside the debugging modules it allows, and lines counted as CPython counts
// them whatever the line endings.
import { afterAll, describe, expect, it } from 'vitest';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import { PYTHON_BIN, sumProblem } from './helpers.js';

const judge = createJudge({ pythonBin: PYTHON_BIN, poolSize: 1 });
afterAll(() => judge.close());

const body = 'def list_sum(nums):\n    return sum(nums)\n';

const stillRefused: Array<[string, string, number]> = [
  ['os', 'import os\n', 1],
  ['subprocess', 'import traceback\nimport subprocess\n', 2],
  ['socket', 'import pprint, socket\n', 1],
  ['io', 'import warnings\nfrom io import StringIO\n', 2],
  ['pathlib', 'import pathlib\n', 1],
  ['inspect', 'import inspect\n', 1],
  ['gc', 'import gc\n', 1],
  ['ctypes', 'import ctypes\n', 1],
  ['importlib', 'import importlib\n', 1],
  ['linecache through traceback', 'import traceback\nsecret = traceback.linecache.getline("/etc/passwd", 1)\n', 2],
  ['sys.modules through pprint', 'import pprint\nm = pprint._sys.modules\n', 2],
  ['frames through traceback.walk_stack', 'import traceback\nf = next(traceback.walk_stack(None))\n', 2],
];

describe('the policy in the judge', () => {
  it.each(stillRefused)(
    'still refuses %s, naming the line',
    async (_, head, line) => {
      const report = await judge.judge({ problem: sumProblem, code: head + body, scope: 'all' });
      expect(report.verdict).toBe('rejected');
      expect(report.rejection?.line).toBe(line);
    },
    60_000,
  );

  it.each([
    ['CR', '\r'],
    ['CRLF', '\r\n'],
  ])(
    'names the line CPython counts in a source with %s line endings',
    async (_, eol) => {
      const code = `x = 1${eol}${eol}import os${eol}${body.replace(/\n/g, eol)}`;
      const report = await judge.judge({ problem: sumProblem, code, scope: 'all' });
      expect(report.rejection).toMatchObject({ line: 3, message: expect.stringContaining('line 3') });
    },
    60_000,
  );
});
