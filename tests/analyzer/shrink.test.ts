// Shrinking a failing stress input: smaller candidates first, and the edge kinds of an input.
import { describe, expect, it } from 'vitest';
import { edgeKindsOf, shrinkInput } from '../../analyzer/src/index.js';

describe('shrinkInput', () => {
  it('proposes smaller inputs, smallest first, never the input itself', () => {
    const candidates = shrinkInput([[5, 3, 8, 1], 9]);
    expect(candidates[0]).toEqual([[], 9]);
    expect(candidates).toContainEqual([[5, 3], 9]);
    expect(candidates).toContainEqual([[3, 8, 1], 9]);
    expect(candidates).not.toContainEqual([[5, 3, 8, 1], 9]);
    expect(candidates).toContainEqual([[5, 3, 8, 1], 4]);
  });

  it('shrinks strings and stops at the smallest values', () => {
    expect(shrinkInput(['ab'])).toEqual(expect.arrayContaining([[''], ['a'], ['b']]));
    expect(shrinkInput([[], '', 0])).toEqual([]);
  });

  it('names the edge kinds of an input', () => {
    expect(edgeKindsOf([[]])).toEqual(['edge:empty']);
    expect(edgeKindsOf([[3, 3, -1, 0]])).toEqual(['edge:duplicates', 'edge:negative', 'edge:zero']);
    expect(edgeKindsOf(['\u00e9'])).toEqual(['edge:single', 'edge:unicode']);
  });
});
