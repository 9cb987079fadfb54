// Reading an input typed as the statement shows it: Python literals only, checked against the
// parameters, with a reason that says where reading stopped.
import { describe, expect, it } from 'vitest';
import { CustomInputError, parseCustomInput } from '../../api/src/modules/submissions/custom-input.js';

const PARAMS = ['nums', 'target'];

describe('reading a typed input', () => {
  it.each([
    ['nums = [2, 7, 11, 15], target = 9', [[2, 7, 11, 15], 9]],
    ['target = 9, nums = [2, 7]', [[2, 7], 9]],
    ['[2, 7], 9', [[2, 7], 9]],
    ['  [ -1 ,0.5, 1e3 , 1_000 ] ,  -3  ', [[-1, 0.5, 1000, 1000], -3]],
    ["['a', \"b\\n\", 'it\\'s'], None", [['a', 'b\n', "it's"], null]],
    [
      '[(1, 2), [True, False]], 0',
      [
        [
          [1, 2],
          [true, false],
        ],
        0,
      ],
    ],
    ['[], 0', [[], 0]],
  ])('reads %s', (text, expected) => {
    expect(parseCustomInput(text, PARAMS)).toEqual(expected);
  });

  it.each([
    ['[1, 2', 'expected `,` or `]` at character 6'],
    ['[1, 2], 9, 10', 'expected 2 values (nums, target), got 3'],
    ['nums = [1], k = 2', '`k` is not a parameter; the parameters are nums, target'],
    ['nums = [1], nums = [2]', '`nums` is given twice'],
    ['nums = [1], 3', 'a value without a name cannot follow a named one'],
    ['nums = [1]', 'missing `target`'],
    ['open("x"), 1', 'expected a number, a string, True, False, None or a list at character 1'],
    ['"abc, 1', 'a string is not closed at character 8'],
    ['[99999999999999999999], 1', '99999999999999999999 is too large at character 22'],
    ['[1] [2], 1', 'expected `,` at character 5'],
  ])('refuses %s', (text, reason) => {
    expect(() => parseCustomInput(text, PARAMS)).toThrow(CustomInputError);
    expect(() => parseCustomInput(text, PARAMS)).toThrow(reason);
  });

  it('refuses lists nested past any real input', () => {
    expect(() => parseCustomInput(`${'['.repeat(40)}${']'.repeat(40)}, 1`, PARAMS)).toThrow('lists nested too deeply');
  });
});
