import { describe, expect, it } from 'vitest';
import { valuesMatch } from '../../api/src/modules/judge/comparators.js';

const exact = { comparator: 'exact' as const, floatTolerance: null };
const unordered = { comparator: 'unordered' as const, floatTolerance: null };
const nested = { comparator: 'unordered-nested' as const, floatTolerance: null };

describe('comparators', () => {
  it('compares exactly by structure, telling booleans from numbers', () => {
    expect(valuesMatch([1, [2, 'a']], [1, [2, 'a']], exact)).toBe(true);
    expect(valuesMatch([0, 1], [1, 0], exact)).toBe(false);
    expect(valuesMatch(true, 1, exact)).toBe(false);
    expect(valuesMatch(null, 0, exact)).toBe(false);
    expect(valuesMatch({ a: 1 }, { a: 1, b: 2 }, exact)).toBe(false);
    expect(valuesMatch('3', 3, exact)).toBe(false);
  });

  it('ignores the outer order for unordered, keeping multiplicity', () => {
    expect(valuesMatch([1, 0], [0, 1], unordered)).toBe(true);
    expect(
      valuesMatch(
        [
          [-1, 0, 1],
          [-2, 0, 2],
        ],
        [
          [-2, 0, 2],
          [-1, 0, 1],
        ],
        unordered,
      ),
    ).toBe(true);
    expect(valuesMatch([[0, -1, 1]], [[-1, 0, 1]], unordered)).toBe(false);
    expect(valuesMatch([1, 1, 2], [1, 2, 2], unordered)).toBe(false);
    expect(valuesMatch(1, [1], unordered)).toBe(false);
  });

  it('ignores inner and outer order for unordered-nested', () => {
    expect(valuesMatch([['tan', 'nat'], ['bat']], [['bat'], ['nat', 'tan']], nested)).toBe(true);
    expect(valuesMatch([['tan'], ['nat', 'bat']], [['bat'], ['nat', 'tan']], nested)).toBe(false);
  });

  it('accepts floats within the tolerance only when one is set', () => {
    expect(valuesMatch(0.30000000000000004, 0.3, exact)).toBe(false);
    expect(valuesMatch([0.30000000000000004], [0.3], { comparator: 'exact', floatTolerance: 1e-6 })).toBe(true);
    expect(valuesMatch(1.1, 1.0, { comparator: 'exact', floatTolerance: 1e-6 })).toBe(false);
  });
});
