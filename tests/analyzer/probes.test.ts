// Table tests of the probe vocabulary: each transformation on the argument list, which
// argument it picks from the values' shapes (or the pinned parameter), and when it does not
// apply (nothing to change, no argument of its shape).
import { describe, expect, it } from 'vitest';
import { applyProbe, assumptionHolds, parseProbeSpec, PROBE_NAMES, PROBE_PATTERN, type ProbeName } from '../../analyzer/src/index.js';
import { pythonOrder } from '../../analyzer/src/probes.js';

const probe = (name: ProbeName, input: unknown[], params: string[], samples: unknown[][] = []) => applyProbe({ name, param: null }, input, params, samples);

describe('applyProbe', () => {
  const cases: Array<[string, ProbeName, unknown[], string[], unknown[] | null, string[]?]> = [
    ['sorts a list of numbers', 'sorted', [[3, 2, 4], 6], ['nums', 'target'], [[2, 3, 4], 6], ['nums']],
    [
      'sorts intervals by start, then end',
      'sorted',
      [
        [
          [8, 10],
          [1, 3],
          [1, 2],
        ],
      ],
      ['intervals'],
      [
        [
          [1, 2],
          [1, 3],
          [8, 10],
        ],
      ],
      ['intervals'],
    ],
    ['sorts strings by code point, as Python does', 'sorted', [['b', 'B', 'a']], ['strs'], [['B', 'a', 'b']], ['strs']],
    ['leaves a sorted list alone', 'sorted', [[1, 2, 2, 5]], ['nums'], null],
    ['reduces k modulo the length', 'k-mod-len', [[1, 2, 3], 7], ['nums', 'k'], [[1, 2, 3], 1], ['k']],
    ['leaves k below the length alone', 'k-mod-len', [[1, 2, 3], 2], ['nums', 'k'], null],
    ['does not reduce k over an empty list', 'k-mod-len', [[], 4], ['nums', 'k'], null],
    ['clamps k to the length', 'k-clamp-len', [[1, 2], 5], ['nums', 'k'], [[1, 2], 2], ['k']],
    ['clamps k to the number of different values', 'k-clamp-distinct', [[1, 1, 2], 3], ['nums', 'k'], [[1, 1, 2], 2], ['k']],
    ['raises k = 0 to 1', 'k-positive', [[1, 1, 2], 0], ['nums', 'k'], [[1, 1, 2], 1], ['k']],
    ['makes an absent target the nearest present value', 'target-present', [[-1, 0, 3, 5, 9], 2], ['nums', 'target'], [[-1, 0, 3, 5, 9], 3], ['target']],
    ['breaks a tie toward the smaller value', 'target-present', [[1, 3], 2], ['nums', 'target'], [[1, 3], 1], ['target']],
    ['leaves a present target alone', 'target-present', [[1, 3], 3], ['nums', 'target'], null],
    ['renames characters to unused lowercase letters, the same in every string', 'lowercase', ['Añb', 'bAñ'], ['s', 't'], ['acb', 'bac'], ['s', 't']],
    ['leaves lowercase letters alone', 'lowercase', ['abc', 'cab'], ['s', 't'], null],
    ['gives up when there are more than 26 different characters', 'lowercase', ['abcdefghijklmnopqrstuvwxyzA'], ['s'], null],
    ['renames only characters beyond ASCII', 'ascii', ['日本a日'], ['s'], ['bcab'], ['s']],
    ['borrows a non-empty argument from the smallest sample', 'non-empty', [[], 5], ['nums', 'target'], [[7], 5], ['nums']],
    ['drops repeated values, keeping the first of each', 'distinct', [[3, 1, 3, 2, 1]], ['nums'], [[3, 1, 2]], ['nums']],
    ['makes negatives positive and keeps a sorted list sorted', 'non-negative', [[-4, -1, 0, 3]], ['nums'], [[0, 1, 3, 4]], ['nums']],
    ['makes negatives positive in place when the list was unsorted', 'non-negative', [[2, -3, 1]], ['nums'], [[2, 3, 1]], ['nums']],
    ['replaces zeros by ones', 'non-zero', [[1, 0, 3, 0]], ['nums'], [[1, 1, 3, 1]], ['nums']],
  ];
  it.each(cases)('%s', (_, name, input, params, expected, changed) => {
    const samples = [
      [[7, 8, 9], 1],
      [[7], 2],
    ];
    const result = probe(name, input, params, samples);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toEqual({ input: expected, changed });
  });

  it('never changes the input it was given', () => {
    const input = [[3, 1, 2], 9];
    probe('sorted', input, ['nums', 'k']);
    probe('k-mod-len', input, ['nums', 'k']);
    expect(input).toEqual([[3, 1, 2], 9]);
  });

  it('changes only the pinned argument when the front matter names one', () => {
    const both = [
      [3, 1],
      [2, 0],
    ];
    expect(applyProbe({ name: 'sorted', param: 'b' }, both, ['a', 'b'])).toEqual({
      input: [
        [3, 1],
        [0, 2],
      ],
      changed: ['b'],
    });
    expect(applyProbe({ name: 'sorted', param: null }, both, ['a', 'b'])?.changed).toEqual(['a', 'b']);
    expect(applyProbe({ name: 'sorted', param: 'c' }, both, ['a', 'b'])).toBeNull();
  });

  it('does not guess which integer is k when there are two', () => {
    expect(probe('k-mod-len', [[1, 2], 5, 7], ['nums', 'k', 'm'])).toBeNull();
    expect(applyProbe({ name: 'k-mod-len', param: 'm' }, [[1, 2], 5, 7], ['nums', 'k', 'm'])).toEqual({ input: [[1, 2], 5, 1], changed: ['m'] });
  });
});

describe('the vocabulary', () => {
  it('parses names, pinned parameters, and refuses unknown names', () => {
    expect(parseProbeSpec('sorted')).toEqual({ name: 'sorted', param: null });
    expect(parseProbeSpec('k-mod-len(k)')).toEqual({ name: 'k-mod-len', param: 'k' });
    expect(parseProbeSpec('shuffled')).toBeNull();
    expect(parseProbeSpec('sorted(1x)')).toBeNull();
  });

  it('says for every probe whether a fix is an assumption or an edge case', () => {
    for (const name of PROBE_NAMES) expect(['missing-validation', 'missing-edge-case']).toContain(PROBE_PATTERN[name]);
    expect(PROBE_PATTERN.sorted).toBe('missing-validation');
    expect(PROBE_PATTERN['non-empty']).toBe('missing-edge-case');
  });

  it('orders values as Python does', () => {
    expect(pythonOrder([1, 2], [1, 2, 0])).toBeLessThan(0);
    expect(pythonOrder('\u{1F600}', '\uFFFF')).toBeGreaterThan(0);
    expect(pythonOrder(-1, 2)).toBeLessThan(0);
  });
});

describe('assumptionHolds', () => {
  it.each([
    ['sorted', [[1, 2, 2, 5]], true],
    ['sorted', [[3, 1]], false],
    ['sorted', [[], 4], true],
    ['target-present', [[1, 3, 5], 5], true],
    ['target-present', [[1, 3, 5], 4], false],
    ['target-present', [[], 4], false],
    ['non-empty', [[1]], null],
  ] as const)('%s on %j is %s', (name, input, expected) => {
    expect(assumptionHolds(name as ProbeName, input as unknown as unknown[])).toBe(expected);
  });
});
